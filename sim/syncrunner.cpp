// SPDX-License-Identifier: MIT
#include "sim/syncrunner.h"

#include "core/clock.h"
#include "sim/upstreamsimulator.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int milestonePercents[] = { 25, 50, 75, 100 };

/** 17 for "sync-17"; 0 for ids of another shape. */
qint64 idNumber(const QString &id)
{
    if (!id.startsWith(u"sync-"))
        return 0;
    bool ok = false;
    const qint64 n = QStringView(id).mid(5).toLongLong(&ok);
    return ok ? n : 0;
}

int pageCount(qint64 total, int pageSize)
{
    return int((total + pageSize - 1) / pageSize);
}
} // namespace

SyncRunner::SyncRunner(const Clock &clock, UpstreamSimulator &upstream)
    : SyncRunner(clock, upstream, Options {})
{
}

SyncRunner::SyncRunner(const Clock &clock, UpstreamSimulator &upstream, Options options)
    : m_clock(clock)
    , m_upstream(upstream)
    , m_options(options)
{
}

void SyncRunner::setOnUpdated(std::function<void(const SyncJob &)> callback)
{
    m_onUpdated = std::move(callback);
}

void SyncRunner::setOnMilestone(std::function<void(const SyncJob &, int)> callback)
{
    m_onMilestone = std::move(callback);
}

SyncRunner::Run *SyncRunner::find(const QString &id)
{
    const auto it = std::find_if(
        m_runs.begin(), m_runs.end(), [&id](const Run &r) { return r.job.id == id; });
    return it == m_runs.end() ? nullptr : &*it;
}

const SyncRunner::Run *SyncRunner::find(const QString &id) const
{
    return const_cast<SyncRunner *>(this)->find(id);
}

QList<SyncJob> SyncRunner::jobs() const
{
    QList<SyncJob> out;
    out.reserve(qsizetype(m_runs.size()));
    for (const Run &r : m_runs)
        out.append(r.job);
    return out;
}

std::optional<SyncJob> SyncRunner::job(const QString &id) const
{
    if (const Run *r = find(id))
        return r->job;
    return std::nullopt;
}

int SyncRunner::runningCount() const
{
    return int(std::count_if(m_runs.begin(), m_runs.end(),
        [](const Run &r) { return r.job.state == SyncState::Running; }));
}

QString SyncRunner::stateText(const SyncJob &job)
{
    return u"%1 is %2"_s.arg(job.id, syncStateName(job.state));
}

SyncJob SyncRunner::start(const QString &name, const QString &integration, qint64 total,
    int pageSize, double itemsPerSecond)
{
    const qint64 now = m_clock.nowMs();
    Run run;
    SyncJob &j = run.job;
    j.id = u"sync-%1"_s.arg(m_nextId++);
    j.name = name;
    j.integration = integration;
    j.state = SyncState::Queued;
    j.total = std::max<qint64>(0, total);
    j.pageSize = std::max(1, pageSize);
    j.pages = pageCount(j.total, j.pageSize);
    j.itemsPerSecond = itemsPerSecond > 0 ? itemsPerSecond : m_options.defaultItemsPerSecond;
    j.createdMs = now;
    const QString id = j.id;
    m_runs.push_back(std::move(run));
    const QList<QString> promoted = promoteQueued(now);
    reportPromotions(promoted, id);
    return find(id)->job;
}

void SyncRunner::beginRunning(Run &run, qint64 now)
{
    SyncJob &j = run.job;
    j.state = SyncState::Running;
    if (!j.startedMs)
        j.startedMs = now;
    if (j.page == 0 && j.total > 0)
        j.page = 1;
    run.activeMs = 0;
    run.doneInRun = 0;
    run.lastAdvanceMs = now;
    run.samples.clear();
    run.samples.emplace_back(now, j.processed);
}

