// SPDX-License-Identifier: MIT
#include "reports/snapshotbackend.h"

#include "core/deadletterquery.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool inRange(qint64 timeMs, qint64 fromMs, qint64 toMs)
{
    return timeMs >= fromMs && timeMs <= toMs;
}

BackendError errorOf(BackendError::Kind kind, int status, const QString &message)
{
    BackendError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
    return e;
}

} // namespace

SnapshotBackend::SnapshotBackend(Snapshot snapshot, QObject *parent)
    : Backend(parent)
    , m_snapshot(std::move(snapshot))
{
    // Newest first by id, as the Ops API pages them; cursors are ids.
    QList<DeadLetter> &letters = m_snapshot.data.deadLetters;
    std::stable_sort(letters.begin(), letters.end(),
        [](const DeadLetter &a, const DeadLetter &b) { return a.id > b.id; });
    for (qsizetype i = 0; i < letters.size(); ++i)
        m_summaryById.insert(letters.at(i).id, i);
    const QList<DeadLetter> &samples = m_snapshot.data.samples;
    for (qsizetype i = 0; i < samples.size(); ++i)
        m_sampleById.insert(samples.at(i).id, i);
}

SnapshotBackend::~SnapshotBackend() = default;

QByteArray SnapshotBackend::payloadNotCaptured()
{
    return tr("(Not captured: this offline snapshot keeps the payload and headers of %n sample "
              "letter(s) per "
              "group only.)",
        nullptr, ReportData::samplesPerGroup)
        .toUtf8();
}

QString SnapshotBackend::readOnlyMessage()
{
    return tr("Offline snapshot: read-only. Nothing can be changed in a snapshot; connect to the "
              "back end to act.");
}

Capabilities SnapshotBackend::capabilities() const
{
    return Capability::Metrics | Capability::Syncs | Capability::DeadLetters | Capability::Breakers;
}

QString SnapshotBackend::displayName() const
{
    const QString name = m_snapshot.header.sourceName.isEmpty() ? m_snapshot.data.backendName
                                                                : m_snapshot.header.sourceName;
    return tr("%1 (offline snapshot)").arg(name);
}

void SnapshotBackend::open()
{
    setConnectionState(ConnectionState::Connected, tr("Offline snapshot: nothing here is live."));
}

void SnapshotBackend::close()
{
    setConnectionState(ConnectionState::Disconnected);
}

template<class T> Backend::RequestId SnapshotBackend::refuse(QObject *context, Callback<T> done)
{
    return answerLater<T>(
        context, std::move(done), errorOf(BackendError::Kind::Forbidden, 0, readOnlyMessage()));
}

// --- reads ------------------------------------------------------------------------------------

Backend::RequestId SnapshotBackend::fetchInfo(QObject *context, Callback<BackendInfo> done)
{
    BackendInfo info = m_snapshot.data.info;
    if (info.name.isEmpty())
        info.name = m_snapshot.data.backendName;
    // What this back end offers now, not what the live one did.
    info.capabilities = { capabilityName(Capability::Metrics), capabilityName(Capability::Syncs),
        capabilityName(Capability::DeadLetters), capabilityName(Capability::Breakers) };
    info.serverTimeMs = m_snapshot.data.generatedMs;
    return answerLater<BackendInfo>(context, std::move(done), info);
}

Backend::RequestId SnapshotBackend::fetchBreakers(
    QObject *context, Callback<QList<BreakerSnapshot>> done)
{
    return answerLater<QList<BreakerSnapshot>>(context, std::move(done), m_snapshot.data.breakers);
}

Backend::RequestId SnapshotBackend::fetchBreaker(
    const QString &name, QObject *context, Callback<BreakerSnapshot> done)
{
    for (const BreakerSnapshot &b : std::as_const(m_snapshot.data.breakers)) {
        if (b.name == name)
            return answerLater<BreakerSnapshot>(context, std::move(done), b);
    }
    return answerLater<BreakerSnapshot>(context, std::move(done),
        errorOf(BackendError::Kind::NotFound, 404,
            tr("The snapshot has no breaker named %1.").arg(name)));
}

Backend::RequestId SnapshotBackend::fetchSyncs(QObject *context, Callback<QList<SyncJob>> done)
{
    return answerLater<QList<SyncJob>>(context, std::move(done), m_snapshot.data.syncs);
}

