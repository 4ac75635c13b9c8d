// SPDX-License-Identifier: MIT
#include "sim/deliveryledger.h"
#include "sim/simdatabase.h"
#include "tests/sim/testdatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 now = 1'800'000'000'000;

} // namespace

class TestDeliveryLedger : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_db = openTestDatabase(m_dir.filePath(u"ledger-%1.sqlite"_s.arg(++m_files)));
        m_ledger = std::make_unique<DeliveryLedger>(*m_db);
    }
    void cleanup()
    {
        m_ledger.reset();
        m_db.reset();
    }

    void summary_data()
    {
        QTest::addColumn<QStringList>("delivered"); // "source/messageId", in order
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("deliveries");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<QStringList>("duplicates");

        const QStringList clean { u"orders/m1"_s, u"orders/m2"_s, u"orders/m3"_s,
            u"payments/p1"_s };
        QTest::addRow("each once") << clean << u"orders"_s << 3 << 3 << QStringList {};
        QTest::addRow("other source") << clean << u"payments"_s << 1 << 1 << QStringList {};
        QTest::addRow("nothing delivered") << clean << u"catalog"_s << 0 << 0 << QStringList {};
        const QStringList twice { u"orders/m2"_s, u"orders/m1"_s, u"orders/m2"_s, u"orders/m3"_s,
            u"orders/m1"_s, u"orders/m2"_s };
        QTest::addRow("duplicates")
            << twice << u"orders"_s << 6 << 3 << QStringList { u"m1"_s, u"m2"_s };
        const QStringList shared { u"orders/x"_s, u"payments/x"_s };
        QTest::addRow("same id in two sources is no duplicate")
            << shared << u""_s << 2 << 2 << QStringList {};
    }
    void summary()
    {
        QFETCH(QStringList, delivered);
        QFETCH(QString, source);
        QFETCH(int, deliveries);
        QFETCH(int, distinct);
        QFETCH(QStringList, duplicates);
        for (const auto &d : delivered) {
            const auto parts = d.split(u'/');
            QVERIFY(m_ledger->record(parts.at(0), parts.at(1), now));
        }
        const QJsonObject s = m_ledger->summary(source);
        QCOMPARE(s.value(u"source"_s).toString(), source);
        QCOMPARE(s.value(u"deliveries"_s).toInt(), deliveries);
        QCOMPARE(s.value(u"distinctMessages"_s).toInt(), distinct);
        QStringList found;
        for (const auto &v : s.value(u"duplicates"_s).toArray())
            found.append(v.toString());
        QCOMPARE(found, duplicates);
    }

    void countsAndListsDeliveries()
    {
        QVERIFY(m_ledger->record(u"orders"_s, u"m1"_s, now));
        QVERIFY(m_ledger->record(u"payments"_s, u"m1"_s, now + 1));
        QVERIFY(m_ledger->record(u"orders"_s, u"m1"_s, now + 2, u"retry by alice"_s));
        QCOMPARE(m_ledger->deliveryCount(u"m1"_s), 3);
        QCOMPARE(m_ledger->deliveryCount(u"m1"_s, u"orders"_s), 2);
        QCOMPARE(m_ledger->deliveryCount(u"m2"_s), 0);

        const QList<Delivery> orders = m_ledger->list(u"orders"_s);
        QCOMPARE(orders.size(), 2);
        QCOMPARE(orders.at(0).deliveredMs, now);
        QCOMPARE(orders.at(0).operation, QString());
        QCOMPARE(orders.at(1).deliveredMs, now + 2);
        QCOMPARE(orders.at(1).operation, u"retry by alice"_s);
        QCOMPARE(m_ledger->list().size(), 3);
    }

    void deliveriesSurviveRestart()
    {
        const QString path = m_db->filePath();
        QVERIFY(m_ledger->record(u"orders"_s, u"m1"_s, now));
        cleanup();
        m_db = openTestDatabase(path);
        m_ledger = std::make_unique<DeliveryLedger>(*m_db);
        QCOMPARE(m_ledger->deliveryCount(u"m1"_s, u"orders"_s), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SimDatabase> m_db;
    std::unique_ptr<DeliveryLedger> m_ledger;
};

QTEST_GUILESS_MAIN(TestDeliveryLedger)
#include "tst_deliveryledger.moc"
