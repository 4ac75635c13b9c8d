// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

/**
 * Runs work off the owner's thread, on a QThreadPool, and hands each result
 * back on the owner's thread, unless it went stale meanwhile: dropped with
 * drop() or dropAll(), or the tracker was destroyed. Modelled on KDAB
 * hotspot's JobTracker, with the owner's lifetime made thread-safe: workers
 * post to a receiver the tracker owns, under a mutex the destructor takes, so
 * a result never reaches a destroyed owner.
 *
 * Thread affinity: create it, run(), drop() and destroy it on one thread (the
 * owner's, which needs a running event loop to receive results). The work
 * runs concurrently with the owner and must only use what it captured by
 * value. Work that takes a `const JobTracker::StopToken &` can end early when
 * its job was dropped; its result is dropped anyway.
 *
 * Destroying the tracker drops every result; it does not wait for the work
 * (the pool keeps running it to its end).
 */
class JobTracker {
public:
    using JobId = quint64;

    /** Tells running work that nobody wants its result any more. Thread-safe. */
    class StopToken {
    public:
        bool stopRequested() const { return m_stop->load(std::memory_order_relaxed); }

    private:
        friend class JobTracker;
        explicit StopToken(std::shared_ptr<std::atomic<bool>> stop)
            : m_stop(std::move(stop))
        {
        }
        std::shared_ptr<std::atomic<bool>> m_stop;
    };

    explicit JobTracker(QThreadPool *pool = QThreadPool::globalInstance());
    ~JobTracker();
    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    /**
     * Runs `work()` (or `work(stopToken)`) on the pool, then `deliver(result)`
     * (or `deliver()` for work returning void) on the owner's thread, later,
     * if the job is still pending then. Returns the job's id for drop().
     */
    template<class Work, class Deliver> JobId run(Work work, Deliver deliver);

    /** The job's result will not be delivered; its work is asked to stop. */
    void drop(JobId id);
    /** drop() for every pending job. */
    void dropAll();
    /** Started, and neither delivered nor dropped. */
    bool isPending(JobId id) const { return m_jobs.contains(id); }
    /** How many jobs are pending. */
    qsizetype pendingCount() const { return m_jobs.size(); }

private:
    /** Where workers post. The destructor clears `receiver` under the mutex. */
    struct Mailbox {
        QMutex mutex;
        QObject *receiver = nullptr;
    };

    /** From a worker: queues `delivery` to the owner's thread, unless the tracker is gone. */
    template<class Delivery> static void post(Mailbox &mailbox, Delivery delivery);
    JobId add(std::shared_ptr<std::atomic<bool>> stop);
    /** On the owner's thread: whether `id` was pending (it is not any more). */
    bool take(JobId id);

    QThreadPool *m_pool;
    std::unique_ptr<QObject> m_receiver; ///< on the owner's thread
    std::shared_ptr<Mailbox> m_mailbox;
    QHash<JobId, std::shared_ptr<std::atomic<bool>>> m_jobs; ///< pending jobs' stop flags
    JobId m_lastId = 0;
};

template<class Delivery> void JobTracker::post(Mailbox &mailbox, Delivery delivery)
{
    QMutexLocker lock(&mailbox.mutex);
    if (mailbox.receiver)
        QMetaObject::invokeMethod(mailbox.receiver, std::move(delivery), Qt::QueuedConnection);
}

template<class Work, class Deliver> JobTracker::JobId JobTracker::run(Work work, Deliver deliver)
{
    auto stop = std::make_shared<std::atomic<bool>>(false);
    const JobId id = add(stop);
    // Shared, so that the posted functor is copyable whatever the callables capture.
    auto sharedDeliver = std::make_shared<Deliver>(std::move(deliver));
    m_pool->start([this, id, mailbox = m_mailbox, stop = StopToken(stop), work = std::move(work),
                      deliver = std::move(sharedDeliver)]() mutable {
        const auto invoke = [&] {
            if constexpr (std::is_invocable_v<Work &, const StopToken &>)
                return work(stop);
            else
                return work();
        };
        using Result = decltype(invoke());
        // `this` is only used in the delivery, on the owner's thread: the mailbox
        // guarantees the tracker is alive there.
        if constexpr (std::is_void_v<Result>) {
            invoke();
            if (!stop.stopRequested())
                post(*mailbox, [this, id, deliver] {
                    if (take(id))
                        (*deliver)();
                });
        } else {
            auto result = std::make_shared<Result>(invoke());
            if (!stop.stopRequested())
                post(*mailbox, [this, id, deliver, result] {
                    if (take(id))
                        (*deliver)(std::move(*result));
                });
        }
    });
    return id;
}
