// SPDX-License-Identifier: MIT
#include "ui/common/preferencesdialog.h"

#include "ui/common/consolelanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings ? settings : new QSettings(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"preferences"_s);
    m_language->setObjectName(u"language"_s);
    // Each language in its own words, so that anyone can find theirs whatever is shown now.
    for (const QString &code : ConsoleLanguage::codes())
        m_language->addItem(ConsoleLanguage::nativeName(code), code);
    chooseLanguage(ConsoleLanguage::current());
    m_languageLabel->setBuddy(m_language);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_note);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        &PreferencesDialog::apply);
    retranslateUi();
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::chooseLanguage(const QString &code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void PreferencesDialog::apply()
{
    ConsoleLanguage::save(*m_settings, chosenLanguage());
    ConsoleLanguage::apply(chosenLanguage());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("The language of menus, views, dialogs and reports. Dates and "
                              "numbers follow it too."));
    m_note->setText(tr("Applies at once to every open window; the command line's --lang "
                       "overrides it for one run."));
}
