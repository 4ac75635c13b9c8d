// SPDX-License-Identifier: MIT
#include "models/metricsstore.h"

#include "core/breaker.h"
#include "core/metrichistory.h"
#include "core/prometheustext.h"
#include "core/wiretime.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 forgetCountersAfterMs = 5 * 60 * 1000;
constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

struct RateSum {
    double total = 0;
    double errors = 0;
    bool known = false; ///< at least one of the summed counters had a rate this scrape
};

std::optional<double> boundOf(const QString &le)
{
    if (le.compare(u"+Inf", Qt::CaseInsensitive) == 0
        || le.compare(u"Inf", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::infinity();
    bool ok = false;
    const double bound = le.toDouble(&ok);
    return ok ? std::optional<double>(bound) : std::nullopt;
}

QString idPrefix(MetricGroup group)
{
    switch (group) {
    case MetricGroup::RequestRate:
        return u"requests"_s;
    case MetricGroup::ErrorRate:
        return u"errors"_s;
    case MetricGroup::Latency:
        return u"latency"_s;
    case MetricGroup::DeadLetters:
        return u"deadletters"_s;
    case MetricGroup::SyncThroughput:
        return u"sync"_s;
    case MetricGroup::QueueDepth:
        return u"queue"_s;
    case MetricGroup::QueueRate:
        return u"queuerate"_s;
    case MetricGroup::BreakerState:
        break;
    }
    return u"breaker"_s;
}

/** "publish", "deliver" or "ack" for a RabbitMQ per-queue rate gauge; empty for any other metric.
 */
QString queueRateVariant(QStringView name)
{
    if (name == "rabbitmq_queue_messages_published_per_second"_L1)
        return u"publish"_s;
    if (name == "rabbitmq_queue_messages_delivered_per_second"_L1)
        return u"deliver"_s;
    if (name == "rabbitmq_queue_messages_acked_per_second"_L1)
        return u"ack"_s;
    return {};
}

/** A CSV field; a name that a spreadsheet would run as a formula is defused with a leading quote.
 */
QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (!field.isEmpty() && QByteArrayView("=+-@\t\r").contains(field.front()))
        field.prepend('\'');
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
        field = '"' + field.replace("\"", "\"\"") + '"';
    return field;
}

} // namespace

MetricsStore::MetricsStore(QObject *parent)
    : MetricsStore(defaultPointsPerSeries, defaultMaxSeries, parent)
{
}

MetricsStore::MetricsStore(qsizetype pointsPerSeries, int maxSeries, QObject *parent)
    : QObject(parent)
    , m_pointsPerSeries(pointsPerSeries)
    , m_maxSeries(maxSeries)
{
}

MetricsStore::~MetricsStore() = default;

void MetricsStore::ingest(const PrometheusParseResult &scrape, qint64 scrapeTimeMs)
{
    ingest(scrape.samples, scrapeTimeMs);
}

