// SPDX-License-Identifier: MIT
#include "sim/metrichistoryrecorder.h"

#include "core/clock.h"
#include "core/prometheustext.h"
#include "core/wiretime.h"
#include "sim/httprequest.h"
#include "sim/httpresponse.h"
#include "sim/simdatabase.h"
#include "sim/simengine.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString requestsName = u"bw_upstream_requests_total"_s;
const QString bucketName = u"bw_upstream_request_duration_seconds_bucket"_s;
const QString depthName = u"bw_deadletters"_s;

QString key(const QString &integration, QStringView kind)
{
    return integration + u'\x1f' + kind;
}

struct Row {
    QString metric;
    QString integration;
    double value = 0;
};

} // namespace

MetricHistoryRecorder::MetricHistoryRecorder(SimEngine &engine, QObject *parent, int intervalMs)
    : QObject(parent)
    , m_engine(engine)
{
    // Not part of SimDatabase's migrations: the table is a cache of derived
    // values that a new sim version may drop and rebuild at will.
    m_engine.database().exec(
        u"CREATE TABLE IF NOT EXISTS metric_history ("
        "time_ms INTEGER NOT NULL, metric TEXT NOT NULL, integration TEXT NOT NULL, "
        "value REAL NOT NULL)"_s);
    m_engine.database().exec(
        u"CREATE INDEX IF NOT EXISTS metric_history_time ON metric_history(time_ms)"_s);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MetricHistoryRecorder::recordNow);
    m_timer.start();
    QTimer::singleShot(0, this, &MetricHistoryRecorder::recordNow);
}

void MetricHistoryRecorder::recordNow()
{
    const qint64 now = m_engine.clock().nowMs();
    const PrometheusParseResult parsed = PrometheusText::parse(m_engine.renderMetrics());

    QHash<QString, double> totals;
    QHash<QString, QList<HistogramBucket>> buckets;
    QList<Row> rows;
    QMap<QString, double> depth; // sorted, so totals come out in a stable order
    for (const MetricSample &s : parsed.samples) {
        if (s.name == requestsName) {
            const QString integration = s.labels.value(u"integration");
            const QString outcome = s.labels.value(u"outcome");
            for (const QString &who : { integration, QString() }) {
                totals[key(who, u"all")] += s.value;
                if (outcome == u"error"_s || outcome == u"timeout"_s)
                    totals[key(who, u"failed")] += s.value;
            }
        } else if (s.name == bucketName) {
            const QString le = s.labels.value(u"le");
            const double bound = le == u"+Inf"_s ? qInf() : le.toDouble();
            const QString integration = s.labels.value(u"integration");
            buckets[integration].append({ bound, s.value });
            buckets[QString()].append({ bound, s.value });
        } else if (s.name == depthName) {
            depth[s.labels.value(u"source")] += s.value;
        }
    }
    for (auto it = depth.cbegin(); it != depth.cend(); ++it)
        rows.append({ u"deadletter_depth"_s, it.key(), it.value() });
    double depthTotal = 0;
    for (double d : std::as_const(depth))
        depthTotal += d;
    rows.append({ u"deadletter_depth"_s, QString(), depthTotal });

    if (m_lastMs > 0 && now > m_lastMs) {
        const double seconds = double(now - m_lastMs) / 1000.0;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            if (!it.key().endsWith(u"\x1f"
                                   "all"_s))
                continue;
            const QString integration = it.key().chopped(4);
            const double calls = std::max(0.0, it.value() - m_lastTotals.value(it.key()));
            const double failed = std::max(0.0,
                totals.value(key(integration, u"failed"))
                    - m_lastTotals.value(key(integration, u"failed")));
            rows.append({ u"request_rate"_s, integration, calls / seconds });
            rows.append(
                { u"error_ratio"_s, integration, calls > 0 ? std::min(1.0, failed / calls) : 0.0 });
        }
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            const auto current = HistogramQuantile::merged(it.value());
            const auto interval = HistogramQuantile::delta(current, m_lastBuckets.value(it.key()));
            for (const auto &[name, q] :
                { std::pair { u"latency_p50_ms"_s, 0.5 }, std::pair { u"latency_p95_ms"_s, 0.95 },
                    std::pair { u"latency_p99_ms"_s, 0.99 } }) {
                const double v = HistogramQuantile::quantile(q, interval);
                if (std::isfinite(v))
                    rows.append({ name, it.key(), v * 1000.0 });
            }
        }
    }
    m_lastMs = now;
    m_lastTotals = totals;
    m_lastBuckets.clear();
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
        m_lastBuckets.insert(it.key(), HistogramQuantile::merged(it.value()));

    SimDatabase &db = m_engine.database();
    SimDatabase::Transaction tx(db);
    QSqlQuery insert = db.prepare(
        u"INSERT INTO metric_history (time_ms, metric, integration, value) VALUES (?, ?, ?, ?)"_s);
    for (const Row &r : std::as_const(rows)) {
        insert.bindValue(0, now);
        insert.bindValue(1, r.metric);
        insert.bindValue(
            2, r.integration.isNull() ? u""_s : r.integration); // NULL would break NOT NULL
        insert.bindValue(3, r.value);
        db.exec(insert);
    }
    if (++m_samplesSinceTrim >= 60) {
        m_samplesSinceTrim = 0;
        QSqlQuery trim = db.prepare(u"DELETE FROM metric_history WHERE time_ms < ?"_s);
        trim.bindValue(0, now - retentionMs);
        db.exec(trim);
    }
    tx.commit();
}

