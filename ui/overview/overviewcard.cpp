// SPDX-License-Identifier: MIT
#include "ui/overview/overviewcard.h"

#include "models/breakermodel.h"
#include "models/deadlettergroupmodel.h"
#include "models/metricsstore.h"
#include "models/syncjobmodel.h"
#include "models/workspace.h"
#include "ui/common/environmentbanner.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxEvents = 6;

} // namespace

OverviewCard::OverviewCard(Workspace *workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_banner(new EnvironmentBanner(this))
    , m_state(new QLabel(this))
    , m_events(new QListWidget(this))
    , m_eventsTitle(new QLabel(this))
{
    setObjectName(u"card"_s);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(380);
    setMaximumWidth(520);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_banner->setEnvironment(workspace->environment(), workspace->name());
    m_state->setObjectName(u"state"_s);
    m_state->setWordWrap(true);

    auto *figures = new QGridLayout;
    const auto row = [this, figures](QPushButton *button) {
        const int r = figures->rowCount();
        m_figureNames.append(new QLabel(this));
        figures->addWidget(m_figureNames.constLast(), r, 0);
        figures->addWidget(button, r, 1);
    };
    m_requestRate = addFigure(u"requestRate"_s, AreaId::Metrics, {});
    m_errorRate = addFigure(u"errorRate"_s, AreaId::Metrics, {});
    m_deadLetters = addFigure(u"deadLetters"_s, AreaId::DeadLetters, {});
    m_openBreakers = addFigure(u"openBreakers"_s, AreaId::Breakers,
        [] { return BreakerModel::stateLabel(BreakerState::Open); });
    m_runningSyncs = addFigure(u"runningSyncs"_s, AreaId::Syncs,
        [] { return SyncJobModel::stateLabel(SyncState::Running); });
    for (QPushButton *figure :
        { m_requestRate, m_errorRate, m_deadLetters, m_openBreakers, m_runningSyncs })
        row(figure);
    figures->setColumnStretch(1, 1);

    m_queueTile = new QFrame(this);
    m_queueTile->setObjectName(u"queueTile"_s);
    m_queueTile->setFrameShape(QFrame::StyledPanel);
    m_queueTitle = new QLabel(m_queueTile);
    QFont bold = m_queueTitle->font();
    bold.setBold(true);
    m_queueTitle->setFont(bold);
    auto *queueFigures = new QGridLayout(m_queueTile);
    queueFigures->addWidget(m_queueTitle, 0, 0, 1, 2);
    m_queuedMessages = addFigure(u"queuedMessages"_s, AreaId::Metrics, {});
    m_deadLettered = addFigure(u"deadLettered"_s, AreaId::Metrics, {});
    m_queueRates = addFigure(u"queueRates"_s, AreaId::Metrics, {});
    for (QPushButton *figure : { m_queuedMessages, m_deadLettered, m_queueRates }) {
        const int r = queueFigures->rowCount();
        figure->setParent(m_queueTile);
        m_queueFigureNames.append(new QLabel(m_queueTile));
        queueFigures->addWidget(m_queueFigureNames.constLast(), r, 0);
        queueFigures->addWidget(figure, r, 1);
    }
    queueFigures->setColumnStretch(1, 1);
    m_queueTile->hide();

    m_events->setObjectName(u"events"_s);
    m_events->setMaximumHeight(140);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_state);
    layout->addLayout(figures);
    layout->addWidget(m_queueTile);
    layout->addWidget(m_eventsTitle);
    layout->addWidget(m_events);

    connect(workspace, &Workspace::connectionStateChanged, this, &OverviewCard::refresh);
    connect(workspace, &Workspace::dataAgeChanged, this, &OverviewCard::refresh);
    connect(workspace->metrics(), &MetricsStore::updated, this, &OverviewCard::refresh);
    connect(workspace->deadLetterGroups(), &DeadLetterGroupModel::totalChanged, this,
        &OverviewCard::refresh);
    connect(workspace, &Workspace::connectionStateChanged, this,
        [this](ConnectionState, const QString &detail) {
            if (!detail.isEmpty())
                addEvent(detail);
        });
    connect(workspace, &Workspace::actionFinished, this,
        [this](const ActionOutcome &outcome) { addEvent(outcome.message); });
    // Breaker transitions are the events an operator looks for first.
    connect(workspace->breakers(), &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &tl, const QModelIndex &br) {
            BreakerModel *model = m_workspace->breakers();
            for (int r = tl.row(); r <= br.row(); ++r) {
                const BreakerRow *row
                    = model->breaker(model->index(r, 0).data(BreakerModel::NameRole).toString());
                if (!row)
                    continue;
                const BreakerRow &b = *row;
                // The model changes every second (time to next probe); a
                // transition is news once, when its time is new.
                qint64 &seen = m_seenTransitionMs[b.name];
                const bool isNew = b.lastTransition.timeMs > seen;
                seen = std::max(seen, b.lastTransition.timeMs);
                if (isNew && b.lastTransition.timeMs > QDateTime::currentMSecsSinceEpoch() - 5000)
                    addEvent(tr("%1: %2 \u2192 %3")
                                 .arg(b.name, BreakerModel::stateLabel(b.lastTransition.from),
                                     BreakerModel::stateLabel(b.lastTransition.to)));
            }
        });
    retranslateUi();
}

void OverviewCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void OverviewCard::retranslateUi()
{
    const QStringList names { tr("Request rate"), tr("Error rate"), tr("Dead letters"),
        tr("Open breakers"), tr("Running syncs") };
    for (int i = 0; i < m_figureNames.size(); ++i)
        m_figureNames.at(i)->setText(names.value(i));
    m_eventsTitle->setText(tr("Last events"));
    m_queueTitle->setText(tr("Queues"));
    const QStringList queueNames { tr("Queued messages"), tr("Dead-lettered"),
        tr("Publish / deliver / ack") };
    for (int i = 0; i < m_queueFigureNames.size(); ++i)
        m_queueFigureNames.at(i)->setText(queueNames.value(i));
    m_queuedMessages->setToolTip(
        tr("Messages in all queues, dead-letter queues included. Opens Metrics."));
    m_deadLettered->setToolTip(tr("Messages in the dead-letter queues. Opens Metrics."));
    m_queueRates->setToolTip(
        tr("Messages per second summed over all queues, as the broker measures them. "
           "Opens Metrics."));
    refresh();
}

QPushButton *OverviewCard::addFigure(
    const QString &name, AreaId area, std::function<QString()> filter)
{
    auto *button = new QPushButton(this);
    button->setObjectName(name);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(u"text-align: left; font-size: 15px; font-weight: bold;"_s);
    connect(button, &QPushButton::clicked, this, [this, area, filter = std::move(filter)] {
        if (m_workspace)
            Q_EMIT figureActivated(m_workspace, area, filter ? filter() : QString());
    });
    return button;
}

void OverviewCard::addEvent(const QString &text)
{
    if (m_events->count() > 0 && m_events->item(0)->text().endsWith(text))
        return; // the same detail repeated by a reconnect loop
    m_events->insertItem(
        0, tr("%1  %2").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), text));
    while (m_events->count() > maxEvents)
        delete m_events->takeItem(m_events->count() - 1);
}

void OverviewCard::refresh()
{
    if (!m_workspace)
        return;
    Workspace *w = m_workspace;
    const QString detail = w->connectionDetail();
    const bool up = w->isConnected();
    m_state->setText(up ? tr("Connected") : detail.isEmpty() ? tr("Not connected") : detail);
    m_state->setStyleSheet(up ? u"color: #2e7d32;"_s : u"color: #b00020; font-weight: bold;"_s);
    if (w->isOffline()) { // recorded data: neither live nor broken
        m_state->setText(tr("Offline snapshot: nothing here is live."));
        m_state->setStyleSheet(u"color: #455a64; font-weight: bold;"_s);
    }

    const QLocale locale;
    const auto rate = [&locale](std::optional<double> v) {
        return v ? tr("%1/s").arg(locale.toString(*v, 'f', 1)) : tr("\u2014");
    };
    const MetricsStore *metrics = w->metrics();
    m_requestRate->setText(rate(metrics->latestTotal(MetricGroup::RequestRate)));
    m_errorRate->setText(rate(metrics->latestTotal(MetricGroup::ErrorRate)));
    const auto count = [&locale](std::optional<double> v) {
        return v ? locale.toString(qint64(*v)) : tr("\u2014");
    };
    m_queuedMessages->setText(count(metrics->latestTotal(MetricGroup::QueueDepth)));
    m_deadLettered->setText(count(metrics->latestTotal(MetricGroup::DeadLetters)));
    const auto rateOf = [&locale, metrics](const QString &variant) {
        const std::optional<double> v = metrics->latestTotal(MetricGroup::QueueRate, variant);
        return v ? locale.toString(*v, 'f', 1) : tr("\u2014");
    };
    m_queueRates->setText(tr("%1 / %2 / %3 per second")
                              .arg(rateOf(u"publish"_s), rateOf(u"deliver"_s), rateOf(u"ack"_s)));
    showFiguresOfBackEnd();
    m_deadLetters->setText(w->dataAge(DataArea::DeadLetters).loaded()
            ? locale.toString(w->deadLetterGroups()->total())
            : tr("\u2014"));

    int open = 0;
    for (int r = 0; r < w->breakers()->rowCount(); ++r) {
        const auto state
            = BreakerState(w->breakers()->index(r, 0).data(BreakerModel::StateRole).toInt());
        open += state == BreakerState::Open || state == BreakerState::ForcedOpen
            || state == BreakerState::HalfOpen;
    }
    m_openBreakers->setText(tr("%n open of %1", nullptr, open).arg(w->breakers()->rowCount()));
    int running = 0;
    for (int r = 0; r < w->syncs()->rowCount(); ++r)
        running += SyncState(w->syncs()->index(r, 0).data(SyncJobModel::StateRole).toInt())
            == SyncState::Running;
    m_runningSyncs->setText(tr("%n running", nullptr, running));
    setEnabled(true);
}

void OverviewCard::showFiguresOfBackEnd()
{
    Workspace *w = m_workspace;
    const bool queues = !w->metrics()->seriesIds(MetricGroup::QueueDepth).isEmpty()
        || w->profile().kind == BackendKind::RabbitMq;
    m_queueTile->setVisible(queues);
    const bool shown[]
        = { !queues, !queues, true, w->has(Capability::Breakers), w->has(Capability::Syncs) };
    QPushButton *const figures[]
        = { m_requestRate, m_errorRate, m_deadLetters, m_openBreakers, m_runningSyncs };
    for (int i = 0; i < m_figureNames.size(); ++i) {
        m_figureNames.at(i)->setVisible(shown[i]);
        figures[i]->setVisible(shown[i]);
    }
}
