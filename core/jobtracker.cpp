// SPDX-License-Identifier: MIT
#include "core/jobtracker.h"

JobTracker::JobTracker(QThreadPool *pool)
    : m_pool(pool)
    , m_receiver(std::make_unique<QObject>())
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->receiver = m_receiver.get();
}

JobTracker::~JobTracker()
{
    {
        QMutexLocker lock(&m_mailbox->mutex);
        m_mailbox->receiver = nullptr;
    }
    dropAll();
    // Deleting the receiver discards what workers posted to it before.
}

JobTracker::JobId JobTracker::add(std::shared_ptr<std::atomic<bool>> stop)
{
    const JobId id = ++m_lastId;
    m_jobs.insert(id, std::move(stop));
    return id;
}

bool JobTracker::take(JobId id)
{
    return m_jobs.remove(id);
}

void JobTracker::drop(JobId id)
{
    if (const auto stop = m_jobs.take(id))
        stop->store(true, std::memory_order_relaxed);
}

void JobTracker::dropAll()
{
    for (const auto &stop : std::as_const(m_jobs))
        stop->store(true, std::memory_order_relaxed);
    m_jobs.clear();
}
