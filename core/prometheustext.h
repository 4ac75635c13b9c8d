// SPDX-License-Identifier: MIT
#pragma once

#include "core/metricsample.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

/** One problem found in an exposition. Line numbers start at 1; 0 means the input as a whole. */
struct PrometheusParseError {
    int line = 0;
    QString message;

    /** "line 12: expected '=' after label name "le"", as the console shows it. */
    QString toString() const;
    bool operator==(const PrometheusParseError &) const = default;
};

/**
 * Everything one exposition said. Samples come in the order of the input;
 * families in the order they were first declared or seen. A bad line is
 * skipped and reported in `errors`; the rest of the input still counts.
 */
struct PrometheusParseResult {
    QList<MetricSample> samples;
    QList<MetricFamily> families;
    QList<PrometheusParseError> errors;
    int suppressedErrors = 0; ///< errors past Limits::maxErrors, counted but not kept
    bool truncated
        = false; ///< parsing stopped early (input or series limit): the samples are incomplete

    bool ok() const { return errors.isEmpty() && !truncated; }
    /** The family `name` was declared or seen as, or nullptr. */
    const MetricFamily *family(QStringView name) const;
};

/**
 * A parser for the Prometheus text exposition format 0.0.4 (what Prometheus
 * client libraries, node_exporter, Spring/Micrometer and breakwater-sim emit).
 *
 * It is a pure function: safe to call from any thread, so a worker can parse a
 * large exposition off the GUI thread. It never throws and never reads past
 * its input; garbage yields errors, not crashes.
 *
 * Behaviour follows Prometheus' own parser where the format leaves room:
 * unknown escapes in label values and help text are kept literally, metric
 * names and label names must match the format's character rules, timestamps
 * are integer milliseconds, values are Go float syntax (NaN, +Inf, -Inf, 1e-3).
 */
class PrometheusText {
    Q_DECLARE_TR_FUNCTIONS(PrometheusText)
public:
    /** Caps that keep a hostile or broken endpoint from eating the console's memory. */
    struct Limits {
        qsizetype maxInputBytes = 8 * 1024 * 1024; ///< a larger input is rejected whole
        qsizetype maxSamples = 200'000; ///< samples past this are dropped and `truncated` set
        int maxErrors = 100; ///< errors past this are only counted
    };

    static PrometheusParseResult parse(QByteArrayView text, const Limits &limits);
    static PrometheusParseResult parse(QByteArrayView text) { return parse(text, Limits {}); }

    /** "counter", "gauge", "histogram", "summary", "untyped": the names `# TYPE` uses. */
    static QString typeName(MetricType type);
};
