// SPDX-License-Identifier: MIT
#include "reports/reportchart.h"

#include <QMap>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

QString ReportChart::paletteColor(int i)
{
    static const char *colors[] = { "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf" };
    return QString::fromLatin1(colors[i % 10]);
}

QList<QPointF> ReportChart::decimated(
    const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, int columns)
{
    QList<QPointF> out;
    if (points.isEmpty())
        return out;
    if (points.size() <= 4 * columns || toMs <= fromMs || columns <= 0) {
        out.reserve(points.size());
        for (const MetricPoint &p : points)
            if (std::isfinite(p.value))
                out.append({ double(p.timeMs), p.value });
        return out;
    }
    const double width = double(toMs - fromMs) / columns;
    out.reserve(4 * columns);
    qsizetype i = 0;
    while (i < points.size()) {
        const int column = std::clamp(int((points.at(i).timeMs - fromMs) / width), 0, columns - 1);
        const qsizetype begin = i;
        qsizetype minAt = -1, maxAt = -1;
        while (i < points.size()
            && std::clamp(int((points.at(i).timeMs - fromMs) / width), 0, columns - 1) == column) {
            const double v = points.at(i).value;
            if (std::isfinite(v)) {
                if (minAt < 0 || v < points.at(minAt).value)
                    minAt = i;
                if (maxAt < 0 || v > points.at(maxAt).value)
                    maxAt = i;
            }
            ++i;
        }
        if (minAt < 0)
            continue;
        QList<qsizetype> picks { begin, minAt, maxAt, i - 1 };
        std::sort(picks.begin(), picks.end());
        picks.erase(std::unique(picks.begin(), picks.end()), picks.end());
        for (qsizetype at : picks)
            if (std::isfinite(points.at(at).value))
                out.append({ double(points.at(at).timeMs), points.at(at).value });
    }
    return out;
}

namespace {

const MetricHistorySeries *findSeries(
    const MetricHistory &h, const QString &metric, const QString &integration)
{
    for (const MetricHistorySeries &s : h.series)
        if (s.metric == metric && s.integration == integration)
            return &s;
    return nullptr;
}

QStringList integrationsOf(const MetricHistory &h, const QString &metric)
{
    QStringList out;
    for (const MetricHistorySeries &s : h.series)
        if (s.metric == metric && !s.integration.isEmpty() && !out.contains(s.integration))
            out.append(s.integration);
    out.sort();
    return out;
}

void finish(ReportChart &chart)
{
    double top = 0;
    for (const auto &s : std::as_const(chart.series))
        for (const QPointF &p : s.points)
            top = std::max(top, p.y());
    if (top <= 0)
        top = 1;
    // A round top: 1, 2 or 5 times a power of ten.
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 })
        if (m * magnitude >= top) {
            chart.yMax = m * magnitude;
            break;
        }
}

} // namespace

QList<ReportChart> ReportChart::fromReport(const ReportData &data, int columns)
{
    const MetricHistory &h = data.metrics;
    QList<ReportChart> charts;
    auto perIntegration
        = [&](const QString &title, const QString &unit, const QString &metric, double scale) {
              ReportChart c { title, unit, data.fromMs, data.toMs, 1, {} };
              int i = 0;
              for (const QString &integration : integrationsOf(h, metric)) {
                  QList<QPointF> pts = decimated(
                      findSeries(h, metric, integration)->points, data.fromMs, data.toMs, columns);
                  for (QPointF &p : pts)
                      p.setY(p.y() * scale);
                  c.series.append({ integration, paletteColor(i++), pts, false });
              }
              finish(c);
              charts.append(c);
          };
    perIntegration(tr("Request rate"), tr("requests/s"), u"request_rate"_s, 1);
    perIntegration(tr("Error ratio"), tr("%"), u"error_ratio"_s, 100);

    ReportChart latency { tr("Latency (all integrations)"), tr("ms"), data.fromMs, data.toMs, 1,
        {} };
    int i = 0;
    for (const auto &[metric, label] : { std::pair { u"latency_p50_ms"_s, tr("p50") },
             std::pair { u"latency_p95_ms"_s, tr("p95") },
             std::pair { u"latency_p99_ms"_s, tr("p99") } }) {
        const MetricHistorySeries *s = findSeries(h, metric, QString());
        latency.series.append({ label, paletteColor(i++),
            s ? decimated(s->points, data.fromMs, data.toMs, columns) : QList<QPointF>(), false });
    }
    finish(latency);
    charts.append(latency);
    perIntegration(tr("Latency p95 by integration"), tr("ms"), u"latency_p95_ms"_s, 1);
    perIntegration(tr("Dead-letter depth by source"), tr("letters"), u"deadletter_depth"_s, 1);

    // Open breakers over time: replay the transitions from the state each
    // breaker had before the range (the `from` of its first transition in it).
    ReportChart open { tr("Open breakers"), tr("breakers"), data.fromMs, data.toMs, 1, {} };
    QMap<QString, bool> isOpen;
    auto counts = [](BreakerState s) {
        return s == BreakerState::Open || s == BreakerState::ForcedOpen
            || s == BreakerState::HalfOpen;
    };
    for (const auto &e : data.transitions.items)
        if (!isOpen.contains(e.breaker))
            isOpen.insert(e.breaker, counts(e.transition.from));
    for (const BreakerSnapshot &b : data.breakers)
        if (!isOpen.contains(b.name))
            isOpen.insert(b.name, counts(b.state));
    auto openCount = [&] { return double(std::count(isOpen.cbegin(), isOpen.cend(), true)); };
    QList<QPointF> pts { { double(data.fromMs), openCount() } };
    for (const auto &e : data.transitions.items) {
        isOpen[e.breaker] = counts(e.transition.to);
        pts.append(
            { double(std::clamp(e.transition.timeMs, data.fromMs, data.toMs)), openCount() });
    }
    pts.append({ double(data.toMs), openCount() });
    open.series.append({ tr("open or half-open"), paletteColor(1), pts, true });
    finish(open);
    charts.append(open);
    return charts;
}
