// SPDX-License-Identifier: MIT
#pragma once

#include "sim/httprequest.h"
#include "sim/httpresponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

/** Values of a route's `{name}` segments, percent-decoded ("a/b" for "a%2Fb"). */
using PathParams = QHash<QString, QString>;

/**
 * Maps method + path pattern to handlers: `/ops/v1/breakers/{name}/reset`.
 *
 * A parameter matches one non-empty path segment; segments are split before
 * they are percent-decoded, so a name with %2F or %20 arrives whole. Where
 * several patterns match, literal segments win over parameters from the left
 * (`/deadletters/groups` before `/deadletters/{id}`). An unknown path is a 404
 * problem; a known path with another method is a 405 problem with `Allow`.
 * HEAD runs the GET handler (the server drops the body); OPTIONS answers 204
 * with `Allow` unless routed explicitly.
 */
class Router {
public:
    using Handler = std::function<HttpResponse(const HttpRequest &, const PathParams &)>;

    /** Adds a route. A later route with the same method and pattern replaces the earlier one. */
    void route(const QByteArray &method, const QString &pattern, Handler handler);

    /** Answers @p request: the matching handler's response, or a 404/405 problem. */
    HttpResponse handle(const HttpRequest &request) const;

    /**
     * Methods @p request's path answers to, HEAD and OPTIONS included, sorted;
     * empty when no route has this path. Handy for an upgrade filter's 404.
     */
    QList<QByteArray> allowedMethods(const HttpRequest &request) const;

private:
    struct Segment {
        QString text; ///< literal text, or the parameter's name
        bool isParameter = false;
    };
    struct Route {
        QByteArray method;
        QString pattern;
        QList<Segment> segments;
        Handler handler;
    };

    static QList<Segment> parsePattern(const QString &pattern);
    static QStringList decodedSegments(const QByteArray &rawPath);
    /** Literal-before-parameter rank of @p route against @p segments; empty when it does not match.
     */
    static std::optional<QList<bool>> matchRank(const Route &route, const QStringList &segments);

    QList<Route> m_routes;
};
