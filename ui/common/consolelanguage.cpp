// SPDX-License-Identifier: MIT
#include "ui/common/consolelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

constexpr auto settingsKey = "ui/language"_L1;

struct Installed {
    QString code = u"en"_s;
    // Owned by the application object, so they outlive every window.
    QPointer<QTranslator> console;
    QPointer<QTranslator> qtBase;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QString offered(const QString &code)
{
    return ConsoleLanguage::codes().contains(code) ? code : QString();
}

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QStringList ConsoleLanguage::codes()
{
    return { u"en"_s, u"ro"_s, u"de"_s };
}

QString ConsoleLanguage::nativeName(const QString &code)
{
    if (code == "ro"_L1)
        return u"Română"_s;
    if (code == "de"_L1)
        return u"Deutsch"_s;
    return u"English"_s;
}

QString ConsoleLanguage::systemLanguage()
{
    const QString code
        = QLocale::languageToCode(QLocale::system().language(), QLocale::ISO639Part1);
    const QString known = offered(code);
    return known.isEmpty() ? u"en"_s : known;
}

QString ConsoleLanguage::saved(const QSettings &settings)
{
    return offered(settings.value(settingsKey).toString());
}

void ConsoleLanguage::save(QSettings &settings, const QString &code)
{
    settings.setValue(settingsKey, offered(code));
}

QString ConsoleLanguage::startLanguage(const QSettings &settings, const QString &commandLine)
{
    if (const QString code = offered(commandLine.toLower()); !code.isEmpty())
        return code;
    if (const QString code = saved(settings); !code.isEmpty())
        return code;
    return systemLanguage();
}

bool ConsoleLanguage::apply(const QString &requested)
{
    const QString code = offered(requested).isEmpty() ? u"en"_s : requested;
    Installed &state = installed();
    // Dates and numbers follow the language in every view that formats with QLocale().
    QLocale::setDefault(QLocale(code == "en"_L1 ? u"en_US"_s : code));
    if (code == state.code && state.console)
        return true;
    remove(state.console);
    remove(state.qtBase);
    state.code = code;

    if (code != "en"_L1) {
        auto *qtBase = new QTranslator(QCoreApplication::instance());
        // Qt's own catalogue is optional (Debian: qt6-translations-l10n; none for Romanian).
        if (qtBase->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            state.qtBase = qtBase;
            QCoreApplication::installTranslator(qtBase);
        } else {
            delete qtBase;
        }
    }
    // English is the source language; its catalogue only gives the %n messages their
    // singular and plural ("1 dead letter", "600 dead letters"), so without it English still works.
    auto *console = new QTranslator(QCoreApplication::instance());
    if (!console->load(u":/translations/breakwater_"_s + code)) {
        delete console;
        return code == "en"_L1; // the removals above told every window to retranslate
    }
    state.console = console;
    QCoreApplication::installTranslator(console);
    return true;
}

QString ConsoleLanguage::current()
{
    return installed().code;
}
