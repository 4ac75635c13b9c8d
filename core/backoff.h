// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>
#include <optional>

class QRandomGenerator;

/**
 * Exponential backoff with a cap and optional full jitter, as used by the
 * sim's retry scheduler and by the console's reconnect logic.
 *
 * Without jitter the delay of attempt n (1-based) is
 * min(maxMs, initialMs * multiplier^(n-1)). Full jitter draws uniformly from
 * [0, that delay], which spreads out clients that failed together so they do
 * not come back together. All durations are milliseconds.
 */
struct Backoff {
    qint64 initialMs = 1000;
    double multiplier = 2;
    qint64 maxMs = 60000;
    enum class Jitter { None, Full } jitter = Jitter::None;

    /** The delay before retry number `attempt` (1-based; below 1 counts as 1). */
    qint64 delayFor(int attempt, QRandomGenerator &rng) const;
    /** The capped exponential delay without jitter: the upper bound of delayFor(). */
    qint64 ceilingFor(int attempt) const;

    /** nullopt when usable, else what is wrong, for a person. */
    std::optional<QString> validate() const;

    /** {"initialMs","multiplier","maxMs","jitter":"none"|"full"} */
    QJsonObject toJson() const;
    /**
     * Missing fields keep their defaults. nullopt, with `error` set when given,
     * for a wrong type, an unknown jitter or values validate() rejects.
     */
    static std::optional<Backoff> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const Backoff &) const = default;
};

QString backoffJitterName(Backoff::Jitter jitter); ///< "none", "full"
std::optional<Backoff::Jitter> backoffJitterFromName(QStringView name);
