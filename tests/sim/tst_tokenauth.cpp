// SPDX-License-Identifier: MIT
#include "sim/httpserver.h"
#include "sim/tokenauth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

using Role = TokenAuth::Role;
Q_DECLARE_METATYPE(TokenAuth::Role)

namespace {

HttpRequest requestWith(const QByteArray &authorization)
{
    QByteArray head = "POST /ops/v1/breakers/x/reset HTTP/1.1\r\nHost: x\r\n";
    if (!authorization.isNull())
        head += "Authorization: " + authorization + "\r\n";
    head += "\r\n";
    return std::get<HttpRequest>(HttpRequest::parseHead(head));
}

} // namespace

class TestTokenAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_auth = TokenAuth();
        QVERIFY(m_auth.addToken(Role::Viewer, "viewer-secret"));
        QVERIFY(m_auth.addToken(Role::Operator, "operator-secret"));
        QVERIFY(m_auth.addToken(Role::Admin, "admin-secret"));
    }

    void parseTokenSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("result"); // the secret, or a piece of the error

        QTest::addRow("admin") << u"admin=s3cret"_s << true << Role::Admin << u"s3cret"_s;
        QTest::addRow("any case") << u"Operator=abc"_s << true << Role::Operator << u"abc"_s;
        QTest::addRow("base64 padding")
            << u"viewer=YWJj=="_s << true << Role::Viewer << u"YWJj=="_s;
        QTest::addRow("no role") << u"s3cret"_s << false << Role::Viewer << u"ROLE=SECRET"_s;
        QTest::addRow("unknown role")
            << u"root=s3cret"_s << false << Role::Viewer << u"unknown role 'root'"_s;
        QTest::addRow("empty secret") << u"admin="_s << false << Role::Viewer << u"empty secret"_s;
        QTest::addRow("space in secret")
            << u"admin=a b"_s << false << Role::Viewer << u"may only use"_s;
    }
    void parseTokenSpec()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        QFETCH(Role, role);
        QFETCH(QString, result);
        const auto parsed = TokenAuth::parseTokenSpec(spec);
        if (ok) {
            QVERIFY(std::holds_alternative<TokenAuth::TokenSpec>(parsed));
            QCOMPARE(std::get<TokenAuth::TokenSpec>(parsed).role, role);
            QCOMPARE(std::get<TokenAuth::TokenSpec>(parsed).secret, result.toUtf8());
        } else {
            QVERIFY(std::holds_alternative<QString>(parsed));
            const QString error = std::get<QString>(parsed);
            QVERIFY2(error.contains(result), qPrintable(error));
            QVERIFY2(!error.contains(u"s3cret"_s), "an error must not echo the secret");
        }
    }

    void authorize_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<Role>("required");
        QTest::addColumn<int>("status"); // 0: allowed
        QTest::addColumn<Role>("role");

        QTest::addRow("missing") << QByteArray() << Role::Viewer << 401 << Role::Viewer;
        QTest::addRow("empty") << ""_ba << Role::Viewer << 401 << Role::Viewer;
        QTest::addRow("basic scheme")
            << "Basic dXNlcjpwYXNz"_ba << Role::Viewer << 401 << Role::Viewer;
        QTest::addRow("no token") << "Bearer"_ba << Role::Viewer << 401 << Role::Viewer;
        QTest::addRow("junk token") << "Bearer a b"_ba << Role::Viewer << 401 << Role::Viewer;
        QTest::addRow("unknown token")
            << "Bearer nobody-secret"_ba << Role::Viewer << 401 << Role::Viewer;
        QTest::addRow("prefix of a token")
            << "Bearer admin-secre"_ba << Role::Viewer << 401 << Role::Viewer;
        QTest::addRow("viewer reads")
            << "Bearer viewer-secret"_ba << Role::Viewer << 0 << Role::Viewer;
        QTest::addRow("scheme any case")
            << "bearer viewer-secret"_ba << Role::Viewer << 0 << Role::Viewer;
        QTest::addRow("viewer acts")
            << "Bearer viewer-secret"_ba << Role::Operator << 403 << Role::Viewer;
        QTest::addRow("operator acts")
            << "Bearer operator-secret"_ba << Role::Operator << 0 << Role::Operator;
        QTest::addRow("operator administers")
            << "Bearer operator-secret"_ba << Role::Admin << 403 << Role::Operator;
        QTest::addRow("admin acts")
            << "Bearer admin-secret"_ba << Role::Operator << 0 << Role::Admin;
    }
    void authorize()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(Role, required);
        QFETCH(int, status);
        QFETCH(Role, role);

        const auto result = m_auth.authorize(requestWith(authorization), required);
        if (status == 0) {
            QVERIFY(std::holds_alternative<TokenAuth::Identity>(result));
            const auto identity = std::get<TokenAuth::Identity>(result);
            QCOMPARE(identity.role, role);
            QCOMPARE(identity.tokenId, TokenAuth::tokenIdOf(authorization.mid(7)));
            return;
        }
        QVERIFY(std::holds_alternative<Problem>(result));
        const Problem problem = std::get<Problem>(result);
        QCOMPARE(problem.status, status);
        if (status == 403) {
            QVERIFY2(
                problem.detail.contains(TokenAuth::roleName(required)), qPrintable(problem.detail));
            QVERIFY(problem.detail.contains(TokenAuth::roleName(role)));
        }
        QVERIFY2(!problem.detail.contains(u"secret"_s), "a problem must not echo the token");
        const HttpResponse response = HttpResponse::problem(problem);
        QCOMPARE(response.header("WWW-Authenticate"), status == 401 ? "Bearer"_ba : QByteArray());
    }

    void tokenIdIsTheStartOfTheSha256()
    {
        QCOMPARE(TokenAuth::tokenIdOf("abc"), u"ba7816bf"_s); // FIPS 180-2 test vector
        QCOMPARE(TokenAuth::tokenIdOf("abc").size(), 8);
    }

    void generatedTokensAreRandomAndUsable()
    {
        const QByteArray a = TokenAuth::generateToken();
        const QByteArray b = TokenAuth::generateToken();
        QCOMPARE(a.size(), 43);
        QVERIFY(a != b);
        QVERIFY(
            QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(QString::fromLatin1(a)).hasMatch());
        QCOMPARE(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding).size(), 32);
        QVERIFY(m_auth.addToken(Role::Operator, a));
        const auto result = m_auth.authorize(requestWith("Bearer " + a), Role::Operator);
        QVERIFY(std::holds_alternative<TokenAuth::Identity>(result));
    }

    void addingATokenAgainChangesItsRole()
    {
        QVERIFY(m_auth.addToken(Role::Admin, "viewer-secret"));
        QCOMPARE(m_auth.tokenCount(), 3);
        const auto result = m_auth.authorize(requestWith("Bearer viewer-secret"), Role::Admin);
        QVERIFY(std::holds_alternative<TokenAuth::Identity>(result));
        QVERIFY(!m_auth.addToken(Role::Admin, ""));
        QVERIFY(!m_auth.addToken(Role::Admin, "with space"));
    }

    void problemsOverHttp_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addRow("no token") << QByteArray() << 401 << "Bearer"_ba;
        QTest::addRow("unknown token") << "Bearer guess"_ba << 401 << "Bearer"_ba;
        QTest::addRow("viewer") << "Bearer viewer-secret"_ba << 403 << QByteArray();
        QTest::addRow("operator") << "Bearer operator-secret"_ba << 200 << QByteArray();
    }
    void problemsOverHttp()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QByteArray, challenge);

        HttpServer server;
        server.setHandler([this](const HttpRequest &request) {
            const auto result = m_auth.authorize(request, Role::Operator);
            if (const auto *problem = std::get_if<Problem>(&result))
                return HttpResponse::problem(*problem);
            return HttpResponse::json(200,
                QJsonObject { { u"tokenId"_s, std::get<TokenAuth::Identity>(result).tokenId } });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1/ops/v1/breakers/x/reset"_s.arg(server.port())));
        if (!authorization.isNull())
            request.setRawHeader("Authorization", authorization);
        std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray()));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        QCOMPARE(reply->rawHeader("WWW-Authenticate"), challenge);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            QCOMPARE(body.value(u"tokenId"_s).toString(), TokenAuth::tokenIdOf("operator-secret"));
        } else {
            QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                u"application/problem+json"_s);
            QCOMPARE(body.value(u"status"_s).toInt(), status);
        }
    }

private:
    TokenAuth m_auth;
};

QTEST_GUILESS_MAIN(TestTokenAuth)
#include "tst_tokenauth.moc"