QList<QString> SyncRunner::promoteQueued(qint64 now)
{
    QList<QString> promoted;
    int running = runningCount();
    for (Run &r : m_runs) {
        if (running >= m_options.maxRunning)
            break;
        if (r.job.state == SyncState::Queued) {
            beginRunning(r, now);
            promoted.append(r.job.id);
            ++running;
        }
    }
    return promoted;
}

void SyncRunner::reportPromotions(const QList<QString> &ids, const QString &except)
{
    if (!m_onUpdated)
        return;
    // Copies first: a callback may start jobs and move the runs.
    QList<SyncJob> changed;
    for (const QString &id : ids)
        if (id != except)
            changed.append(find(id)->job);
    for (const SyncJob &j : std::as_const(changed))
        m_onUpdated(j);
}

void SyncRunner::advance()
{
    const qint64 now = m_clock.nowMs();
    QList<SyncJob> updated;
    QList<std::pair<SyncJob, int>> milestones;
    // Jobs promoted here have no elapsed time yet; they report their start and process from the
    // next call.
    for (const QString &id : promoteQueued(now))
        updated.append(find(id)->job);

    bool finishedAny = false;
    for (Run &r : m_runs) {
        if (r.job.state != SyncState::Running || r.lastAdvanceMs == now)
            continue;
        const qint64 before = r.job.processed;
        process(r, now);
        if (r.job.processed == r.job.total) {
            finish(r, now);
            finishedAny = true;
        }
        if (r.job.processed == before && r.job.state == SyncState::Running)
            continue;
        const QList<int> reached = reachMilestones(r.job);
        updated.append(r.job);
        for (int percent : reached)
            milestones.append({ r.job, percent });
    }
    if (finishedAny) {
        for (const QString &id : promoteQueued(now))
            updated.append(find(id)->job);
    }

    if (m_onUpdated)
        for (const SyncJob &j : std::as_const(updated))
            m_onUpdated(j);
    if (m_onMilestone)
        for (const auto &[j, percent] : std::as_const(milestones))
            m_onMilestone(j, percent);
}

void SyncRunner::process(Run &run, qint64 now)
{
    SyncJob &j = run.job;
    const qint64 elapsed = std::clamp<qint64>(now - run.lastAdvanceMs, 0, m_options.maxCatchUpMs);
    run.lastAdvanceMs = now;
    // Items due since the run began, not per call: per-call fractions would drift with rounding.
    run.activeMs += elapsed;
    const qint64 due = qint64(std::floor(double(run.activeMs) * j.itemsPerSecond / 1000.0 + 1e-9))
        - run.doneInRun;
    const qint64 count = std::clamp<qint64>(due, 0, j.total - j.processed);
    run.doneInRun += count;

    for (qint64 i = 0; i < count; ++i) {
        const QString messageId = j.id + u"-item-"_s + QString::number(j.processed + 1);
        if (!m_upstream.call(j.integration, messageId).ok)
            ++j.failed;
        ++j.processed;
    }
    j.page = j.total == 0 ? 0 : int(std::min<qint64>(j.pages, j.processed / j.pageSize + 1));
    measure(run, now);
}

void SyncRunner::measure(Run &run, qint64 now)
{
    SyncJob &j = run.job;
    run.samples.emplace_back(now, j.processed);
    // Keep one sample at or before the window's start so the window stays full.
    const qint64 windowStart = now - m_options.throughputWindowMs;
    while (run.samples.size() > 1 && run.samples[1].first <= windowStart)
        run.samples.pop_front();
    const auto &[since, processedThen] = run.samples.front();
    j.throughput
        = now > since ? double(j.processed - processedThen) * 1000.0 / double(now - since) : 0;
    const qint64 remaining = j.total - j.processed;
    j.etaSeconds = remaining == 0 ? 0
        : j.throughput > 0        ? qint64(std::ceil(double(remaining) / j.throughput))
                                  : -1;
}