void MetricsStore::ingest(const QList<MetricSample> &samples, qint64 scrapeTimeMs)
{
    if (scrapeTimeMs <= m_lastScrapeMs)
        return;
    m_lastScrapeMs = scrapeTimeMs;

    // QMap: series of one scrape appear in name order, so legends are stable.
    QMap<QString, RateSum> requests;
    QMap<QString, RateSum> sync;
    QMap<QString, QList<HistogramBucket>> latency;
    QMap<QString, double> deadLetters;
    QMap<QString, double> breakers;
    QMap<QString, double> queueDepth;
    QMap<std::pair<QString, QString>, double> queueRates; // (queue, variant) -> messages/s
    for (const MetricSample &s : samples) {
        if (s.name == "bw_upstream_requests_total"_L1) {
            RateSum &sum = requests[s.labels.value(u"integration")];
            if (const auto rate = m_rates.update(s, scrapeTimeMs)) {
                sum.total += *rate;
                if (s.labels.value(u"outcome") != "success"_L1)
                    sum.errors += *rate;
                sum.known = true;
            }
        } else if (s.name == "bw_upstream_request_duration_seconds_bucket"_L1) {
            if (const auto bound = boundOf(s.labels.value(u"le")))
                latency[s.labels.value(u"integration")].append({ *bound, s.value });
        } else if (s.name == "bw_deadletters"_L1) {
            deadLetters[s.labels.value(u"source")] += s.value;
        } else if (s.name == "bw_sync_processed_total"_L1) {
            RateSum &sum = sync[s.labels.value(u"job")];
            if (const auto rate = m_rates.update(s, scrapeTimeMs)) {
                sum.total += *rate;
                sum.known = true;
            }
        } else if (s.name == "resilience4j_circuitbreaker_state"_L1) {
            const QString name = s.labels.value(u"name");
            auto code = breakers.find(name);
            if (code == breakers.end())
                code = breakers.insert(name, noValue);
            const auto state = breakerStateFromName(s.labels.value(u"state").toUpper());
            if (s.value == 1 && state)
                *code = double(int(*state));
        } else if (s.name == "rabbitmq_queue_messages"_L1) {
            queueDepth[s.labels.value(u"queue")] += s.value;
        } else if (const QString variant = queueRateVariant(s.name); !variant.isEmpty()) {
            queueRates[{ s.labels.value(u"queue"), variant }] += s.value;
        }
    }
    m_rates.forgetOlderThan(scrapeTimeMs - forgetCountersAfterMs);

    const auto known = [](const RateSum &sum, double value) {
        return sum.known ? std::optional(value) : std::nullopt;
    };
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        append(MetricGroup::RequestRate, it.key(), known(*it, it->total));
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        append(MetricGroup::ErrorRate, it.key(), known(*it, it->errors));

    QHash<QString, QList<HistogramBucket>> previousLatency;
    for (auto it = latency.cbegin(); it != latency.cend(); ++it) {
        // Histograms that differ in labels other than the integration add up bucket by bucket.
        const QList<HistogramBucket> buckets = HistogramQuantile::merged(*it);
        const auto before = m_previousLatency.constFind(it.key());
        const bool haveInterval = before != m_previousLatency.cend();
        const QList<HistogramBucket> interval
            = haveInterval ? HistogramQuantile::delta(buckets, *before) : buckets;
        for (const auto &[q, variant] :
            { std::pair { 0.5, u"p50"_s }, { 0.95, u"p95"_s }, { 0.99, u"p99"_s } }) {
            append(MetricGroup::Latency, it.key(),
                haveInterval ? std::optional(HistogramQuantile::quantile(q, interval))
                             : std::nullopt,
                variant);
        }
        previousLatency.insert(it.key(), buckets);
    }
    m_previousLatency = std::move(previousLatency);

    for (auto it = deadLetters.cbegin(); it != deadLetters.cend(); ++it)
        append(MetricGroup::DeadLetters, it.key(), *it);
    for (auto it = sync.cbegin(); it != sync.cend(); ++it)
        append(MetricGroup::SyncThroughput, it.key(), known(*it, it->total));
    for (auto it = breakers.cbegin(); it != breakers.cend(); ++it)
        append(MetricGroup::BreakerState, it.key(),
            std::isnan(*it) ? std::nullopt : std::optional(*it));
    for (auto it = queueDepth.cbegin(); it != queueDepth.cend(); ++it)
        append(MetricGroup::QueueDepth, it.key(), *it);
    for (auto it = queueRates.cbegin(); it != queueRates.cend(); ++it)
        append(MetricGroup::QueueRate, it.key().first, *it, it.key().second);

    if (!m_added.isEmpty())
        Q_EMIT seriesAdded(std::exchange(m_added, {}));
    Q_EMIT updated();
}

// --- recorded history (offline snapshots) ---------------------------------------------------

