// SPDX-License-Identifier: MIT
// breakwater: the operations console. `breakwater [--demo] [--lang xx]`.
#include "app/consoledemo.h"
#include "app/consolestartupprobe.h"
#include "app/consolesession.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"breakwater"_s);
    QApplication::setOrganizationName(u"breakwater"_s);
    QApplication::setApplicationDisplayName(u"Breakwater"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Operations console for integration back ends."));
    parser.addHelpOption();
    QCommandLineOption demo(u"demo"_s,
        QCoreApplication::translate("main", "Start a local breakwater-sim and connect to it."));
    QCommandLineOption lang(u"lang"_s,
        QCoreApplication::translate("main", "User interface language (e.g. de, ro)."),
        u"xx"_s);
    parser.addOption(demo);
    parser.addOption(lang);
    parser.process(app);

    const QLocale locale = parser.isSet(lang) ? QLocale(parser.value(lang)) : QLocale();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, u"breakwater"_s, u"_"_s, u":/translations"_s))
        QCoreApplication::installTranslator(&translator);

    ConsoleSession session;
    if (!session.openAuditLog())
        return 1;
    ConsoleStartupProbe::installIfRequested(session.window());
    // Fill small screens (and the screenshot script's 1600x1000 Xvfb) without a window manager.
    const QSize available = session.window()->screen()->availableSize();
    if (available.width() <= 1600)
        session.window()->resize(available);
    session.window()->show();
    session.start(parser.isSet(demo));
    return app.exec();
}
