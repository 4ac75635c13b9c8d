// SPDX-License-Identifier: MIT
#include "reports/reporttext.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString ReportText::sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary:
        return tr("Summary");
    case Section::Charts:
        return tr("Charts");
    case Section::Breakers:
        return tr("Breaker states");
    case Section::Transitions:
        return tr("Breaker transitions");
    case Section::Syncs:
        return tr("Sync jobs");
    case Section::DeadLetters:
        return tr("Dead letters by cause");
    case Section::OperatorActions:
        return tr("Operator actions");
    }
    return {};
}

QList<ReportText::Section> ReportText::sections()
{
    return { Section::Summary, Section::Charts, Section::Breakers, Section::Transitions,
        Section::Syncs, Section::DeadLetters, Section::OperatorActions };
}

QString ReportText::title()
{
    return tr("Incident report");
}

QString ReportText::dateTime(qint64 ms, const QLocale &locale)
{
    if (ms <= 0)
        return tr("–");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return tr("%1 UTC").arg(locale.toString(t, u"yyyy-MM-dd HH:mm:ss"_s));
}

QString ReportText::range(const ReportData &data, const QLocale &locale)
{
    return tr("%1 to %2").arg(dateTime(data.fromMs, locale), dateTime(data.toMs, locale));
}

QString ReportText::redactionStatement(const ReportData &data, const QLocale &locale)
{
    QStringList kinds;
    if (!data.redaction.fieldNames.isEmpty())
        kinds.append(tr("fields named %1").arg(data.redaction.fieldNames.join(u", "_s)));
    if (data.redaction.cardNumbers)
        kinds.append(tr("card numbers"));
    if (data.redaction.bearerTokens)
        kinds.append(tr("Bearer tokens"));
    for (const QString &p : data.redaction.valuePatterns)
        kinds.append(tr("values matching %1").arg(p));
    if (kinds.isEmpty())
        return tr("Redaction: none. This report may contain secrets.");
    return tr("Redaction: %1 hidden in payloads, headers, error messages and stacks (%2 values "
              "replaced by [REDACTED]).")
        .arg(kinds.join(u"; "_s), locale.toString(data.redactedValues));
}

double ReportText::requestCount(const ReportData &data)
{
    for (const MetricHistorySeries &s : data.metrics.series) {
        if (s.metric != u"request_rate"_s || !s.integration.isEmpty())
            continue;
        const double step = data.metrics.stepMs > 0 ? data.metrics.stepMs / 1000.0 : 0;
        double sum = 0;
        for (const MetricPoint &p : s.points)
            sum += p.value * step;
        return sum;
    }
    return -1;
}

double ReportText::errorRatio(const ReportData &data)
{
    const MetricHistorySeries *rate = nullptr, *ratio = nullptr;
    for (const MetricHistorySeries &s : data.metrics.series) {
        if (!s.integration.isEmpty())
            continue;
        if (s.metric == u"request_rate"_s)
            rate = &s;
        else if (s.metric == u"error_ratio"_s)
            ratio = &s;
    }
    if (!rate || !ratio)
        return -1;
    QHash<qint64, double> rates;
    for (const MetricPoint &p : rate->points)
        rates.insert(p.timeMs, p.value);
    double calls = 0, failed = 0;
    for (const MetricPoint &p : ratio->points) {
        const double r = rates.value(p.timeMs);
        calls += r;
        failed += r * p.value;
    }
    return calls > 0 ? failed / calls : -1;
}

int ReportText::breakersOpened(const ReportData &data)
{
    int n = 0;
    for (const auto &e : data.transitions.items)
        if (e.transition.to == BreakerState::Open || e.transition.to == BreakerState::ForcedOpen)
            ++n;
    return n;
}

QString ReportText::percent(double ratio, const QLocale &locale)
{
    return tr("%1 %").arg(locale.toString(ratio * 100, 'f', 1));
}

QList<QPair<QString, QString>> ReportText::headline(const ReportData &data, const QLocale &locale)
{
    const double requests = requestCount(data);
    const double errors = errorRatio(data);
    int openNow = 0;
    for (const BreakerSnapshot &b : data.breakers)
        if (b.state != BreakerState::Closed && b.state != BreakerState::Disabled)
            ++openNow;
    int failedSyncs = 0;
    for (const SyncJob &s : data.syncs)
        if (s.state == SyncState::Failed)
            ++failedSyncs;
    return {
        { tr("Back end"),
            data.info.version.isEmpty()
                ? data.backendName
                : tr("%1 (version %2)").arg(data.backendName, data.info.version) },
        { tr("Environment"), environmentLabel(data.environment) },
        { tr("Range"), range(data, locale) },
        { tr("Generated"), dateTime(data.generatedMs, locale) },
        { tr("Requests"),
            requests < 0 ? tr("unknown") : locale.toString(qint64(std::llround(requests))) },
        { tr("Error ratio"), errors < 0 ? tr("unknown") : percent(errors, locale) },
        { tr("Dead letters in range"), locale.toString(data.deadLettersInRange) },
        { tr("Dead letters in total"),
            data.deadLettersTotal < 0 ? tr("unknown") : locale.toString(data.deadLettersTotal) },
        { tr("Causes (groups)"), locale.toString(data.deadLetterGroups.size()) },
        { tr("Breakers opened"), locale.toString(breakersOpened(data)) },
        { tr("Breakers not closed now"),
            tr("%1 of %2").arg(locale.toString(openNow), locale.toString(data.breakers.size())) },
        { tr("Sync jobs"),
            tr("%1 (%2 failed)")
                .arg(locale.toString(data.syncs.size()), locale.toString(failedSyncs)) },
        { tr("Operator actions"), locale.toString(data.operatorActions.size()) },
    };
}