void SyncRunner::finish(Run &run, qint64 now)
{
    SyncJob &j = run.job;
    j.finishedMs = now;
    j.etaSeconds = 0;
    if (j.total > 0 && double(j.failed) > m_options.maxFailedFraction * double(j.total)) {
        j.state = SyncState::Failed;
        j.error = u"%1 of %2 items failed (%3%, more than the %4% allowed)"_s.arg(j.failed)
                      .arg(j.total)
                      .arg(QString::number(100.0 * double(j.failed) / double(j.total), 'f', 1),
                          QString::number(100 * m_options.maxFailedFraction, 'g', 4));
    } else {
        j.state = SyncState::Succeeded;
    }
    run.samples.clear();
}

QList<int> SyncRunner::reachMilestones(SyncJob &job) const
{
    QList<int> reached;
    if (job.total <= 0)
        return reached;
    for (int percent : milestonePercents) {
        if (job.processed * 100 >= percent * job.total && !job.milestones.contains(percent)) {
            job.milestones.append(percent);
            reached.append(percent);
        }
    }
    return reached;
}

std::optional<QString> SyncRunner::cancel(const QString &id)
{
    Run *r = find(id);
    if (!r)
        return u"there is no sync job %1"_s.arg(id);
    if (isFinished(r->job.state))
        return u"%1 has already finished (%2)"_s.arg(id, syncStateName(r->job.state));
    r->job.state = SyncState::Cancelled;
    r->job.finishedMs = m_clock.nowMs();
    r->job.throughput = 0;
    r->job.etaSeconds = -1;
    r->samples.clear();
    return std::nullopt;
}

std::optional<QString> SyncRunner::pause(const QString &id)
{
    Run *r = find(id);
    if (!r)
        return u"there is no sync job %1"_s.arg(id);
    if (r->job.state != SyncState::Running && r->job.state != SyncState::Queued)
        return stateText(r->job) + u"; only a queued or running job can be paused"_s;
    r->job.state = SyncState::Paused;
    r->job.throughput = 0;
    r->job.etaSeconds = -1;
    r->samples.clear();
    return std::nullopt;
}

std::optional<QString> SyncRunner::resume(const QString &id)
{
    Run *r = find(id);
    if (!r)
        return u"there is no sync job %1"_s.arg(id);
    if (r->job.state != SyncState::Paused)
        return stateText(r->job) + u"; only a paused job can be resumed"_s;
    r->job.state = SyncState::Queued;
    reportPromotions(promoteQueued(m_clock.nowMs()), id);
    return std::nullopt;
}

std::variant<SyncJob, QString> SyncRunner::retryFailed(const QString &id)
{
    const Run *r = find(id);
    if (!r)
        return u"there is no sync job %1"_s.arg(id);
    if (!isFinished(r->job.state))
        return stateText(r->job) + u"; its failed items can be retried when it has finished"_s;
    if (r->job.failed == 0)
        return u"%1 has no failed items to retry"_s.arg(id);
    const SyncJob original = r->job; // start() may move the runs
    return start(u"%1 (retry of %2)"_s.arg(original.name, original.id), original.integration,
        original.failed, original.pageSize, original.itemsPerSecond);
}

void SyncRunner::restore(const QList<SyncJob> &jobs)
{
    const qint64 now = m_clock.nowMs();
    m_runs.clear();
    for (const SyncJob &job : jobs) {
        Run run;
        run.job = job;
        SyncJob &j = run.job;
        j.pageSize = std::max(1, j.pageSize);
        if (!(j.itemsPerSecond > 0))
            j.itemsPerSecond = j.throughput > 0 ? j.throughput : m_options.defaultItemsPerSecond;
        if (j.state == SyncState::Running)
            beginRunning(run, now);
        m_nextId = std::max(m_nextId, idNumber(j.id) + 1);
        m_runs.push_back(std::move(run));
    }
    // Queue order is creation order, whatever order the store returned.
    std::stable_sort(m_runs.begin(), m_runs.end(), [](const Run &a, const Run &b) {
        return std::pair(a.job.createdMs, idNumber(a.job.id))
            < std::pair(b.job.createdMs, idNumber(b.job.id));
    });
}