void MetricsStore::loadHistory(const MetricHistory &history)
{
    QSet<QString> perIntegration; // metrics that have series per integration
    QHash<QString, QHash<qint64, double>> requestRates; // integration -> time -> requests/s
    for (const MetricHistorySeries &s : history.series) {
        if (!s.integration.isEmpty())
            perIntegration.insert(s.metric);
        if (s.metric == "request_rate"_L1) {
            QHash<qint64, double> &rates = requestRates[s.integration];
            for (const MetricPoint &p : s.points)
                rates.insert(p.timeMs, p.value);
        }
    }
    const auto latencyVariant = [](const QString &metric) -> QString {
        if (metric == "latency_p50_ms"_L1)
            return u"p50"_s;
        if (metric == "latency_p95_ms"_L1)
            return u"p95"_s;
        if (metric == "latency_p99_ms"_L1)
            return u"p99"_s;
        return {};
    };
    qint64 endMs = history.toMs;
    for (const MetricHistorySeries &s : history.series) {
        if (s.integration.isEmpty() && perIntegration.contains(s.metric))
            continue;
        std::optional<MetricGroup> group;
        QString variant = latencyVariant(s.metric);
        double scale = 1;
        if (s.metric == "request_rate"_L1)
            group = MetricGroup::RequestRate;
        else if (s.metric == "error_ratio"_L1)
            group = MetricGroup::ErrorRate;
        else if (s.metric == "deadletter_depth"_L1)
            group = MetricGroup::DeadLetters;
        else if (!variant.isEmpty()) {
            group = MetricGroup::Latency;
            scale = 0.001;
        }
        if (!group)
            continue;
        const QHash<qint64, double> rates = requestRates.value(s.integration);
        for (const MetricPoint &p : s.points) {
            double value = p.value * scale;
            if (*group == MetricGroup::ErrorRate) {
                // The live chart plots errors/s; a ratio without the rate beside it has no such
                // value.
                const auto rate = rates.constFind(p.timeMs);
                if (rate == rates.cend())
                    continue;
                value = p.value * *rate;
            }
            m_lastScrapeMs = p.timeMs; // append() stamps points with it
            endMs = std::max(endMs, p.timeMs);
            append(*group, s.integration, value, variant);
        }
        if (s.points.isEmpty())
            append(*group, s.integration, std::nullopt, variant);
    }
    m_lastScrapeMs = endMs;
    if (!m_added.isEmpty())
        Q_EMIT seriesAdded(std::exchange(m_added, {}));
    Q_EMIT updated();
}

void MetricsStore::append(
    MetricGroup group, const QString &subject, std::optional<double> value, const QString &variant)
{
    const QString id
        = idPrefix(group) + u':' + subject + (variant.isEmpty() ? QString() : u':' + variant);
    Entry *entry = m_byId.value(id);
    if (!entry) {
        if (int(m_entries.size()) >= m_maxSeries) {
            m_seriesLimitReached = true;
            return;
        }
        MetricSeriesInfo info = describe(group, subject, variant);
        info.id = id;
        m_entries.push_back(
            std::make_unique<Entry>(Entry { std::move(info), MetricSeries(m_pointsPerSeries) }));
        entry = m_entries.back().get();
        m_byId.insert(id, entry);
        m_added.append(id);
    }
    if (value)
        entry->points.append(m_lastScrapeMs, *value);
}

MetricSeriesInfo MetricsStore::describe(
    MetricGroup group, const QString &subject, const QString &variant)
{
    const QString who = subject.isEmpty() ? tr("(unlabelled)") : subject;
    MetricSeriesInfo info;
    info.group = group;
    info.legend = who;
    switch (group) {
    case MetricGroup::RequestRate:
        info.name = tr("%1 requests/s").arg(who);
        info.unit = MetricUnit::PerSecond;
        break;
    case MetricGroup::ErrorRate:
        info.name = tr("%1 errors/s").arg(who);
        info.unit = MetricUnit::PerSecond;
        break;
    case MetricGroup::Latency:
        info.legend = who + u' ' + variant;
        info.name = tr("%1 %2 latency (s)").arg(who, variant);
        info.unit = MetricUnit::Seconds;
        break;
    case MetricGroup::DeadLetters:
        info.name = tr("%1 dead letters").arg(who);
        info.unit = MetricUnit::Count;
        break;
    case MetricGroup::SyncThroughput:
        info.name = tr("%1 items/s").arg(who);
        info.unit = MetricUnit::PerSecond;
        break;
    case MetricGroup::BreakerState:
        info.name = tr("%1 breaker state").arg(who);
        info.unit = MetricUnit::BreakerState;
        break;
    case MetricGroup::QueueDepth:
        info.name = tr("%1 queue depth").arg(who);
        info.unit = MetricUnit::Count;
        break;
    case MetricGroup::QueueRate:
        info.legend = who + u' ' + variant;
        info.name = tr("%1 %2 messages/s").arg(who, variant);
        info.unit = MetricUnit::PerSecond;
        break;
    }
    return info;
}

