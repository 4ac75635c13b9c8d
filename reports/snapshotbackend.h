// SPDX-License-Identifier: MIT
#pragma once

#include "core/backend.h"
#include "reports/snapshotfile.h"

#include <QHash>

/**
 * A read-only Backend over an offline snapshot (SnapshotFile): what the
 * console shows when there is no access to the back end the snapshot was
 * taken from.
 *
 * Capabilities: Metrics, Syncs, DeadLetters and Breakers; never Events or
 * Operations, and no live /metrics (fetchMetrics() answers Unsupported; the
 * charts come from fetchMetricHistory()). open() connects at once
 * (Connected): there is nothing to reach. Every answer is computed from the
 * snapshot and delivered later, as a network back end would.
 *
 * Dead letters: fetchDeadLetters() pages the snapshot's summaries (newest
 * first, like the Ops API) filtered with the shared query syntax
 * (DeadLetterQuery::matches(); `since:` counts back from when the snapshot
 * was taken); fetchDeadLetterGroups() counts by fingerprint over the same
 * filter. fetchDeadLetter() gives the whole letter for a group's samples; for
 * any other letter the summary, whose payload says it was not captured.
 *
 * Every mutating call answers Forbidden ("offline snapshot: read-only").
 */
class SnapshotBackend : public Backend {
    Q_OBJECT
public:
    explicit SnapshotBackend(Snapshot snapshot, QObject *parent = nullptr);
    ~SnapshotBackend() override;

    const SnapshotHeader &header() const { return m_snapshot.header; }
    const ReportData &data() const { return m_snapshot.data; }
    /** The page size when a request asks for none, and the largest it may ask for. */
    static constexpr int defaultPageSize = 100;
    static constexpr int maxPageSize = 1000;

    /** The placeholder payload of a letter whose payload the snapshot did not keep. */
    static QByteArray payloadNotCaptured();
    /** The message every mutating call is refused with. */
    static QString readOnlyMessage();

    Capabilities capabilities() const override;
    /** "name (offline snapshot)". */
    QString displayName() const override;

    void open() override;
    void close() override;

    RequestId fetchInfo(QObject *context, Callback<BackendInfo> done) override;
    RequestId fetchBreakers(QObject *context, Callback<QList<BreakerSnapshot>> done) override;
    RequestId fetchBreaker(
        const QString &name, QObject *context, Callback<BreakerSnapshot> done) override;
    RequestId actOnBreaker(const QString &name, BreakerAction action, const QString &reason,
        QObject *context, Callback<BreakerSnapshot> done) override;

    RequestId fetchSyncs(QObject *context, Callback<QList<SyncJob>> done) override;
    RequestId fetchSync(const QString &id, QObject *context, Callback<SyncJob> done) override;
    RequestId startSync(
        const SyncRequest &request, QObject *context, Callback<SyncJob> done) override;
    RequestId actOnSync(const QString &id, SyncAction action, const QString &reason,
        QObject *context, Callback<SyncJob> done) override;

    RequestId fetchDeadLetters(const DeadLetterPageRequest &request, QObject *context,
        Callback<DeadLetterPage> done) override;
    RequestId fetchDeadLetterGroups(
        const QString &text, QObject *context, Callback<DeadLetterGroups> done) override;
    RequestId fetchDeadLetter(qint64 id, QObject *context, Callback<DeadLetter> done) override;
    RequestId retryDeadLetter(qint64 id, const QString &reason,
        const std::optional<QByteArray> &editedPayload, QObject *context,
        Callback<DeadLetterRetry> done) override;
    RequestId deleteDeadLetter(qint64 id, const QString &reason, QObject *context,
        Callback<DeadLetterDeletion> done) override;

    RequestId fetchMetricHistory(const MetricHistoryRequest &request, QObject *context,
        Callback<MetricHistory> done) override;
    RequestId fetchBreakerTransitions(
        qint64 fromMs, qint64 toMs, QObject *context, Callback<BreakerTransitionLog> done) override;

    RequestId planOperation(
        const OperationRequest &request, QObject *context, Callback<OperationPlan> done) override;
    RequestId startOperation(
        const OperationRequest &request, QObject *context, Callback<Operation> done) override;
    RequestId actOnOperation(const QString &id, OperationAction action, QObject *context,
        Callback<Operation> done) override;

private:
    template<class T> RequestId refuse(QObject *context, Callback<T> done);
    /** The letters matching `text`, newest first; an error when it does not parse. */
    std::variant<QList<const DeadLetter *>, BackendError> matching(const QString &text) const;

    Snapshot m_snapshot;
    QHash<qint64, qsizetype> m_sampleById; ///< index into data().samples
    QHash<qint64, qsizetype> m_summaryById; ///< index into data().deadLetters
};
