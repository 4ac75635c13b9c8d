// SPDX-License-Identifier: MIT
// The Ops API over real HTTP against a real breakwater-sim.
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOpsApi : public QObject {
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_op; // operator
    std::unique_ptr<ApiClient> m_admin; // admin
    std::unique_ptr<ApiClient> m_viewer;

    QList<qint64> generate(int count, const QString &source, const QJsonObject &extra = {})
    {
        return m_admin->generateDeadLetters(count, source, extra);
    }

    void setFaults(const QString &integration, double errorRate)
    {
        QJsonObject faults { { u"integration"_s, integration }, { u"errorRate"_s, errorRate },
            { u"latencyMs"_s, 20 } };
        if (errorRate > 0)
            faults.insert(u"errorMix"_s,
                QJsonArray { QJsonObject { { u"kind"_s, u"http"_s }, { u"weight"_s, 1 },
                    { u"httpStatus"_s, 503 }, { u"errorClass"_s, u"HttpServerError"_s },
                    { u"message"_s, u"503 from upstream"_s } } });
        const auto r = m_admin->post(u"/sim/v1/faults"_s, faults);
        QVERIFY2(r.status == 200, r.describe());
    }

    static bool isProblem(const ApiClient::Reply &r, int status)
    {
        return r.status == status && r.header("Content-Type").startsWith("application/problem+json")
            && r.json().value(u"status"_s).toInt() == status
            && !r.json().value(u"detail"_s).toString().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_op = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::operatorToken());
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        m_viewer = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::viewerToken());
    }

    void infoNamesServerAndCaller()
    {
        const auto r = m_viewer->get(u"/ops/v1/info"_s);
        QVERIFY2(r.status == 200, r.describe());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"name"_s).toString(), u"breakwater-sim"_s);
        QCOMPARE(o.value(u"apiVersion"_s).toString(), u"1"_s);
        QVERIFY(o.value(u"capabilities"_s).toArray().contains(u"deadletters"_s));
        QVERIFY(o.value(u"integrations"_s).toArray().contains(u"payments-webhooks"_s));
        QCOMPARE(o.value(u"identity"_s).toObject().value(u"role"_s).toString(), u"viewer"_s);
        QVERIFY(!o.value(u"serverTime"_s).toString().isEmpty());
    }

    void authIsRequired_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::addRow("no token") << QByteArray() << 401;
        QTest::addRow("unknown token") << "not-a-token"_ba << 401;
    }
    void authIsRequired()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        ApiClient client(m_sim.baseUrl(), token);
        const auto r = client.get(u"/ops/v1/breakers"_s);
        QVERIFY2(isProblem(r, status), r.describe());
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        // Mutations are refused too, and change nothing.
        const auto post = client.post(
            u"/ops/v1/breakers/payments-webhooks/force-open"_s, { { u"reason"_s, u"x"_s } });
        QVERIFY2(isProblem(post, 401), post.describe());
        QCOMPARE(m_viewer->get(u"/ops/v1/breakers/payments-webhooks"_s)
                     .json()
                     .value(u"state"_s)
                     .toString(),
            u"CLOSED"_s);
    }

    void viewerCannotAct()
    {
        const auto r = m_viewer->post(
            u"/ops/v1/breakers/payments-webhooks/force-open"_s, { { u"reason"_s, u"test"_s } });
        QVERIFY2(isProblem(r, 403), r.describe());
        QVERIFY(r.json().value(u"detail"_s).toString().contains(u"operator"_s));
        QCOMPARE(m_viewer->get(u"/ops/v1/breakers/payments-webhooks"_s)
                     .json()
                     .value(u"state"_s)
                     .toString(),
            u"CLOSED"_s);
    }

    void operatorCannotUseSimControls()
    {
        const auto r = m_op->post(u"/sim/v1/deadletters/generate"_s,
            { { u"count"_s, 1 }, { u"source"_s, u"erp-order-export"_s } });
        QVERIFY2(isProblem(r, 403), r.describe());
    }

    void unknownBreakerIs404AndNeverCreated()
    {
        const int before = m_op->get(u"/ops/v1/breakers"_s).items().size();
        QVERIFY(before >= 3);
        QVERIFY(isProblem(m_op->get(u"/ops/v1/breakers/no-such-breaker"_s), 404));
        QVERIFY(isProblem(m_op->post(u"/ops/v1/breakers/no-such-breaker/force-open"_s,
                              { { u"reason"_s, u"x"_s } }),
            404));
        QCOMPARE(m_op->get(u"/ops/v1/breakers"_s).items().size(), before);
    }

    void forceOpenAndRelease()
    {
        auto r = m_op->post(u"/ops/v1/breakers/payments-webhooks/force-open"_s,
            { { u"reason"_s, u"provider incident INC-42"_s } });
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(r.json().value(u"state"_s).toString(), u"FORCED_OPEN"_s);
        const QJsonObject last = r.json().value(u"transitions"_s).toArray().last().toObject();
        QCOMPARE(last.value(u"to"_s).toString(), u"FORCED_OPEN"_s);
        QCOMPARE(last.value(u"reason"_s).toString(), u"provider incident INC-42"_s);
        QVERIFY(!last.value(u"actor"_s).toString().isEmpty());

        const auto metrics = ApiClient(m_sim.baseUrl(), {}).get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QVERIFY2(
            metrics.body.contains(
                R"(resilience4j_circuitbreaker_state{name="payments-webhooks",state="forced_open"} 1)"),
            metrics.body.left(2000));

        r = m_op->post(u"/ops/v1/breakers/payments-webhooks/release"_s,
            { { u"reason"_s, u"provider recovered"_s } });
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(r.json().value(u"state"_s).toString(), u"CLOSED"_s);
        // Releasing a closed breaker is not a move that exists.
        QVERIFY(isProblem(m_op->post(u"/ops/v1/breakers/payments-webhooks/release"_s,
                              { { u"reason"_s, u"again"_s } }),
            409));
    }

    void badRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addRow("malformed JSON") << "{\"reason\": "_ba << 400;
        QTest::addRow("not an object") << "[1,2]"_ba << 400;
        QTest::addRow("no reason") << "{}"_ba << 400;
        QTest::addRow("empty reason") << "{\"reason\": \"\"}"_ba << 400;
        QTest::addRow("reason too long")
            << ("{\"reason\": \"" + QByteArray(600, 'x') + "\"}") << 400;
        QTest::addRow("deep JSON") << (QByteArray(200, '[') + QByteArray(200, ']')) << 400;
        QTest::addRow("over 1 MiB")
            << ("{\"reason\": \"" + QByteArray(1100 * 1024, 'x') + "\"}") << 413;
    }
    void badRequestsChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const auto r = m_op->postRaw(u"/ops/v1/breakers/cms-content-api/force-open"_s, body);
        QVERIFY2(isProblem(r, status), r.describe());
        QCOMPARE(
            m_op->get(u"/ops/v1/breakers/cms-content-api"_s).json().value(u"state"_s).toString(),
            u"CLOSED"_s);
    }

    void wrongMethodAndUnknownPath()
    {
        const auto r = m_op->send("DELETE", u"/ops/v1/breakers"_s, {}, {});
        QVERIFY2(isProblem(r, 405), r.describe());
        QVERIFY(r.header("Allow").contains("GET"));
        QVERIFY(isProblem(m_op->get(u"/ops/v1/nothing-here"_s), 404));
    }

    void deadLetterPagingVisitsEachOnce()
    {
        const auto ids = generate(250, u"orders-paging"_s);
        QCOMPARE(ids.size(), 250);
        QSet<qint64> seen;
        QString cursor;
        qint64 previous = std::numeric_limits<qint64>::max();
        int pages = 0;
        do {
            QUrlQuery q { { u"q"_s, u"source:orders-paging"_s }, { u"limit"_s, u"100"_s } };
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const auto r = m_op->get(u"/ops/v1/deadletters"_s, q);
            QVERIFY2(r.status == 200, r.describe());
            for (const auto &v : r.items()) {
                const qint64 id = v.toObject().value(u"id"_s).toInteger();
                QVERIFY2(id < previous, "newest first");
                previous = id;
                QVERIFY(!seen.contains(id));
                seen.insert(id);
                QVERIFY2(!v.toObject().contains(u"payload"_s), "lists carry summaries");
            }
            cursor = r.json().value(u"nextCursor"_s).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, QSet<qint64>(ids.cbegin(), ids.cend()));
    }

    void deadLetterFiltersAndErrors()
    {
        generate(5, u"filter-a"_s,
            { { u"errorClass"_s, u"UpstreamTimeout"_s },
                { u"message"_s, u"read timed out after 5000 ms"_s } });
        generate(3, u"filter-a"_s,
            { { u"errorClass"_s, u"ValidationError"_s }, { u"message"_s, u"field 'sku' invalid"_s },
                { u"payload"_s, u"{\"customer\": \"customer 42\", \"n\": {n}}"_s } });
        auto r = m_op->get(u"/ops/v1/deadletters"_s,
            QUrlQuery { { u"q"_s, u"source:filter-a error:UpstreamTimeout"_s } });
        QCOMPARE(r.items().size(), 5);
        r = m_op->get(u"/ops/v1/deadletters"_s,
            QUrlQuery { { u"q"_s, u"source:filter-a \"customer 42\""_s } });
        QCOMPARE(r.items().size(), 3);
        r = m_op->get(u"/ops/v1/deadletters"_s,
            QUrlQuery {
                { u"source"_s, u"filter-a"_s }, { u"errorClass"_s, u"ValidationError"_s } });
        QCOMPARE(r.items().size(), 3);

        // Form encoding: '+' is a space, "%2B" a plus.
        QUrl formEncoded = m_op->url(u"/ops/v1/deadletters"_s);
        formEncoded.setQuery(u"q=source:filter-a+error:UpstreamTimeout"_s, QUrl::StrictMode);
        const auto plus = m_op->send("GET", formEncoded.path(), QUrlQuery(formEncoded.query()), {});
        QCOMPARE(plus.items().size(), 5);

        r = m_op->get(
            u"/ops/v1/deadletters/groups"_s, QUrlQuery { { u"q"_s, u"source:filter-a"_s } });
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(r.items().size(), 2);
        QCOMPARE(r.items().first().toObject().value(u"count"_s).toInt(), 5);
        QCOMPARE(r.json().value(u"total"_s).toInt(), 8);

        r = m_op->get(
            u"/ops/v1/deadletters"_s, QUrlQuery { { u"q"_s, u"source:filter-a sorce:x"_s } });
        QVERIFY2(isProblem(r, 400), r.describe());
        QVERIFY(r.json().value(u"detail"_s).toString().contains(u"sorce"_s));
        QVERIFY(isProblem(
            m_op->get(u"/ops/v1/deadletters"_s, QUrlQuery { { u"cursor"_s, u"%%%garbage"_s } }),
            400));
        QVERIFY(isProblem(
            m_op->get(u"/ops/v1/deadletters"_s, QUrlQuery { { u"limit"_s, u"5000"_s } }), 400));
    }

    void retryDeliversOnceAndLeavesTheQueue()
    {
        setFaults(u"erp-order-export"_s, 0.0);
        const auto ids = generate(1, u"erp-order-export"_s);
        QCOMPARE(ids.size(), 1);
        const QString path = u"/ops/v1/deadletters/%1"_s.arg(ids.first());
        const auto before = m_op->get(path);
        QVERIFY2(before.status == 200, before.describe());
        const QString messageId = before.json().value(u"messageId"_s).toString();

        auto r = m_op->post(path + u"/retry"_s, { { u"reason"_s, u"ERP back"_s } });
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(r.json().value(u"outcome"_s).toString(), u"delivered"_s);
        QCOMPARE(
            r.json().value(u"letter"_s).toObject().value(u"status"_s).toString(), u"resolved"_s);

        const auto list = m_op->get(
            u"/ops/v1/deadletters"_s, QUrlQuery { { u"q"_s, u"id:%1"_s.arg(ids.first()) } });
        QCOMPARE(list.items().size(), 0);
        QVERIFY(isProblem(m_op->post(path + u"/retry"_s, { { u"reason"_s, u"twice"_s } }), 409));

        const auto ledger = m_admin->get(
            u"/sim/v1/ledger"_s, QUrlQuery { { u"source"_s, u"erp-order-export"_s } });
        QVERIFY2(ledger.status == 200, ledger.describe());
        QVERIFY(ledger.json().value(u"duplicates"_s).toArray().isEmpty());
        QVERIFY(ledger.json().value(u"deliveries"_s).toInteger() >= 1);
        Q_UNUSED(messageId);
    }

    void failedRetryStaysWithOneMoreAttempt()
    {
        setFaults(u"cms-content-api"_s, 1.0);
        const auto ids = generate(1, u"cms-content-api"_s);
        const QString path = u"/ops/v1/deadletters/%1"_s.arg(ids.first());
        const int attempts = m_op->get(path).json().value(u"attempts"_s).toInt();
        const auto r = m_op->post(path + u"/retry"_s, { { u"reason"_s, u"try again"_s } });
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(r.json().value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY(r.json().value(u"error"_s).isObject());
        const auto after = m_op->get(path).json();
        QCOMPARE(after.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(after.value(u"attempts"_s).toInt(), attempts + 1);
    }

    void editAndRetryKeepsTheOriginal()
    {
        setFaults(u"offline-client-queue"_s, 0.0);
        const auto ids
            = generate(1, u"offline-client-queue"_s, { { u"payload"_s, u"{\"quantity\": -1}"_s } });
        const QString path = u"/ops/v1/deadletters/%1"_s.arg(ids.first());

        auto r = m_op->post(path + u"/retry"_s,
            { { u"reason"_s, u"fix"_s }, { u"payload"_s, u"{\"quantity\": 1"_s } });
        QVERIFY2(isProblem(r, 422), r.describe());
        QCOMPARE(m_op->get(path).json().value(u"status"_s).toString(), u"active"_s);

        r = m_op->post(path + u"/retry"_s,
            { { u"reason"_s, u"fix quantity"_s }, { u"payload"_s, u"{\"quantity\": 1}"_s } });
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(r.json().value(u"outcome"_s).toString(), u"delivered"_s);
        const auto letter = m_op->get(path).json();
        QCOMPARE(letter.value(u"payload"_s).toString(), u"{\"quantity\": -1}"_s);
        QCOMPARE(letter.value(u"editedPayload"_s).toString(), u"{\"quantity\": 1}"_s);
    }

    void deleteThenGone()
    {
        const auto ids = generate(1, u"delete-me"_s);
        const QString path = u"/ops/v1/deadletters/%1"_s.arg(ids.first());
        QVERIFY(isProblem(m_op->del(path), 400)); // a reason is required
        auto r = m_op->del(path, QUrlQuery { { u"reason"_s, u"duplicate of 17"_s } });
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(r.json().value(u"status"_s).toString(), u"deleted"_s);
        QVERIFY(isProblem(m_op->get(path), 404));
        QVERIFY(isProblem(m_op->del(path, QUrlQuery { { u"reason"_s, u"again"_s } }), 404));
        QVERIFY(isProblem(m_op->get(u"/ops/v1/deadletters/999999999"_s), 404));
        QVERIFY(isProblem(m_op->get(u"/ops/v1/deadletters/not-a-number"_s), 404));
    }

    void syncLifecycle()
    {
        setFaults(u"marketplace-catalog"_s, 0.0);
        auto r = m_op->post(u"/ops/v1/syncs"_s,
            { { u"integration"_s, u"marketplace-catalog"_s }, { u"name"_s, u"Test catalogue"_s },
                { u"total"_s, 100000 }, { u"itemsPerSecond"_s, 100 }, { u"reason"_s, u"test"_s } });
        QVERIFY2(r.status == 201, r.describe());
        const QString id = r.json().value(u"id"_s).toString();
        QVERIFY(r.header("Location").endsWith(id.toUtf8()));
        const QString path = u"/ops/v1/syncs/"_s + id;
        QTRY_VERIFY_WITH_TIMEOUT(
            m_op->get(path).json().value(u"processed"_s).toInteger() > 0, 10000);

        QVERIFY(isProblem(m_op->post(path + u"/resume"_s, { { u"reason"_s, u"x"_s } }), 409));
        r = m_op->post(path + u"/pause"_s, { { u"reason"_s, u"maintenance"_s } });
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(r.json().value(u"state"_s).toString(), u"paused"_s);
        r = m_op->post(path + u"/resume"_s, { { u"reason"_s, u"done"_s } });
        QCOMPARE(r.json().value(u"state"_s).toString(), u"running"_s);
        r = m_op->post(path + u"/cancel"_s, { { u"reason"_s, u"enough"_s } });
        QCOMPARE(r.json().value(u"state"_s).toString(), u"cancelled"_s);
        QVERIFY(m_op->get(u"/ops/v1/syncs"_s).items().size() >= 1);

        QVERIFY(isProblem(
            m_op->post(u"/ops/v1/syncs"_s,
                { { u"integration"_s, u"nope"_s }, { u"total"_s, 10 }, { u"reason"_s, u"x"_s } }),
            400));
        QVERIFY(isProblem(m_op->post(u"/ops/v1/syncs"_s,
                              { { u"integration"_s, u"marketplace-catalog"_s }, { u"total"_s, 0 },
                                  { u"reason"_s, u"x"_s } }),
            400));
        QVERIFY(isProblem(m_op->get(u"/ops/v1/syncs/sync-99999"_s), 404));
    }

    void faultsAreValidated()
    {
        const auto r = m_admin->post(u"/sim/v1/faults"_s,
            { { u"integration"_s, u"erp-order-export"_s }, { u"errorRate"_s, 1.5 } });
        QVERIFY2(isProblem(r, 400), r.describe());
        QVERIFY(isProblem(m_admin->post(u"/sim/v1/faults"_s,
                              { { u"integration"_s, u"nope"_s }, { u"errorRate"_s, 0.1 } }),
            404));
    }

    void metricsAreOpenAndComplete()
    {
        const auto r = ApiClient(m_sim.baseUrl(), {}).get(u"/metrics"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        for (const char *family : { "bw_upstream_requests_total",
                 "bw_upstream_request_duration_seconds", "bw_deadletters",
                 "bw_deadletters_created_total", "resilience4j_circuitbreaker_state" })
            QVERIFY2(r.body.contains(QByteArray("# TYPE " + QByteArray(family))), family);
    }
};

QTEST_GUILESS_MAIN(TestOpsApi)
#include "tst_opsapi.moc"
