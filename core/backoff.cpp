// SPDX-License-Identifier: MIT
#include "core/backoff.h"

#include <QRandomGenerator>
#include <cmath>

using namespace Qt::StringLiterals;

qint64 Backoff::ceilingFor(int attempt) const
{
    const int n = std::max(attempt, 1);
    // In double so that a large attempt number saturates at the cap instead of overflowing.
    const double exponential = double(initialMs) * std::pow(multiplier, n - 1);
    if (!std::isfinite(exponential) || exponential >= double(maxMs))
        return maxMs;
    return std::max<qint64>(0, qint64(std::llround(exponential)));
}

qint64 Backoff::delayFor(int attempt, QRandomGenerator &rng) const
{
    const qint64 ceiling = ceilingFor(attempt);
    if (jitter == Jitter::None || ceiling <= 0)
        return ceiling;
    return rng.bounded(ceiling + 1); // inclusive of the ceiling
}

std::optional<QString> Backoff::validate() const
{
    if (initialMs < 0)
        return u"initialMs must not be negative (got %1)"_s.arg(initialMs);
    if (!std::isfinite(multiplier) || multiplier < 1)
        return u"multiplier must be at least 1 (got %1)"_s.arg(multiplier);
    if (maxMs < initialMs)
        return u"maxMs (%1) must not be below initialMs (%2)"_s.arg(maxMs).arg(initialMs);
    return std::nullopt;
}

QJsonObject Backoff::toJson() const
{
    return { { u"initialMs"_s, initialMs }, { u"multiplier"_s, multiplier }, { u"maxMs"_s, maxMs },
        { u"jitter"_s, backoffJitterName(jitter) } };
}

std::optional<Backoff> Backoff::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Backoff> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Backoff b;
    for (const QString &key : { u"initialMs"_s, u"multiplier"_s, u"maxMs"_s }) {
        if (o.contains(key) && !o.value(key).isDouble())
            return fail(u"%1 must be a number"_s.arg(key));
    }
    b.initialMs = o.value(u"initialMs"_s).toInteger(b.initialMs);
    b.multiplier = o.value(u"multiplier"_s).toDouble(b.multiplier);
    b.maxMs = o.value(u"maxMs"_s).toInteger(b.maxMs);
    if (o.contains(u"jitter"_s)) {
        const QString name = o.value(u"jitter"_s).toString();
        const auto jitter = backoffJitterFromName(name);
        if (!jitter)
            return fail(u"jitter must be \"none\" or \"full\" (got \"%1\")"_s.arg(name));
        b.jitter = *jitter;
    }
    if (const auto why = b.validate())
        return fail(*why);
    return b;
}

QString backoffJitterName(Backoff::Jitter jitter)
{
    return jitter == Backoff::Jitter::Full ? u"full"_s : u"none"_s;
}

std::optional<Backoff::Jitter> backoffJitterFromName(QStringView name)
{
    if (name == u"none")
        return Backoff::Jitter::None;
    if (name == u"full")
        return Backoff::Jitter::Full;
    return std::nullopt;
}