QString ReportText::breakerState(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return tr("closed");
    case BreakerState::Open:
        return tr("open");
    case BreakerState::HalfOpen:
        return tr("half-open");
    case BreakerState::ForcedOpen:
        return tr("forced open");
    case BreakerState::Disabled:
        return tr("disabled");
    }
    return {};
}

QString ReportText::syncState(SyncState state)
{
    switch (state) {
    case SyncState::Queued:
        return tr("queued");
    case SyncState::Running:
        return tr("running");
    case SyncState::Paused:
        return tr("paused");
    case SyncState::Succeeded:
        return tr("succeeded");
    case SyncState::Failed:
        return tr("failed");
    case SyncState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

ReportText::Table ReportText::breakersTable(const ReportData &data, const QLocale &locale)
{
    Table t { { tr("Breaker"), tr("Integration"), tr("State"), tr("Failure rate"), tr("Slow calls"),
                  tr("Opened at") },
        { 3, 3, 1.6, 1.5, 1.5, 3 }, {} };
    for (const BreakerSnapshot &b : data.breakers) {
        t.rows.append({ b.name, b.integration, breakerState(b.state),
            b.failureRate < 0 ? tr("–") : percent(b.failureRate / 100, locale),
            b.slowCallRate < 0 ? tr("–") : percent(b.slowCallRate / 100, locale),
            b.openedAtMs ? dateTime(b.openedAtMs, locale) : tr("–") });
    }
    return t;
}

ReportText::Table ReportText::transitionsTable(const ReportData &data, const QLocale &locale)
{
    Table t { { tr("Time"), tr("Breaker"), tr("From"), tr("To"), tr("Cause"), tr("Reason") },
        { 3, 2.6, 1.3, 1.3, 4.2, 2 }, {} };
    for (const auto &e : data.transitions.items) {
        const BreakerTransition &tr_ = e.transition;
        t.rows.append({ dateTime(tr_.timeMs, locale), e.breaker, breakerState(tr_.from),
            breakerState(tr_.to), tr_.cause,
            tr_.actor.isEmpty() ? tr_.reason : tr("%1 (%2)").arg(tr_.reason, tr_.actor) });
    }
    return t;
}

ReportText::Table ReportText::syncsTable(const ReportData &data, const QLocale &locale)
{
    Table t { { tr("Job"), tr("Integration"), tr("State"), tr("Processed"), tr("Failed"),
                  tr("Started"), tr("Finished") },
        { 2.6, 2.6, 1.4, 2.4, 1.1, 3, 3 }, {} };
    for (const SyncJob &s : data.syncs) {
        t.rows.append({ s.name.isEmpty() ? s.id : s.name, s.integration, syncState(s.state),
            tr("%1 of %2").arg(locale.toString(s.processed), locale.toString(s.total)),
            locale.toString(s.failed), dateTime(s.startedMs, locale),
            dateTime(s.finishedMs, locale) });
    }
    return t;
}

ReportText::Table ReportText::groupsTable(const ReportData &data, const QLocale &locale)
{
    Table t { { tr("Count"), tr("Source"), tr("Error"), tr("Message"), tr("Last failure") },
        { 1.1, 2.4, 2.2, 5, 3 }, {} };
    for (const DeadLetterGroup &g : data.deadLetterGroups)
        t.rows.append({ locale.toString(g.count), g.source, g.errorClass, g.message,
            dateTime(g.lastFailureMs, locale) });
    return t;
}

ReportText::Table ReportText::operatorActionsTable(const ReportData &data, const QLocale &locale)
{
    Table t { { tr("Time"), tr("Who"), tr("Action"), tr("Target"), tr("Reason"), tr("Outcome") },
        { 3, 1.6, 2, 2, 3, 2 }, {} };
    for (const AuditRecord &r : data.operatorActions) {
        t.rows.append({ dateTime(r.timeMs, locale), r.osUser, r.action, r.target, r.reason,
            r.succeeded ? tr("succeeded") : tr("failed: %1").arg(r.resultMessage) });
    }
    return t;
}

QStringList ReportText::headerLines(const DeadLetter &letter)
{
    QStringList out;
    for (const auto &[name, value] : letter.headers)
        out.append(name + u": " + value);
    return out;
}

QStringList ReportText::payloadExcerpt(const QByteArray &payload, int maxLines, int maxColumns)
{
    QByteArray text = payload;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        text = doc.toJson(QJsonDocument::Indented);
    QStringList lines = QString::fromUtf8(text).split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    const bool cut = lines.size() > maxLines;
    if (cut) {
        lines = lines.mid(0, maxLines);
        lines.append(tr("…"));
    }
    for (QString &l : lines)
        if (l.size() > maxColumns)
            l = l.left(maxColumns - 1) + u'…';
    return lines;
}
