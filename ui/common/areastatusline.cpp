// SPDX-License-Identifier: MIT
#include "ui/common/areastatusline.h"

#include "models/workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

using namespace Qt::StringLiterals;

AreaStatusLine::AreaStatusLine(DataArea area, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_age(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_age->setObjectName(u"dataAge"_s);
    m_unavailable->setObjectName(u"unavailable"_s);
    m_unavailable->setStyleSheet(
        u"background-color: #fff3cd; color: #5c4400; padding: 2px 6px; border-radius: 2px;"_s);
    m_unavailable->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unavailable);
    layout->addStretch();
    layout->addWidget(m_age);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AreaStatusLine::refresh);
    m_timer->start();
    refresh();
}

void AreaStatusLine::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::dataAgeChanged, this, [this](DataArea area) {
            if (area == m_area)
                refresh();
        });
        connect(workspace, &Workspace::infoChanged, this, &AreaStatusLine::refresh);
        connect(workspace, &Workspace::connectionStateChanged, this, &AreaStatusLine::refresh);
    }
    refresh();
}

void AreaStatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool AreaStatusLine::actionsAvailable() const
{
    return m_workspace && m_reason.isEmpty();
}

QString AreaStatusLine::ageText() const
{
    return m_age->text();
}

void AreaStatusLine::refresh()
{
    const bool wasAvailable = actionsAvailable();
    const QString oldReason = m_reason;
    if (!m_workspace) {
        m_age->clear();
        m_reason = tr("no back end open");
    } else {
        const DataAge age = m_workspace->dataAge(m_area);
        m_age->setText(age.describe(QDateTime::currentMSecsSinceEpoch()));
        m_age->setStyleSheet(age.stale ? u"color: #b00020; font-weight: bold;"_s : QString());
        m_reason = m_workspace->actionsUnavailableReason();
    }
    m_unavailable->setText(tr("Actions unavailable: %1").arg(m_reason));
    m_unavailable->setVisible(m_workspace && !m_reason.isEmpty());
    if (wasAvailable != actionsAvailable() || oldReason != m_reason)
        Q_EMIT availabilityChanged(actionsAvailable(), m_reason);
}
