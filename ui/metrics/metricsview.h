// SPDX-License-Identifier: MIT
#pragma once

#include "models/metricsstore.h"
#include "models/workspace.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class MetricChart;
class QComboBox;
class QGridLayout;
class QLabel;
class QTimer;
class QToolButton;

/**
 * The Metrics area: live charts of a Workspace's MetricsStore, one per
 * MetricGroup (request rate, error rate, latency p50/p95/p99, dead-letter
 * depth, sync throughput), over a window of 5 min, 15 min or 1 h.
 *
 * Each MetricsStore::updated() (once per scrape) redraws every chart once,
 * one replace() per series, spread over event-loop turns: a turn replaces
 * series round-robin until turnBudgetMs has passed and the next turn
 * continues, so painting and input get in between and no turn stalls the
 * GUI thread for long. A scrape arriving while a redraw is under way is
 * coalesced: one more redraw, to the newest scrape, follows; work never
 * queues up. refreshed() says when every chart shows the newest window.
 * Pause freezes the charts while the store keeps taking scrapes; resuming
 * jumps to now.
 *
 * The store (or Workspace) is not owned.
 */
class MetricsView : public QWidget {
    Q_OBJECT
public:
    /** The windows offered, in seconds. */
    static constexpr int WindowChoices[] = { 5 * 60, 15 * 60, 60 * 60 };

    explicit MetricsView(QWidget *parent = nullptr);
    ~MetricsView() override;

    /** Shows `workspace`'s metrics and its data age (not owned; nullptr: nothing). */
    void setWorkspace(Workspace *workspace);
    /** Shows a store without a Workspace (benchmarks, reports). Not owned. */
    void setStore(MetricsStore *store);
    MetricsStore *store() const { return m_store; }

    /** The window shown, in seconds; one of WindowChoices. */
    int windowSeconds() const;
    void setWindowSeconds(int seconds);
    bool isPaused() const;
    void setPaused(bool paused);

    QList<MetricChart *> charts() const { return m_charts; }
    MetricChart *chart(MetricGroup group) const;

    /**
     * Time one event-loop turn of a live redraw may take before it yields, in ms. A turn and the
     * paint after it often run with nothing in between, so the two together must fit a frame: a 4
     * ms budget plus the latency chart's paint made stalls of 13-15 ms of GUI-thread CPU time.
     */
    static constexpr int turnBudgetMs = 2;

    /** Redraws every chart now, in this turn (a window change, resume); ends a live redraw under
     * way. */
    void refresh();
    /** A live redraw is under way (some series still show an older scrape). */
    bool isRefreshing() const;
    /** GUI-thread time of the last complete redraw, summed over its turns, in microseconds. */
    qint64 lastRefreshMicros() const { return m_lastRefreshMicros; }
    /** The longest single turn of the last complete redraw, in microseconds: what a tick stalls the
     * GUI thread. */
    qint64 longestTurnMicros() const { return m_longestTurnMicros; }

Q_SIGNALS:
    /** Every chart now shows the window ending at the newest scrape (or the frozen edge while
     * paused). */
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString groupTitle(MetricGroup group);
    void retranslateUi();
    void onSeriesAdded(const QStringList &ids);
    /** A back end with message queues (RabbitMQ): its charts are the queue ones. */
    bool isQueueBackEnd() const;
    /** Shows the charts of groups the back end has (or can have) and lays the shown ones out
     * without holes. */
    void showChartsOfBackEnd();
    void onUpdated();
    void updateStatus();
    /** The window's right edge now, in ms since the epoch. */
    qint64 windowEnd() const;
    void beginLiveRefresh();
    /** One turn of the live redraw: replaces series until the budget is spent or every chart is
     * done. */
    void continueLiveRefresh();
    void finishLiveRefresh();

    QPointer<Workspace> m_workspace;
    QPointer<MetricsStore> m_store;
    QList<MetricChart *> m_charts;
    QGridLayout *m_grid;
    QLabel *m_windowLabel;
    QComboBox *m_window;
    QToolButton *m_pause;
    QLabel *m_age;
    QLabel *m_status;
    QTimer *m_ageTimer;
    QTimer *m_nextTurn; ///< zero interval: runs the live redraw's next turn
    qint64 m_frozenToMs = 0; ///< the right edge while paused
    qint64 m_lastRefreshMicros = 0;
    qint64 m_longestTurnMicros = 0;
    // The live redraw under way: window, next chart, and whether a newer scrape awaits a redraw.
    qint64 m_liveFromMs = 0;
    qint64 m_liveToMs = 0;
    qsizetype m_liveChart = -1; ///< -1: none under way
    bool m_liveChartBegun = false;
    bool m_livePending = false;
    qint64 m_liveMicros = 0;
    qint64 m_liveLongestMicros = 0;
};
