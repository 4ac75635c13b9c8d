// SPDX-License-Identifier: MIT
#include "sim/upstreamsimulator.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
/**
 * FNV-1a over the UTF-16 code units. qHash would do, but its result depends on
 * the CPU (AES hashing) and Qt version, and streams must be reproducible anywhere.
 */
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

/** z of the 99th percentile of the standard normal distribution. */
constexpr double z99 = 2.3263478740408408;

QString defaultErrorClass(FaultProfile::ErrorKind kind, int httpStatus)
{
    if (kind == FaultProfile::ErrorKind::Timeout)
        return u"UpstreamTimeout"_s;
    if (kind == FaultProfile::ErrorKind::Vendor)
        return u"VendorError"_s;
    if (httpStatus == 429)
        return u"RateLimited"_s;
    return httpStatus >= 500 ? u"HttpServerError"_s : u"HttpClientError"_s;
}

QString defaultMessage(FaultProfile::ErrorKind kind)
{
    switch (kind) {
    case FaultProfile::ErrorKind::Http:
        return u"upstream returned {status} {reason} (request {requestId})"_s;
    case FaultProfile::ErrorKind::Timeout:
        return u"read timed out after {elapsedMs} ms"_s;
    case FaultProfile::ErrorKind::Vendor:
        return u"vendor error {vendorCode} (request {requestId})"_s;
    }
    return {};
}
} // namespace

UpstreamSimulator::UpstreamSimulator(quint32 seed)
    : m_seed(seed)
{
}

FaultProfile UpstreamSimulator::defaultProfile(const QString &integration)
{
    FaultProfile p;
    p.integration = integration;
    return p;
}

std::optional<QString> UpstreamSimulator::setProfile(
    const QString &integration, FaultProfile profile)
{
    if (auto why = profile.validate())
        return why;
    profile.integration = integration;
    Upstream &u = upstream(integration);
    u.profile = std::move(profile);
    u.configured = true;
    return std::nullopt;
}

FaultProfile UpstreamSimulator::profile(const QString &integration) const
{
    const auto it = m_upstreams.find(integration);
    return it != m_upstreams.end() && it->second.configured ? it->second.profile
                                                            : defaultProfile(integration);
}

QList<FaultProfile> UpstreamSimulator::profiles() const
{
    QList<FaultProfile> out;
    for (const auto &[name, u] : m_upstreams)
        if (u.configured)
            out.append(u.profile);
    return out;
}

UpstreamSimulator::Upstream &UpstreamSimulator::upstream(const QString &integration)
{
    auto it = m_upstreams.find(integration);
    if (it == m_upstreams.end()) {
        it = m_upstreams
                 .emplace(integration,
                     Upstream { defaultProfile(integration),
                         QRandomGenerator(m_seed ^ stableHash(integration)), false })
                 .first;
    }
    return it->second;
}

int UpstreamSimulator::sampleLatency(const FaultProfile &p, QRandomGenerator &rng) const
{
    // Both draws always happen so that a profile change never shifts the stream's alignment.
    const double u1 = 1.0 - rng.generateDouble(); // (0, 1]: log() stays finite
    const double u2 = rng.generateDouble();
    if (p.latencyMs <= 0)
        return 0;
    const double sigma = p.p99Ms > p.latencyMs ? std::log(double(p.p99Ms) / p.latencyMs) / z99 : 0;
    const double z = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    const double latency = p.latencyMs * std::exp(sigma * z);
    return int(std::min(std::round(latency), double(std::numeric_limits<int>::max() / 2)));
}

const FaultProfile::ErrorMixEntry *UpstreamSimulator::pickError(
    const FaultProfile &p, QRandomGenerator &rng) const
{
    double total = 0;
    for (const auto &e : p.errorMix)
        total += e.weight;
    double x = rng.generateDouble() * total;
    for (const auto &e : p.errorMix) {
        if (e.weight > 0 && x < e.weight)
            return &e;
        x -= e.weight;
    }
    // Rounding can leave x a hair above the last weight.
    for (auto it = p.errorMix.crbegin(); it != p.errorMix.crend(); ++it)
        if (it->weight > 0)
            return &*it;
    return nullptr;
}

CallOutcome UpstreamSimulator::call(const QString &integration, const QString &messageId)
{
    Upstream &u = upstream(integration);
    const FaultProfile &p = u.profile;
    QRandomGenerator &rng = u.rng;

    const int latency = sampleLatency(p, rng);
    const bool failing = rng.generateDouble() < p.errorRate;
    const FaultProfile::ErrorMixEntry *entry = failing ? pickError(p, rng) : nullptr;
    const bool timedOut = (entry && entry->kind == FaultProfile::ErrorKind::Timeout)
        || (p.timeoutMs > 0 && latency >= p.timeoutMs);

    CallOutcome o;
    o.latencyMs = latency;
    if (!timedOut && !entry) {
        o.httpStatus = 200;
        return o;
    }

    // A timeout entry, or a call slow enough to hit the timeout on its own.
    const FaultProfile::ErrorKind kind = timedOut ? FaultProfile::ErrorKind::Timeout : entry->kind;
    const bool fromEntry = entry && entry->kind == kind;
    o.ok = false;
    o.timedOut = timedOut;
    // Timers fire a little late, so the reported time varies like a real client's.
    o.latencyMs = timedOut ? p.timeoutMs + int(rng.bounded(25)) : latency;
    o.httpStatus = timedOut ? 0 : entry->httpStatus;
    o.vendorCode = fromEntry ? entry->vendorCode : QString();
    o.retryAfterMs = fromEntry ? entry->retryAfterMs : 0;
    o.errorClass = fromEntry && !entry->errorClass.isEmpty()
        ? entry->errorClass
        : defaultErrorClass(kind, o.httpStatus);

    const QString requestId = u"req-"_s + QString::number(rng.generate64() & 0xffffffffffffull, 16);
    const QString n = QString::number(rng.bounded(1, 100000));
    QString message
        = fromEntry && !entry->message.isEmpty() ? entry->message : defaultMessage(kind);
    const std::pair<QString, QString> fields[] = {
        { u"{status}"_s, QString::number(o.httpStatus) },
        { u"{reason}"_s, CallOutcome::statusText(o.httpStatus) },
        { u"{timeoutMs}"_s, QString::number(p.timeoutMs) },
        { u"{elapsedMs}"_s, QString::number(o.latencyMs) },
        { u"{vendorCode}"_s, o.vendorCode },
        { u"{retryAfterMs}"_s, QString::number(o.retryAfterMs) },
        { u"{retryAfterS}"_s, QString::number((o.retryAfterMs + 999) / 1000) },
        { u"{messageId}"_s, messageId },
        { u"{requestId}"_s, requestId },
        { u"{n}"_s, n },
    };
    for (const auto &[placeholder, value] : fields)
        message.replace(placeholder, value);
    o.message = message;
    return o;
}
