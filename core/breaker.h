// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

/** The states of a circuit breaker, as resilience4j names them. */
enum class BreakerState { Closed, Open, HalfOpen, ForcedOpen, Disabled };

/** "CLOSED", "OPEN", "HALF_OPEN", "FORCED_OPEN", "DISABLED": the wire and metrics names. */
QString breakerStateName(BreakerState state);
std::optional<BreakerState> breakerStateFromName(QStringView name);

/** One change of state, with what caused it (a threshold, a probe, an operator and their reason).
 */
struct BreakerTransition {
    qint64 timeMs = 0;
    BreakerState from = BreakerState::Closed;
    BreakerState to = BreakerState::Closed;
    QString cause; ///< e.g. "failure rate 62.5% >= 50%", "probe succeeded", "operator: reset"
    QString reason; ///< the operator's reason, for manual transitions
    QString actor; ///< the token identity that acted, for manual transitions

    QJsonObject toJson() const;
    static std::optional<BreakerTransition> fromJson(const QJsonObject &o);
    bool operator==(const BreakerTransition &) const = default;
};

/** Thresholds of one breaker (count-based sliding window). Rates are percentages. */
struct BreakerConfig {
    int windowSize = 20; ///< calls in the sliding window
    int minimumCalls = 10; ///< rates are not evaluated below this many calls
    double failureRateThreshold = 50; ///< percent
    double slowCallRateThreshold = 80; ///< percent
    int slowCallDurationMs = 2000;
    int waitInOpenMs = 10000;
    int permittedCallsInHalfOpen = 3;

    QJsonObject toJson() const;
    /** Missing fields keep the values of `defaults`. */
    static BreakerConfig fromJson(const QJsonObject &o, const BreakerConfig &defaults);
    static BreakerConfig fromJson(const QJsonObject &o);
    bool operator==(const BreakerConfig &) const = default;
};

/** What a client sees of one breaker at one moment. */
struct BreakerSnapshot {
    QString name;
    QString integration;
    BreakerState state = BreakerState::Closed;
    BreakerConfig config;
    double failureRate = -1; ///< percent; -1 while fewer than minimumCalls
    double slowCallRate = -1; ///< percent; -1 while fewer than minimumCalls
    int bufferedCalls = 0;
    int failedCalls = 0;
    int slowCalls = 0;
    qint64 notPermittedCalls = 0;
    qint64 openedAtMs = 0; ///< 0 when not open
    qint64 nextProbeAtMs = 0; ///< when OPEN: when it goes HALF_OPEN
    QList<BreakerTransition> transitions; ///< most recent last

    QJsonObject toJson() const;
    static std::optional<BreakerSnapshot> fromJson(const QJsonObject &o);
};
