// SPDX-License-Identifier: MIT
#include "sim/opsapiserver.h"

#include "core/deadletterquery.h"
#include "core/wiretime.h"
#include "sim/breakertransitionhistory.h"
#include "sim/deadletterstore.h"
#include "sim/eventhub.h"
#include "sim/eventlog.h"
#include "sim/httpresponse.h"
#include "sim/httpserver.h"
#include "sim/metrichistoryrecorder.h"
#include "sim/operationroutes.h"
#include "sim/router.h"
#include "sim/simengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using Role = TokenAuth::Role;

namespace {

constexpr int maxReasonLength = 500;
constexpr int defaultPageSize = 100;

HttpResponse problemResponse(const Problem &p)
{
    HttpResponse r = HttpResponse::problem(p);
    if (p.status == 401)
        r.setHeader("WWW-Authenticate", "Bearer realm=\"breakwater\"");
    return r;
}

HttpResponse problemResponse(int status, const QString &detail)
{
    return problemResponse(Problem { status, {}, detail, {} });
}

/** The JSON object body of a request, or the problem to answer. An empty body is an empty object.
 */
std::variant<QJsonObject, Problem> objectBody(const HttpRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject {};
    auto parsed = request.jsonBody();
    if (auto *p = std::get_if<Problem>(&parsed))
        return *p;
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);
    if (!doc.isObject())
        return Problem { 400, {}, u"The body must be a JSON object."_s, {} };
    return doc.object();
}

/** The operator's reason: required, 1..500 characters. */
std::variant<QString, Problem> reasonOf(const QJsonObject &body, const HttpRequest &request)
{
    QString reason = body.value(u"reason"_s).toString();
    if (reason.isEmpty())
        reason = request.queryValue(u"reason"_s);
    reason = reason.trimmed();
    if (reason.isEmpty())
        return Problem { 400, {},
            u"A reason is required: say why in \"reason\" (1 to 500 characters)."_s, {} };
    if (reason.size() > maxReasonLength)
        return Problem { 400, {},
            u"The reason is %1 characters long; at most 500 are kept."_s.arg(reason.size()), {} };
    return reason;
}

Actor actorOf(const TokenAuth::Identity &identity)
{
    return Actor { TokenAuth::roleName(identity.role), identity.tokenId };
}

template<class T>
HttpResponse respond(const SimEngine::Outcome<T> &outcome, int status,
    const std::function<QJsonObject(const T &)> &toJson)
{
    if (auto *p = std::get_if<Problem>(&outcome))
        return problemResponse(*p);
    return HttpResponse::json(status, toJson(std::get<T>(outcome)));
}

std::optional<qint64> letterId(const PathParams &params)
{
    bool ok = false;
    const qint64 id = params.value(u"id"_s).toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

} // namespace

