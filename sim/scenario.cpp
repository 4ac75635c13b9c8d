// SPDX-License-Identifier: MIT
#include "sim/scenario.h"

#include "core/jsonlimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxScenarioBytes = 1024 * 1024;

std::variant<QJsonObject, QString> readScenarioFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return u"cannot read scenario %1: %2"_s.arg(path, f.errorString());
    if (f.size() > maxScenarioBytes)
        return u"scenario %1 is larger than 1 MiB"_s.arg(path);
    auto parsed = parseJsonLimited(f.readAll(), JsonLimits { maxScenarioBytes, 32 });
    if (auto *error = std::get_if<QString>(&parsed))
        return u"scenario %1: %2"_s.arg(path, *error);
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);
    if (!doc.isObject())
        return u"scenario %1: the top level must be an object"_s.arg(path);
    return doc.object();
}

QString builtInPath(const QString &name)
{
    return u":/scenarios/%1.json"_s.arg(name);
}

} // namespace

// Resources in a static library are registered by hand, once.
static void initScenarioResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

const Scenario::Integration *Scenario::integration(const QString &name) const
{
    for (const auto &i : integrations)
        if (i.name == name)
            return &i;
    return nullptr;
}

QStringList Scenario::builtInNames()
{
    initScenarioResources();
    QStringList names;
    for (const auto &entry : QDir(u":/scenarios"_s).entryInfoList({ u"*.json"_s }, QDir::Files))
        names.append(entry.completeBaseName());
    return names;
}

std::variant<Scenario, QString> Scenario::load(const QString &nameOrPath)
{
    initScenarioResources();
    const bool isBuiltIn = QFileInfo::exists(builtInPath(nameOrPath));
    if (!isBuiltIn && !QFileInfo::exists(nameOrPath))
        return u"no scenario named \"%1\" (built in: %2) and no such file"_s.arg(
            nameOrPath, builtInNames().join(u", "_s));
    auto read = readScenarioFile(isBuiltIn ? builtInPath(nameOrPath) : nameOrPath);
    if (auto *error = std::get_if<QString>(&read))
        return *error;
    return fromJson(std::get<QJsonObject>(read));
}

std::variant<Scenario, QString> Scenario::fromJson(const QJsonObject &o, int includeDepth)
{
    Scenario s;
    s.name = o.value(u"name"_s).toString();
    s.description = o.value(u"description"_s).toString();
    const qint64 phaseCycleMs = o.value(u"phaseCycleMs"_s).toInteger();
    if (phaseCycleMs < 0)
        return u"phaseCycleMs must not be negative"_s;
    s.traffic = o.value(u"traffic"_s).toBool(true);

    for (const auto &inc : o.value(u"include"_s).toArray()) {
        if (includeDepth >= 4)
            return u"scenario includes nest deeper than 4 levels"_s;
        const QString name = inc.toString();
        auto read = readScenarioFile(builtInPath(name));
        if (auto *error = std::get_if<QString>(&read))
            return *error;
        auto included = fromJson(std::get<QJsonObject>(read), includeDepth + 1);
        if (auto *error = std::get_if<QString>(&included))
            return *error;
        const Scenario &part = std::get<Scenario>(included);
        s.integrations += part.integrations;
        s.syncs += part.syncs;
        s.phases += part.phases;
    }

    for (const auto &v : o.value(u"integrations"_s).toArray()) {
        const QJsonObject io = v.toObject();
        Integration i;
        i.name = io.value(u"name"_s).toString();
        if (i.name.isEmpty())
            return u"an integration has no name"_s;
        if (s.integration(i.name))
            return u"integration \"%1\" is defined twice"_s.arg(i.name);
        i.description = io.value(u"description"_s).toString();
        i.destination = io.value(u"destination"_s).toString();
        i.ratePerSecond = io.value(u"ratePerSecond"_s).toDouble();
        if (i.ratePerSecond < 0 || i.ratePerSecond > 10000)
            return u"integration \"%1\": ratePerSecond must be within 0..10000"_s.arg(i.name);
        i.faults = io.value(u"faults"_s).toObject();
        if (io.value(u"breaker"_s).isObject())
            i.breaker = BreakerConfig::fromJson(io.value(u"breaker"_s).toObject());
        i.retry = io.value(u"retry"_s).toObject();
        i.payloadTemplate = io.value(u"payload"_s).toString();
        for (const auto &h : io.value(u"headers"_s).toArray()) {
            const auto ho = h.toObject();
            i.headers.append({ ho.value(u"name"_s).toString(), ho.value(u"value"_s).toString() });
        }
        s.integrations.append(i);
    }
    for (const auto &v : o.value(u"syncs"_s).toArray()) {
        const QJsonObject so = v.toObject();
        Sync sync { so.value(u"name"_s).toString(), so.value(u"integration"_s).toString(),
            so.value(u"total"_s).toInteger(), so.value(u"pageSize"_s).toInt(100),
            so.value(u"itemsPerSecond"_s).toDouble(50), so.value(u"startAfterMs"_s).toInteger() };
        s.syncs.append(sync);
    }
    for (const auto &v : o.value(u"phases"_s).toArray()) {
        const QJsonObject po = v.toObject();
        const qint64 atMs = po.value(u"atMs"_s).toInteger();
        if (atMs < 0 || (phaseCycleMs > 0 && atMs >= phaseCycleMs))
            return u"a phase's atMs must be within 0..phaseCycleMs"_s;
        s.phases.append({ atMs, phaseCycleMs, po.value(u"integration"_s).toString(),
            po.value(u"faults"_s).toObject() });
    }
    for (const auto &sync : std::as_const(s.syncs))
        if (!s.integration(sync.integration))
            return u"sync \"%1\" uses unknown integration \"%2\""_s.arg(
                sync.name, sync.integration);
    for (const auto &phase : std::as_const(s.phases))
        if (!s.integration(phase.integration))
            return u"a phase uses unknown integration \"%1\""_s.arg(phase.integration);
    return s;
}
