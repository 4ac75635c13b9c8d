// SPDX-License-Identifier: MIT
#pragma once

#include "core/syncjob.h"

#include <QList>
#include <QString>
#include <deque>
#include <functional>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

class Clock;
class UpstreamSimulator;

/**
 * Runs paged synchronisation jobs (catalogue pushes, order imports) against
 * the simulated upstreams: every item is one UpstreamSimulator call, items
 * are processed in proportion to the clock time that passed at the job's
 * rate, and a failed call counts the item as failed.
 *
 * At most Options::maxRunning jobs run at once; the rest wait in creation
 * order. A job that finishes with more than Options::maxFailedFraction of its
 * items failed ends `failed`, else `succeeded`.
 *
 * Nothing runs by itself: the owner calls advance() periodically (e.g. every
 * 250 ms). Changes advance() makes are reported through the callbacks;
 * changes made by start(), cancel(), pause(), resume() and retryFailed() to
 * the job they name are not, since the caller has them in hand. The Clock
 * and the UpstreamSimulator must outlive the runner. Not thread-safe.
 */
class SyncRunner {
public:
    struct Options {
        int maxRunning = 2;
        double maxFailedFraction = 0.5; ///< more failed items than this share fails the job
        qint64 throughputWindowMs = 10000; ///< throughput and ETA look at this much recent time
        /// A stalled owner (or a debugger) must not cause a burst of calls: one advance() makes up
        /// for this much time at most.
        qint64 maxCatchUpMs = 5000;
        double defaultItemsPerSecond = 50; ///< for restored jobs that carry no rate
    };

    SyncRunner(const Clock &clock, UpstreamSimulator &upstream);
    SyncRunner(const Clock &clock, UpstreamSimulator &upstream, Options options);

    /** A job changed during advance(): progress, a state change, a promotion from the queue. */
    void setOnUpdated(std::function<void(const SyncJob &job)> callback);
    /** A job reached 25, 50, 75 or 100 percent; each once, in order, after the matching update. */
    void setOnMilestone(std::function<void(const SyncJob &job, int percent)> callback);

    /**
     * Creates job "sync-N" and runs it at once if a slot is free, else queues it.
     * Expects total >= 0, pageSize >= 1 and itemsPerSecond > 0 (the server
     * checks requests); other values are clamped.
     */
    SyncJob start(const QString &name, const QString &integration, qint64 total, int pageSize,
        double itemsPerSecond);
    /** Processes what the time since the last call allows, finishes jobs and starts queued ones. */
    void advance();

    /** nullopt when done, else why not (for a person; the server answers 409, or 404 for an unknown
     * id). */
    std::optional<QString> cancel(const QString &id); ///< queued, running or paused -> cancelled
    std::optional<QString> pause(const QString &id); ///< queued or running -> paused
    std::optional<QString> resume(
        const QString &id); ///< paused -> running, or queued when no slot is free
    /** A new job for the failed items of a finished job, or why not. */
    std::variant<SyncJob, QString> retryFailed(const QString &id);

    /** All jobs, oldest first. */
    QList<SyncJob> jobs() const;
    std::optional<SyncJob> job(const QString &id) const;

    /**
     * Replaces the jobs with persisted ones. Running jobs continue from where
     * they were, counting time from now (the downtime is not made up for);
     * new ids continue past the highest restored one. Reports nothing.
     */
    void restore(const QList<SyncJob> &jobs);

private:
    struct Run {
        SyncJob job;
        qint64 activeMs = 0; ///< running time since it last began running
        qint64 doneInRun = 0; ///< items processed in that time
        qint64 lastAdvanceMs = 0;
        std::deque<std::pair<qint64, qint64>>
            samples; ///< (time, processed) within the throughput window
    };

    Run *find(const QString &id);
    const Run *find(const QString &id) const;
    int runningCount() const;
    void beginRunning(Run &run, qint64 now);
    QList<QString> promoteQueued(qint64 now);
    void reportPromotions(const QList<QString> &ids, const QString &except);
    void process(Run &run, qint64 now);
    void measure(Run &run, qint64 now);
    void finish(Run &run, qint64 now);
    QList<int> reachMilestones(SyncJob &job) const;
    static QString stateText(const SyncJob &job);

    const Clock &m_clock;
    UpstreamSimulator &m_upstream;
    Options m_options;
    std::vector<Run> m_runs; ///< creation order, which is also queue order
    qint64 m_nextId = 1;
    std::function<void(const SyncJob &)> m_onUpdated;
    std::function<void(const SyncJob &, int)> m_onMilestone;
};
