// SPDX-License-Identifier: MIT
#include "sim/simmetrics.h"

#include "core/breaker.h"
#include "core/syncjob.h"

using namespace Qt::StringLiterals;

namespace {
const QString requestsName = u"bw_upstream_requests_total"_s;
const QString requestsHelp
    = u"Calls to upstream integrations by outcome (success, error, timeout, not_permitted)."_s;
const QString latencyName = u"bw_upstream_request_duration_seconds"_s;
const QString latencyHelp = u"Latency of upstream calls."_s;
const QString retriesName = u"bw_retries_total"_s;
const QString retriesHelp = u"Retries scheduled after a failed upstream call."_s;
const QString depthName = u"bw_deadletters"_s;
const QString depthHelp = u"Active dead letters per source."_s;
const QString createdName = u"bw_deadletters_created_total"_s;
const QString createdHelp = u"Dead letters stored per source."_s;
const QStringList outcomes { u"success"_s, u"error"_s, u"timeout"_s, u"not_permitted"_s };

QString key(const QString &a, const QString &b)
{
    return a + QChar(0x1f) + b;
}
} // namespace

SimMetrics::SimMetrics(const QStringList &integrations)
{
    // Every family exists from the start, so dashboards and scrapers see
    // zeros rather than missing series before the first call.
    for (const QString &integration : integrations) {
        for (const QString &outcome : outcomes)
            m_requests.insert(key(integration, outcome),
                m_registry.counter(requestsName, requestsHelp,
                    { { u"integration"_s, integration }, { u"outcome"_s, outcome } }));
        m_latency.insert(integration,
            m_registry.histogram(latencyName, latencyHelp, MetricsRegistry::latencyBuckets(),
                { { u"integration"_s, integration } }));
        m_retries.insert(integration,
            m_registry.counter(retriesName, retriesHelp, { { u"integration"_s, integration } }));
        depth(integration, 0);
        m_created.insert(integration,
            m_registry.counter(createdName, createdHelp, { { u"source"_s, integration } }));
    }
}

void SimMetrics::request(const QString &integration, const QString &outcome, int latencyMs)
{
    auto *&counter = m_requests[key(integration, outcome)];
    if (!counter)
        counter = m_registry.counter(requestsName, requestsHelp,
            { { u"integration"_s, integration }, { u"outcome"_s, outcome } });
    counter->inc();
    if (latencyMs < 0)
        return;
    auto *&histogram = m_latency[integration];
    if (!histogram)
        histogram = m_registry.histogram(latencyName, latencyHelp,
            MetricsRegistry::latencyBuckets(), { { u"integration"_s, integration } });
    histogram->observe(latencyMs / 1000.0);
}

void SimMetrics::retry(const QString &integration)
{
    auto *&counter = m_retries[integration];
    if (!counter)
        counter
            = m_registry.counter(retriesName, retriesHelp, { { u"integration"_s, integration } });
    counter->inc();
}

void SimMetrics::deadLettered(const QString &source, qint64 count)
{
    auto *&counter = m_created[source];
    if (!counter)
        counter = m_registry.counter(createdName, createdHelp, { { u"source"_s, source } });
    counter->inc(double(count));
}

void SimMetrics::depth(const QString &source, qint64 depth)
{
    auto *&gauge = m_depth[source];
    if (!gauge)
        gauge = m_registry.gauge(depthName, depthHelp, { { u"source"_s, source } });
    gauge->set(double(depth));
}

void SimMetrics::syncProgress(const SyncJob &job)
{
    const MetricsRegistry::Labels jobLabels { { u"integration"_s, job.integration },
        { u"job"_s, job.id } };
    qint64 &seen = m_syncProcessed[job.id];
    if (job.processed > seen) {
        m_registry
            .counter(u"bw_sync_processed_total"_s, u"Items processed by sync jobs."_s, jobLabels)
            ->inc(double(job.processed - seen));
        seen = job.processed;
    }
    m_registry
        .gauge(u"bw_sync_progress_ratio"_s, u"Share of a sync job's items processed (0..1)."_s,
            { { u"job"_s, job.id } })
        ->set(job.total > 0 ? double(job.processed) / double(job.total) : 0.0);
}

void SimMetrics::breaker(const BreakerSnapshot &b)
{
    for (auto state : { BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen,
             BreakerState::ForcedOpen, BreakerState::Disabled }) {
        m_registry
            .gauge(u"resilience4j_circuitbreaker_state"_s,
                u"The states of the circuit breaker (1: current)."_s,
                { { u"name"_s, b.name }, { u"state"_s, breakerStateName(state).toLower() } })
            ->set(state == b.state ? 1.0 : 0.0);
    }
    m_registry
        .gauge(u"resilience4j_circuitbreaker_failure_rate"_s,
            u"The failure rate of the circuit breaker in percent (-1 below the minimum calls)."_s,
            { { u"name"_s, b.name } })
        ->set(b.failureRate);
    m_registry
        .gauge(u"resilience4j_circuitbreaker_slow_call_rate"_s,
            u"The slow call rate of the circuit breaker in percent (-1 below the minimum calls)."_s,
            { { u"name"_s, b.name } })
        ->set(b.slowCallRate);
}
