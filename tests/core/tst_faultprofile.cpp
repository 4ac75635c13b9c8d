// SPDX-License-Identifier: MIT
#include "core/faultprofile.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFaultProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheFaultsBody()
    {
        const QByteArray body
            = R"({"integration": "cms-content-api", "errorRate": 0.3, "latencyMs": 300,
            "p99Ms": 1500, "timeoutMs": 4000, "errorMix": [
              {"kind": "vendor", "weight": 3, "httpStatus": 429, "vendorCode": "RATE_LIMIT_EXCEEDED",
               "errorClass": "RateLimited", "message": "quota exceeded", "retryAfterMs": 1500},
              {"kind": "timeout", "weight": 2},
              {"kind": "vendor", "vendorCode": "INVALID_ENTRY"}]})"_ba;
        QString error;
        const auto p = FaultProfile::fromJson(QJsonDocument::fromJson(body).object(), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->integration, u"cms-content-api"_s);
        QCOMPARE(p->errorRate, 0.3);
        QCOMPARE(p->p99Ms, 1500);
        QCOMPARE(p->errorMix.size(), 3);
        QCOMPARE(p->errorMix[0].kind, FaultProfile::ErrorKind::Vendor);
        QCOMPARE(p->errorMix[0].retryAfterMs, 1500);
        QCOMPARE(p->errorMix[1].kind, FaultProfile::ErrorKind::Timeout);
        QCOMPARE(p->errorMix[1].httpStatus, 0);
        QCOMPARE(p->errorMix[2].httpStatus, 422); // a vendor error without a status
        QCOMPARE(p->errorMix[2].weight, 1.0);

        const auto again = FaultProfile::fromJson(
            QJsonDocument::fromJson(QJsonDocument(p->toJson()).toJson()).object());
        QVERIFY(again);
        QCOMPARE(*again, *p);
    }

    void medianAloneGetsATail()
    {
        const auto p
            = FaultProfile::fromJson(QJsonDocument::fromJson(R"({"latencyMs": 1000})").object());
        QVERIFY(p);
        QCOMPARE(p->p99Ms, 5000);
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("error rate above 1")
            << R"({"errorRate": 1.5, "errorMix": [{"kind": "timeout"}]})"_ba
            << u"errorRate must be between 0 and 1 (got 1.5)"_s;
        QTest::addRow("negative error rate")
            << R"({"errorRate": -0.1})"_ba << u"errorRate must be between 0 and 1 (got -0.1)"_s;
        QTest::addRow("negative latency") << R"({"latencyMs": -5, "p99Ms": 10})"_ba
                                          << u"latencyMs must not be negative (got -5)"_s;
        QTest::addRow("p99 below median")
            << R"({"latencyMs": 500, "p99Ms": 100})"_ba
            << u"p99Ms (100) must not be below the median latencyMs (500)"_s;
        QTest::addRow("negative timeout")
            << R"({"timeoutMs": -1})"_ba << u"timeoutMs must not be negative (got -1)"_s;
        QTest::addRow("errors but no mix")
            << R"({"errorRate": 0.2})"_ba
            << u"errorMix must list at least one kind of error when errorRate is above 0"_s;
        QTest::addRow("zero weights")
            << R"({"errorRate": 0.2, "errorMix": [{"kind": "timeout", "weight": 0}]})"_ba
            << u"errorMix weights must add up to more than 0 when errorRate is above 0"_s;
        QTest::addRow("unknown kind")
            << R"({"errorMix": [{"kind": "dns"}]})"_ba
            << u"errorMix[0]: kind must be \"http\", \"timeout\" or \"vendor\" (got \"dns\")"_s;
        QTest::addRow("http without status")
            << R"({"errorMix": [{"kind": "http"}]})"_ba
            << u"errorMix[0]: an http error needs an httpStatus between 400 and 599 (got 0)"_s;
        QTest::addRow("vendor without code")
            << R"({"errorMix": [{"kind": "vendor", "httpStatus": 429}]})"_ba
            << u"errorMix[0]: a vendor error needs a vendorCode"_s;
        QTest::addRow("rate as text")
            << R"({"errorRate": "0.5"})"_ba << u"errorRate must be a number"_s;
        QTest::addRow("mix not a list")
            << R"({"errorMix": {}})"_ba << u"errorMix must be an array"_s;
    }
    void rejectsBadValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!FaultProfile::fromJson(QJsonDocument::fromJson(json).object(), &why));
        QCOMPARE(why, error);
    }

    void healthyWithoutMixIsValid()
    {
        FaultProfile p;
        p.errorRate = 0;
        QCOMPARE(p.validate(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestFaultProfile)
#include "tst_faultprofile.moc"
