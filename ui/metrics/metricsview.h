// SPDX-License-Identifier: MIT
#pragma once

#include "models/metricsstore.h"
#include "models/workspace.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class MetricChart;
class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

/**
 * The Metrics area: live charts of a Workspace's MetricsStore, one per
 * MetricGroup (request rate, error rate, latency p50/p95/p99, dead-letter
 * depth, sync throughput), over a window of 5 min, 15 min or 1 h.
 *
 * Each MetricsStore::updated() (once per scrape) redraws every chart once:
 * decimated to its pixel width, one replace() per series. Pause freezes the
 * charts while the store keeps taking scrapes; resuming jumps to now.
 *
 * The store (or Workspace) is not owned.
 */
class MetricsView : public QWidget
{
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

    /** Redraws every chart now (also done on each store update unless paused). */
    void refresh();
    /** Time spent in the last refresh(), in microseconds: what a tick costs the GUI thread. */
    qint64 lastRefreshMicros() const { return m_lastRefreshMicros; }

private:
    void onSeriesAdded(const QStringList &ids);
    void onUpdated();
    void updateStatus();

    QPointer<Workspace> m_workspace;
    QPointer<MetricsStore> m_store;
    QList<MetricChart *> m_charts;
    QComboBox *m_window;
    QToolButton *m_pause;
    QLabel *m_age;
    QLabel *m_status;
    QTimer *m_ageTimer;
    qint64 m_frozenToMs = 0; ///< the right edge while paused
    qint64 m_lastRefreshMicros = 0;
};
