// SPDX-License-Identifier: MIT
#include "ui/metrics/metricsview.h"

#include "ui/metrics/metricchart.h"

#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MetricsView::MetricsView(QWidget *parent)
    : QWidget(parent)
    , m_window(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_age(new QLabel(this))
    , m_status(new QLabel(this))
    , m_ageTimer(new QTimer(this))
{
    m_window->addItem(tr("Last 5 minutes"), WindowChoices[0]);
    m_window->addItem(tr("Last 15 minutes"), WindowChoices[1]);
    m_window->addItem(tr("Last hour"), WindowChoices[2]);
    connect(m_window, &QComboBox::currentIndexChanged, this, &MetricsView::refresh);
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the charts; scrapes continue in the background."));
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_frozenToMs = paused && m_store ? m_store->lastScrapeMs() : 0;
        if (!paused)
            refresh();
        updateStatus();
    });
    m_status->setStyleSheet(u"color: #c62828;"_s);
    m_status->hide();

    const struct
    {
        MetricGroup group;
        QString title;
    } groups[] = {
        { MetricGroup::RequestRate, tr("Request rate") },
        { MetricGroup::ErrorRate, tr("Error rate") },
        { MetricGroup::Latency, tr("Latency (p50, p95, p99)") },
        { MetricGroup::DeadLetters, tr("Dead-letter depth") },
        { MetricGroup::SyncThroughput, tr("Sync throughput") },
    };
    auto *grid = new QGridLayout;
    int at = 0;
    for (const auto &g : groups) {
        auto *chart = new MetricChart(g.group, g.title, this);
        connect(chart, &MetricChart::exported, this, [this](const QString &message, bool ok) {
            m_status->setStyleSheet(ok ? QString() : u"color: #c62828;"_s);
            m_status->setText(message);
            m_status->show();
        });
        grid->addWidget(chart, at / 2, at % 2);
        m_charts.append(chart);
        ++at;
    }
    auto *chartsPage = new QWidget;
    chartsPage->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsPage);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Window:"), this));
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
    updateStatus();
}

MetricsView::~MetricsView() = default;

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
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setStore(store);
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
}

void MetricsView::onUpdated()
{
    if (!isPaused())
        refresh();
    updateStatus();
}

void MetricsView::refresh()
{
    if (!m_store)
        return;
    QElapsedTimer timer;
    timer.start();
    qint64 toMs = isPaused() && m_frozenToMs > 0 ? m_frozenToMs : m_store->lastScrapeMs();
    if (toMs <= 0)
        toMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 fromMs = toMs - qint64(windowSeconds()) * 1000;
    for (MetricChart *chart : std::as_const(m_charts))
        chart->refresh(fromMs, toMs);
    m_lastRefreshMicros = timer.nsecsElapsed() / 1000;
}

void MetricsView::updateStatus()
{
    QString text;
    if (m_workspace)
        text = m_workspace->dataAge(DataArea::Metrics).describe(QDateTime::currentMSecsSinceEpoch());
    if (isPaused())
        text = text.isEmpty() ? tr("paused") : tr("paused; %1").arg(text);
    m_age->setText(text);
    if (m_store && m_store->seriesLimitReached() && m_status->isHidden()) {
        m_status->setText(tr("The back end reports more series than the console keeps; some are not shown."));
        m_status->show();
    }
}
