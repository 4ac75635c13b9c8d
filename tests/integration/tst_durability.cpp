// SPDX-License-Identifier: MIT
// Killing the sim loses nothing it acknowledged; SIGTERM shuts it down cleanly.
#include "tests/support/apiclient.h"
#include "tests/support/eventclient.h"
#include "tests/support/simprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDurability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killNineLosesNothingAcknowledged()
    {
        QTemporaryDir data;
        SimProcess::Options options;
        options.dataDir = data.path();

        qint64 deletedId = 0;
        QString syncId;
        qint64 lastSeq = 0;
        {
            SimProcess sim;
            QVERIFY2(sim.start(options), qPrintable(sim.error()));
            ApiClient admin(sim.baseUrl(), SimProcess::adminToken());
            for (int batch = 0; batch < 5; ++batch) {
                const auto r = admin.post(u"/sim/v1/deadletters/generate"_s,
                    { { u"count"_s, 400 }, { u"source"_s, u"durable"_s } });
                QVERIFY2(r.status == 201, r.describe());
                deletedId = r.json().value(u"lastId"_s).toInteger();
            }
            auto r = admin.del(u"/ops/v1/deadletters/%1"_s.arg(deletedId),
                QUrlQuery { { u"reason"_s, u"durability"_s } });
            QVERIFY2(r.status == 200, r.describe());
            r = admin.post(u"/ops/v1/breakers/payments-webhooks/force-open"_s,
                { { u"reason"_s, u"survives restarts"_s } });
            QVERIFY2(r.status == 200, r.describe());
            r = admin.post(u"/ops/v1/syncs"_s,
                { { u"integration"_s, u"marketplace-catalog"_s }, { u"total"_s, 1000000 },
                    { u"itemsPerSecond"_s, 50 }, { u"reason"_s, u"durability"_s } });
            QVERIFY2(r.status == 201, r.describe());
            syncId = r.json().value(u"id"_s).toString();
            EventClient events(sim.baseUrl(), SimProcess::viewerToken());
            QVERIFY(events.connectAndWaitForHello());
            lastSeq = events.hello().value(u"seq"_s).toInteger();
            QVERIFY(lastSeq >= 8);
            sim.kill(); // SIGKILL right after the acknowledgements
        }

        SimProcess sim;
        QVERIFY2(sim.start(options), qPrintable(sim.error()));
        ApiClient op(sim.baseUrl(), SimProcess::operatorToken());
        const auto groups = op.get(
            u"/ops/v1/deadletters/groups"_s, QUrlQuery { { u"q"_s, u"source:durable"_s } });
        QVERIFY2(groups.status == 200, groups.describe());
        QCOMPARE(groups.json().value(u"total"_s).toInt(), 1999);
        QCOMPARE(op.get(u"/ops/v1/deadletters/%1"_s.arg(deletedId)).status, 404);
        QCOMPARE(
            op.get(u"/ops/v1/breakers/payments-webhooks"_s).json().value(u"state"_s).toString(),
            u"FORCED_OPEN"_s);
        const auto sync = op.get(u"/ops/v1/syncs/"_s + syncId);
        QVERIFY2(sync.status == 200, sync.describe());
        QCOMPARE(sync.json().value(u"total"_s).toInteger(), 1000000);

        // The event stream resumes where it was: nothing reused, nothing lost.
        EventClient events(sim.baseUrl(), SimProcess::viewerToken());
        QVERIFY(events.connectAndWaitForHello(lastSeq - 3));
        QTRY_VERIFY_WITH_TIMEOUT(events.seqs().size() >= 3, 10000);
        QCOMPARE(events.seqs().mid(0, 3), (QList<qint64> { lastSeq - 2, lastSeq - 1, lastSeq }));
        QVERIFY(events.hello().value(u"seq"_s).toInteger() >= lastSeq);
    }

    void sigtermIsAClean0()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.error()));
        QCOMPARE(sim.stop(), 0);
    }

    void badArgumentsExitWithUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no data folder") << QStringList { u"--listen"_s, u"127.0.0.1:0"_s };
        QTest::addRow("bad listen")
            << QStringList { u"--listen"_s, u"nowhere"_s, u"--data"_s, u"/tmp"_s };
        QTest::addRow("bad token") << QStringList { u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s,
            u"/tmp"_s, u"--token"_s, u"root=x"_s };
        QTest::addRow("unknown scenario") << QStringList { u"--listen"_s, u"127.0.0.1:0"_s,
            u"--data"_s, u"/tmp"_s, u"--scenario"_s, u"nope"_s };
    }
    void badArgumentsExitWithUsage()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(SimProcess::executable(), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }

    void generatesAnAdminTokenWhenGivenNone()
    {
        QTemporaryDir data;
        QProcess p;
        p.start(SimProcess::executable(),
            { u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path(), u"--scenario"_s,
                u"quiet"_s });
        QVERIFY(p.waitForReadyRead(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 5000);
        const QByteArray first = p.readLine();
        QVERIFY2(first.startsWith("listening on http://127.0.0.1:"), first);
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 5000);
        const QByteArray second = p.readLine().trimmed();
        QVERIFY2(second.startsWith("admin token: "), second);
        const QByteArray token = second.mid(13);
        QVERIFY(token.size() >= 32);
        const QUrl base(QString::fromUtf8(first.mid(13).trimmed()));
        ApiClient admin(base, token);
        QCOMPARE(admin.get(u"/ops/v1/info"_s)
                     .json()
                     .value(u"identity"_s)
                     .toObject()
                     .value(u"role"_s)
                     .toString(),
            u"admin"_s);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
