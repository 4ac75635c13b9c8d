// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"

#include "core/wiretime.h"

using namespace Qt::StringLiterals;

namespace {

/** What this connector implements; the server may offer less (see capabilities()). */
constexpr Capabilities implemented = Capabilities(Capability::Metrics) | Capability::Syncs
    | Capability::DeadLetters | Capability::Breakers | Capability::Events | Capability::Operations;

QString segment(const QString &pathPart)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(pathPart));
}

HttpClient::Request get(const QString &path, const QUrlQuery &query = {})
{
    return { "GET", path, query, std::nullopt };
}

HttpClient::Request post(const QString &path, const QJsonObject &body)
{
    return { "POST", path, {}, body };
}

} // namespace

OpsApiBackend::OpsApiBackend(const QUrl &baseUrl, const QByteArray &token, QObject *parent)
    : Backend(parent)
    , m_baseUrl(baseUrl)
    , m_http(new HttpClient(baseUrl, this))
    , m_events(new EventStream(baseUrl, this))
{
    m_http->setBearerToken(token);
    m_events->setBearerToken(token);
    connect(m_http, &HttpClient::answered, this, &OpsApiBackend::onAnswered);
    connect(m_http, &HttpClient::unreachable, this, &OpsApiBackend::onUnreachable);
    connect(m_events, &EventStream::stateChanged, this, &OpsApiBackend::onEventState);
    connect(m_events, &EventStream::eventsReceived, this, &Backend::eventsReceived);
    connect(m_events, &EventStream::resyncRequired, this, &Backend::resyncRequired);
}

OpsApiBackend::~OpsApiBackend() = default;

Capabilities OpsApiBackend::capabilities() const
{
    return m_info ? implemented & capabilitiesFromNames(m_info->capabilities) : implemented;
}

QString OpsApiBackend::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    return m_baseUrl.port() > 0 ? u"%1:%2"_s.arg(m_baseUrl.host()).arg(m_baseUrl.port())
                                : m_baseUrl.host();
}

void OpsApiBackend::open()
{
    m_http->cancel(m_openRequest);
    setConnectionState(ConnectionState::Connecting, tr("Checking %1").arg(displayName()));
    m_openRequest = fetchInfo(this, [this](const Result<BackendInfo> &r) { onInfo(r); });
}

void OpsApiBackend::onInfo(const Result<BackendInfo> &result)
{
    m_openRequest = 0;
    if (!result.ok()) {
        switch (result.error().kind) {
        case BackendError::Kind::Network:
        case BackendError::Kind::Timeout:
        case BackendError::Kind::Http:
        case BackendError::Kind::Cancelled:
            setConnectionState(ConnectionState::Unreachable, result.error().message);
            break;
        default:
            // A refused token, or something that is not an Ops API server at all.
            setConnectionState(ConnectionState::Refused, result.error().message);
        }
        return;
    }
    const BackendInfo &info = result.value();
    if (info.apiVersion.section(u'.', 0, 0) != u"1") {
        setConnectionState(ConnectionState::Refused,
            tr("%1 speaks Ops API version %2; this console speaks version 1")
                .arg(displayName(), info.apiVersion));
        return;
    }
    m_info = info;
    setConnectionState(ConnectionState::Connected,
        tr("%1 %2, signed in as %3").arg(info.name, info.version, info.role));
}

void OpsApiBackend::close()
{
    m_openRequest = 0;
    m_http->cancelAll();
    m_events->stop();
    setConnectionState(ConnectionState::Disconnected);
}

void OpsApiBackend::cancel(RequestId id)
{
    m_http->cancel(id);
    Backend::cancel(id);
}

void OpsApiBackend::onAnswered(int httpStatus, const QString &message)
{
    if (httpStatus == 401 && connectionState() != ConnectionState::Disconnected) {
        setConnectionState(ConnectionState::Refused, message);
        return;
    }
    const bool eventsDown = m_events->state() == EventStream::State::Waiting;
    if (connectionState() == ConnectionState::Unreachable && m_info && !eventsDown)
        setConnectionState(ConnectionState::Connected);
}

void OpsApiBackend::onUnreachable(const QString &message)
{
    if (connectionState() == ConnectionState::Connected)
        setConnectionState(ConnectionState::Unreachable, message);
}

void OpsApiBackend::onEventState(EventStream::State state, const QString &detail)
{
    if (state == EventStream::State::Waiting && connectionState() == ConnectionState::Connected)
        setConnectionState(ConnectionState::Unreachable, detail);
    else if (state == EventStream::State::Connected
        && connectionState() == ConnectionState::Unreachable && m_info)
        setConnectionState(ConnectionState::Connected);
}

template<class T>
Backend::RequestId OpsApiBackend::requestJson(const HttpClient::Request &request, QObject *context,
    Callback<T> done, HttpClient::Decoder<T> decode)
{
    return m_http->sendJson<T>(request, context, std::move(decode), std::move(done));
}

