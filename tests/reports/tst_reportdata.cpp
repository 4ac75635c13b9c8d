// SPDX-License-Identifier: MIT
#include "reports/reportdata.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ReportData : public QObject {
    Q_OBJECT

    static ReportData sample()
    {
        ReportData d;
        d.generatedMs = 1795398000000;
        d.backendName = u"prod (ops.example.com)"_s;
        d.backendUrl = u"https://ops.example.com"_s;
        d.environment = Environment::Production;
        d.info.name = u"breakwater-sim"_s;
        d.info.version = u"0.1.0"_s;
        d.info.capabilities = { u"metrics"_s, u"breakers"_s };
        d.info.role = u"viewer"_s;
        d.fromMs = 1795394400000;
        d.toMs = 1795398000000;
        d.metrics = { d.fromMs, d.toMs, 10000,
            { { u"request_rate"_s, {}, { { d.fromMs, 1.5 }, { d.fromMs + 10000, 2.5 } } } } };
        BreakerSnapshot b;
        b.name = u"erp"_s;
        b.integration = u"erp-order-export"_s;
        b.state = BreakerState::Open;
        d.breakers = { b };
        d.transitions.items = { { u"erp"_s,
            { d.fromMs + 5, BreakerState::Closed, BreakerState::Open, u"failure rate"_s, {},
                {} } } };
        SyncJob s;
        s.id = u"sync-1"_s;
        s.name = u"Catalogue"_s;
        s.integration = u"erp-order-export"_s;
        d.syncs = { s };
        d.deadLetterGroups = { { u"abcd"_s, u"erp-order-export"_s, u"Timeout"_s,
            u"timed out after # ms"_s, 2, d.fromMs, d.toMs } };
        d.deadLettersInRange = 2;
        d.deadLettersTotal = 7;
        DeadLetter l;
        l.id = 5;
        l.source = u"erp-order-export"_s;
        l.fingerprint = u"abcd"_s;
        l.lastFailureMs = d.fromMs + 100;
        l.firstFailureMs = d.fromMs + 50;
        d.deadLetters = { l };
        l.payload = R"({"a":1})";
        l.headers = { { u"content-type"_s, u"application/json"_s } };
        l.error.stack = u"at x"_s;
        d.samples = { l };
        AuditRecord a;
        a.seq = 3;
        a.timeMs = d.fromMs + 7;
        a.action = u"breaker.reset"_s;
        a.reason = u"recovered"_s;
        a.succeeded = true;
        a.hash = "00ff";
        d.operatorActions = { a };
        d.redactedValues = 4;
        d.notes = { u"a note"_s };
        return d;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const ReportData d = sample();
        const auto back = ReportData::fromJson(d.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error()));
        QCOMPARE(back->toJson(), d.toJson());
        QCOMPARE(back->samplesOf(u"abcd"_s).size(), 1);
        QCOMPARE(back->samples.at(0).payload, QByteArray(R"({"a":1})"));
        QCOMPARE(back->environment, Environment::Production);
        QCOMPARE(back->operatorActions.at(0).hash, QByteArray("00ff"));
        QCOMPARE(back->metrics, d.metrics);
        QCOMPARE(back->transitions, d.transitions);
    }

    void strict_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("another version") << u"formatVersion"_s << QJsonValue(2);
        QTest::addRow("not a report") << u"format"_s << QJsonValue(u"something"_s);
        QTest::addRow("bad time") << u"from"_s << QJsonValue(u"yesterday"_s);
        QTest::addRow("bad environment") << u"environment"_s << QJsonValue(u"moon"_s);
        QTest::addRow("breakers not a list") << u"breakers"_s << QJsonValue(u"x"_s);
        QTest::addRow("bad breaker")
            << u"breakers"_s << QJsonValue(QJsonArray { QJsonObject { { u"name"_s, 1 } } });
        QTest::addRow("no dead letters") << u"deadLetters"_s << QJsonValue();
        QTest::addRow("no redaction") << u"redaction"_s << QJsonValue(QJsonObject {});
    }
    void strict()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject o = sample().toJson();
        if (value.isNull())
            o.remove(key);
        else
            o.insert(key, value);
        const auto back = ReportData::fromJson(o);
        QVERIFY(!back);
        QVERIFY(!back.error().isEmpty());
    }

    void versionErrorSaysWhich()
    {
        QJsonObject o = sample().toJson();
        o.insert(u"formatVersion"_s, 9);
        const auto back = ReportData::fromJson(o);
        QVERIFY(!back);
        QVERIFY2(back.error().contains(u'9'), qPrintable(back.error()));
    }
};

QTEST_GUILESS_MAIN(tst_ReportData)
#include "tst_reportdata.moc"
