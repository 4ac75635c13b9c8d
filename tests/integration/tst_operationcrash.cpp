// SPDX-License-Identifier: MIT
// A 100,000-letter bulk retry survives kill -9 at random moments: every letter
// ends exactly once, none is delivered twice, none is lost.
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOperationCrash : public QObject {
    Q_OBJECT
private:
    static constexpr qint64 letters = 100000;
    static constexpr int kills = 3;

    static qint64 count(const QJsonObject &op, const QString &what)
    {
        return op.value(u"counts"_s).toObject().value(what).toInteger(-1);
    }

private Q_SLOTS:
    void killNineMidRunLosesAndDuplicatesNothing()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random kill moments from seed %u", seed);
        QRandomGenerator rng(seed);

        QTemporaryDir data;
        SimProcess::Options options;
        options.dataDir = data.path();
        auto sim = std::make_unique<SimProcess>();
        QVERIFY2(sim->start(options), qPrintable(sim->error()));
        {
            ApiClient admin(sim->baseUrl(), SimProcess::adminToken());
            // A source with no integration: every retry delivers, so success is the only honest
            // end.
            const auto r = admin.post(u"/sim/v1/deadletters/generate"_s,
                { { u"count"_s, letters }, { u"source"_s, u"crash"_s } });
            QVERIFY2(r.status == 201, r.describe());
        }
        QString id;
        {
            ApiClient op(sim->baseUrl(), SimProcess::operatorToken());
            const auto r = op.post(u"/ops/v1/operations"_s,
                { { u"kind"_s, u"retry"_s },
                    { u"selector"_s, QJsonObject { { u"filter"_s, u"source:crash"_s } } },
                    { u"reason"_s, u"crash test"_s } });
            QVERIFY2(r.status == 201, r.describe());
            QCOMPARE(count(r.json(), u"selected"_s), letters);
            id = r.json().value(u"id"_s).toString();
        }

        for (int k = 0; k < kills; ++k) {
            // Somewhere in each quarter of the run, plus a few random milliseconds.
            const qint64 target
                = letters * (k + 1) / (kills + 1) + qint64(rng.bounded(letters / 10));
            ApiClient viewer(sim->baseUrl(), SimProcess::viewerToken());
            QDeadlineTimer deadline(120000);
            qint64 done = 0;
            while ((done = count(viewer.get(u"/ops/v1/operations/"_s + id).json(), u"succeeded"_s))
                    < target
                && !deadline.hasExpired())
                QTest::qWait(20);
            QVERIFY2(done >= target,
                qPrintable(
                    u"only %1 of %2 items done before the deadline"_s.arg(done).arg(target)));
            QTest::qWait(int(rng.bounded(30)));
            sim->kill();
            qInfo("kill -9 with about %lld of %lld items done", done, letters);

            sim = std::make_unique<SimProcess>();
            QVERIFY2(sim->start(options), qPrintable(sim->error()));
            const QJsonObject resumed = ApiClient(sim->baseUrl(), SimProcess::viewerToken())
                                            .get(u"/ops/v1/operations/"_s + id)
                                            .json();
            // Killed mid-run: what the server reported done stayed done, the rest is still to do.
            QVERIFY2(count(resumed, u"succeeded"_s) >= done,
                qPrintable(
                    u"%1 done after the restart, %2 before"_s.arg(count(resumed, u"succeeded"_s))
                        .arg(done)));
            QVERIFY(count(resumed, u"pending"_s) > 0);
        }

        ApiClient admin(sim->baseUrl(), SimProcess::adminToken());
        QDeadlineTimer deadline(150000);
        QJsonObject op = admin.get(u"/ops/v1/operations/"_s + id).json();
        while (op.value(u"state"_s).toString() == u"running"_s && !deadline.hasExpired()) {
            QTest::qWait(100);
            op = admin.get(u"/ops/v1/operations/"_s + id).json();
        }
        QCOMPARE(op.value(u"state"_s).toString(), u"succeeded"_s);
        QCOMPARE(count(op, u"selected"_s), letters);
        QCOMPARE(count(op, u"succeeded"_s), letters);
        QCOMPARE(count(op, u"failed"_s) + count(op, u"skipped"_s) + count(op, u"pending"_s), 0);
        QCOMPARE(op.value(u"reconciliation"_s).toString(),
            u"100000 selected = 100000 succeeded + 0 failed + 0 skipped"_s);

        // The upstream's own record: each letter once, none twice.
        const QJsonObject ledger
            = admin.get(u"/sim/v1/ledger"_s, QUrlQuery { { u"source"_s, u"crash"_s } }).json();
        QCOMPARE(ledger.value(u"duplicates"_s).toArray().size(), 0);
        QCOMPARE(ledger.value(u"distinctMessages"_s).toInteger(), count(op, u"succeeded"_s));
        QCOMPARE(ledger.value(u"deliveries"_s).toInteger(), letters);
        // None left behind, and the journal holds no item without an outcome.
        const auto groups = admin.get(
            u"/ops/v1/deadletters/groups"_s, QUrlQuery { { u"q"_s, u"source:crash"_s } });
        QCOMPARE(groups.json().value(u"total"_s).toInteger(-1), 0);
        const auto pending = admin.get(
            u"/ops/v1/operations/%1/items"_s.arg(id), QUrlQuery { { u"outcome"_s, u"pending"_s } });
        QVERIFY2(pending.status == 200, pending.describe());
        QVERIFY(pending.items().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOperationCrash)
#include "tst_operationcrash.moc"
