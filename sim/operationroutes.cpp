// SPDX-License-Identifier: MIT
#include "sim/operationroutes.h"

#include "sim/httpresponse.h"
#include "sim/operationrunner.h"
#include "sim/router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using Role = TokenAuth::Role;

namespace {

HttpResponse answer(const Problem &p)
{
    HttpResponse r = HttpResponse::problem(p);
    if (p.status == 401)
        r.setHeader("WWW-Authenticate", "Bearer realm=\"breakwater\"");
    return r;
}

QByteArray locationOf(const Operation &op)
{
    return "/ops/v1/operations/" + op.id.toUtf8();
}

} // namespace

OperationRoutes::OperationRoutes(SimEngine &engine, const TokenAuth &auth)
    : m_auth(auth)
    , m_runner(std::make_unique<OperationRunner>(engine))
{
}

OperationRoutes::~OperationRoutes() = default;

std::optional<QString> OperationRoutes::start()
{
    return m_runner->start();
}

QByteArray OperationRoutes::metricsText() const
{
    return m_runner->metricsText();
}

void OperationRoutes::addTo(Router &r)
{
    // The handler runs only for a token with at least `role`; it gets who it is.
    auto as = [this](Role role, auto handler) {
        return [this, role, handler](
                   const HttpRequest &request, const PathParams &params) -> HttpResponse {
            auto identity = m_auth.authorize(request, role);
            if (auto *p = std::get_if<Problem>(&identity))
                return answer(*p);
            return handler(request, params, std::get<TokenAuth::Identity>(identity));
        };
    };

    r.route("POST", u"/ops/v1/operations"_s,
        as(Role::Operator,
            [this](const HttpRequest &request, const PathParams &, const TokenAuth::Identity &id) {
                auto parsed = request.jsonBody();
                if (auto *p = std::get_if<Problem>(&parsed))
                    return answer(*p);
                const QJsonDocument doc = std::get<QJsonDocument>(parsed);
                const auto body = OperationRequest::fromJson(doc.object());
                if (!doc.isObject() || !body) {
                    return answer(Problem { 400, {},
                        u"The body must be an operation request: {kind: "
                        u"retry|delete|purge|reset-breakers|"
                        "cancel-syncs, selector: {ids|names|filter, highWater}, reason, dryRun, "
                        "ratePerSecond, idempotencyKey}."_s,
                        {} });
                }
                if (body->kind == OperationKind::Move) {
                    return answer(Problem { 400, {},
                        u"This server cannot move dead letters to another queue (kind \"move\" is "
                        u"for "
                        "RabbitMQ back ends); use retry or delete."_s,
                        {} });
                }
                // A purge cannot be undone: admins only, dry run included.
                if (body->kind == OperationKind::Purge) {
                    if (auto admin = m_auth.authorize(request, Role::Admin);
                        auto *p = std::get_if<Problem>(&admin))
                        return answer(*p);
                }
                const QString actor = id.tokenId.isEmpty()
                    ? TokenAuth::roleName(id.role)
                    : TokenAuth::roleName(id.role) + u':' + id.tokenId;
                const auto submitted = m_runner->submit(*body, actor);
                if (auto *p = std::get_if<Problem>(&submitted))
                    return answer(*p);
                if (auto *plan = std::get_if<OperationPlan>(&submitted))
                    return HttpResponse::json(200, plan->toJson());
                const auto &started = std::get<OperationRunner::Started>(submitted);
                HttpResponse response
                    = HttpResponse::json(started.existing ? 200 : 201, started.operation.toJson());
                response.setHeader("Location", locationOf(started.operation));
                return response;
            }));
    r.route("GET", u"/ops/v1/operations"_s,
        as(Role::Viewer, [this](const HttpRequest &, const PathParams &, const auto &) {
            QJsonArray items;
            for (const Operation &op : m_runner->operations())
                items.append(op.toJson());
            return HttpResponse::json(200, QJsonObject { { u"items"_s, items } });
        }));
    r.route("GET", u"/ops/v1/operations/{id}"_s,
        as(Role::Viewer, [this](const HttpRequest &, const PathParams &p, const auto &) {
            if (auto op = m_runner->operation(p.value(u"id"_s)))
                return HttpResponse::json(200, op->toJson());
            return answer(
                Problem { 404, {}, u"There is no operation \"%1\"."_s.arg(p.value(u"id"_s)), {} });
        }));
    r.route("GET", u"/ops/v1/operations/{id}/items"_s,
        as(Role::Viewer, [this](const HttpRequest &request, const PathParams &p, const auto &) {
            OperationItemsRequest query;
            query.operationId = p.value(u"id"_s);
            query.cursor = request.queryValue(u"cursor"_s);
            if (const QString outcome = request.queryValue(u"outcome"_s); !outcome.isEmpty()) {
                query.outcome = operationItemOutcomeFromName(outcome);
                if (!query.outcome)
                    return answer(Problem { 400, {},
                        u"Unknown outcome \"%1\"; outcomes are pending, succeeded, failed, skipped."_s
                            .arg(outcome),
                        {} });
            }
            if (const QString limit = request.queryValue(u"limit"_s); !limit.isEmpty()) {
                bool ok = false;
                query.limit = limit.toInt(&ok);
                if (!ok)
                    query.limit = 0; // refused below with the range
            }
            const auto page = m_runner->items(query);
            if (auto *p = std::get_if<Problem>(&page))
                return answer(*p);
            const auto &items = std::get<OperationItemPage>(page);
            QJsonArray out;
            for (const OperationItem &item : items.items)
                out.append(item.toJson());
            return HttpResponse::json(200,
                QJsonObject { { u"items"_s, out },
                    { u"nextCursor"_s,
                        items.nextCursor.isEmpty() ? QJsonValue()
                                                   : QJsonValue(items.nextCursor) } });
        }));
    for (const OperationAction action :
        { OperationAction::Pause, OperationAction::Resume, OperationAction::Cancel }) {
        r.route("POST", u"/ops/v1/operations/{id}/"_s + operationActionName(action),
            as(Role::Operator,
                [this, action](const HttpRequest &, const PathParams &p, const auto &) {
                    const auto outcome = m_runner->act(p.value(u"id"_s), action);
                    if (auto *problem = std::get_if<Problem>(&outcome))
                        return answer(*problem);
                    return HttpResponse::json(200, std::get<Operation>(outcome).toJson());
                }));
    }
}
