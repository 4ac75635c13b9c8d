// SPDX-License-Identifier: MIT
#include "core/deadletter.h"
#include "core/wiretime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDeadLetter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fingerprintGroupsVariableParts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("numbers") << u"order 42 timed out after 5000 ms"_s
                                 << u"order 7 timed out after 5001 ms"_s << true;
        QTest::addRow("uuids") << u"request 3f2b9c1e-0a4d-4e8b-9b7a-1c2d3e4f5a6b rejected"_s
                               << u"request 00000000-1111-2222-3333-444444444444 rejected"_s
                               << true;
        QTest::addRow("quoted") << u"field 'sku' is invalid"_s << u"field 'price' is invalid"_s
                                << true;
        QTest::addRow("different words")
            << u"connection reset"_s << u"connection refused"_s << false;
    }
    void fingerprintGroupsVariableParts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(fingerprintOf(u"orders"_s, u"Timeout"_s, a)
                == fingerprintOf(u"orders"_s, u"Timeout"_s, b),
            same);
    }
    void fingerprintSeparatesSources()
    {
        QVERIFY(fingerprintOf(u"orders"_s, u"Timeout"_s, u"x"_s)
            != fingerprintOf(u"payments"_s, u"Timeout"_s, u"x"_s));
    }
    void jsonRoundTrip()
    {
        DeadLetter d;
        d.id = 123456789012;
        d.source = u"orders-export"_s;
        d.messageId = u"msg-1"_s;
        d.payload = R"({"order": 42, "name": "Łukasz"})";
        d.headers = { { u"content-type"_s, u"application/json"_s }, { u"x-tenant"_s, u"acme"_s } };
        d.error = { u"HttpServerError"_s, u"503 from ERP"_s, u"at export()"_s, 503, u"ERP_BUSY"_s };
        d.attempts = 4;
        d.firstFailureMs = 1'800'000'000'123;
        d.lastFailureMs = 1'800'000'035'456;
        d.fingerprint = fingerprintOf(d.source, d.error.errorClass, d.error.message);
        const auto back = DeadLetter::fromJson(d.toJson());
        QVERIFY(back);
        QCOMPARE(*back, d);
    }
    void wireTime()
    {
        QCOMPARE(WireTime::format(1'800'000'000'123), u"2027-01-15T08:00:00.123Z"_s);
        QCOMPARE(WireTime::parse(u"2027-01-15T08:00:00.123Z"_s), 1'800'000'000'123);
        QCOMPARE(WireTime::parse(u"2027-01-15T09:00:00+01:00"_s), 1'800'000'000'000);
        QVERIFY(!WireTime::parse(u"yesterday"_s));
        QCOMPARE(WireTime::parseDuration(u"2h"_s), 7'200'000);
        QVERIFY(!WireTime::parseDuration(u"2x"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeadLetter)
#include "tst_deadletter.moc"
