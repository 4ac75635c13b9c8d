// SPDX-License-Identifier: MIT
#include "reports/reportdata.h"

#include "core/wiretime.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject infoToJson(const BackendInfo &info)
{
    QJsonArray caps, integrations;
    for (const QString &c : info.capabilities)
        caps.append(c);
    for (const QString &i : info.integrations)
        integrations.append(i);
    return { { u"name"_s, info.name }, { u"version"_s, info.version },
        { u"apiVersion"_s, info.apiVersion },
        { u"serverTime"_s, WireTime::format(info.serverTimeMs) }, { u"scenario"_s, info.scenario },
        { u"capabilities"_s, caps }, { u"integrations"_s, integrations },
        { u"identity"_s,
            QJsonObject { { u"role"_s, info.role }, { u"tokenId"_s, info.tokenId } } } };
}

std::optional<AuditRecord> auditFromJson(const QJsonObject &o)
{
    if (!o.value(u"seq"_s).isDouble() || !o.value(u"timeMs"_s).isDouble()
        || !o.value(u"action"_s).isString())
        return std::nullopt;
    AuditRecord r;
    r.seq = o.value(u"seq"_s).toInteger();
    r.timeMs = o.value(u"timeMs"_s).toInteger();
    r.osUser = o.value(u"osUser"_s).toString();
    r.tokenId = o.value(u"tokenId"_s).toString();
    r.backendName = o.value(u"backendName"_s).toString();
    r.backendUrl = o.value(u"backendUrl"_s).toString();
    r.environment = o.value(u"environment"_s).toString();
    r.action = o.value(u"action"_s).toString();
    r.target = o.value(u"target"_s).toString();
    r.count = o.value(u"count"_s).toInteger(1);
    r.reason = o.value(u"reason"_s).toString();
    r.succeeded = o.value(u"succeeded"_s).toBool();
    r.resultMessage = o.value(u"resultMessage"_s).toString();
    r.hash = o.value(u"hash"_s).toString().toLatin1();
    return r;
}

template<class T, class Encode> QJsonArray arrayOf(const QList<T> &list, Encode encode)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(encode(item));
    return a;
}

/** Decodes every element with `decode`; false when the value is not an array or any element is
 * invalid. */
template<class T, class Decode> bool listFromJson(const QJsonValue &v, QList<T> &out, Decode decode)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &e : a) {
        if (!e.isObject())
            return false;
        auto item = decode(e.toObject());
        if (!item)
            return false;
        out.append(std::move(*item));
    }
    return true;
}

QString invalid(const char *what)
{
    return QCoreApplication::translate(
        "Report", "The report data is damaged: %1 is missing or invalid.")
        .arg(QString::fromLatin1(what));
}

} // namespace

QList<DeadLetter> ReportData::samplesOf(const QString &fingerprint) const
{
    QList<DeadLetter> out;
    for (const DeadLetter &d : samples)
        if (d.fingerprint == fingerprint)
            out.append(d);
    return out;
}

QJsonObject ReportData::toJson() const
{
    QJsonObject o;
    o.insert(u"format"_s, u"breakwater-report"_s);
    o.insert(u"formatVersion"_s, formatVersion);
    o.insert(u"generated"_s, WireTime::format(generatedMs));
    o.insert(u"backendName"_s, backendName);
    o.insert(u"backendUrl"_s, backendUrl);
    o.insert(u"environment"_s, environmentName(environment));
    o.insert(u"info"_s, infoToJson(info));
    o.insert(u"from"_s, WireTime::format(fromMs));
    o.insert(u"to"_s, WireTime::format(toMs));
    o.insert(u"metrics"_s, metrics.toJson());
    o.insert(u"breakers"_s, arrayOf(breakers, [](const BreakerSnapshot &b) { return b.toJson(); }));
    o.insert(u"transitions"_s, transitions.toJson());
    o.insert(u"syncs"_s, arrayOf(syncs, [](const SyncJob &s) { return s.toJson(); }));
    QJsonObject dl;
    dl.insert(u"groups"_s,
        arrayOf(deadLetterGroups, [](const DeadLetterGroup &g) { return g.toJson(); }));
    dl.insert(u"inRange"_s, deadLettersInRange);
    dl.insert(u"total"_s, deadLettersTotal);
    dl.insert(u"capped"_s, deadLettersCapped);
    dl.insert(
        u"items"_s, arrayOf(deadLetters, [](const DeadLetter &d) { return d.toSummaryJson(); }));
    dl.insert(u"samples"_s, arrayOf(samples, [](const DeadLetter &d) { return d.toJson(); }));
    o.insert(u"deadLetters"_s, dl);
    o.insert(u"operatorActions"_s, arrayOf(operatorActions, [](const AuditRecord &r) {
        QJsonObject a = r.toCanonicalJson();
        a.insert(u"hash"_s, QString::fromLatin1(r.hash));
        return a;
    }));
    o.insert(u"redaction"_s,
        QJsonObject {
            { u"rules"_s, redaction.toJson() }, { u"redactedValues"_s, redactedValues } });
    o.insert(u"notes"_s, arrayOf(notes, [](const QString &s) { return QJsonValue(s); }));
    return o;
}

