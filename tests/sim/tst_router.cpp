// SPDX-License-Identifier: MIT
#include "sim/httpserver.h"
#include "sim/router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

HttpRequest requestFor(const QByteArray &method, const QByteArray &target)
{
    const QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: x\r\n\r\n";
    auto parsed = HttpRequest::parseHead(head);
    return std::get<HttpRequest>(parsed);
}

// Answers with which route ran and what it captured.
Router::Handler answer(const QString &routeName)
{
    return [routeName](const HttpRequest &, const PathParams &params) {
        QJsonObject captured;
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            captured.insert(it.key(), it.value());
        return HttpResponse::json(
            200, QJsonObject { { u"route"_s, routeName }, { u"params"_s, captured } });
    };
}

} // namespace

class TestRouter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_router = Router();
        m_router.route("GET", u"/ops/v1/breakers"_s, answer(u"list"_s));
        m_router.route("GET", u"/ops/v1/breakers/{name}"_s, answer(u"one"_s));
        m_router.route("POST", u"/ops/v1/breakers/{name}/reset"_s, answer(u"reset"_s));
        m_router.route("GET", u"/ops/v1/deadletters/groups"_s, answer(u"groups"_s));
        m_router.route("GET", u"/ops/v1/deadletters/{id}"_s, answer(u"letter"_s));
        m_router.route("DELETE", u"/ops/v1/deadletters/{id}"_s, answer(u"delete"_s));
        m_router.route("GET", u"/ops/v1/{area}/{id}/history"_s, answer(u"history"_s));
    }

    void dispatch_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QByteArray>("allow");

        const QByteArray none;
        QTest::addRow("list") << "GET"_ba
                              << "/ops/v1/breakers"_ba << 200 << u"list"_s << QJsonObject() << none;
        QTest::addRow("query ignored")
            << "GET"_ba
            << "/ops/v1/breakers?state=OPEN"_ba << 200 << u"list"_s << QJsonObject() << none;
        QTest::addRow("parameter") << "GET"_ba
                                   << "/ops/v1/breakers/payments"_ba << 200 << u"one"_s
                                   << QJsonObject { { u"name"_s, u"payments"_s } } << none;
        QTest::addRow("encoded slash") << "POST"_ba
                                       << "/ops/v1/breakers/erp%2Feu/reset"_ba << 200 << u"reset"_s
                                       << QJsonObject { { u"name"_s, u"erp/eu"_s } } << none;
        QTest::addRow("spaces and utf-8")
            << "GET"_ba
            << "/ops/v1/breakers/Z%C3%BCrich%20ERP"_ba << 200 << u"one"_s
            << QJsonObject { { u"name"_s, u"Zürich ERP"_s } } << none;
        QTest::addRow("literal beats parameter")
            << "GET"_ba
            << "/ops/v1/deadletters/groups"_ba << 200 << u"groups"_s << QJsonObject() << none;
        QTest::addRow("parameter where no literal has the method")
            << "DELETE"_ba
            << "/ops/v1/deadletters/groups"_ba << 200 << u"delete"_s
            << QJsonObject { { u"id"_s, u"groups"_s } } << none;
        QTest::addRow("two parameters")
            << "GET"_ba
            << "/ops/v1/syncs/42/history"_ba << 200 << u"history"_s
            << QJsonObject { { u"area"_s, u"syncs"_s }, { u"id"_s, u"42"_s } } << none;
        QTest::addRow("head runs get") << "HEAD"_ba
                                       << "/ops/v1/breakers/x"_ba << 200 << u"one"_s
                                       << QJsonObject { { u"name"_s, u"x"_s } } << none;
        QTest::addRow("unknown path")
            << "GET"_ba
            << "/ops/v1/nothing"_ba << 404 << QString() << QJsonObject() << none;
        QTest::addRow("empty parameter")
            << "GET"_ba
            << "/ops/v1/breakers/"_ba << 404 << QString() << QJsonObject() << none;
        QTest::addRow("extra segment")
            << "GET"_ba
            << "/ops/v1/breakers/a/b"_ba << 404 << QString() << QJsonObject() << none;
        QTest::addRow("wrong method") << "DELETE"_ba
                                      << "/ops/v1/breakers"_ba << 405 << QString() << QJsonObject()
                                      << "GET, HEAD, OPTIONS"_ba;
        QTest::addRow("wrong method on action") << "GET"_ba
                                                << "/ops/v1/breakers/a/reset"_ba << 405 << QString()
                                                << QJsonObject() << "OPTIONS, POST"_ba;
        QTest::addRow("options") << "OPTIONS"_ba
                                 << "/ops/v1/deadletters/7"_ba << 204 << QString() << QJsonObject()
                                 << "DELETE, GET, HEAD, OPTIONS"_ba;
    }
    void dispatch()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QString, route);
        QFETCH(QJsonObject, params);
        QFETCH(QByteArray, allow);

        const HttpResponse response = m_router.handle(requestFor(method, target));
        QCOMPARE(response.status(), status);
        QCOMPARE(response.header("Allow"), allow);
        const QJsonObject body = QJsonDocument::fromJson(response.body()).object();
        if (status == 200) {
            QCOMPARE(body.value(u"route"_s).toString(), route);
            QCOMPARE(body.value(u"params"_s).toObject(), params);
        } else if (status >= 400) {
            QCOMPARE(response.contentType(), "application/problem+json");
            QCOMPARE(body.value(u"status"_s).toInt(), status);
        }
    }

    void laterRouteReplacesSamePattern()
    {
        m_router.route("GET", u"/ops/v1/breakers"_s, answer(u"replacement"_s));
        const HttpResponse response = m_router.handle(requestFor("GET", "/ops/v1/breakers"));
        QCOMPARE(QJsonDocument::fromJson(response.body())[u"route"_s].toString(), u"replacement"_s);
    }

    void allowedMethodsTellsKnownPaths()
    {
        QCOMPARE(m_router.allowedMethods(requestFor("GET", "/ops/v1/breakers/a")),
            (QList<QByteArray> { "GET", "HEAD", "OPTIONS" }));
        QVERIFY(m_router.allowedMethods(requestFor("GET", "/nope")).isEmpty());
    }

    void problemsOverHttp()
    {
        HttpServer server;
        server.setHandler([this](const HttpRequest &request) { return m_router.handle(request); });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString base = u"http://127.0.0.1:%1"_s.arg(server.port());
        QNetworkAccessManager network;

        std::unique_ptr<QNetworkReply> missing(
            network.get(QNetworkRequest(QUrl(base + u"/ops/v1/nope"_s))));
        QTRY_VERIFY(missing->isFinished());
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(missing->header(QNetworkRequest::ContentTypeHeader).toString(),
            u"application/problem+json"_s);
        const QJsonObject problem = QJsonDocument::fromJson(missing->readAll()).object();
        QCOMPARE(problem.value(u"title"_s).toString(), u"Not Found"_s);
        QCOMPARE(problem.value(u"detail"_s).toString(), u"no resource at /ops/v1/nope"_s);

        std::unique_ptr<QNetworkReply> wrong(
            network.deleteResource(QNetworkRequest(QUrl(base + u"/ops/v1/breakers/x"_s))));
        QTRY_VERIFY(wrong->isFinished());
        QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        QCOMPARE(wrong->rawHeader("Allow"), "GET, HEAD, OPTIONS");

        std::unique_ptr<QNetworkReply> slash(
            network.post(QNetworkRequest(QUrl(base + u"/ops/v1/breakers/erp%2Feu%20west/reset"_s)),
                QByteArray()));
        QTRY_VERIFY(slash->isFinished());
        QCOMPARE(slash->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(slash->readAll())[u"params"_s][u"name"_s].toString(),
            u"erp/eu west"_s);
    }

private:
    Router m_router;
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