OpsApiServer::OpsApiServer(SimEngine &engine, TokenAuth auth, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_auth(std::move(auth))
    , m_router(std::make_unique<Router>())
    , m_server(std::make_unique<HttpServer>())
{
    EventLog &log = m_engine.eventLog();
    m_hub = std::make_unique<EventHub>(
        [&log](qint64 since, int limit) {
            const EventLog::Since s = log.since(since, limit);
            return EventHub::Page { s.events, s.gap };
        },
        [&log] {
            return EventHub::Bounds { log.lastSeq(), log.firstRetainedSeq() };
        });
    // Bulk operations: resumes those a previous run left running.
    m_operations = std::make_unique<OperationRoutes>(m_engine, m_auth);
    if (auto error = m_operations->start())
        qWarning("breakwater-sim: bulk operations unavailable: %s", qPrintable(*error));
    addRoutes();
    m_server->setHandler([this](const HttpRequest &request) { return handle(request); });
    m_server->setUpgradeFilter([this](const HttpRequest &request) -> std::optional<Problem> {
        if (request.path != u"/ops/v1/events"_s)
            return Problem { 404, {}, u"WebSocket upgrades are served at /ops/v1/events only."_s,
                {} };
        auto identity = m_auth.authorize(request, Role::Viewer);
        if (auto *p = std::get_if<Problem>(&identity))
            return *p;
        return EventHub::validateRequest(request);
    });
    connect(m_server.get(), &HttpServer::newWebSocket, m_hub.get(), &EventHub::addClient);
    connect(&m_engine, &SimEngine::eventCommitted, m_hub.get(), &EventHub::publish);
}

OpsApiServer::~OpsApiServer() = default;

bool OpsApiServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 OpsApiServer::port() const
{
    return m_server->port();
}

QString OpsApiServer::errorString() const
{
    return m_server->errorString();
}

void OpsApiServer::close()
{
    m_hub->close();
    m_server->close();
}

HttpResponse OpsApiServer::handle(const HttpRequest &request)
{
    return m_router->handle(request);
}

void OpsApiServer::addRoutes()
{
    Router &r = *m_router;
    // Wraps a handler with authorisation: the identity is passed on.
    auto with = [this](Role role, auto handler) {
        return [this, role, handler](
                   const HttpRequest &request, const PathParams &params) -> HttpResponse {
            auto identity = m_auth.authorize(request, role);
            if (auto *p = std::get_if<Problem>(&identity))
                return problemResponse(*p);
            return handler(request, params, std::get<TokenAuth::Identity>(identity));
        };
    };
    // An action: authorise, parse the body, take the reason, then act.
    auto action = [this](auto act) {
        return [this, act](const HttpRequest &request, const PathParams &params) -> HttpResponse {
            auto identity = m_auth.authorize(request, Role::Operator);
            if (auto *p = std::get_if<Problem>(&identity))
                return problemResponse(*p);
            auto body = objectBody(request);
            if (auto *p = std::get_if<Problem>(&body))
                return problemResponse(*p);
            auto reason = reasonOf(std::get<QJsonObject>(body), request);
            if (auto *p = std::get_if<Problem>(&reason))
                return problemResponse(*p);
            return act(request, params, std::get<QJsonObject>(body), std::get<QString>(reason),
                actorOf(std::get<TokenAuth::Identity>(identity)));
        };
    };

    r.route("GET", u"/metrics"_s, [this](const HttpRequest &, const PathParams &) {
        return HttpResponse(200, m_engine.renderMetrics() + m_operations->metricsText(),
            "text/plain; version=0.0.4; charset=utf-8");
    });

    r.route("GET", u"/ops/v1/info"_s,
        with(Role::Viewer,
            [this](const HttpRequest &, const PathParams &, const TokenAuth::Identity &id) {
                QJsonArray integrations;
                for (const QString &name : m_engine.integrationNames())
                    integrations.append(name);
                return HttpResponse::json(200,
                    QJsonObject { { u"name"_s, u"breakwater-sim"_s },
                        { u"version"_s, QStringLiteral(BREAKWATER_VERSION) },
                        { u"apiVersion"_s, u"1"_s },
                        { u"serverTime"_s, WireTime::format(QDateTime::currentMSecsSinceEpoch()) },
                        { u"scenario"_s, m_engine.scenario().name },
                        { u"capabilities"_s,
                            QJsonArray { u"breakers"_s, u"syncs"_s, u"deadletters"_s, u"events"_s,
                                u"metrics"_s, u"operations"_s } },
                        { u"integrations"_s, integrations },
                        { u"identity"_s,
                            QJsonObject { { u"role"_s, TokenAuth::roleName(id.role) },
                                { u"tokenId"_s, id.tokenId } } } });
            }));

    // ---- breakers
    // ---- history for reports and snapshots (sim/metrichistoryrecorder.h,
    // sim/breakertransitionhistory.h)
    auto *history = new MetricHistoryRecorder(m_engine, this);
    r.route("GET", u"/ops/v1/metrics/history"_s,
        with(Role::Viewer, [history](const HttpRequest &request, const PathParams &, const auto &) {
            return history->respond(request);
        }));
    r.route("GET", u"/ops/v1/breakers/transitions"_s,
        with(Role::Viewer, [this](const HttpRequest &request, const PathParams &, const auto &) {
            return BreakerTransitionHistory::respond(m_engine, request);
        }));
    // ---- end of history
    r.route("GET", u"/ops/v1/breakers"_s,
        with(Role::Viewer, [this](const HttpRequest &, const PathParams &, const auto &) {
            QJsonArray items;
            for (const auto &b : m_engine.breakers())
                items.append(b.toJson());
            return HttpResponse::json(200, QJsonObject { { u"items"_s, items } });
        }));
    r.route("GET", u"/ops/v1/breakers/{name}"_s,
        with(Role::Viewer, [this](const HttpRequest &, const PathParams &p, const auto &) {
            const QString name = p.value(u"name"_s);
            if (auto b = m_engine.breaker(name))
                return HttpResponse::json(200, b->toJson());
            return problemResponse(404, u"There is no circuit breaker named \"%1\"."_s.arg(name));
        }));
    for (const QString &verb : { u"reset"_s, u"force-open"_s, u"disable"_s, u"release"_s }) {
        r.route("POST", u"/ops/v1/breakers/{name}/"_s + verb,
            action([this, verb](const HttpRequest &, const PathParams &p, const QJsonObject &,
                       const QString &reason, const Actor &actor) {
                return respond<BreakerSnapshot>(
                    m_engine.breakerAction(p.value(u"name"_s), verb, reason, actor), 200,
                    [](const BreakerSnapshot &b) { return b.toJson(); });
            }));
    }

    // ---- syncs
    r.route("GET", u"/ops/v1/syncs"_s,
        with(Role::Viewer, [this](const HttpRequest &request, const PathParams &, const auto &) {
            const QString state = request.queryValue(u"state"_s);
            if (!state.isEmpty() && !syncStateFromName(state))
                return problemResponse(400,
                    u"Unknown state \"%1\"; states are queued, running, paused, succeeded, failed, cancelled."_s
                        .arg(state));
            QJsonArray items;
            for (const auto &job : m_engine.syncs())
                if (state.isEmpty() || syncStateName(job.state) == state)
                    items.append(job.toJson());
            return HttpResponse::json(200, QJsonObject { { u"items"_s, items } });
        }));
    r.route("POST", u"/ops/v1/syncs"_s,
        action([this](const HttpRequest &, const PathParams &, const QJsonObject &body,
                   const QString &, const Actor &) {
            const QJsonValue total = body.value(u"total"_s);
            if (!total.isDouble() || total.toDouble() != double(total.toInteger()))
                return problemResponse(
                    400, u"total must be a whole number of items (1 to 10000000)."_s);
            const auto outcome = m_engine.startSync(body.value(u"integration"_s).toString(),
                body.value(u"name"_s).toString(), total.toInteger(),
                body.value(u"pageSize"_s).toInt(100), body.value(u"itemsPerSecond"_s).toDouble(50));
            HttpResponse response
                = respond<SyncJob>(outcome, 201, [](const SyncJob &j) { return j.toJson(); });
            if (auto *job = std::get_if<SyncJob>(&outcome))
                response.setHeader("Location", "/ops/v1/syncs/" + job->id.toUtf8());
            return response;
        }));
    r.route("GET", u"/ops/v1/syncs/{id}"_s,
        with(Role::Viewer, [this](const HttpRequest &, const PathParams &p, const auto &) {
            if (auto job = m_engine.sync(p.value(u"id"_s)))
                return HttpResponse::json(200, job->toJson());
            return problemResponse(404, u"There is no sync job \"%1\"."_s.arg(p.value(u"id"_s)));
        }));
    for (const QString &verb : { u"cancel"_s, u"pause"_s, u"resume"_s, u"retry-failed"_s }) {
        const int status = verb == u"retry-failed"_s ? 201 : 200;
        r.route("POST", u"/ops/v1/syncs/{id}/"_s + verb,
            action([this, verb, status](const HttpRequest &, const PathParams &p,
                       const QJsonObject &, const QString &reason, const Actor &actor) {
                const auto outcome = m_engine.syncAction(p.value(u"id"_s), verb, reason, actor);
                HttpResponse response = respond<SyncJob>(
                    outcome, status, [](const SyncJob &j) { return j.toJson(); });
                if (auto *job = std::get_if<SyncJob>(&outcome); job && status == 201)
                    response.setHeader("Location", "/ops/v1/syncs/" + job->id.toUtf8());
                return response;
            }));
    }

    // ---- dead letters
    auto queryOf = [](const HttpRequest &request) -> std::variant<DeadLetterQuery, Problem> {
        auto parsed = DeadLetterQuery::parse(
            request.queryValue(u"q"_s), QDateTime::currentMSecsSinceEpoch());
        if (auto *error = std::get_if<QueryError>(&parsed))
            return Problem { 400, {}, u"q: %1"_s.arg(error->message), {} };
        DeadLetterQuery query = std::get<DeadLetterQuery>(parsed);
        const QString from = request.queryValue(u"from"_s), to = request.queryValue(u"to"_s);
        std::optional<qint64> fromMs, toMs;
        if (!from.isEmpty() && !(fromMs = WireTime::parse(from)))
            return Problem { 400, {}, u"from: \"%1\" is not an ISO 8601 time."_s.arg(from), {} };
        if (!to.isEmpty() && !(toMs = WireTime::parse(to)))
            return Problem { 400, {}, u"to: \"%1\" is not an ISO 8601 time."_s.arg(to), {} };
        DeadLetterQuery structured;
        if (const QString source = request.queryValue(u"source"_s); !source.isEmpty())
            structured.sources.anyOf.append(source);
        if (const QString errorClass = request.queryValue(u"errorClass"_s); !errorClass.isEmpty())
            structured.errorClasses.anyOf.append(errorClass);
        structured.fromMs = fromMs.value_or(0);
        structured.toMs = toMs.value_or(0);
        query.merge(structured);
        return query;
    };
    r.route("GET", u"/ops/v1/deadletters"_s,
        with(Role::Viewer,
            [this, queryOf](const HttpRequest &request, const PathParams &, const auto &) {
                auto query = queryOf(request);
                if (auto *p = std::get_if<Problem>(&query))
                    return problemResponse(*p);
                int limit = defaultPageSize;
                if (const QString l = request.queryValue(u"limit"_s); !l.isEmpty()) {
                    bool ok = false;
                    limit = l.toInt(&ok);
                    if (!ok || limit < 1 || limit > DeadLetterStore::MaxPageSize)
                        return problemResponse(
                            400, u"limit must be a whole number from 1 to 1000."_s);
                }
                auto page = m_engine.deadLetters().list(
                    std::get<DeadLetterQuery>(query), request.queryValue(u"cursor"_s), limit);
                if (auto *error = std::get_if<StoreError>(&page))
                    return problemResponse(
                        error->kind == StoreError::Kind::BadCursor ? 400 : 503, error->message);
                const auto &items = std::get<DeadLetterStore::Page>(page);
                QJsonArray out;
                for (const auto &letter : items.items)
                    out.append(letter.toSummaryJson());
                return HttpResponse::json(200,
                    QJsonObject { { u"items"_s, out },
                        { u"nextCursor"_s,
                            items.nextCursor.isEmpty() ? QJsonValue()
                                                       : QJsonValue(items.nextCursor) } });
            }));
    r.route("GET", u"/ops/v1/deadletters/groups"_s,
        with(Role::Viewer,
            [this, queryOf](const HttpRequest &request, const PathParams &, const auto &) {
                auto query = queryOf(request);
                if (auto *p = std::get_if<Problem>(&query))
                    return problemResponse(*p);
                QJsonArray items;
                qint64 total = 0;
                for (const auto &g :
                    m_engine.deadLetters().groups(std::get<DeadLetterQuery>(query))) {
                    items.append(g.toJson());
                    total += g.count;
                }
                return HttpResponse::json(
                    200, QJsonObject { { u"items"_s, items }, { u"total"_s, total } });
            }));
    r.route("GET", u"/ops/v1/deadletters/{id}"_s,
        with(Role::Viewer, [this](const HttpRequest &, const PathParams &p, const auto &) {
            const auto id = letterId(p);
            const auto letter = id ? m_engine.deadLetters().get(*id) : std::nullopt;
            if (!letter || letter->status == DeadLetterStatus::Deleted)
                return problemResponse(404, u"There is no dead letter %1."_s.arg(p.value(u"id"_s)));
            return HttpResponse::json(200, letter->toJson());
        }));
    r.route("POST", u"/ops/v1/deadletters/{id}/retry"_s,
        action([this](const HttpRequest &, const PathParams &p, const QJsonObject &body,
                   const QString &reason, const Actor &actor) {
            const auto id = letterId(p);
            if (!id)
                return problemResponse(404, u"There is no dead letter %1."_s.arg(p.value(u"id"_s)));
            std::optional<QByteArray> edited;
            if (body.contains(u"payload"_s)) {
                if (!body.value(u"payload"_s).isString())
                    return problemResponse(
                        400, u"payload must be a string: the edited message body."_s);
                edited = body.value(u"payload"_s).toString().toUtf8();
            }
            return respond<SimEngine::RetryResult>(
                m_engine.retryDeadLetter(*id, edited, reason, actor), 200,
                [](const SimEngine::RetryResult &r) {
                    return QJsonObject { { u"outcome"_s,
                                             r.delivered ? u"delivered"_s : u"failed"_s },
                        { u"letter"_s, r.letter.toJson() },
                        { u"error"_s, r.error ? QJsonValue(r.error->toJson()) : QJsonValue() } };
                });
        }));
    r.route("DELETE", u"/ops/v1/deadletters/{id}"_s,
        action([this](const HttpRequest &, const PathParams &p, const QJsonObject &,
                   const QString &reason, const Actor &actor) {
            const auto id = letterId(p);
            if (!id)
                return problemResponse(404, u"There is no dead letter %1."_s.arg(p.value(u"id"_s)));
            return respond<qint64>(
                m_engine.deleteDeadLetter(*id, reason, actor), 200, [](const qint64 &deleted) {
                    return QJsonObject { { u"id"_s, deleted }, { u"status"_s, u"deleted"_s } };
                });
        }));

    // ---- bulk operations (sim/operationroutes.cpp)
    m_operations->addTo(r);

    // ---- events: a plain GET is told to upgrade
    r.route("GET", u"/ops/v1/events"_s,
        with(Role::Viewer, [](const HttpRequest &, const PathParams &, const auto &) {
            HttpResponse response = problemResponse(426,
                u"/ops/v1/events is a WebSocket: send Upgrade: websocket (since=SEQ resumes)."_s);
            response.setHeader("Upgrade", "websocket");
            return response;
        }));

    // ---- sim controls (admin; not part of the Ops API)
    r.route("GET", u"/sim/v1/faults"_s,
        with(Role::Admin, [this](const HttpRequest &, const PathParams &, const auto &) {
            QJsonArray items;
            for (const auto &f : m_engine.faults())
                items.append(f.toJson());
            return HttpResponse::json(200, QJsonObject { { u"items"_s, items } });
        }));
    r.route("POST", u"/sim/v1/faults"_s,
        with(Role::Admin, [this](const HttpRequest &request, const PathParams &, const auto &) {
            auto body = objectBody(request);
            if (auto *p = std::get_if<Problem>(&body))
                return problemResponse(*p);
            const QJsonObject o = std::get<QJsonObject>(body);
            const QString integration = o.value(u"integration"_s).toString();
            if (!m_engine.integrationNames().contains(integration))
                return problemResponse(
                    404, u"There is no integration named \"%1\"."_s.arg(integration));
            QString error;
            auto profile = FaultProfile::fromJson(o, &error);
            if (!profile)
                return problemResponse(400, error);
            return respond<FaultProfile>(m_engine.setFaults(*profile), 200,
                [](const FaultProfile &f) { return f.toJson(); });
        }));
    r.route("POST", u"/sim/v1/deadletters/generate"_s,
        with(Role::Admin, [this](const HttpRequest &request, const PathParams &, const auto &) {
            auto body = objectBody(request);
            if (auto *p = std::get_if<Problem>(&body))
                return problemResponse(*p);
            const QJsonObject o = std::get<QJsonObject>(body);
            SimEngine::GenerateRequest g;
            g.count = o.value(u"count"_s).toInteger();
            g.source = o.value(u"source"_s).toString();
            g.payloadTemplate = o.value(u"payload"_s).toString();
            g.errorClass = o.value(u"errorClass"_s).toString();
            g.message = o.value(u"message"_s).toString();
            for (const auto &h : o.value(u"headers"_s).toArray()) {
                const QJsonObject ho = h.toObject();
                g.headers.append(
                    { ho.value(u"name"_s).toString(), ho.value(u"value"_s).toString() });
            }
            return respond<QJsonObject>(
                m_engine.generateDeadLetters(g), 201, [](const QJsonObject &o) { return o; });
        }));
    r.route("GET", u"/sim/v1/ledger"_s,
        with(Role::Admin, [this](const HttpRequest &request, const PathParams &, const auto &) {
            const QString source = request.queryValue(u"source"_s);
            if (source.isEmpty())
                return problemResponse(
                    400, u"source is required: the ledger is read one source at a time."_s);
            return HttpResponse::json(200, m_engine.ledgerSummary(source));
        }));
}