Result<ReportData, QString> ReportData::fromJson(const QJsonObject &o)
{
    if (o.value(u"format"_s).toString() != u"breakwater-report"_s)
        return QCoreApplication::translate("Report", "This is not a Breakwater report.");
    if (!o.value(u"formatVersion"_s).isDouble())
        return invalid("formatVersion");
    const int version = o.value(u"formatVersion"_s).toInt();
    if (version != currentFormatVersion)
        return QCoreApplication::translate("Report",
            "The report was written in format version %1; this version of "
            "Breakwater reads version %2 only.")
            .arg(version)
            .arg(currentFormatVersion);

    ReportData d;
    d.formatVersion = version;
    const auto generated = WireTime::parse(o.value(u"generated"_s).toString());
    const auto from = WireTime::parse(o.value(u"from"_s).toString());
    const auto to = WireTime::parse(o.value(u"to"_s).toString());
    if (!generated || !from || !to || *to < *from)
        return invalid("generated/from/to");
    d.generatedMs = *generated;
    d.fromMs = *from;
    d.toMs = *to;
    if (!o.value(u"backendName"_s).isString())
        return invalid("backendName");
    d.backendName = o.value(u"backendName"_s).toString();
    d.backendUrl = o.value(u"backendUrl"_s).toString();
    const auto env = environmentFromName(o.value(u"environment"_s).toString());
    if (!env)
        return invalid("environment");
    d.environment = *env;
    const auto info = BackendInfo::fromJson(o.value(u"info"_s).toObject());
    if (!info)
        return invalid("info");
    d.info = *info;
    const auto metrics = MetricHistory::fromJson(o.value(u"metrics"_s).toObject());
    if (!metrics)
        return invalid("metrics");
    d.metrics = *metrics;
    if (!listFromJson(o.value(u"breakers"_s), d.breakers, &BreakerSnapshot::fromJson))
        return invalid("breakers");
    const auto transitions = BreakerTransitionLog::fromJson(o.value(u"transitions"_s).toObject());
    if (!transitions)
        return invalid("transitions");
    d.transitions = *transitions;
    if (!listFromJson(o.value(u"syncs"_s), d.syncs, &SyncJob::fromJson))
        return invalid("syncs");

    const QJsonObject dl = o.value(u"deadLetters"_s).toObject();
    if (!listFromJson(dl.value(u"groups"_s), d.deadLetterGroups, &DeadLetterGroup::fromJson)
        || !listFromJson(dl.value(u"items"_s), d.deadLetters, &DeadLetter::fromJson)
        || !listFromJson(dl.value(u"samples"_s), d.samples, &DeadLetter::fromJson)
        || !dl.value(u"inRange"_s).isDouble() || !dl.value(u"total"_s).isDouble()
        || !dl.value(u"capped"_s).isBool())
        return invalid("deadLetters");
    d.deadLettersInRange = dl.value(u"inRange"_s).toInteger();
    d.deadLettersTotal = dl.value(u"total"_s).toInteger();
    d.deadLettersCapped = dl.value(u"capped"_s).toBool();

    if (!listFromJson(o.value(u"operatorActions"_s), d.operatorActions, &auditFromJson))
        return invalid("operatorActions");
    const QJsonObject redaction = o.value(u"redaction"_s).toObject();
    const auto rules = RedactionRules::fromJson(redaction.value(u"rules"_s).toObject());
    if (!rules || !redaction.value(u"redactedValues"_s).isDouble())
        return invalid("redaction");
    d.redaction = *rules;
    d.redactedValues = redaction.value(u"redactedValues"_s).toInteger();
    if (!o.value(u"notes"_s).isArray())
        return invalid("notes");
    for (const QJsonValue &n : o.value(u"notes"_s).toArray())
        d.notes.append(n.toString());
    return d;
}