Backend::RequestId SnapshotBackend::fetchSync(
    const QString &id, QObject *context, Callback<SyncJob> done)
{
    for (const SyncJob &job : std::as_const(m_snapshot.data.syncs)) {
        if (job.id == id)
            return answerLater<SyncJob>(context, std::move(done), job);
    }
    return answerLater<SyncJob>(context, std::move(done),
        errorOf(BackendError::Kind::NotFound, 404, tr("The snapshot has no sync job %1.").arg(id)));
}

std::variant<QList<const DeadLetter *>, BackendError> SnapshotBackend::matching(
    const QString &text) const
{
    // `since:2h` means two hours before the snapshot was taken, not before now.
    const qint64 nowMs
        = m_snapshot.data.generatedMs > 0 ? m_snapshot.data.generatedMs : m_snapshot.data.toMs;
    const auto parsed = DeadLetterQuery::parse(text, nowMs);
    if (const QueryError *bad = std::get_if<QueryError>(&parsed))
        return errorOf(BackendError::Kind::Http, 400, bad->message);
    const DeadLetterQuery &query = std::get<DeadLetterQuery>(parsed);
    QList<const DeadLetter *> letters;
    for (const DeadLetter &letter : std::as_const(m_snapshot.data.deadLetters)) {
        if (query.matches(letter))
            letters.append(&letter);
    }
    return letters;
}

Backend::RequestId SnapshotBackend::fetchDeadLetters(
    const DeadLetterPageRequest &request, QObject *context, Callback<DeadLetterPage> done)
{
    std::optional<qint64> after;
    if (!request.cursor.isEmpty()) {
        bool ok = false;
        after = request.cursor.toLongLong(&ok);
        if (!ok)
            return answerLater<DeadLetterPage>(context, std::move(done),
                errorOf(BackendError::Kind::Http, 400,
                    tr("The cursor \"%1\" does not come from this snapshot.").arg(request.cursor)));
    }
    auto found = matching(request.text);
    if (auto *error = std::get_if<BackendError>(&found))
        return answerLater<DeadLetterPage>(context, std::move(done), *error);
    const QList<const DeadLetter *> &letters = std::get<QList<const DeadLetter *>>(found);

    const int limit
        = std::clamp(request.limit > 0 ? request.limit : defaultPageSize, 1, maxPageSize);
    // Newest first: the first letter older than the cursor starts the page.
    auto it = letters.cbegin();
    if (after)
        it = std::find_if(
            letters.cbegin(), letters.cend(), [&](const DeadLetter *l) { return l->id < *after; });
    DeadLetterPage page;
    for (; it != letters.cend() && page.items.size() < limit; ++it)
        page.items.append(**it);
    if (it != letters.cend() && !page.items.isEmpty())
        page.nextCursor = QString::number(page.items.constLast().id);
    return answerLater<DeadLetterPage>(context, std::move(done), page);
}

Backend::RequestId SnapshotBackend::fetchDeadLetterGroups(
    const QString &text, QObject *context, Callback<DeadLetterGroups> done)
{
    // Unfiltered, the server's own counts: right even when the summaries were capped.
    if (text.trimmed().isEmpty() && !m_snapshot.data.deadLetterGroups.isEmpty()) {
        DeadLetterGroups groups;
        groups.items = m_snapshot.data.deadLetterGroups;
        groups.total = m_snapshot.data.deadLettersInRange;
        if (groups.total <= 0) {
            for (const DeadLetterGroup &g : std::as_const(groups.items))
                groups.total += g.count;
        }
        return answerLater<DeadLetterGroups>(context, std::move(done), groups);
    }
    auto found = matching(text);
    if (auto *error = std::get_if<BackendError>(&found))
        return answerLater<DeadLetterGroups>(context, std::move(done), *error);

    // Letters come newest first, so a group's first letter speaks for it, as on the server.
    QMap<QString, DeadLetterGroup> byFingerprint;
    DeadLetterGroups groups;
    for (const DeadLetter *letter : std::get<QList<const DeadLetter *>>(found)) {
        auto g = byFingerprint.find(letter->fingerprint);
        if (g == byFingerprint.end()) {
            g = byFingerprint.insert(letter->fingerprint,
                DeadLetterGroup { letter->fingerprint, letter->source, letter->error.errorClass,
                    normalisedErrorMessage(letter->error.message), 0, letter->firstFailureMs,
                    letter->lastFailureMs });
        }
        ++g->count;
        g->firstFailureMs = std::min(g->firstFailureMs, letter->firstFailureMs);
        g->lastFailureMs = std::max(g->lastFailureMs, letter->lastFailureMs);
        ++groups.total;
    }
    groups.items = byFingerprint.values();
    std::stable_sort(groups.items.begin(), groups.items.end(),
        [](const DeadLetterGroup &a, const DeadLetterGroup &b) {
            return a.count != b.count ? a.count > b.count : a.fingerprint < b.fingerprint;
        });
    return answerLater<DeadLetterGroups>(context, std::move(done), groups);
}

