// SPDX-License-Identifier: MIT
#include "sim/circuitbreaker.h"

#include "core/clock.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
/** "62.5", "50", "66.7": one decimal at most, none when it is zero. */
QString percent(double value)
{
    return QString::number(std::round(value * 10) / 10, 'g', 12);
}
} // namespace

CircuitBreaker::CircuitBreaker(
    QString name, QString integration, BreakerConfig config, const Clock &clock)
    : m_name(std::move(name))
    , m_integration(std::move(integration))
    , m_config(config)
    , m_clock(clock)
{
    clearWindow();
}

void CircuitBreaker::setOnTransition(std::function<void(const BreakerTransition &)> callback)
{
    m_onTransition = std::move(callback);
}

bool CircuitBreaker::tryAcquirePermission()
{
    if (m_state == BreakerState::Open && waitElapsed())
        transitionTo(BreakerState::HalfOpen, u"wait of %1 ms elapsed"_s.arg(m_config.waitInOpenMs));

    switch (m_state) {
    case BreakerState::Closed:
    case BreakerState::Disabled:
        return true;
    case BreakerState::HalfOpen:
        if (m_probesPermitted < std::max(1, m_config.permittedCallsInHalfOpen)) {
            ++m_probesPermitted;
            return true;
        }
        break;
    case BreakerState::Open:
    case BreakerState::ForcedOpen:
        break;
    }
    ++m_counts.notPermitted;
    return false;
}

void CircuitBreaker::onSuccess(int durationMs)
{
    record(false, durationMs);
}

void CircuitBreaker::onError(int durationMs)
{
    record(true, durationMs);
}

void CircuitBreaker::tick()
{
    if (m_state == BreakerState::Open && waitElapsed())
        transitionTo(BreakerState::HalfOpen, u"wait of %1 ms elapsed"_s.arg(m_config.waitInOpenMs));
}

void CircuitBreaker::record(bool failed, int durationMs)
{
    // An operator state means "stop judging this integration": nothing counts.
    if (m_state == BreakerState::Disabled || m_state == BreakerState::ForcedOpen)
        return;

    // Strictly slower than the threshold, as resilience4j counts it.
    const bool slow = durationMs > m_config.slowCallDurationMs;
    ++(failed ? m_counts.failed : m_counts.successful);
    if (slow)
        ++m_counts.slow;

    // A call permitted before the breaker opened may finish after: it counts
    // in the totals but must not change the window that explains the opening.
    if (m_state == BreakerState::Open)
        return;

    m_window[size_t(m_windowNext)] = Call { failed, slow };
    m_windowNext = (m_windowNext + 1) % int(m_window.size());
    m_windowCount = std::min(m_windowCount + 1, int(m_window.size()));

    if (m_state == BreakerState::Closed)
        evaluateClosed();
    else
        evaluateHalfOpen();
}

CircuitBreaker::Rates CircuitBreaker::rates() const
{
    Rates r;
    r.calls = m_windowCount;
    for (int i = 0; i < m_windowCount; ++i) {
        r.failed += m_window[size_t(i)].failed ? 1 : 0;
        r.slow += m_window[size_t(i)].slow ? 1 : 0;
    }
    if (r.calls > 0 && r.calls >= minimumCallsForState()) {
        r.failureRate = 100.0 * r.failed / r.calls;
        r.slowCallRate = 100.0 * r.slow / r.calls;
    }
    return r;
}

int CircuitBreaker::minimumCallsForState() const
{
    if (m_state == BreakerState::HalfOpen)
        return std::max(1, m_config.permittedCallsInHalfOpen);
    // A minimum larger than the window could never be reached; resilience4j caps it likewise.
    return std::clamp(m_config.minimumCalls, 1, std::max(1, m_config.windowSize));
}

void CircuitBreaker::evaluateClosed()
{
    const Rates r = rates();
    if (r.failureRate < 0)
        return;
    if (r.failureRate >= m_config.failureRateThreshold) {
        transitionTo(BreakerState::Open,
            u"failure rate %1% >= %2% over %3 calls"_s
                .arg(percent(r.failureRate), percent(m_config.failureRateThreshold))
                .arg(r.calls));
    } else if (r.slowCallRate >= m_config.slowCallRateThreshold) {
        transitionTo(BreakerState::Open,
            u"slow-call rate %1% >= %2% over %3 calls slower than %4 ms"_s
                .arg(percent(r.slowCallRate), percent(m_config.slowCallRateThreshold))
                .arg(r.calls)
                .arg(m_config.slowCallDurationMs));
    }
}

