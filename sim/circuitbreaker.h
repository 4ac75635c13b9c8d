// SPDX-License-Identifier: MIT
#pragma once

#include "core/breaker.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

class Clock;

/**
 * A circuit breaker with resilience4j semantics over a count-based sliding
 * window.
 *
 * CLOSED records the outcome of the last `windowSize` calls; once at least
 * `minimumCalls` are buffered, a failure rate or slow-call rate at or above its
 * threshold opens it. OPEN permits nothing for `waitInOpenMs`, then goes
 * HALF_OPEN (on the next tryAcquirePermission() or tick()), which permits
 * `permittedCallsInHalfOpen` probes: if their rates stay below the thresholds
 * it closes, else it opens again. FORCED_OPEN and DISABLED are operator
 * states left only by release() or reset(); FORCED_OPEN permits nothing,
 * DISABLED permits everything and records nothing.
 *
 * Durations are milliseconds; times come from the injected Clock, which must
 * outlive the breaker. Not thread-safe: use it from one thread.
 */
class CircuitBreaker {
public:
    /** Monotonic counters since construction (not part of a snapshot). */
    struct CallCounts {
        qint64 successful = 0;
        qint64 failed = 0;
        qint64 slow = 0; ///< successful or failed calls slower than slowCallDurationMs
        qint64 notPermitted = 0;
    };

    /** The most transitions kept; older ones are dropped. */
    static constexpr int MaxTransitions = 100;

    CircuitBreaker(QString name, QString integration, BreakerConfig config, const Clock &clock);

    QString name() const { return m_name; }
    QString integration() const { return m_integration; }
    BreakerConfig config() const { return m_config; }
    BreakerState state() const { return m_state; }
    CallCounts callCounts() const { return m_counts; }
    QList<BreakerTransition> transitions() const { return m_transitions; }

    /**
     * Asks to make one call. False (and counted as not permitted) when OPEN
     * before its wait has elapsed, FORCED_OPEN, or HALF_OPEN with all probes
     * handed out. Moves OPEN to HALF_OPEN when the wait has elapsed.
     * Every permitted call must be followed by onSuccess() or onError().
     */
    bool tryAcquirePermission();
    /** A permitted call succeeded after `durationMs`. */
    void onSuccess(int durationMs);
    /** A permitted call failed after `durationMs`. */
    void onError(int durationMs);
    /** Time-driven moves (OPEN to HALF_OPEN) when no calls arrive. */
    void tick();

    /**
     * Operator actions. nullopt when done, else why the move is not allowed
     * (for a person; the server answers 409 with it). `reason` and `actor`
     * are recorded in the transition.
     */
    std::optional<QString> reset(
        const QString &reason, const QString &actor); ///< any state -> CLOSED, window cleared
    std::optional<QString> forceOpen(
        const QString &reason, const QString &actor); ///< -> FORCED_OPEN
    std::optional<QString> disable(const QString &reason, const QString &actor); ///< -> DISABLED
    std::optional<QString> release(
        const QString &reason, const QString &actor); ///< FORCED_OPEN/DISABLED -> CLOSED

    BreakerSnapshot snapshot() const;
    /**
     * Takes state, openedAt and transitions from a persisted snapshot (the
     * config stays the one given at construction). The window starts empty;
     * an OPEN breaker waits out the rest of its wait from openedAt. Does not
     * call the transition callback.
     */
    void restore(const BreakerSnapshot &snapshot);

    /** Called after every transition, with the transition just recorded. */
    void setOnTransition(std::function<void(const BreakerTransition &)> callback);

private:
    struct Call {
        bool failed = false;
        bool slow = false;
    };
    struct Rates {
        int calls = 0;
        int failed = 0;
        int slow = 0;
        double failureRate = -1; ///< percent; -1 below the minimum
        double slowCallRate = -1;
    };

    void record(bool failed, int durationMs);
    void evaluateClosed();
    void evaluateHalfOpen();
    Rates rates() const;
    int minimumCallsForState() const;
    bool waitElapsed() const;
    void transitionTo(BreakerState to, const QString &cause, const QString &reason = {},
        const QString &actor = {});
    void clearWindow();
    std::optional<QString> manualMove(
        BreakerState to, const QString &cause, const QString &reason, const QString &actor);

    QString m_name;
    QString m_integration;
    BreakerConfig m_config;
    const Clock &m_clock;
    BreakerState m_state = BreakerState::Closed;
    std::vector<Call> m_window; ///< ring buffer of windowSize (CLOSED) or probe results (HALF_OPEN)
    int m_windowNext = 0; ///< next slot to overwrite
    int m_windowCount = 0; ///< slots in use
    int m_probesPermitted = 0; ///< HALF_OPEN: permissions handed out
    qint64 m_openedAtMs = 0;
    CallCounts m_counts;
    QList<BreakerTransition> m_transitions;
    std::function<void(const BreakerTransition &)> m_onTransition;
};
