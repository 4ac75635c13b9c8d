// SPDX-License-Identifier: MIT
#pragma once

#include "sim/metricsregistry.h"

#include <QHash>
#include <QStringList>

struct BreakerSnapshot;
struct SyncJob;

/**
 * The sim's /metrics series, named as docs/ops-api.md lists them: request
 * counters and latency histograms per integration and outcome, retries,
 * dead-letter depth and creations per source, sync progress, and breaker
 * state in the resilience4j shape existing dashboards read.
 *
 * Handles are looked up once per label set and cached, so the hot path (one
 * simulated call) is a hash lookup and an atomic add.
 */
class SimMetrics {
public:
    explicit SimMetrics(const QStringList &integrations);

    /** One upstream call; `latencyMs` < 0 when no call was made (not permitted). */
    void request(const QString &integration, const QString &outcome, int latencyMs);
    void retry(const QString &integration);
    void deadLettered(const QString &source, qint64 count);
    void depth(const QString &source, qint64 depth);
    void syncProgress(const SyncJob &job);
    void breaker(const BreakerSnapshot &snapshot);
    QByteArray render() const { return m_registry.exposition(); }

private:
    MetricsRegistry m_registry;
    QHash<QString, MetricsRegistry::Counter *> m_requests; ///< "integration\x1foutcome"
    QHash<QString, MetricsRegistry::Histogram *> m_latency;
    QHash<QString, MetricsRegistry::Counter *> m_retries;
    QHash<QString, MetricsRegistry::Counter *> m_created;
    QHash<QString, MetricsRegistry::Gauge *> m_depth;
    QHash<QString, qint64> m_syncProcessed;
};