void CircuitBreaker::evaluateHalfOpen()
{
    const Rates r = rates();
    if (r.failureRate < 0)
        return; // probes still out
    if (r.failureRate >= m_config.failureRateThreshold) {
        transitionTo(BreakerState::Open,
            u"probe failure rate %1% >= %2% over %3 probes"_s
                .arg(percent(r.failureRate), percent(m_config.failureRateThreshold))
                .arg(r.calls));
    } else if (r.slowCallRate >= m_config.slowCallRateThreshold) {
        transitionTo(BreakerState::Open,
            u"probe slow-call rate %1% >= %2% over %3 probes"_s
                .arg(percent(r.slowCallRate), percent(m_config.slowCallRateThreshold))
                .arg(r.calls));
    } else if (r.failed == 0 && r.slow == 0) {
        transitionTo(BreakerState::Closed, u"%1 probes succeeded"_s.arg(r.calls));
    } else {
        transitionTo(BreakerState::Closed,
            u"%1 probes: failure rate %2% < %3%, slow-call rate %4% < %5%"_s.arg(
                QString::number(r.calls), percent(r.failureRate),
                percent(m_config.failureRateThreshold), percent(r.slowCallRate),
                percent(m_config.slowCallRateThreshold)));
    }
}

bool CircuitBreaker::waitElapsed() const
{
    return m_clock.nowMs() >= m_openedAtMs + m_config.waitInOpenMs;
}

void CircuitBreaker::clearWindow()
{
    const int capacity = m_state == BreakerState::HalfOpen ? m_config.permittedCallsInHalfOpen
                                                           : m_config.windowSize;
    m_window.assign(size_t(std::max(1, capacity)), Call {});
    m_windowNext = 0;
    m_windowCount = 0;
    m_probesPermitted = 0;
}

void CircuitBreaker::transitionTo(
    BreakerState to, const QString &cause, const QString &reason, const QString &actor)
{
    const qint64 now = m_clock.nowMs();
    const BreakerTransition t { now, m_state, to, cause, reason, actor };
    m_state = to;
    // OPEN keeps the window that opened it, so a snapshot shows why.
    if (to != BreakerState::Open)
        clearWindow();
    m_openedAtMs = (to == BreakerState::Open || to == BreakerState::ForcedOpen) ? now : 0;

    m_transitions.append(t);
    if (m_transitions.size() > MaxTransitions)
        m_transitions.remove(0, m_transitions.size() - MaxTransitions);
    if (m_onTransition)
        m_onTransition(t);
}

std::optional<QString> CircuitBreaker::manualMove(
    BreakerState to, const QString &cause, const QString &reason, const QString &actor)
{
    transitionTo(to, cause, reason, actor);
    return std::nullopt;
}

std::optional<QString> CircuitBreaker::reset(const QString &reason, const QString &actor)
{
    return manualMove(BreakerState::Closed, u"operator reset"_s, reason, actor);
}

std::optional<QString> CircuitBreaker::forceOpen(const QString &reason, const QString &actor)
{
    if (m_state == BreakerState::ForcedOpen)
        return u"breaker %1 is already FORCED_OPEN"_s.arg(m_name);
    return manualMove(BreakerState::ForcedOpen, u"operator forced open"_s, reason, actor);
}

std::optional<QString> CircuitBreaker::disable(const QString &reason, const QString &actor)
{
    if (m_state == BreakerState::Disabled)
        return u"breaker %1 is already DISABLED"_s.arg(m_name);
    return manualMove(BreakerState::Disabled, u"operator disabled"_s, reason, actor);
}

std::optional<QString> CircuitBreaker::release(const QString &reason, const QString &actor)
{
    if (m_state != BreakerState::ForcedOpen && m_state != BreakerState::Disabled) {
        return u"breaker %1 is %2; only a FORCED_OPEN or DISABLED breaker can be released"_s.arg(
            m_name, breakerStateName(m_state));
    }
    return manualMove(BreakerState::Closed, u"operator released"_s, reason, actor);
}

BreakerSnapshot CircuitBreaker::snapshot() const
{
    const Rates r = rates();
    BreakerSnapshot s;
    s.name = m_name;
    s.integration = m_integration;
    s.state = m_state;
    s.config = m_config;
    s.failureRate = r.failureRate;
    s.slowCallRate = r.slowCallRate;
    s.bufferedCalls = r.calls;
    s.failedCalls = r.failed;
    s.slowCalls = r.slow;
    s.notPermittedCalls = m_counts.notPermitted;
    s.openedAtMs = m_openedAtMs;
    s.nextProbeAtMs = m_state == BreakerState::Open ? m_openedAtMs + m_config.waitInOpenMs : 0;
    s.transitions = m_transitions;
    return s;
}

void CircuitBreaker::restore(const BreakerSnapshot &snapshot)
{
    m_state = snapshot.state;
    const bool open = m_state == BreakerState::Open || m_state == BreakerState::ForcedOpen;
    // An OPEN snapshot without a time would otherwise probe at once; start its wait now.
    m_openedAtMs = open ? (snapshot.openedAtMs ? snapshot.openedAtMs : m_clock.nowMs()) : 0;
    m_transitions = snapshot.transitions.mid(
        std::max<qsizetype>(0, snapshot.transitions.size() - MaxTransitions));
    clearWindow();
}
