// SPDX-License-Identifier: MIT
#include "sim/router.h"

#include <QCoreApplication>

QList<Router::Segment> Router::parsePattern(const QString &pattern)
{
    Q_ASSERT_X(pattern.startsWith(u'/'), "Router::route", "patterns start with '/'");
    QList<Segment> segments;
    const QStringList parts = pattern.mid(1).split(u'/');
    for (const QString &part : parts) {
        if (part.size() > 2 && part.startsWith(u'{') && part.endsWith(u'}'))
            segments.append({ part.mid(1, part.size() - 2), true });
        else
            segments.append({ part, false });
    }
    return segments;
}

QStringList Router::decodedSegments(const QByteArray &rawPath)
{
    QStringList segments;
    const QList<QByteArray> parts = rawPath.mid(1).split('/');
    segments.reserve(parts.size());
    for (const QByteArray &part : parts)
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(part)));
    return segments;
}

std::optional<QList<bool>> Router::matchRank(const Route &route, const QStringList &segments)
{
    if (route.segments.size() != segments.size())
        return std::nullopt;
    QList<bool> rank;
    rank.reserve(segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = route.segments[i];
        if (segment.isParameter ? segments[i].isEmpty() : segment.text != segments[i])
            return std::nullopt;
        rank.append(!segment.isParameter);
    }
    return rank;
}

void Router::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.removeIf([&](const Route &r) { return r.method == method && r.pattern == pattern; });
    m_routes.append({ method, pattern, parsePattern(pattern), std::move(handler) });
}

QList<QByteArray> Router::allowedMethods(const HttpRequest &request) const
{
    const QStringList segments = decodedSegments(request.rawPath);
    QList<QByteArray> methods;
    for (const Route &route : m_routes) {
        if (matchRank(route, segments) && !methods.contains(route.method))
            methods.append(route.method);
    }
    if (methods.isEmpty())
        return methods;
    if (methods.contains("GET") && !methods.contains("HEAD"))
        methods.append("HEAD");
    if (!methods.contains("OPTIONS"))
        methods.append("OPTIONS");
    std::sort(methods.begin(), methods.end());
    return methods;
}

HttpResponse Router::handle(const HttpRequest &request) const
{
    const QStringList segments = decodedSegments(request.rawPath);
    const auto best = [&](const QByteArray &method) -> std::pair<const Route *, QList<bool>> {
        std::pair<const Route *, QList<bool>> found { nullptr, {} };
        for (const Route &route : m_routes) {
            if (route.method != method)
                continue;
            auto rank = matchRank(route, segments);
            if (rank && (!found.first || *rank > found.second))
                found = { &route, std::move(*rank) };
        }
        return found;
    };

    auto [route, rank] = best(request.method);
    if (!route && request.method == "HEAD")
        route = best("GET").first;
    if (route) {
        PathParams params;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (route->segments[i].isParameter)
                params.insert(route->segments[i].text, segments[i]);
        }
        return route->handler(request, params);
    }

    const QList<QByteArray> allowed = allowedMethods(request);
    if (allowed.isEmpty()) {
        return HttpResponse::problem(
            404, QCoreApplication::translate("Router", "no resource at %1").arg(request.path));
    }
    HttpResponse response;
    if (request.method == "OPTIONS") {
        response = HttpResponse(204);
    } else {
        response = HttpResponse::problem(405,
            QCoreApplication::translate("Router", "%1 is not allowed on %2; allowed: %3")
                .arg(QString::fromLatin1(request.method), request.path,
                    QString::fromLatin1(allowed.join(", "))));
    }
    response.setHeader("Allow", allowed.join(", "));
    return response;
}
