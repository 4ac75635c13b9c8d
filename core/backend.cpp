// SPDX-License-Identifier: MIT
#include "core/backend.h"

#include <QMetaObject>
#include <atomic>

Backend::Backend(QObject *parent)
    : QObject(parent)
{
}

Backend::~Backend() = default;

Backend::RequestId Backend::newRequestId()
{
    static std::atomic<RequestId> last { 0 };
    return ++last;
}

void Backend::cancel(RequestId id)
{
    m_posted.remove(id);
}

void Backend::setConnectionState(ConnectionState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT connectionStateChanged(state, detail);
}

Backend::RequestId Backend::postAnswer(QObject *context, std::function<void()> deliver)
{
    const RequestId id = newRequestId();
    m_posted.insert(id);
    // Queued on this object (not on the context) so the id is forgotten even
    // when the context is gone by then.
    QMetaObject::invokeMethod(
        this,
        [this, id, guard = QPointer<QObject>(context), deliver = std::move(deliver)] {
            if (m_posted.remove(id) && guard)
                deliver();
        },
        Qt::QueuedConnection);
    return id;
}

Backend::RequestId Backend::fetchMetrics(QObject *context, Callback<QByteArray> done)
{
    return answerUnsupported(context, std::move(done), Capability::Metrics);
}

Backend::RequestId Backend::fetchBreakers(QObject *context, Callback<QList<BreakerSnapshot>> done)
{
    return answerUnsupported(context, std::move(done), Capability::Breakers);
}

Backend::RequestId Backend::fetchBreaker(
    const QString &, QObject *context, Callback<BreakerSnapshot> done)
{
    return answerUnsupported(context, std::move(done), Capability::Breakers);
}

Backend::RequestId Backend::actOnBreaker(const QString &, BreakerAction, const QString &,
    QObject *context, Callback<BreakerSnapshot> done)
{
    return answerUnsupported(context, std::move(done), Capability::Breakers);
}

Backend::RequestId Backend::fetchSyncs(QObject *context, Callback<QList<SyncJob>> done)
{
    return answerUnsupported(context, std::move(done), Capability::Syncs);
}

Backend::RequestId Backend::fetchSync(const QString &, QObject *context, Callback<SyncJob> done)
{
    return answerUnsupported(context, std::move(done), Capability::Syncs);
}

Backend::RequestId Backend::startSync(const SyncRequest &, QObject *context, Callback<SyncJob> done)
{
    return answerUnsupported(context, std::move(done), Capability::Syncs);
}

Backend::RequestId Backend::actOnSync(
    const QString &, SyncAction, const QString &, QObject *context, Callback<SyncJob> done)
{
    return answerUnsupported(context, std::move(done), Capability::Syncs);
}

Backend::RequestId Backend::fetchDeadLetters(
    const DeadLetterPageRequest &, QObject *context, Callback<DeadLetterPage> done)
{
    return answerUnsupported(context, std::move(done), Capability::DeadLetters);
}

Backend::RequestId Backend::fetchDeadLetterGroups(
    const QString &, QObject *context, Callback<DeadLetterGroups> done)
{
    return answerUnsupported(context, std::move(done), Capability::DeadLetters);
}

Backend::RequestId Backend::fetchDeadLetter(qint64, QObject *context, Callback<DeadLetter> done)
{
    return answerUnsupported(context, std::move(done), Capability::DeadLetters);
}

Backend::RequestId Backend::retryDeadLetter(qint64, const QString &,
    const std::optional<QByteArray> &, QObject *context, Callback<DeadLetterRetry> done)
{
    return answerUnsupported(context, std::move(done), Capability::DeadLetters);
}

Backend::RequestId Backend::deleteDeadLetter(
    qint64, const QString &, QObject *context, Callback<DeadLetterDeletion> done)
{
    return answerUnsupported(context, std::move(done), Capability::DeadLetters);
}

Backend::RequestId Backend::fetchMetricHistory(
    const MetricHistoryRequest &, QObject *context, Callback<MetricHistory> done)
{
    return answerUnsupported(context, std::move(done), Capability::Metrics);
}

Backend::RequestId Backend::fetchBreakerTransitions(
    qint64, qint64, QObject *context, Callback<BreakerTransitionLog> done)
{
    return answerUnsupported(context, std::move(done), Capability::Breakers);
}

Backend::RequestId Backend::planOperation(
    const OperationRequest &, QObject *context, Callback<OperationPlan> done)
{
    return answerUnsupported(context, std::move(done), Capability::Operations);
}

Backend::RequestId Backend::startOperation(
    const OperationRequest &, QObject *context, Callback<Operation> done)
{
    return answerUnsupported(context, std::move(done), Capability::Operations);
}

Backend::RequestId Backend::fetchOperations(QObject *context, Callback<QList<Operation>> done)
{
    return answerUnsupported(context, std::move(done), Capability::Operations);
}

Backend::RequestId Backend::fetchOperation(
    const QString &, QObject *context, Callback<Operation> done)
{
    return answerUnsupported(context, std::move(done), Capability::Operations);
}

Backend::RequestId Backend::actOnOperation(
    const QString &, OperationAction, QObject *context, Callback<Operation> done)
{
    return answerUnsupported(context, std::move(done), Capability::Operations);
}

Backend::RequestId Backend::fetchOperationItems(
    const OperationItemsRequest &, QObject *context, Callback<OperationItemPage> done)
{
    return answerUnsupported(context, std::move(done), Capability::Operations);
}

void Backend::startEvents(qint64) { }

void Backend::stopEvents() { }

qint64 Backend::lastSeq() const
{
    return 0;
}
