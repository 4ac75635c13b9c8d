// SPDX-License-Identifier: MIT
#include "core/deadletter.h"
#include "sim/deadletterstore.h"
#include "sim/eventlog.h"
#include "sim/simdatabase.h"
#include "tests/sim/testdatabase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 now = 1'800'000'000'000;

QList<qint64> seqsOf(const QList<OpsEvent> &events)
{
    QList<qint64> seqs;
    for (const auto &e : events)
        seqs.append(e.seq);
    return seqs;
}

} // namespace

class TestEventLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(u"events-%1.sqlite"_s.arg(++m_files)); // a fresh log for every row
        m_db = openTestDatabase(m_path);
        m_log = std::make_unique<EventLog>(*m_db);
    }
    void cleanup()
    {
        m_log.reset();
        m_db.reset();
    }

    void appendNumbersEventsOneByOne()
    {
        QCOMPARE(m_log->lastSeq(), 0);
        QCOMPARE(m_log->firstRetainedSeq(), 1);
        const QJsonObject data { { u"name"_s, u"erp"_s }, { u"state"_s, u"OPEN"_s } };
        const OpsEvent first = m_log->append(u"breaker.transition"_s, data, now);
        QCOMPARE(first.seq, 1);
        QCOMPARE(m_log->append(u"sync.updated"_s, {}, now + 1).seq, 2);
        QCOMPARE(m_log->append(u"faults.changed"_s, {}, now + 2).seq, 3);
        QCOMPARE(m_log->lastSeq(), 3);

        const auto all = m_log->since(0, 100);
        QVERIFY(!all.gap);
        QCOMPARE(seqsOf(all.events), (QList<qint64> { 1, 2, 3 }));
        QCOMPARE(all.events.first().type, u"breaker.transition"_s);
        QCOMPARE(all.events.first().timeMs, now);
        QCOMPARE(all.events.first().data, data);
    }

    void since_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addColumn<bool>("gap");
        // Ten events appended, the oldest four trimmed: 5..10 retained.
        QTest::addRow("caught up") << qint64(10) << 50 << QList<qint64> {} << false;
        QTest::addRow("one behind") << qint64(9) << 50 << QList<qint64> { 10 } << false;
        QTest::addRow("limit") << qint64(5) << 2 << QList<qint64> { 6, 7 } << false;
        QTest::addRow("just before the window")
            << qint64(4) << 50 << QList<qint64> { 5, 6, 7, 8, 9, 10 } << false;
        QTest::addRow("trimmed away") << qint64(3) << 50 << QList<qint64> {} << true;
        QTest::addRow("from the start") << qint64(0) << 50 << QList<qint64> {} << true;
        QTest::addRow("ahead of the server") << qint64(11) << 50 << QList<qint64> {} << true;
    }
    void since()
    {
        QFETCH(qint64, seq);
        QFETCH(int, limit);
        QFETCH(QList<qint64>, expected);
        QFETCH(bool, gap);
        for (int i = 0; i < 10; ++i)
            m_log->append(u"sync.updated"_s, { { u"i"_s, i } }, now + i);
        QCOMPARE(m_log->trim(6), 4);
        QCOMPARE(m_log->firstRetainedSeq(), 5);
        const auto result = m_log->since(seq, limit);
        QCOMPARE(result.gap, gap);
        QCOMPARE(seqsOf(result.events), expected);
    }

    void seqIsNeverReusedAfterTrimOrRestart()
    {
        for (int i = 0; i < 5; ++i)
            m_log->append(u"sync.updated"_s, {}, now);
        QCOMPARE(m_log->trim(0), 5);
        QCOMPARE(m_log->lastSeq(), 5);
        QCOMPARE(m_log->firstRetainedSeq(), 6);
        QVERIFY(!m_log->since(5, 10).gap); // a client that saw everything just waits
        QVERIFY(m_log->since(4, 10).gap);

        // As a restarted server would see it.
        cleanup();
        m_db = openTestDatabase(m_path);
        m_log = std::make_unique<EventLog>(*m_db);
        QCOMPARE(m_log->lastSeq(), 5);
        QCOMPARE(m_log->append(u"sync.updated"_s, {}, now).seq, 6);
        QCOMPARE(seqsOf(m_log->since(5, 10).events), QList<qint64> { 6 });
    }

    void eventCommitsWithTheTransactionAroundIt()
    {
        DeadLetterStore letters(*m_db);
        DeadLetter d;
        d.source = u"orders"_s;
        d.error.errorClass = u"Timeout"_s;
        {
            SimDatabase::Transaction tx(*m_db);
            QVERIFY(tx.isActive());
            QVERIFY(letters.insert(d) > 0);
            QCOMPARE(m_log->append(u"deadletter.created"_s, {}, now).seq, 1);
            // no commit: both go
        }
        QCOMPARE(letters.count({}), 0);
        QCOMPARE(m_log->lastSeq(), 0);
        {
            SimDatabase::Transaction tx(*m_db);
            QVERIFY(letters.insert(d) > 0);
            QCOMPARE(
                m_log->append(u"deadletter.created"_s, {}, now).seq, 1); // no hole in the stream
            QVERIFY(tx.commit());
        }
        QCOMPARE(letters.count({}), 1);
        QCOMPARE(m_log->lastSeq(), 1);
    }

    void thousandAppendsKeepTheirOrder()
    {
        constexpr int events = 1000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < events; ++i)
            QCOMPARE(
                m_log->append(u"sync.updated"_s, { { u"processed"_s, i } }, now + i).seq, i + 1);
        const qint64 elapsed = timer.elapsed();
        qInfo("%d appends, each committed on its own: %lld ms", events, elapsed);
        // How fast is a figure for bench/, not a limit here: a timed test flakes on a busy machine.
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    std::unique_ptr<SimDatabase> m_db;
    std::unique_ptr<EventLog> m_log;
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
