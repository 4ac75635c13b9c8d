// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

/**
 * The console's user-interface language: English (the source), Romanian or
 * German. apply() swaps the translators installed on the application (the
 * console's own from :/translations, and Qt's qtbase catalogue when the
 * system has one) and makes the language's QLocale the default, so views
 * format dates and numbers with QLocale(). Installing or removing a
 * translator sends QEvent::LanguageChange to every window, whose widgets
 * retranslate in changeEvent(); windows pass the event on to their child
 * objects, so the Workspace's models re-announce their headers too.
 *
 * GUI thread only; needs a QCoreApplication. The language is saved in
 * QSettings under "ui/language" ("" or absent: the system's language).
 */
class ConsoleLanguage {
public:
    /** The languages offered, as codes: "en", "ro", "de". */
    static QStringList codes();
    /** A language's own name ("English", "Română", "Deutsch"); never translated. */
    static QString nativeName(const QString &code);
    /** The offered language closest to the system's; "en" when none is. */
    static QString systemLanguage();

    /** The saved choice, or "" when the user never chose (follow the system). */
    static QString saved(const QSettings &settings);
    static void save(QSettings &settings, const QString &code);
    /** What to apply at start: `commandLine` when given and offered, else the saved one, else the
     * system's. */
    static QString startLanguage(const QSettings &settings, const QString &commandLine);

    /**
     * Switches the running console to `code` (one of codes(); anything else is
     * English). Returns false when the console's catalogue for it is missing.
     */
    static bool apply(const QString &code);
    /** The language last applied ("en" before any). */
    static QString current();
};
