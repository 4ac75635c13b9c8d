// SPDX-License-Identifier: MIT
#pragma once

#include "backends/eventstream.h"
#include "backends/httpclient.h"
#include "core/backend.h"

#include <QUrl>
#include <optional>

/**
 * The native connector: a Backend over the Ops API v1 (docs/ops-api.md),
 * with HttpClient for requests and EventStream for live events.
 *
 * Before open() has answered it offers everything the Ops API can; once
 * /ops/v1/info answered, what the server lists. Connection state follows
 * both channels: a request that gets no answer or an event stream that is
 * reconnecting makes it Unreachable, the next answer makes it Connected
 * again, a 401 makes it Refused.
 */
class OpsApiBackend : public Backend {
    Q_OBJECT
public:
    /** `baseUrl`: the server root ("https://ops.example.com"); `token`: the bearer secret. */
    OpsApiBackend(const QUrl &baseUrl, const QByteArray &token, QObject *parent = nullptr);
    ~OpsApiBackend() override;

    /** A name for people ("prod"); by default host:port. */
    void setDisplayName(const QString &name) { m_displayName = name; }
    void setHttpLimits(const HttpClient::Limits &limits) { m_http->setLimits(limits); }
    void setEventOptions(const EventStream::Options &options) { m_events->setOptions(options); }
    /** What the server said about itself at the last successful open(). */
    std::optional<BackendInfo> info() const { return m_info; }

    Capabilities capabilities() const override;
    QString displayName() const override;
    void open() override;
    void close() override;
    void cancel(RequestId id) override;

    RequestId fetchInfo(QObject *context, Callback<BackendInfo> done) override;
    RequestId fetchMetrics(QObject *context, Callback<QByteArray> done) override;
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
    // ---- history (reports, snapshots)
    RequestId fetchMetricHistory(const MetricHistoryRequest &request, QObject *context,
        Callback<MetricHistory> done) override;
    RequestId fetchBreakerTransitions(
        qint64 fromMs, qint64 toMs, QObject *context, Callback<BreakerTransitionLog> done) override;
    RequestId retryDeadLetter(qint64 id, const QString &reason,
        const std::optional<QByteArray> &editedPayload, QObject *context,
        Callback<DeadLetterRetry> done) override;
    RequestId deleteDeadLetter(qint64 id, const QString &reason, QObject *context,
        Callback<DeadLetterDeletion> done) override;

    // Bulk operations (/ops/v1/operations).
    RequestId planOperation(
        const OperationRequest &request, QObject *context, Callback<OperationPlan> done) override;
    RequestId startOperation(
        const OperationRequest &request, QObject *context, Callback<Operation> done) override;
    RequestId fetchOperations(QObject *context, Callback<QList<Operation>> done) override;
    RequestId fetchOperation(
        const QString &id, QObject *context, Callback<Operation> done) override;
    RequestId actOnOperation(const QString &id, OperationAction action, QObject *context,
        Callback<Operation> done) override;
    RequestId fetchOperationItems(const OperationItemsRequest &request, QObject *context,
        Callback<OperationItemPage> done) override;

    void startEvents(qint64 since) override;
    void stopEvents() override;
    qint64 lastSeq() const override;

private:
    template<class T>
    RequestId requestJson(const HttpClient::Request &request, QObject *context, Callback<T> done,
        HttpClient::Decoder<T> decode);
    /** Sends `request` when the server offers `needed`, else answers Unsupported. */
    template<class T>
    RequestId requestObject(
        Capability needed, const HttpClient::Request &request, QObject *context, Callback<T> done);
    template<class T>
    RequestId requestList(Capability needed, const HttpClient::Request &request, QObject *context,
        Callback<QList<T>> done);

    void onInfo(const Result<BackendInfo> &result);
    void onAnswered(int httpStatus, const QString &message);
    void onUnreachable(const QString &message);
    void onEventState(EventStream::State state, const QString &detail);

    QUrl m_baseUrl;
    HttpClient *m_http;
    EventStream *m_events;
    QString m_displayName;
    std::optional<BackendInfo> m_info;
    RequestId m_openRequest = 0;
};
