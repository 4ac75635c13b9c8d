// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <algorithm>
#include <initializer_list>
#include <optional>

/** The metric types of the Prometheus text format 0.0.4. */
enum class MetricType { Untyped, Counter, Gauge, Histogram, Summary };

/** One label of a sample. */
struct MetricLabel {
    QString name;
    QString value;
    bool operator==(const MetricLabel &) const = default;
    friend size_t qHash(const MetricLabel &label, size_t seed = 0)
    {
        return qHashMulti(seed, label.name, label.value);
    }
};

/**
 * A label set kept sorted by label name, so that two sets with the same labels
 * compare and hash equal whatever order the exposition listed them in.
 */
class MetricLabels {
public:
    MetricLabels() = default;
    MetricLabels(std::initializer_list<MetricLabel> labels)
    {
        for (const MetricLabel &l : labels)
            insert(l.name, l.value);
    }

    /** Adds a label in sorted position; a name already present has its value replaced. */
    void insert(const QString &name, const QString &value)
    {
        if (m_labels.isEmpty() || m_labels.constLast().name < name) {
            m_labels.append(
                MetricLabel { name, value }); // expositions mostly list labels sorted already
            return;
        }
        const auto it = std::lower_bound(m_labels.begin(), m_labels.end(), name,
            [](const MetricLabel &l, const QString &n) { return l.name < n; });
        if (it != m_labels.end() && it->name == name)
            it->value = value;
        else
            m_labels.insert(it, MetricLabel { name, value });
    }

    void reserve(qsizetype count) { m_labels.reserve(count); }

    /** The value of label `name`; empty when absent, which Prometheus treats the same as an empty
     * value. */
    QString value(QStringView name) const
    {
        for (const MetricLabel &l : m_labels) {
            if (l.name == name)
                return l.value;
        }
        return {};
    }
    bool contains(QStringView name) const
    {
        return std::any_of(m_labels.cbegin(), m_labels.cend(),
            [name](const MetricLabel &l) { return l.name == name; });
    }
    /** This set without label `name`: the identity of a histogram or summary as a whole (without
     * "le"/"quantile"). */
    MetricLabels without(QStringView name) const
    {
        MetricLabels copy;
        copy.m_labels.reserve(m_labels.size());
        for (const MetricLabel &l : m_labels) {
            if (l.name != name)
                copy.m_labels.append(l);
        }
        return copy;
    }

    qsizetype size() const { return m_labels.size(); }
    bool isEmpty() const { return m_labels.isEmpty(); }
    const MetricLabel &at(qsizetype i) const { return m_labels.at(i); }
    QList<MetricLabel>::const_iterator begin() const { return m_labels.cbegin(); }
    QList<MetricLabel>::const_iterator end() const { return m_labels.cend(); }

    /** `{a="x",b="y\"z"}` with the exposition format's escapes; empty for an empty set. */
    QString toString() const
    {
        if (m_labels.isEmpty())
            return {};
        QString out(u'{');
        for (const MetricLabel &l : m_labels) {
            if (out.size() > 1)
                out += u',';
            out += l.name + u"=\"";
            for (const QChar c : l.value) {
                if (c == u'\\')
                    out += u"\\\\";
                else if (c == u'"')
                    out += u"\\\"";
                else if (c == u'\n')
                    out += u"\\n";
                else
                    out += c;
            }
            out += u'"';
        }
        return out + u'}';
    }

    bool operator==(const MetricLabels &) const = default;
    friend size_t qHash(const MetricLabels &labels, size_t seed = 0)
    {
        return qHashRange(labels.m_labels.cbegin(), labels.m_labels.cend(), seed);
    }

private:
    QList<MetricLabel> m_labels;
};

/** What makes one time series: metric name plus label set. */
struct MetricSeriesKey {
    QString name;
    MetricLabels labels;
    bool operator==(const MetricSeriesKey &) const = default;
    friend size_t qHash(const MetricSeriesKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.name, key.labels);
    }
};

/** One sample line of an exposition. */
struct MetricSample {
    QString name;
    MetricLabels labels;
    double value = 0;
    std::optional<qint64>
        timestampMs; ///< the exposition's own timestamp (ms since the epoch), if it gave one

    MetricSeriesKey key() const { return { name, labels }; }
};

/** What `# TYPE` and `# HELP` say about a metric family (untyped and without help when they said
 * nothing). */
struct MetricFamily {
    QString name;
    MetricType type = MetricType::Untyped;
    QString help;
    bool operator==(const MetricFamily &) const = default;
};
