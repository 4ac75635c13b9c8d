// SPDX-License-Identifier: MIT
#include "core/deadletterquery.h"
#include "sim/deadletterquerysql.h"
#include "sim/deadletterstore.h"
#include "sim/operationjournal.h"
#include "sim/simdatabase.h"
#include "tests/sim/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DeadLetter letter(const QString &source, const QString &errorClass, int n)
{
    DeadLetter d;
    d.source = source;
    d.messageId = u"m-%1"_s.arg(n);
    d.error.errorClass = errorClass;
    d.error.message = u"failed %1 times"_s.arg(n); // numbers vary, the group does not
    d.firstFailureMs = d.lastFailureMs = 1'800'000'000'000;
    return d;
}

OperationJournal::LetterSelection matching(const QString &text, qint64 highWater)
{
    const auto sql
        = DeadLetterQuerySql::from(std::get<DeadLetterQuery>(DeadLetterQuery::parse(text, 0)));
    return OperationJournal::lettersMatching(sql.condition, sql.values, highWater);
}

} // namespace

class TestOperationJournal : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimDatabase> m_db;
    std::unique_ptr<DeadLetterStore> m_store;
    std::unique_ptr<OperationJournal> m_journal;

    /** A new operation with its selection frozen, as the runner creates one. */
    qint64 create(const OperationJournal::LetterSelection &selection, qint64 *selected = nullptr)
    {
        SimDatabase::Transaction tx(*m_db);
        const qint64 number
            = m_journal->insertOperation({}, QJsonObject { { u"kind"_s, u"retry"_s } });
        const qint64 n = m_journal->selectLetters(number, selection);
        if (selected)
            *selected = n;
        Operation op;
        op.id = OperationJournal::idOf(number);
        op.counts.selected = n;
        m_journal->saveOperation(number, op);
        return tx.commit() ? number : 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_journal.reset();
        m_store.reset();
        m_db.reset();
        QFile::remove(SimDatabase::filePathIn(m_dir.path()));
        m_db = openTestDatabase(SimDatabase::filePathIn(m_dir.path()));
        m_store = std::make_unique<DeadLetterStore>(*m_db);
        m_journal = std::make_unique<OperationJournal>(*m_db);
        QVERIFY(m_journal->ensureSchema());
        QVERIFY(m_journal->ensureSchema()); // idempotent: a restarted sim calls it again
    }

    void idsRoundTrip_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("number");
        QTest::addRow("op-1") << u"op-1"_s << qint64(1);
        QTest::addRow("op-123456") << u"op-123456"_s << qint64(123456);
        QTest::addRow("leading zero") << u"op-01"_s << qint64(0);
        QTest::addRow("no prefix") << u"12"_s << qint64(0);
        QTest::addRow("negative") << u"op--3"_s << qint64(0);
        QTest::addRow("trailing text") << u"op-3x"_s << qint64(0);
    }

    void idsRoundTrip()
    {
        QFETCH(QString, id);
        QFETCH(qint64, number);
        QCOMPARE(OperationJournal::numberOf(id), number);
        if (number)
            QCOMPARE(OperationJournal::idOf(number), id);
    }

    void filterIsFrozenAtTheHighWaterMark()
    {
        QList<DeadLetter> first;
        for (int i = 0; i < 10; ++i)
            first.append(letter(u"orders"_s, u"Timeout"_s, i));
        first.append(letter(u"payments"_s, u"Timeout"_s, 99));
        const QList<qint64> ids = m_store->insertMany(first);
        QVERIFY(m_store->markDeleted(ids.at(2)));
        const qint64 highWater = m_store->lastId();
        m_store->insertMany(
            { letter(u"orders"_s, u"Timeout"_s, 100), letter(u"orders"_s, u"Timeout"_s, 101) });

        const auto selection = matching(u"source:orders"_s, highWater);
        const auto b = m_journal->breakdown(selection);
        QCOMPARE(b.count, 9); // ten orders, one deleted, the two later ones above the mark
        QCOMPARE(b.bySource.size(), 1);
        QCOMPARE(b.byGroup.size(), 1);
        QCOMPARE(b.byGroup.at(0).label, u"Timeout: failed # times"_s);

        qint64 selected = 0;
        const qint64 number = create(selection, &selected);
        QCOMPARE(selected, 9);
        // Letters stored after the operation was created are never swept in.
        m_store->insert(letter(u"orders"_s, u"Timeout"_s, 102));
        const auto pending = m_journal->pendingItems(number, true, 100);
        QCOMPARE(pending.size(), 9);
        QCOMPARE(pending.first().position, ids.first());
        QVERIFY(std::is_sorted(pending.cbegin(), pending.cend(),
            [](const auto &a, const auto &b) { return a.position < b.position; }));
        QVERIFY(std::all_of(pending.cbegin(), pending.cend(),
            [&](const auto &p) { return p.position <= highWater; }));
    }

    void breakdownIsLargestFirst()
    {
        QList<DeadLetter> letters;
        for (int i = 0; i < 5; ++i)
            letters.append(letter(u"a"_s, u"Timeout"_s, i));
        for (int i = 0; i < 3; ++i)
            letters.append(letter(u"b"_s, u"Refused"_s, i));
        for (int i = 0; i < 4; ++i)
            letters.append(letter(u"b"_s, u"Timeout"_s, i));
        m_store->insertMany(letters);
        const auto b = m_journal->breakdown(matching({}, m_store->lastId()));
        QCOMPARE(b.count, 12);
        QCOMPARE(b.bySource.at(0).key, u"b"_s);
        QCOMPARE(b.bySource.at(0).count, 7);
        QCOMPARE(b.bySource.at(1).count, 5);
        QList<qint64> groups;
        for (const auto &g : b.byGroup)
            groups.append(g.count);
        QCOMPARE(groups, (QList<qint64> { 5, 4, 3 }));
        QCOMPARE(b.byGroup.at(2).label, u"Refused: failed # times"_s);
        QCOMPARE(m_journal->sampleLetterIds(matching({}, m_store->lastId()), 2),
            (QList<qint64> { 12, 11 }));
    }

    void anItemEndsOnceAndTheTallyReconciles()
    {
        QList<DeadLetter> letters;
        for (int i = 0; i < 6; ++i)
            letters.append(letter(u"orders"_s, u"Timeout"_s, i));
        const QList<qint64> ids = m_store->insertMany(letters);
        const qint64 number = create(OperationJournal::lettersById(ids));
        QVERIFY(m_journal->finishItem(number, ids.at(0), OperationItemOutcome::Succeeded, {}, 5));
        QVERIFY(
            !m_journal->finishItem(number, ids.at(0), OperationItemOutcome::Failed, u"again"_s, 6));
        QVERIFY(m_journal->finishItem(
            number, ids.at(1), OperationItemOutcome::Failed, u"Timeout: boom"_s, 7));
        QVERIFY(
            m_journal->finishItem(number, ids.at(2), OperationItemOutcome::Skipped, u"gone"_s, 8));

        auto t = m_journal->tally(number);
        QCOMPARE(t.items, 6);
        QCOMPARE(t.counts.succeeded, 1);
        QCOMPARE(t.counts.failed, 1);
        QCOMPARE(t.counts.skipped, 1);
        QCOMPARE(t.pending, 3);
        QCOMPARE(t.firstPendingKeys,
            (QStringList { QString::number(ids.at(3)), QString::number(ids.at(4)),
                QString::number(ids.at(5)) }));
        QCOMPARE(m_journal->pendingItems(number, true, 10).first().position, ids.at(3));

        QCOMPARE(m_journal->skipPending(number, u"cancelled"_s, 9), 3);
        t = m_journal->tally(number);
        QCOMPARE(t.pending, 0);
        QCOMPARE(t.counts.skipped, 4);
        QCOMPARE(t.skippedBy, (QJsonObject { { u"gone"_s, 1 }, { u"cancelled"_s, 3 } }));
        QVERIFY(m_journal->pendingItems(number, true, 10).isEmpty());
    }

    void aRolledBackSliceLeavesItemsPending()
    {
        const QList<qint64> ids
            = m_store->insertMany({ letter(u"o"_s, u"T"_s, 1), letter(u"o"_s, u"T"_s, 2) });
        const qint64 number = create(OperationJournal::lettersById(ids));
        {
            SimDatabase::Transaction tx(*m_db);
            QVERIFY(m_store->markResolved(ids.at(0)));
            QVERIFY(
                m_journal->finishItem(number, ids.at(0), OperationItemOutcome::Succeeded, {}, 1));
            // No commit: as if the process died here.
        }
        const auto pending = m_journal->pendingItems(number, true, 10);
        QCOMPARE(pending.size(), 2);
        QVERIFY(pending.at(0).letterActive); // the effect rolled back with the outcome
    }

    void itemsPageInOrder()
    {
        QList<DeadLetter> letters;
        for (int i = 0; i < 25; ++i)
            letters.append(letter(u"orders"_s, u"Timeout"_s, i));
        const QList<qint64> ids = m_store->insertMany(letters);
        const qint64 number = create(OperationJournal::lettersById(ids));
        for (int i = 0; i < 25; i += 2)
            m_journal->finishItem(number, ids.at(i), OperationItemOutcome::Succeeded, {}, 1);
        QStringList keys;
        qint64 after = 0;
        int pages = 0;
        do {
            const auto page = m_journal->items(number, OperationItemOutcome::Succeeded, after, 5);
            for (const auto &item : page.items)
                keys.append(item.key);
            after = page.lastPosition;
            ++pages;
        } while (after && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(keys.size(), 13);
        QCOMPARE(keys.first(), QString::number(ids.first()));
        QCOMPARE(m_journal->items(number, std::nullopt, 0, 1000).items.size(), 25);
    }

    void idempotencyKeysFindTheirOperationAfterARestart()
    {
        const QJsonObject request { { u"kind"_s, u"delete"_s }, { u"reason"_s, u"x"_s } };
        qint64 number = 0;
        {
            SimDatabase::Transaction tx(*m_db);
            number = m_journal->insertOperation(u"key-1"_s, request);
            Operation op;
            op.id = OperationJournal::idOf(number);
            op.state = OperationState::Paused;
            QVERIFY(m_journal->saveOperation(number, op));
            QVERIFY(tx.commit());
        }
        QVERIFY(!m_journal->insertOperation(u"key-1"_s, request)); // the key is unique
        m_journal.reset();
        m_store.reset();
        m_db = openTestDatabase(SimDatabase::filePathIn(m_dir.path()));
        m_journal = std::make_unique<OperationJournal>(*m_db);
        QVERIFY(m_journal->ensureSchema());
        const auto found = m_journal->byIdempotencyKey(u"key-1"_s);
        QVERIFY(found);
        QCOMPARE(found->operation.id, OperationJournal::idOf(number));
        QCOMPARE(found->request, request);
        QVERIFY(!m_journal->byIdempotencyKey(u"key-2"_s));
        QVERIFY(!m_journal->byIdempotencyKey({}));
        QCOMPARE(m_journal->inStates({ OperationState::Paused }).size(), 1);
        QVERIFY(m_journal->inStates({ OperationState::Running }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOperationJournal)
#include "tst_operationjournal.moc"
