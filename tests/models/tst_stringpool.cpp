// SPDX-License-Identifier: MIT
#include "models/stringpool.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStringPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameTextSameId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("ascii") << u"orders-export"_s;
        QTest::addRow("non-ascii") << u"Zahlung fehlgeschlagen: Währung ungültig – ß ✓"_s;
        QTest::addRow("surrogate pair") << u"queue 🚚 stuck"_s;
        QTest::addRow("one character") << u"x"_s;
    }
    void sameTextSameId()
    {
        QFETCH(QString, text);
        StringPool pool;
        const StringPool::Id id = pool.intern(text);
        QVERIFY(id != StringPool::EmptyId);
        QCOMPARE(pool.intern(QString(text)), id); // an equal copy, not the same data
        QCOMPARE(pool.string(id), text);
        QCOMPARE(pool.find(text), id);
        QCOMPARE(pool.count(), 2);
    }

    void emptyTextIsIdZero()
    {
        StringPool pool;
        QCOMPARE(pool.intern(QString()), StringPool::EmptyId);
        QCOMPARE(pool.intern(u""), StringPool::EmptyId);
        QCOMPARE(pool.string(StringPool::EmptyId), QString());
        QCOMPARE(pool.count(), 1);
    }

    void caseAndPrefixesAreDifferentTexts()
    {
        StringPool pool;
        const auto a = pool.intern(u"Timeout");
        QVERIFY(pool.intern(u"timeout") != a);
        QVERIFY(pool.intern(u"Time") != a);
        QVERIFY(pool.intern(u"Timeouts") != a);
        QCOMPARE(pool.count(), 5);
    }

    void manyTextsKeepTheirIdsWhileTheTableGrows()
    {
        StringPool pool;
        QList<StringPool::Id> ids;
        for (int i = 0; i < 50000; ++i)
            ids.append(pool.intern(u"message %1"_s.arg(i)));
        QCOMPARE(pool.count(), 50001);
        for (int i = 0; i < 50000; i += 997) {
            QCOMPARE(pool.string(ids[i]), u"message %1"_s.arg(i));
            QCOMPARE(pool.intern(u"message %1"_s.arg(i)), ids[i]);
        }
        // Distinct texts cost about their UTF-8 plus bookkeeping, not a QString each.
        QVERIFY2(pool.bytesHeld() < 50000 * 48, qPrintable(QString::number(pool.bytesHeld())));
    }

    void findNeverAdds()
    {
        StringPool pool;
        QCOMPARE(pool.find(u"absent"), StringPool::NotFound);
        QCOMPARE(pool.count(), 1);
    }

    void clearForgetsAndReleases()
    {
        StringPool pool;
        for (int i = 0; i < 10000; ++i)
            pool.intern(u"text %1"_s.arg(i));
        const qsizetype full = pool.bytesHeld();
        pool.clear();
        QCOMPARE(pool.count(), 1);
        QCOMPARE(pool.find(u"text 1"), StringPool::NotFound);
        QVERIFY(pool.bytesHeld() < full / 10);
        QCOMPARE(pool.string(pool.intern(u"text 1")), u"text 1"_s);
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
