// SPDX-License-Identifier: MIT
#include "ui/metrics/metricsview.h"

#include "ui/metrics/metricchart.h"

#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

MetricsView::MetricsView(QWidget *parent)
    : QWidget(parent)
    , m_windowLabel(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_age(new QLabel(this))
    , m_status(new QLabel(this))
    , m_ageTimer(new QTimer(this))
    , m_nextTurn(new QTimer(this))
{
    m_nextTurn->setInterval(0);
    connect(m_nextTurn, &QTimer::timeout, this, &MetricsView::continueLiveRefresh);
    for (int seconds : WindowChoices)
        m_window->addItem(QString(), seconds);
    connect(m_window, &QComboBox::currentIndexChanged, this, &MetricsView::refresh);
    m_pause->setCheckable(true);
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_frozenToMs = paused && m_store ? m_store->lastScrapeMs() : 0;
        // Pausing mid-redraw finishes it first: a frozen chart shows one moment, not two.
        if (!paused || isRefreshing() || m_livePending)
            refresh();
        updateStatus();
    });
    m_status->setStyleSheet(u"color: #c62828;"_s);
    m_status->hide();

    const MetricGroup groups[] = { MetricGroup::RequestRate, MetricGroup::ErrorRate,
        MetricGroup::Latency, MetricGroup::DeadLetters, MetricGroup::SyncThroughput,
        MetricGroup::QueueDepth, MetricGroup::QueueRate };
    auto *grid = m_grid = new QGridLayout;
    for (const MetricGroup group : groups) {
        auto *chart = new MetricChart(group, groupTitle(group), this);
        connect(chart, &MetricChart::exported, this, [this](const QString &message, bool ok) {
            m_status->setStyleSheet(ok ? QString() : u"color: #c62828;"_s);
            m_status->setText(message);
            m_status->show();
        });
        m_charts.append(chart);
    }
    showChartsOfBackEnd();
    auto *chartsPage = new QWidget;
    chartsPage->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsPage);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_windowLabel);
    bar->addWidget(m_window);
    bar->addWidget(m_pause);
    bar->addStretch();
    bar->addWidget(m_age);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &MetricsView::updateStatus);
    retranslateUi();
}

MetricsView::~MetricsView() = default;

namespace {

bool isQueueChart(const MetricChart *chart)
{
    return chart->group() == MetricGroup::QueueDepth || chart->group() == MetricGroup::QueueRate;
}

} // namespace

bool MetricsView::isQueueBackEnd() const
{
    return (m_store && !m_store->seriesIds(MetricGroup::QueueDepth).isEmpty())
        || (m_workspace && m_workspace->profile().kind == BackendKind::RabbitMq);
}

void MetricsView::showChartsOfBackEnd()
{
    // A queue back end (RabbitMQ) has no request, latency or sync series: those charts stay hidden
    // for it, also before its first scrape, instead of standing empty; the queue charts show only
    // for such a one.
    const bool queues = isQueueBackEnd();
    QList<MetricChart *> shown;
    for (MetricChart *chart : std::as_const(m_charts)) {
        const bool hasSeries = m_store && !m_store->seriesIds(chart->group()).isEmpty();
        if (hasSeries || (!queues && !isQueueChart(chart)))
            shown.append(chart);
    }
    // Shown charts fill the grid in order, two to a row, so a hidden one leaves no hole. On a queue
    // back end its own charts come first and an odd last one takes the whole row; the Ops API's
    // five keep the layout operators know. Hidden ones stay in the grid, after the rest, so they
    // keep their parent.
    if (queues)
        std::stable_partition(shown.begin(), shown.end(), isQueueChart);
    for (MetricChart *chart : std::as_const(m_charts))
        m_grid->removeWidget(chart);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const bool wholeRow = queues && i == shown.size() - 1 && i % 2 == 0;
        m_grid->addWidget(shown.at(i), int(i / 2), int(i % 2), 1, wholeRow ? 2 : 1);
    }
    const int spareRow = int((shown.size() + 1) / 2);
    for (MetricChart *chart : std::as_const(m_charts)) {
        const bool show = shown.contains(chart);
        if (!show)
            m_grid->addWidget(chart, spareRow + 1, 0);
        chart->setVisible(show);
    }
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(
            r, r == spareRow ? 1 : 0); // spare height under the charts, not inside them
}

QString MetricsView::groupTitle(MetricGroup group)
{
    switch (group) {
    case MetricGroup::RequestRate:
        return tr("Request rate");
    case MetricGroup::ErrorRate:
        return tr("Error rate");
    case MetricGroup::Latency:
        return tr("Latency (p50, p95, p99)");
    case MetricGroup::DeadLetters:
        return tr("Dead-letter depth");
    case MetricGroup::SyncThroughput:
        return tr("Sync throughput");
    case MetricGroup::BreakerState:
        return tr("Breaker states");
    case MetricGroup::QueueDepth:
        return tr("Queue depth");
    case MetricGroup::QueueRate:
        return tr("Queue rates (publish, deliver, ack)");
    }
    return {};
}

void MetricsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MetricsView::retranslateUi()
{
    m_windowLabel->setText(tr("Window:"));
    const QString windows[] = { tr("Last 5 minutes"), tr("Last 15 minutes"), tr("Last hour") };
    for (int i = 0; i < m_window->count(); ++i)
        m_window->setItemText(i, windows[i]);
    m_pause->setText(isPaused() ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(tr("Freeze the charts; scrapes continue in the background."));
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setTitle(groupTitle(chart->group()));
    updateStatus();
}

void MetricsView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    setStore(workspace ? workspace->metrics() : nullptr);
    if (!workspace) {
        m_ageTimer->stop();
        updateStatus();
        return;
    }
    connect(workspace, &Workspace::dataAgeChanged, this, [this](DataArea area) {
        if (area == DataArea::Metrics)
            updateStatus();
    });
    connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    m_ageTimer->start();
    updateStatus();
}

void MetricsView::setStore(MetricsStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_nextTurn->stop(); // a live redraw under way was for the old store
    m_liveChart = -1;
    m_livePending = false;
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setStore(store);
    showChartsOfBackEnd();
    if (store) {
        connect(store, &MetricsStore::seriesAdded, this, &MetricsView::onSeriesAdded);
        connect(store, &MetricsStore::updated, this, &MetricsView::onUpdated);
        refresh();
    }
}

int MetricsView::windowSeconds() const
{
    return m_window->currentData().toInt();
}

void MetricsView::setWindowSeconds(int seconds)
{
    const int index = m_window->findData(seconds);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

bool MetricsView::isPaused() const
{
    return m_pause->isChecked();
}

void MetricsView::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

MetricChart *MetricsView::chart(MetricGroup group) const
{
    for (MetricChart *chart : m_charts) {
        if (chart->group() == group)
            return chart;
    }
    return nullptr;
}

void MetricsView::onSeriesAdded(const QStringList &ids)
{
    for (MetricChart *chart : std::as_const(m_charts))
        chart->addSeries(ids);
    showChartsOfBackEnd();
}

void MetricsView::onUpdated()
{
    if (!isPaused()) {
        if (isRefreshing())
            m_livePending = true;
        else
            beginLiveRefresh();
    }
    updateStatus();
}

qint64 MetricsView::windowEnd() const
{
    const qint64 toMs = isPaused() && m_frozenToMs > 0 ? m_frozenToMs : m_store->lastScrapeMs();
    return toMs > 0 ? toMs : QDateTime::currentMSecsSinceEpoch();
}

void MetricsView::refresh()
{
    m_nextTurn->stop();
    m_liveChart = -1;
    m_livePending = false;
    if (!m_store)
        return;
    QElapsedTimer timer;
    timer.start();
    const qint64 toMs = windowEnd();
    const qint64 fromMs = toMs - qint64(windowSeconds()) * 1000;
    for (MetricChart *chart : std::as_const(m_charts))
        chart->refresh(fromMs, toMs);
    m_lastRefreshMicros = m_longestTurnMicros = timer.nsecsElapsed() / 1000;
    Q_EMIT refreshed();
}

bool MetricsView::isRefreshing() const
{
    return m_liveChart >= 0;
}

void MetricsView::beginLiveRefresh()
{
    if (!m_store)
        return;
    m_liveToMs = windowEnd();
    m_liveFromMs = m_liveToMs - qint64(windowSeconds()) * 1000;
    m_liveChart = 0;
    m_liveChartBegun = false;
    m_liveMicros = m_liveLongestMicros = 0;
    // Not in this turn: the scrape that brought us here has spent part of it already.
    m_nextTurn->start();
}

void MetricsView::continueLiveRefresh()
{
    if (!isRefreshing())
        return;
    QElapsedTimer turn;
    turn.start();
    constexpr qint64 budgetNs = qint64(turnBudgetMs) * 1000 * 1000;
    while (m_liveChart < m_charts.size() && turn.nsecsElapsed() < budgetNs) {
        MetricChart *chart = m_charts.at(m_liveChart);
        if (!m_liveChartBegun) {
            chart->beginRefresh(m_liveFromMs, m_liveToMs);
            m_liveChartBegun = true;
        } else if (!chart->replaceNext()) {
            ++m_liveChart;
            m_liveChartBegun = false;
            break; // one chart per turn: the paint that follows repaints one chart, not several
        }
    }
    const qint64 micros = turn.nsecsElapsed() / 1000;
    m_liveMicros += micros;
    m_liveLongestMicros = std::max(m_liveLongestMicros, micros);
    if (m_liveChart >= m_charts.size())
        finishLiveRefresh();
}

void MetricsView::finishLiveRefresh()
{
    m_nextTurn->stop();
    m_liveChart = -1;
    m_lastRefreshMicros = m_liveMicros;
    m_longestTurnMicros = m_liveLongestMicros;
    Q_EMIT refreshed();
    if (std::exchange(m_livePending, false) && !isPaused())
        beginLiveRefresh();
}

void MetricsView::updateStatus()
{
    QString text;
    if (m_workspace)
        text
            = m_workspace->dataAge(DataArea::Metrics).describe(QDateTime::currentMSecsSinceEpoch());
    if (isPaused())
        text = text.isEmpty() ? tr("paused") : tr("paused; %1").arg(text);
    m_age->setText(text);
    if (m_store && m_store->seriesLimitReached() && m_status->isHidden()) {
        m_status->setText(
            tr("The back end reports more series than the console keeps; some are not shown."));
        m_status->show();
    }
}
