// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

/**
 * The sim's /metrics: counters, gauges and histograms with label sets,
 * written as Prometheus text exposition format 0.0.4.
 *
 * Registering (counter(), gauge(), histogram()) looks up or creates a series
 * and returns a pointer that stays valid for the registry's lifetime, so hot
 * paths register once and then only touch an atomic: no hashing, no locking.
 * Series updates are safe from any thread; registration and exposition take
 * a mutex. Output is sorted by metric name, then by label set, so it is
 * stable from one scrape to the next.
 *
 * Names are checked ([a-zA-Z_:][a-zA-Z0-9_:]* for metrics,
 * [a-zA-Z_][a-zA-Z0-9_]* for labels); a bad name, or a name reused with
 * another type, logs a warning and yields a working series that is never
 * exported, so a typo cannot crash the sim.
 */
class MetricsRegistry {
public:
    /** Label name/value pairs; their order does not matter. */
    using Labels = QList<QPair<QString, QString>>;

    /** Only goes up (a negative increment is ignored). */
    class Counter {
    public:
        void inc(double delta = 1.0)
        {
            if (delta >= 0)
                m_value.fetch_add(delta, std::memory_order_relaxed);
        }
        double value() const { return m_value.load(std::memory_order_relaxed); }

    private:
        std::atomic<double> m_value { 0.0 };
    };

    /** Goes up and down, or is set outright. */
    class Gauge {
    public:
        void set(double value) { m_value.store(value, std::memory_order_relaxed); }
        void add(double delta) { m_value.fetch_add(delta, std::memory_order_relaxed); }
        double value() const { return m_value.load(std::memory_order_relaxed); }

    private:
        std::atomic<double> m_value { 0.0 };
    };

    /** Counts observations into buckets by upper bound (`le`), plus their sum. */
    class Histogram {
    public:
        /** Upper bounds, ascending, finite; +Inf is implied. */
        explicit Histogram(const QList<double> &bounds);
        void observe(double value);
        const QList<double> &bounds() const { return m_bounds; }
        /** Observations <= each bound, then the total (+Inf). */
        QList<quint64> cumulativeCounts() const;
        double sum() const { return m_sum.load(std::memory_order_relaxed); }

    private:
        QList<double> m_bounds;
        std::unique_ptr<std::atomic<quint64>[]> m_counts; ///< per bucket, not cumulative
        std::atomic<double> m_sum { 0.0 };
    };

    MetricsRegistry();
    ~MetricsRegistry();
    MetricsRegistry(const MetricsRegistry &) = delete;
    MetricsRegistry &operator=(const MetricsRegistry &) = delete;

    Counter *counter(const QString &name, const QString &help, const Labels &labels = {});
    Gauge *gauge(const QString &name, const QString &help, const Labels &labels = {});
    /** @p bounds apply to the whole family: the first registration's bounds win. */
    Histogram *histogram(const QString &name, const QString &help, const QList<double> &bounds,
        const Labels &labels = {});

    /** Runs before each exposition, to refresh gauges cheaper to read at scrape time. */
    void addCollector(std::function<void()> collector);

    /** All series in text format 0.0.4. */
    QByteArray exposition() const;
    /** The Content-Type for exposition(). */
    static QByteArray contentType() { return "text/plain; version=0.0.4; charset=utf-8"; }
    /** Seconds, 1 ms to 10 s: fits simulated upstream calls. */
    static QList<double> latencyBuckets();

private:
    enum class Type { Counter, Gauge, Histogram };
    struct Family;

    /** The family's series map for @p labels, or null when the name, labels or type do not fit. */
    Family *familyFor(const QString &name, const QString &help, Type type, const Labels &labels,
        QByteArray *labelKey);

    mutable QMutex m_mutex;
    std::map<QString, std::unique_ptr<Family>> m_families;
    std::vector<std::function<void()>> m_collectors;
    // Series handed out for bad registrations: they work, nobody scrapes them.
    std::vector<std::unique_ptr<Counter>> m_strayCounters;
    std::vector<std::unique_ptr<Gauge>> m_strayGauges;
    std::vector<std::unique_ptr<Histogram>> m_strayHistograms;
};
