// SPDX-License-Identifier: MIT
#include "sim/metricsregistry.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <algorithm>
#include <cmath>
#include <optional>

Q_LOGGING_CATEGORY(lcMetrics, "breakwater.sim.metrics")

struct MetricsRegistry::Family {
    QString help;
    Type type;
    QList<double> bounds;
    // Keyed by the rendered label set, which also gives the stable order.
    std::map<QByteArray, std::unique_ptr<Counter>> counters;
    std::map<QByteArray, std::unique_ptr<Gauge>> gauges;
    std::map<QByteArray, std::unique_ptr<Histogram>> histograms;
};

namespace {

bool isValidName(const QString &name, bool allowColon)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
            || (allowColon && c == ':');
        if (!letter && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

QByteArray escaped(const QString &text, bool quote)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (quote && c == '"')
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

QByteArray formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    // Whole numbers in full ("1000000", not "1e+06"): counts read better.
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// `a="x",b="y"`, sorted by label name, or empty; nullopt for a bad label name.
std::optional<QByteArray> renderLabels(MetricsRegistry::Labels labels, bool isHistogram)
{
    std::sort(labels.begin(), labels.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &name = labels[i].first;
        if (!isValidName(name, false) || name.startsWith(u"__") || (isHistogram && name == u"le")
            || (i > 0 && labels[i - 1].first == name))
            return std::nullopt;
        if (i > 0)
            out += ',';
        out += name.toUtf8() + "=\"" + escaped(labels[i].second, true) + '"';
    }
    return out;
}

QByteArray seriesLine(const QByteArray &name, const QByteArray &labels, double value)
{
    if (labels.isEmpty())
        return name + ' ' + formatValue(value) + '\n';
    return name + '{' + labels + "} " + formatValue(value) + '\n';
}

template<typename Series, typename Make>
Series *seriesIn(
    std::map<QByteArray, std::unique_ptr<Series>> &map, const QByteArray &key, Make make)
{
    auto &slot = map[key];
    if (!slot)
        slot = make();
    return slot.get();
}

} // namespace

MetricsRegistry::Histogram::Histogram(const QList<double> &bounds)
{
    for (double bound : bounds) {
        if (std::isfinite(bound) && (m_bounds.isEmpty() || bound > m_bounds.last()))
            m_bounds.append(bound);
    }
    m_counts = std::make_unique<std::atomic<quint64>[]>(size_t(m_bounds.size() + 1));
}

void MetricsRegistry::Histogram::observe(double value)
{
    // Few buckets: a linear scan beats a binary search on branch prediction.
    qsizetype bucket = 0;
    while (bucket < m_bounds.size() && !(value <= m_bounds[bucket]))
        ++bucket;
    m_counts[size_t(bucket)].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

QList<quint64> MetricsRegistry::Histogram::cumulativeCounts() const
{
    QList<quint64> out;
    out.reserve(m_bounds.size() + 1);
    quint64 total = 0;
    for (qsizetype i = 0; i <= m_bounds.size(); ++i) {
        total += m_counts[size_t(i)].load(std::memory_order_relaxed);
        out.append(total);
    }
    return out;
}

MetricsRegistry::MetricsRegistry() = default;
MetricsRegistry::~MetricsRegistry() = default;

QList<double> MetricsRegistry::latencyBuckets()
{
    return { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 };
}

MetricsRegistry::Family *MetricsRegistry::familyFor(
    const QString &name, const QString &help, Type type, const Labels &labels, QByteArray *labelKey)
{
    if (!isValidName(name, true)) {
        qCWarning(lcMetrics) << "metric name" << name << "is not valid; it will not be exported";
        return nullptr;
    }
    const auto key = renderLabels(labels, type == Type::Histogram);
    if (!key) {
        qCWarning(lcMetrics) << "labels of" << name << "are not valid; it will not be exported";
        return nullptr;
    }
    auto &family = m_families[name];
    if (!family)
        family.reset(new Family { help, type, {}, {}, {}, {} });
    if (family->type != type) {
        qCWarning(lcMetrics) << "metric" << name
                             << "registered with two types; the second is not exported";
        return nullptr;
    }
    *labelKey = *key;
    return family.get();
}

MetricsRegistry::Counter *MetricsRegistry::counter(
    const QString &name, const QString &help, const Labels &labels)
{
    QMutexLocker lock(&m_mutex);
    QByteArray key;
    if (Family *family = familyFor(name, help, Type::Counter, labels, &key))
        return seriesIn(family->counters, key, [] { return std::make_unique<Counter>(); });
    return m_strayCounters.emplace_back(std::make_unique<Counter>()).get();
}

MetricsRegistry::Gauge *MetricsRegistry::gauge(
    const QString &name, const QString &help, const Labels &labels)
{
    QMutexLocker lock(&m_mutex);
    QByteArray key;
    if (Family *family = familyFor(name, help, Type::Gauge, labels, &key))
        return seriesIn(family->gauges, key, [] { return std::make_unique<Gauge>(); });
    return m_strayGauges.emplace_back(std::make_unique<Gauge>()).get();
}

MetricsRegistry::Histogram *MetricsRegistry::histogram(
    const QString &name, const QString &help, const QList<double> &bounds, const Labels &labels)
{
    QMutexLocker lock(&m_mutex);
    QByteArray key;
    if (Family *family = familyFor(name, help, Type::Histogram, labels, &key)) {
        if (family->histograms.empty())
            family->bounds = Histogram(bounds).bounds();
        return seriesIn(family->histograms, key,
            [family] { return std::make_unique<Histogram>(family->bounds); });
    }
    return m_strayHistograms.emplace_back(std::make_unique<Histogram>(bounds)).get();
}

void MetricsRegistry::addCollector(std::function<void()> collector)
{
    QMutexLocker lock(&m_mutex);
    m_collectors.push_back(std::move(collector));
}

QByteArray MetricsRegistry::exposition() const
{
    std::vector<std::function<void()>> collectors;
    {
        QMutexLocker lock(&m_mutex);
        collectors = m_collectors;
    }
    for (const auto &collect : collectors)
        collect(); // unlocked: collectors register and set gauges

    QMutexLocker lock(&m_mutex);
    QByteArray out;
    for (const auto &[name, family] : m_families) {
        const QByteArray metric = name.toUtf8();
        out += "# HELP " + metric + ' ' + escaped(family->help, false) + '\n';
        switch (family->type) {
        case Type::Counter:
            out += "# TYPE " + metric + " counter\n";
            for (const auto &[labels, series] : family->counters)
                out += seriesLine(metric, labels, series->value());
            break;
        case Type::Gauge:
            out += "# TYPE " + metric + " gauge\n";
            for (const auto &[labels, series] : family->gauges)
                out += seriesLine(metric, labels, series->value());
            break;
        case Type::Histogram:
            out += "# TYPE " + metric + " histogram\n";
            for (const auto &[labels, series] : family->histograms) {
                const QList<quint64> counts = series->cumulativeCounts();
                const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
                for (qsizetype i = 0; i < counts.size(); ++i) {
                    const QByteArray le = i < family->bounds.size() ? formatValue(family->bounds[i])
                                                                    : QByteArray("+Inf");
                    out += seriesLine(
                        metric + "_bucket", prefix + "le=\"" + le + '"', double(counts[i]));
                }
                out += seriesLine(metric + "_sum", labels, series->sum());
                out += seriesLine(metric + "_count", labels, double(counts.last()));
            }
            break;
        }
    }
    return out;
}
