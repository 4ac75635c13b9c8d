// SPDX-License-Identifier: MIT
#include "reports/csvreportwriter.h"

#include "core/wiretime.h"
#include "reports/reporttext.h"
#include "reports/zipwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

class Csv {
public:
    explicit Csv(const QStringList &header) { row(header); }
    void row(const QStringList &cells)
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                m_out += ',';
            const QString &c = cells.at(i);
            if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n') || c.contains(u'\r')) {
                QString q = c;
                q.replace(u'"', u"\"\""_s);
                m_out += '"' + q.toUtf8() + '"';
            } else {
                m_out += c.toUtf8();
            }
        }
        m_out += "\r\n";
    }
    QByteArray bytes() const { return m_out; }

private:
    QByteArray m_out;
};

QString num(qint64 v)
{
    return QString::number(v);
}

QString time(qint64 ms)
{
    return ms > 0 ? WireTime::format(ms) : QString();
}

} // namespace

QList<QPair<QString, QByteArray>> CsvReportWriter::files(const ReportData &data)
{
    QList<QPair<QString, QByteArray>> out;

    Csv summary({ u"key"_s, u"value"_s });
    const double errors = ReportText::errorRatio(data);
    const QList<QPair<QString, QString>> pairs {
        { u"backend"_s, data.backendName },
        { u"backend_url"_s, data.backendUrl },
        { u"environment"_s, environmentName(data.environment) },
        { u"server_version"_s, data.info.version },
        { u"from"_s, time(data.fromMs) },
        { u"to"_s, time(data.toMs) },
        { u"generated"_s, time(data.generatedMs) },
        { u"requests"_s,
            QString::number(qint64(std::llround(std::max(0.0, ReportText::requestCount(data))))) },
        { u"error_ratio"_s, errors < 0 ? QString() : QString::number(errors, 'f', 6) },
        { u"deadletters_in_range"_s, num(data.deadLettersInRange) },
        { u"deadletters_total"_s, num(data.deadLettersTotal) },
        { u"deadletters_listed"_s, num(data.deadLetters.size()) },
        { u"deadletters_capped"_s, data.deadLettersCapped ? u"true"_s : u"false"_s },
        { u"deadletter_groups"_s, num(data.deadLetterGroups.size()) },
        { u"breakers_opened"_s, num(ReportText::breakersOpened(data)) },
        { u"syncs"_s, num(data.syncs.size()) },
        { u"operator_actions"_s, num(data.operatorActions.size()) },
        { u"redacted_values"_s, num(data.redactedValues) },
        { u"redaction_rules"_s,
            QString::fromUtf8(
                QJsonDocument(data.redaction.toJson()).toJson(QJsonDocument::Compact)) },
    };
    for (const auto &[k, v] : pairs)
        summary.row({ k, v });
    for (const QString &n : data.notes)
        summary.row({ u"note"_s, n });
    out.append({ u"summary.csv"_s, summary.bytes() });

    Csv metrics({ u"time"_s, u"metric"_s, u"integration"_s, u"value"_s });
    for (const MetricHistorySeries &s : data.metrics.series)
        for (const MetricPoint &p : s.points)
            metrics.row(
                { time(p.timeMs), s.metric, s.integration, QString::number(p.value, 'g', 10) });
    out.append({ u"metrics.csv"_s, metrics.bytes() });

    Csv breakers({ u"name"_s, u"integration"_s, u"state"_s, u"failure_rate_percent"_s,
        u"slow_call_rate_percent"_s, u"opened_at"_s });
    for (const BreakerSnapshot &b : data.breakers)
        breakers.row({ b.name, b.integration, breakerStateName(b.state),
            QString::number(b.failureRate), QString::number(b.slowCallRate), time(b.openedAtMs) });
    out.append({ u"breakers.csv"_s, breakers.bytes() });

    Csv transitions(
        { u"time"_s, u"breaker"_s, u"from"_s, u"to"_s, u"cause"_s, u"reason"_s, u"actor"_s });
    for (const auto &e : data.transitions.items)
        transitions.row({ time(e.transition.timeMs), e.breaker, breakerStateName(e.transition.from),
            breakerStateName(e.transition.to), e.transition.cause, e.transition.reason,
            e.transition.actor });
    out.append({ u"transitions.csv"_s, transitions.bytes() });

    Csv syncs({ u"id"_s, u"name"_s, u"integration"_s, u"state"_s, u"total"_s, u"processed"_s,
        u"failed"_s, u"created"_s, u"started"_s, u"finished"_s, u"error"_s });
    for (const SyncJob &s : data.syncs)
        syncs.row(
            { s.id, s.name, s.integration, syncStateName(s.state), num(s.total), num(s.processed),
                num(s.failed), time(s.createdMs), time(s.startedMs), time(s.finishedMs), s.error });
    out.append({ u"syncs.csv"_s, syncs.bytes() });

    Csv groups({ u"fingerprint"_s, u"source"_s, u"error_class"_s, u"message"_s, u"count"_s,
        u"first_failure"_s, u"last_failure"_s });
    for (const DeadLetterGroup &g : data.deadLetterGroups)
        groups.row({ g.fingerprint, g.source, g.errorClass, g.message, num(g.count),
            time(g.firstFailureMs), time(g.lastFailureMs) });
    out.append({ u"deadletter_groups.csv"_s, groups.bytes() });

    const QStringList letterColumns { u"id"_s, u"source"_s, u"message_id"_s, u"request_id"_s,
        u"error_class"_s, u"error_message"_s, u"http_status"_s, u"vendor_code"_s, u"attempts"_s,
        u"first_failure"_s, u"last_failure"_s, u"destination"_s, u"fingerprint"_s };
    auto letterRow = [](const DeadLetter &d) {
        return QStringList { num(d.id), d.source, d.messageId, d.requestId, d.error.errorClass,
            d.error.message, d.error.httpStatus ? num(d.error.httpStatus) : QString(),
            d.error.vendorCode, num(d.attempts), time(d.firstFailureMs), time(d.lastFailureMs),
            d.destination, d.fingerprint };
    };
    Csv letters(letterColumns);
    for (const DeadLetter &d : data.deadLetters)
        letters.row(letterRow(d));
    out.append({ u"deadletters.csv"_s, letters.bytes() });

    Csv samples(letterColumns + QStringList { u"headers"_s, u"payload"_s, u"stack"_s });
    for (const DeadLetter &d : data.samples) {
        QJsonArray headers;
        for (const auto &[k, v] : d.headers)
            headers.append(QJsonArray { k, v });
        samples.row(letterRow(d)
            + QStringList {
                QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(d.payload), d.error.stack });
    }
    out.append({ u"deadletter_samples.csv"_s, samples.bytes() });

    Csv actions({ u"seq"_s, u"time"_s, u"os_user"_s, u"token_id"_s, u"backend"_s, u"environment"_s,
        u"action"_s, u"target"_s, u"count"_s, u"reason"_s, u"succeeded"_s, u"result"_s });
    for (const AuditRecord &r : data.operatorActions)
        actions.row({ num(r.seq), time(r.timeMs), r.osUser, r.tokenId, r.backendName, r.environment,
            r.action, r.target, num(r.count), r.reason, r.succeeded ? u"true"_s : u"false"_s,
            r.resultMessage });
    out.append({ u"operator_actions.csv"_s, actions.bytes() });
    return out;
}

Result<void, QString> CsvReportWriter::write(
    const ReportData &data, const QString &path, const ReportRenderer::Progress &progress)
{
    const auto tables = files(data);
    if (progress && !progress(50))
        return tr("Cancelled.");
    if (path.endsWith(u".zip"_s, Qt::CaseInsensitive)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Could not write %1: %2").arg(path, file.errorString());
        ZipWriter zip(&file);
        for (const auto &[name, bytes] : tables)
            zip.add(name, bytes);
        if (!zip.finish() || !file.commit())
            return tr("Could not write %1: %2").arg(path, file.errorString());
        return {};
    }
    if (!QDir().mkpath(path))
        return tr("Could not create the folder %1.").arg(path);
    for (const auto &[name, bytes] : tables) {
        QSaveFile file(QDir(path).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
    }
    return {};
}