MetricHistory MetricHistoryRecorder::history(qint64 fromMs, qint64 toMs, qint64 stepMs) const
{
    MetricHistory h;
    h.fromMs = fromMs;
    h.toMs = toMs;
    const qint64 range = std::max<qint64>(toMs - fromMs, 1);
    if (stepMs <= 0)
        stepMs = std::max<qint64>(range / 300, 1000);
    stepMs = std::max<qint64>(stepMs, (range + maxPoints - 1) / maxPoints);
    h.stepMs = stepMs;

    QSqlQuery q = m_engine.database().prepare(
        u"SELECT metric, integration, (time_ms - ?) / ? AS bucket, AVG(value) FROM metric_history "
        "WHERE time_ms >= ? AND time_ms < ? GROUP BY metric, integration, bucket ORDER BY metric, integration, bucket"_s);
    q.bindValue(0, fromMs);
    q.bindValue(1, stepMs);
    q.bindValue(2, fromMs);
    q.bindValue(3, toMs);
    if (!m_engine.database().exec(q))
        return h;
    while (q.next()) {
        const QString metric = q.value(0).toString();
        const QString integration = q.value(1).toString();
        if (h.series.isEmpty() || h.series.constLast().metric != metric
            || h.series.constLast().integration != integration)
            h.series.append({ metric, integration, {} });
        h.series.last().points.append(
            { fromMs + q.value(2).toLongLong() * stepMs, q.value(3).toDouble() });
    }
    return h;
}

std::variant<std::pair<qint64, qint64>, Problem> MetricHistoryRecorder::rangeOf(
    const HttpRequest &request, qint64 nowMs)
{
    qint64 to = nowMs;
    if (const QString t = request.queryValue(u"to"_s); !t.isEmpty()) {
        const auto parsed = WireTime::parse(t);
        if (!parsed)
            return Problem { 400, {},
                u"to must be an RFC 3339 time such as 2026-11-23T01:00:00Z."_s, {} };
        to = *parsed;
    }
    qint64 from = to - 3600 * 1000;
    if (const QString f = request.queryValue(u"from"_s); !f.isEmpty()) {
        const auto parsed = WireTime::parse(f);
        if (!parsed)
            return Problem { 400, {},
                u"from must be an RFC 3339 time such as 2026-11-23T00:00:00Z."_s, {} };
        from = *parsed;
    }
    if (from > to)
        return Problem { 400, {}, u"from must not be after to."_s, {} };
    return std::pair { from, to };
}

HttpResponse MetricHistoryRecorder::respond(const HttpRequest &request) const
{
    const auto range = rangeOf(request, m_engine.clock().nowMs());
    if (const auto *p = std::get_if<Problem>(&range))
        return HttpResponse::problem(*p);
    qint64 step = 0;
    if (const QString s = request.queryValue(u"step"_s); !s.isEmpty()) {
        bool ok = false;
        const qint64 seconds = s.toLongLong(&ok);
        const auto duration
            = ok ? std::optional<qint64>(seconds * 1000) : WireTime::parseDuration(s);
        if (!duration || *duration <= 0)
            return HttpResponse::problem(
                400, u"step must be a duration such as 10s, 5m or 1h (or whole seconds)."_s);
        step = *duration;
    }
    const auto [from, to] = std::get<std::pair<qint64, qint64>>(range);
    return HttpResponse::json(200, history(from, to, step).toJson());
}
