// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/**
 * Source of time for engines, injectable so tests run on deterministic time.
 * Times are milliseconds since the Unix epoch (UTC).
 */
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

/** Wall-clock time. */
class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
    /** A process-wide instance, for code that has no clock injected. */
    static const SystemClock &instance();
};

/** A clock that moves only when told to: for unit tests and replays. */
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'800'000'000'000)
        : m_now(startMs)
    {
    }
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};
