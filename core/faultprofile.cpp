// SPDX-License-Identifier: MIT
#include "core/faultprofile.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
/** Fails with a message when `key` is present and not a number. */
std::optional<QString> checkNumber(
    const QJsonObject &o, const QString &key, const QString &where = {})
{
    if (o.contains(key) && !o.value(key).isDouble())
        return where + key + u" must be a number"_s;
    return std::nullopt;
}

std::optional<QString> checkString(const QJsonObject &o, const QString &key, const QString &where)
{
    if (o.contains(key) && !o.value(key).isString())
        return where + key + u" must be a string"_s;
    return std::nullopt;
}
} // namespace

QString faultErrorKindName(FaultProfile::ErrorKind kind)
{
    switch (kind) {
    case FaultProfile::ErrorKind::Http:
        return u"http"_s;
    case FaultProfile::ErrorKind::Timeout:
        return u"timeout"_s;
    case FaultProfile::ErrorKind::Vendor:
        return u"vendor"_s;
    }
    return {};
}

std::optional<FaultProfile::ErrorKind> faultErrorKindFromName(QStringView name)
{
    for (auto k : { FaultProfile::ErrorKind::Http, FaultProfile::ErrorKind::Timeout,
             FaultProfile::ErrorKind::Vendor })
        if (name == faultErrorKindName(k))
            return k;
    return std::nullopt;
}

QJsonObject FaultProfile::ErrorMixEntry::toJson() const
{
    QJsonObject o { { u"kind"_s, faultErrorKindName(kind) }, { u"weight"_s, weight } };
    if (httpStatus)
        o.insert(u"httpStatus"_s, httpStatus);
    if (!vendorCode.isEmpty())
        o.insert(u"vendorCode"_s, vendorCode);
    if (!errorClass.isEmpty())
        o.insert(u"errorClass"_s, errorClass);
    if (!message.isEmpty())
        o.insert(u"message"_s, message);
    if (retryAfterMs)
        o.insert(u"retryAfterMs"_s, retryAfterMs);
    return o;
}

std::optional<QString> FaultProfile::validate() const
{
    if (!(errorRate >= 0 && errorRate <= 1))
        return u"errorRate must be between 0 and 1 (got %1)"_s.arg(errorRate);
    if (latencyMs < 0)
        return u"latencyMs must not be negative (got %1)"_s.arg(latencyMs);
    if (p99Ms < 0)
        return u"p99Ms must not be negative (got %1)"_s.arg(p99Ms);
    if (p99Ms < latencyMs)
        return u"p99Ms (%1) must not be below the median latencyMs (%2)"_s.arg(p99Ms).arg(
            latencyMs);
    if (timeoutMs < 0)
        return u"timeoutMs must not be negative (got %1)"_s.arg(timeoutMs);
    if (errorRate > 0 && errorMix.isEmpty())
        return u"errorMix must list at least one kind of error when errorRate is above 0"_s;
    double totalWeight = 0;
    for (qsizetype i = 0; i < errorMix.size(); ++i) {
        const ErrorMixEntry &e = errorMix.at(i);
        const QString where = u"errorMix[%1]: "_s.arg(i);
        if (!(e.weight >= 0) || !std::isfinite(e.weight))
            return where + u"weight must not be negative (got %1)"_s.arg(e.weight);
        if (e.kind == ErrorKind::Http && (e.httpStatus < 400 || e.httpStatus > 599))
            return where
                + u"an http error needs an httpStatus between 400 and 599 (got %1)"_s.arg(
                    e.httpStatus);
        if (e.kind == ErrorKind::Vendor && e.httpStatus
            && (e.httpStatus < 100 || e.httpStatus > 599))
            return where + u"httpStatus must be between 100 and 599 (got %1)"_s.arg(e.httpStatus);
        if (e.kind == ErrorKind::Vendor && e.vendorCode.isEmpty())
            return where + u"a vendor error needs a vendorCode"_s;
        if (e.retryAfterMs < 0)
            return where + u"retryAfterMs must not be negative (got %1)"_s.arg(e.retryAfterMs);
        totalWeight += e.weight;
    }
    if (errorRate > 0 && !(totalWeight > 0))
        return u"errorMix weights must add up to more than 0 when errorRate is above 0"_s;
    return std::nullopt;
}

QJsonObject FaultProfile::toJson() const
{
    QJsonArray mix;
    for (const auto &e : errorMix)
        mix.append(e.toJson());
    return { { u"integration"_s, integration }, { u"errorRate"_s, errorRate },
        { u"latencyMs"_s, latencyMs }, { u"p99Ms"_s, p99Ms }, { u"timeoutMs"_s, timeoutMs },
        { u"errorMix"_s, mix } };
}

std::optional<FaultProfile> FaultProfile::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<FaultProfile> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const QString &key : { u"errorRate"_s, u"latencyMs"_s, u"p99Ms"_s, u"timeoutMs"_s })
        if (auto why = checkNumber(o, key))
            return fail(*why);
    if (auto why = checkString(o, u"integration"_s, {}))
        return fail(*why);
    if (o.contains(u"errorMix"_s) && !o.value(u"errorMix"_s).isArray())
        return fail(u"errorMix must be an array"_s);

    FaultProfile p;
    p.integration = o.value(u"integration"_s).toString();
    p.errorRate = o.value(u"errorRate"_s).toDouble(p.errorRate);
    p.latencyMs = o.value(u"latencyMs"_s).toInt(p.latencyMs);
    // A profile that names only a median gets a tail in proportion, rather than the default p99
    // below it.
    p.p99Ms = o.value(u"p99Ms"_s).toInt(std::max(p.p99Ms, p.latencyMs * 5));
    p.timeoutMs = o.value(u"timeoutMs"_s).toInt(p.timeoutMs);

    const QJsonArray mix = o.value(u"errorMix"_s).toArray();
    for (qsizetype i = 0; i < mix.size(); ++i) {
        const QString where = u"errorMix[%1]: "_s.arg(i);
        if (!mix.at(i).isObject())
            return fail(where + u"must be an object"_s);
        const QJsonObject eo = mix.at(i).toObject();
        for (const QString &key : { u"weight"_s, u"httpStatus"_s, u"retryAfterMs"_s })
            if (auto why = checkNumber(eo, key, where))
                return fail(*why);
        for (const QString &key : { u"kind"_s, u"vendorCode"_s, u"errorClass"_s, u"message"_s })
            if (auto why = checkString(eo, key, where))
                return fail(*why);
        const QString kindName = eo.value(u"kind"_s).toString();
        const auto kind = faultErrorKindFromName(kindName);
        if (!kind)
            return fail(where
                + u"kind must be \"http\", \"timeout\" or \"vendor\" (got \"%1\")"_s.arg(kindName));
        ErrorMixEntry e;
        e.kind = *kind;
        e.weight = eo.value(u"weight"_s).toDouble(1);
        e.httpStatus = eo.value(u"httpStatus"_s).toInt(e.kind == ErrorKind::Vendor ? 422 : 0);
        e.vendorCode = eo.value(u"vendorCode"_s).toString();
        e.errorClass = eo.value(u"errorClass"_s).toString();
        e.message = eo.value(u"message"_s).toString();
        e.retryAfterMs = eo.value(u"retryAfterMs"_s).toInteger();
        p.errorMix.append(e);
    }
    if (auto why = p.validate())
        return fail(*why);
    return p;
}
