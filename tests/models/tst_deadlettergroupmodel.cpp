// SPDX-License-Identifier: MIT
#include "models/deadlettergroupmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 t0 = 1'800'000'000'000;

DeadLetterGroup group(const QString &source, const QString &errorClass, qint64 count)
{
    DeadLetterGroup g;
    g.source = source;
    g.errorClass = errorClass;
    g.message = u"order <n> timed out after <n> ms"_s;
    g.fingerprint = fingerprintOf(source, errorClass, g.message);
    g.count = count;
    g.firstFailureMs = t0;
    g.lastFailureMs = t0 + count * 1000;
    return g;
}

DeadLetterGroups groups(const QList<DeadLetterGroup> &items)
{
    DeadLetterGroups g;
    g.items = items;
    for (const DeadLetterGroup &item : items)
        g.total += item.count;
    return g;
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

} // namespace

class TestDeadLetterGroupModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsGroups()
    {
        DeadLetterGroupModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy total(&model, &DeadLetterGroupModel::totalChanged);
        const DeadLetterGroup timeouts = group(u"orders-export"_s, u"UpstreamTimeout"_s, 1500);
        model.setGroups(groups({ timeouts, group(u"payments"_s, u"HttpClientError"_s, 3) }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DeadLetterGroupModel::ColumnCount));
        QCOMPARE(text(model, 0, DeadLetterGroupModel::SourceColumn), u"orders-export"_s);
        QCOMPARE(text(model, 0, DeadLetterGroupModel::ErrorClassColumn), u"UpstreamTimeout"_s);
        QCOMPARE(text(model, 0, DeadLetterGroupModel::MessageColumn),
            u"order <n> timed out after <n> ms"_s);
        QCOMPARE(text(model, 0, DeadLetterGroupModel::CountColumn), u"1,500"_s);
        QVERIFY(!text(model, 0, DeadLetterGroupModel::LastSeenColumn).isEmpty());
        QCOMPARE(model.data(model.index(0, 0), DeadLetterGroupModel::FingerprintRole).toString(),
            timeouts.fingerprint);
        QCOMPARE(model
                     .data(model.index(0, DeadLetterGroupModel::CountColumn),
                         DeadLetterGroupModel::SortRole)
                     .toLongLong(),
            1500);
        QCOMPARE(model.total(), 1503);
        QCOMPARE(total.size(), 1);
    }

    void reloadMergesInPlace()
    {
        DeadLetterGroupModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DeadLetterGroup a = group(u"a"_s, u"E"_s, 10);
        const DeadLetterGroup b = group(u"b"_s, u"E"_s, 20);
        const DeadLetterGroup c = group(u"c"_s, u"E"_s, 30);
        model.setGroups(groups({ a, b, c }));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // b was retried away, c grew, d is a new cause; the server sorts by count.
        DeadLetterGroup c2 = c;
        c2.count = 31;
        const DeadLetterGroup d = group(u"d"_s, u"E"_s, 40);
        model.setGroups(groups({ d, c2, a }));

        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), model.rowOf(c.fingerprint));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        // Rows keep their places: a view's selection stays on the same cause.
        QCOMPARE(model.rowOf(a.fingerprint), 0);
        QCOMPARE(model.rowOf(c.fingerprint), 1);
        QCOMPARE(model.rowOf(d.fingerprint), 2);
        QCOMPARE(model.rowOf(b.fingerprint), -1);
        QCOMPARE(model.group(c.fingerprint)->count, 31);
        QCOMPARE(model.total(), 81);
    }

    void unchangedReloadIsSilent()
    {
        DeadLetterGroupModel model;
        const auto all = groups({ group(u"a"_s, u"E"_s, 1), group(u"b"_s, u"E"_s, 2) });
        model.setGroups(all);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy total(&model, &DeadLetterGroupModel::totalChanged);
        model.setGroups(all);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(total.size(), 0);
    }

    void emptiedRemovesEverything()
    {
        DeadLetterGroupModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(groups(
            { group(u"a"_s, u"E"_s, 1), group(u"b"_s, u"E"_s, 2), group(u"c"_s, u"E"_s, 3) }));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setGroups(groups({}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.total(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterGroupModel)
#include "tst_deadlettergroupmodel.moc"