template<class T>
Backend::RequestId OpsApiBackend::requestObject(
    Capability needed, const HttpClient::Request &request, QObject *context, Callback<T> done)
{
    if (!has(needed))
        return answerUnsupported(context, std::move(done), needed);
    return requestJson<T>(
        request, context, std::move(done), [](const QJsonDocument &doc) -> std::optional<T> {
            return doc.isObject() ? T::fromJson(doc.object()) : std::nullopt;
        });
}

template<class T>
Backend::RequestId OpsApiBackend::requestList(Capability needed, const HttpClient::Request &request,
    QObject *context, Callback<QList<T>> done)
{
    if (!has(needed))
        return answerUnsupported(context, std::move(done), needed);
    return requestJson<QList<T>>(
        request, context, std::move(done), [](const QJsonDocument &doc) -> std::optional<QList<T>> {
            QList<T> items;
            if (!itemsFromJson(doc.object(), items))
                return std::nullopt;
            return items;
        });
}

Backend::RequestId OpsApiBackend::fetchInfo(QObject *context, Callback<BackendInfo> done)
{
    // Always answered: it is how we learn the capabilities.
    return requestJson<BackendInfo>(get(u"/ops/v1/info"_s), context, std::move(done),
        [](const QJsonDocument &doc) { return BackendInfo::fromJson(doc.object()); });
}

