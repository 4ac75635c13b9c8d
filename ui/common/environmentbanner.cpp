// SPDX-License-Identifier: MIT
#include "ui/common/environmentbanner.h"

#include <QColor>
#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setMargin(4);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    clearEnvironment();
}

void EnvironmentBanner::setEnvironment(Environment environment, const QString &profileName)
{
    m_environment = environment;
    m_profileName = profileName;
    setStyleSheet(styleFor(environment));
    retranslateUi();
}

void EnvironmentBanner::clearEnvironment()
{
    m_environment.reset();
    m_profileName.clear();
    setText({});
    setStyleSheet({});
}

void EnvironmentBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void EnvironmentBanner::retranslateUi()
{
    if (!m_environment)
        return;
    const QString label = QLocale().toUpper(environmentLabel(*m_environment));
    setText(m_profileName.isEmpty() ? label : tr("%1 \u2014 %2").arg(label, m_profileName));
    setAccessibleName(text());
}

QString EnvironmentBanner::styleFor(Environment environment)
{
    const QColor background = QColor::fromString(environmentColorName(environment));
    // Amber needs dark text; red and green need white.
    const QString foreground = background.lightnessF() > 0.55 ? u"#000000"_s : u"#ffffff"_s;
    return u"background-color: %1; color: %2; padding: 3px; border-radius: 2px;"_s.arg(
        background.name(), foreground);
}