Backend::RequestId SnapshotBackend::fetchDeadLetter(
    qint64 id, QObject *context, Callback<DeadLetter> done)
{
    if (const auto sample = m_sampleById.constFind(id); sample != m_sampleById.cend())
        return answerLater<DeadLetter>(
            context, std::move(done), m_snapshot.data.samples.at(*sample));
    if (const auto summary = m_summaryById.constFind(id); summary != m_summaryById.cend()) {
        DeadLetter letter = m_snapshot.data.deadLetters.at(*summary);
        letter.payload = payloadNotCaptured();
        letter.headers.clear();
        return answerLater<DeadLetter>(context, std::move(done), letter);
    }
    return answerLater<DeadLetter>(context, std::move(done),
        errorOf(
            BackendError::Kind::NotFound, 404, tr("The snapshot has no dead letter %1.").arg(id)));
}

Backend::RequestId SnapshotBackend::fetchMetricHistory(
    const MetricHistoryRequest &request, QObject *context, Callback<MetricHistory> done)
{
    const MetricHistory &all = m_snapshot.data.metrics;
    MetricHistory history;
    history.fromMs = request.fromMs > 0 ? std::max(request.fromMs, all.fromMs) : all.fromMs;
    history.toMs = request.toMs > 0 ? std::min(request.toMs, all.toMs) : all.toMs;
    // The snapshot's own resolution: there is nothing finer to give, and coarser would lose peaks.
    history.stepMs = all.stepMs;
    for (const MetricHistorySeries &series : all.series) {
        MetricHistorySeries part { series.metric, series.integration, {} };
        for (const MetricPoint &p : series.points) {
            if (inRange(p.timeMs, history.fromMs, history.toMs))
                part.points.append(p);
        }
        history.series.append(std::move(part));
    }
    return answerLater<MetricHistory>(context, std::move(done), history);
}

Backend::RequestId SnapshotBackend::fetchBreakerTransitions(
    qint64 fromMs, qint64 toMs, QObject *context, Callback<BreakerTransitionLog> done)
{
    BreakerTransitionLog log;
    for (const BreakerTransitionLog::Entry &entry : m_snapshot.data.transitions.items) {
        if (inRange(entry.transition.timeMs, fromMs, toMs))
            log.items.append(entry);
    }
    return answerLater<BreakerTransitionLog>(context, std::move(done), log);
}

// --- every change is refused ---------------------------------------------------------------

Backend::RequestId SnapshotBackend::actOnBreaker(const QString &, BreakerAction, const QString &,
    QObject *context, Callback<BreakerSnapshot> done)
{
    return refuse(context, std::move(done));
}

Backend::RequestId SnapshotBackend::startSync(
    const SyncRequest &, QObject *context, Callback<SyncJob> done)
{
    return refuse(context, std::move(done));
}

Backend::RequestId SnapshotBackend::actOnSync(
    const QString &, SyncAction, const QString &, QObject *context, Callback<SyncJob> done)
{
    return refuse(context, std::move(done));
}

Backend::RequestId SnapshotBackend::retryDeadLetter(qint64, const QString &,
    const std::optional<QByteArray> &, QObject *context, Callback<DeadLetterRetry> done)
{
    return refuse(context, std::move(done));
}

Backend::RequestId SnapshotBackend::deleteDeadLetter(
    qint64, const QString &, QObject *context, Callback<DeadLetterDeletion> done)
{
    return refuse(context, std::move(done));
}

Backend::RequestId SnapshotBackend::planOperation(
    const OperationRequest &, QObject *context, Callback<OperationPlan> done)
{
    return refuse(context, std::move(done));
}

Backend::RequestId SnapshotBackend::startOperation(
    const OperationRequest &, QObject *context, Callback<Operation> done)
{
    return refuse(context, std::move(done));
}

Backend::RequestId SnapshotBackend::actOnOperation(
    const QString &, OperationAction, QObject *context, Callback<Operation> done)
{
    return refuse(context, std::move(done));
}
