// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSettings;

/**
 * Edit > Preferences: the user-interface language (English, Română,
 * Deutsch). OK and Apply save the choice in QSettings and switch the running
 * console at once through ConsoleLanguage::apply(): every open window
 * retranslates, no restart. Non-blocking: open() or show().
 *
 * `settings` is not owned and must outlive the dialog; null means the
 * application's default QSettings.
 */
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QSettings *settings = nullptr, QWidget *parent = nullptr);

    /** The language chosen in the dialog (a ConsoleLanguage code), applied or not. */
    QString chosenLanguage() const;
    /** Selects `code` in the dialog without applying it. */
    void chooseLanguage(const QString &code);
    /** What OK and Apply do: saves the chosen language and switches to it. */
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QSettings *m_settings;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};