Backend::RequestId OpsApiBackend::fetchMetrics(QObject *context, Callback<QByteArray> done)
{
    if (!has(Capability::Metrics))
        return answerUnsupported(context, std::move(done), Capability::Metrics);
    HttpClient::Request request = get(u"/metrics"_s);
    request.authenticated = false; // /metrics is public; the token stays where it is needed
    return m_http->sendRaw(request, context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchBreakers(
    QObject *context, Callback<QList<BreakerSnapshot>> done)
{
    return requestList<BreakerSnapshot>(
        Capability::Breakers, get(u"/ops/v1/breakers"_s), context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchBreaker(
    const QString &name, QObject *context, Callback<BreakerSnapshot> done)
{
    return requestObject<BreakerSnapshot>(Capability::Breakers,
        get(u"/ops/v1/breakers/"_s + segment(name)), context, std::move(done));
}

Backend::RequestId OpsApiBackend::actOnBreaker(const QString &name, BreakerAction action,
    const QString &reason, QObject *context, Callback<BreakerSnapshot> done)
{
    return requestObject<BreakerSnapshot>(Capability::Breakers,
        post(u"/ops/v1/breakers/"_s + segment(name) + u'/' + breakerActionName(action),
            QJsonObject { { u"reason"_s, reason } }),
        context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchSyncs(QObject *context, Callback<QList<SyncJob>> done)
{
    return requestList<SyncJob>(
        Capability::Syncs, get(u"/ops/v1/syncs"_s), context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchSync(
    const QString &id, QObject *context, Callback<SyncJob> done)
{
    return requestObject<SyncJob>(
        Capability::Syncs, get(u"/ops/v1/syncs/"_s + segment(id)), context, std::move(done));
}

Backend::RequestId OpsApiBackend::startSync(
    const SyncRequest &request, QObject *context, Callback<SyncJob> done)
{
    return requestObject<SyncJob>(
        Capability::Syncs, post(u"/ops/v1/syncs"_s, request.toJson()), context, std::move(done));
}

Backend::RequestId OpsApiBackend::actOnSync(const QString &id, SyncAction action,
    const QString &reason, QObject *context, Callback<SyncJob> done)
{
    return requestObject<SyncJob>(Capability::Syncs,
        post(u"/ops/v1/syncs/"_s + segment(id) + u'/' + syncActionName(action),
            QJsonObject { { u"reason"_s, reason } }),
        context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchDeadLetters(
    const DeadLetterPageRequest &request, QObject *context, Callback<DeadLetterPage> done)
{
    QUrlQuery query;
    if (!request.text.isEmpty())
        query.addQueryItem(u"q"_s, request.text);
    if (request.limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(request.limit));
    if (!request.cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, request.cursor);
    return requestObject<DeadLetterPage>(
        Capability::DeadLetters, get(u"/ops/v1/deadletters"_s, query), context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchDeadLetterGroups(
    const QString &text, QObject *context, Callback<DeadLetterGroups> done)
{
    QUrlQuery query;
    if (!text.isEmpty())
        query.addQueryItem(u"q"_s, text);
    return requestObject<DeadLetterGroups>(Capability::DeadLetters,
        get(u"/ops/v1/deadletters/groups"_s, query), context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchDeadLetter(
    qint64 id, QObject *context, Callback<DeadLetter> done)
{
    return requestObject<DeadLetter>(Capability::DeadLetters,
        get(u"/ops/v1/deadletters/"_s + QString::number(id)), context, std::move(done));
}

// ---- history (reports, snapshots)
Backend::RequestId OpsApiBackend::fetchMetricHistory(
    const MetricHistoryRequest &request, QObject *context, Callback<MetricHistory> done)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, WireTime::format(request.fromMs));
    query.addQueryItem(u"to"_s, WireTime::format(request.toMs));
    if (request.stepMs > 0)
        query.addQueryItem(u"step"_s, QString::number(std::max<qint64>(request.stepMs / 1000, 1)));
    return requestObject<MetricHistory>(
        Capability::Metrics, get(u"/ops/v1/metrics/history"_s, query), context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchBreakerTransitions(
    qint64 fromMs, qint64 toMs, QObject *context, Callback<BreakerTransitionLog> done)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, WireTime::format(fromMs));
    query.addQueryItem(u"to"_s, WireTime::format(toMs));
    return requestObject<BreakerTransitionLog>(Capability::Breakers,
        get(u"/ops/v1/breakers/transitions"_s, query), context, std::move(done));
}
// ---- end of history

Backend::RequestId OpsApiBackend::retryDeadLetter(qint64 id, const QString &reason,
    const std::optional<QByteArray> &editedPayload, QObject *context,
    Callback<DeadLetterRetry> done)
{
    QJsonObject body { { u"reason"_s, reason } };
    if (editedPayload)
        body.insert(u"payload"_s, QString::fromUtf8(*editedPayload));
    return requestObject<DeadLetterRetry>(Capability::DeadLetters,
        post(u"/ops/v1/deadletters/%1/retry"_s.arg(id), body), context, std::move(done));
}

Backend::RequestId OpsApiBackend::deleteDeadLetter(
    qint64 id, const QString &reason, QObject *context, Callback<DeadLetterDeletion> done)
{
    HttpClient::Request request { "DELETE", u"/ops/v1/deadletters/"_s + QString::number(id),
        QUrlQuery { { u"reason"_s, reason } }, std::nullopt };
    return requestObject<DeadLetterDeletion>(
        Capability::DeadLetters, request, context, std::move(done));
}

// --- bulk operations ---------------------------------------------------------------------------

Backend::RequestId OpsApiBackend::planOperation(
    const OperationRequest &request, QObject *context, Callback<OperationPlan> done)
{
    OperationRequest dryRun = request;
    dryRun.dryRun = true;
    return requestObject<OperationPlan>(Capability::Operations,
        post(u"/ops/v1/operations"_s, dryRun.toJson()), context, std::move(done));
}

Backend::RequestId OpsApiBackend::startOperation(
    const OperationRequest &request, QObject *context, Callback<Operation> done)
{
    // A start must never turn into a dry run (or the reverse) because of a caller's leftover flag.
    OperationRequest start = request;
    start.dryRun = false;
    return requestObject<Operation>(Capability::Operations,
        post(u"/ops/v1/operations"_s, start.toJson()), context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchOperations(QObject *context, Callback<QList<Operation>> done)
{
    return requestList<Operation>(
        Capability::Operations, get(u"/ops/v1/operations"_s), context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchOperation(
    const QString &id, QObject *context, Callback<Operation> done)
{
    return requestObject<Operation>(Capability::Operations,
        get(u"/ops/v1/operations/"_s + segment(id)), context, std::move(done));
}

Backend::RequestId OpsApiBackend::actOnOperation(
    const QString &id, OperationAction action, QObject *context, Callback<Operation> done)
{
    return requestObject<Operation>(Capability::Operations,
        post(u"/ops/v1/operations/"_s + segment(id) + u'/' + operationActionName(action),
            QJsonObject {}),
        context, std::move(done));
}

Backend::RequestId OpsApiBackend::fetchOperationItems(
    const OperationItemsRequest &request, QObject *context, Callback<OperationItemPage> done)
{
    if (!has(Capability::Operations))
        return answerUnsupported(context, std::move(done), Capability::Operations);
    QUrlQuery query;
    if (request.outcome)
        query.addQueryItem(u"outcome"_s, operationItemOutcomeName(*request.outcome));
    if (!request.cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, request.cursor);
    if (request.limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(request.limit));
    return requestJson<OperationItemPage>(
        get(u"/ops/v1/operations/"_s + segment(request.operationId) + u"/items"_s, query), context,
        std::move(done), [](const QJsonDocument &doc) -> std::optional<OperationItemPage> {
            OperationItemPage page;
            if (!itemsFromJson(doc.object(), page.items))
                return std::nullopt;
            page.nextCursor = doc.object().value(u"nextCursor"_s).toString();
            return page;
        });
}

void OpsApiBackend::startEvents(qint64 since)
{
    if (has(Capability::Events))
        m_events->start(since);
}

void OpsApiBackend::stopEvents()
{
    m_events->stop();
}

qint64 OpsApiBackend::lastSeq() const
{
    return std::max<qint64>(0, m_events->lastSeq());
}