QStringList MetricsStore::seriesIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_entries.size()));
    for (const auto &e : m_entries)
        ids.append(e->info.id);
    return ids;
}

QStringList MetricsStore::seriesIds(MetricGroup group) const
{
    QStringList ids;
    for (const auto &e : m_entries) {
        if (e->info.group == group)
            ids.append(e->info.id);
    }
    return ids;
}

std::optional<double> MetricsStore::latestTotal(MetricGroup group) const
{
    return latestTotal(group, {});
}

std::optional<double> MetricsStore::latestTotal(MetricGroup group, QStringView variant) const
{
    std::optional<double> sum;
    for (const auto &e : m_entries) {
        if (e->info.group != group
            || (!variant.isEmpty() && !e->info.id.endsWith(u':' + variant.toString())))
            continue;
        const MetricSeries &points = e->points;
        // A series the back end stopped reporting keeps its last point: only this scrape's count.
        if (!points.isEmpty() && points.last().timeMs == m_lastScrapeMs)
            sum = sum.value_or(0) + points.last().value;
    }
    return sum;
}

const MetricSeries *MetricsStore::series(const QString &id) const
{
    const Entry *e = m_byId.value(id);
    return e ? &e->points : nullptr;
}

const MetricSeriesInfo *MetricsStore::info(const QString &id) const
{
    const Entry *e = m_byId.value(id);
    return e ? &e->info : nullptr;
}

QByteArray MetricsStore::toCsv(const QStringList &ids, qint64 fromMs, qint64 toMs) const
{
    struct Column {
        const MetricSeries *series;
        qsizetype next;
        qsizetype end;
    };
    QList<Column> columns;
    QByteArray csv = "time";
    for (const QString &id : ids) {
        const Entry *e = m_byId.value(id);
        if (!e)
            continue;
        csv += ',' + csvField(e->info.name);
        columns.append({ &e->points, e->points.lowerBound(fromMs), e->points.upperBound(toMs) });
    }
    csv += "\r\n";
    qsizetype rows = 0;
    for (const Column &c : columns)
        rows = std::max(rows, c.end - c.next);
    csv.reserve(csv.size() + rows * (26 + 12 * columns.size()));
    // A merge over the columns: one row per distinct time, in order.
    for (;;) {
        qint64 rowTime = std::numeric_limits<qint64>::max();
        for (const Column &c : columns) {
            if (c.next < c.end)
                rowTime = std::min(rowTime, c.series->at(c.next).timeMs);
        }
        if (rowTime == std::numeric_limits<qint64>::max())
            break;
        csv += WireTime::format(rowTime).toUtf8();
        for (Column &c : columns) {
            csv += ',';
            if (c.next < c.end && c.series->at(c.next).timeMs == rowTime) {
                const double v = c.series->at(c.next++).value;
                // 15 significant digits, what spreadsheets keep: no 0.8999999999999999 from
                // interpolation. std::to_chars: QByteArray::number takes a bignum path here, 10x
                // slower over 180,000 cells.
                if (!std::isnan(v)) {
                    char digits[32];
                    const auto written = std::to_chars(
                        digits, digits + sizeof digits, v, std::chars_format::general, 15);
                    csv.append(digits, written.ptr - digits);
                }
            }
        }
        csv += "\r\n";
    }
    return csv;
}
