// SPDX-License-Identifier: MIT
// breakwater: the operations console. `breakwater [--demo] [--lang xx]`.
#include "app/consoledemo.h"
#include "app/consolesession.h"
#include "app/consolestartupprobe.h"
#include "core/unixsignalwatcher.h"
#include "ui/common/consolelanguage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QScreen>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"breakwater"_s);
    QApplication::setOrganizationName(u"breakwater"_s);
    QApplication::setApplicationDisplayName(u"Breakwater"_s);
    // The desktop entry (breakwater.desktop) and its icon, as installed; the built-in copy when
    // the icon theme has none (running from the build folder).
    QGuiApplication::setDesktopFileName(u"breakwater"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"breakwater"_s, QIcon(u":/icons/breakwater.svg"_s)));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Operations console for integration back ends."));
    parser.addHelpOption();
    QCommandLineOption demo(u"demo"_s,
        QCoreApplication::translate("main", "Start a local breakwater-sim and connect to it."));
    QCommandLineOption lang(u"lang"_s,
        QCoreApplication::translate("main", "User interface language: en, ro or de."), u"xx"_s);
    parser.addOption(demo);
    parser.addOption(lang);
    QCommandLineOption snapshot(u"snapshot"_s,
        QCoreApplication::translate("main",
            "Open this snapshot file as an offline back end (instead of the saved connections)."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(snapshot);
    parser.process(app);

    // --lang wins over Edit > Preferences for this run, without changing the saved choice.
    ConsoleLanguage::apply(ConsoleLanguage::startLanguage(QSettings(), parser.value(lang)));

    // SIGTERM, SIGINT and SIGHUP quit like File > Quit (Ctrl+Q): the window closes, and the
    // session stops the demo sim and removes its data folder on the way out.
    UnixSignalWatcher signalWatcher;
    ConsoleSession session;
    if (!session.openAuditLog())
        return 1;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, [&session] {
        session.window()->close();
        // Also when another top-level window (a dialog) is still open.
        QCoreApplication::quit();
    });
    ConsoleStartupProbe::installIfRequested(session.window());
    // Fill small screens (and the screenshot script's 1600x1000 Xvfb) without a window manager.
    const QSize available = session.window()->screen()->availableSize();
    if (available.width() <= 1600)
        session.window()->resize(available);
    session.window()->show();
    if (parser.isSet(snapshot)) {
        session.openSnapshot(parser.value(snapshot));
        if (parser.isSet(demo))
            session.start(true);
    } else {
        session.start(parser.isSet(demo));
    }
    return app.exec();
}
