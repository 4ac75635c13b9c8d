// SPDX-License-Identifier: MIT
#pragma once

#include "core/faultprofile.h"
#include "sim/calloutcome.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <map>
#include <optional>

/**
 * Simulated upstream integrations (ERP, payment provider, marketplace...):
 * answers each call at once with the outcome its FaultProfile makes likely,
 * including the latency the call would have taken. Nothing waits; whether
 * that latency is slow is for the caller's breaker to judge.
 *
 * Deterministic: each integration draws from its own random stream derived
 * from the seed and its name, so the same seed and the same calls to one
 * integration give the same outcomes whatever traffic other integrations see.
 * Not thread-safe.
 */
class UpstreamSimulator {
public:
    explicit UpstreamSimulator(quint32 seed);

    /**
     * Replaces how `integration` behaves from the next call on.
     * nullopt when applied, else why the profile was refused (nothing changes).
     */
    std::optional<QString> setProfile(const QString &integration, FaultProfile profile);
    /** The profile in force: the one set, else defaultProfile(integration). */
    FaultProfile profile(const QString &integration) const;
    /** The profiles that were set, ordered by integration. */
    QList<FaultProfile> profiles() const;
    /** A healthy upstream: no errors, 80 ms median, 400 ms p99, 5 s timeout. */
    static FaultProfile defaultProfile(const QString &integration);

    /** One call of `integration` for the message `messageId`. */
    CallOutcome call(const QString &integration, const QString &messageId);

private:
    struct Upstream {
        FaultProfile profile;
        QRandomGenerator rng;
        bool configured = false;
    };

    Upstream &upstream(const QString &integration);
    int sampleLatency(const FaultProfile &profile, QRandomGenerator &rng) const;
    const FaultProfile::ErrorMixEntry *pickError(
        const FaultProfile &profile, QRandomGenerator &rng) const;

    quint32 m_seed;
    std::map<QString, Upstream> m_upstreams;
};
