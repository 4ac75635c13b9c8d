// SPDX-License-Identifier: MIT
#include "core/clock.h"
#include "models/breakermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 now = 1'800'000'000'000;

BreakerSnapshot breaker(const QString &name, BreakerState state = BreakerState::Closed)
{
    BreakerSnapshot s;
    s.name = name;
    s.integration = name + u"-api"_s;
    s.state = state;
    s.config.windowSize = 20;
    s.config.failureRateThreshold = 50;
    s.config.slowCallRateThreshold = 80;
    return s;
}

QString text(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

} // namespace

class TestBreakerModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void resetShowsOneRowPerBreaker()
    {
        BreakerModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({ breaker(u"payments"_s), breaker(u"orders"_s, BreakerState::Open) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(BreakerModel::ColumnCount));
        QCOMPARE(text(model, 1, BreakerModel::NameColumn), u"orders"_s);
        QCOMPARE(text(model, 1, BreakerModel::StateColumn), u"Open"_s);
        QCOMPARE(model.data(model.index(1, 0), BreakerModel::StateRole).toInt(),
            int(BreakerState::Open));
        QCOMPARE(model.rowOf(u"orders"_s), 1);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        QVERIFY(model.breaker(u"payments"_s));
        QCOMPARE(model.breaker(u"payments"_s)->integration, u"payments-api"_s);
    }

    void ratesAgainstThresholds_data()
    {
        QTest::addColumn<double>("failureRate");
        QTest::addColumn<double>("slowRate");
        QTest::addColumn<QString>("failureText");
        QTest::addColumn<QString>("slowText");
        QTest::addColumn<bool>("failureOver");
        QTest::addColumn<bool>("slowOver");
        QTest::addRow("too few calls")
            << -1.0 << -1.0 << u"n/a / 50.0 %"_s << u"n/a / 80.0 %"_s << false << false;
        QTest::addRow("below") << 12.5 << 0.0 << u"12.5 % / 50.0 %"_s << u"0.0 % / 80.0 %"_s
                               << false << false;
        QTest::addRow("at threshold")
            << 50.0 << 80.0 << u"50.0 % / 50.0 %"_s << u"80.0 % / 80.0 %"_s << true << true;
        QTest::addRow("over") << 62.5 << 95.0 << u"62.5 % / 50.0 %"_s << u"95.0 % / 80.0 %"_s
                              << true << true;
    }
    void ratesAgainstThresholds()
    {
        QFETCH(double, failureRate);
        QFETCH(double, slowRate);
        BreakerSnapshot s = breaker(u"erp"_s);
        s.failureRate = failureRate;
        s.slowCallRate = slowRate;
        BreakerModel model;
        model.reset({ s });
        QTEST(text(model, 0, BreakerModel::FailureRateColumn), "failureText");
        QTEST(text(model, 0, BreakerModel::SlowCallRateColumn), "slowText");
        QTEST(model
                  .data(model.index(0, BreakerModel::FailureRateColumn),
                      BreakerModel::OverThresholdRole)
                  .toBool(),
            "failureOver");
        QTEST(model
                  .data(model.index(0, BreakerModel::SlowCallRateColumn),
                      BreakerModel::OverThresholdRole)
                  .toBool(),
            "slowOver");
    }

    void windowCounts()
    {
        BreakerSnapshot s = breaker(u"erp"_s);
        s.bufferedCalls = 12;
        s.failedCalls = 5;
        s.slowCalls = 2;
        BreakerModel model;
        model.reset({ s });
        QCOMPARE(text(model, 0, BreakerModel::WindowColumn), u"12/20 calls, 5 failed, 2 slow"_s);
    }

    void nextProbeCountsDownWithTheClock()
    {
        ManualClock clock(now);
        BreakerModel model;
        model.setClock(&clock);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BreakerSnapshot open = breaker(u"orders"_s, BreakerState::Open);
        open.openedAtMs = now - 3000;
        open.nextProbeAtMs = now + 7000;
        model.reset({ breaker(u"payments"_s), open });
        QCOMPARE(text(model, 0, BreakerModel::NextProbeColumn), QString());
        QCOMPARE(text(model, 1, BreakerModel::NextProbeColumn), u"in 7 s"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(3000);
        model.tick();
        // Only the open breaker's probe cell changes.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, BreakerModel::NextProbeColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, BreakerModel::NextProbeColumn));
        QCOMPARE(text(model, 1, BreakerModel::NextProbeColumn), u"in 4 s"_s);
        QCOMPARE(model.data(model.index(1, 0), BreakerModel::NextProbeMsRole).toLongLong(), 4000);

        clock.advance(5000);
        QCOMPARE(text(model, 1, BreakerModel::NextProbeColumn), u"due now"_s);
    }

    void updateChangesOnlyThatRow()
    {
        BreakerModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({ breaker(u"a"_s), breaker(u"b"_s), breaker(u"c"_s) });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        BreakerSnapshot b = breaker(u"b"_s, BreakerState::ForcedOpen);
        b.transitions.append({ now, BreakerState::Closed, BreakerState::ForcedOpen,
            u"operator: force-open"_s, u"provider incident"_s, u"ops-1"_s });
        model.update(b);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, BreakerModel::ColumnCount - 1));
        QCOMPARE(text(model, 1, BreakerModel::StateColumn), u"Forced open"_s);
        QVERIFY(text(model, 1, BreakerModel::LastTransitionColumn)
                    .startsWith(u"Closed → Forced open at "_s));
        QVERIFY(text(model, 1, BreakerModel::LastTransitionColumn, Qt::ToolTipRole)
                    .contains(u"provider incident"_s));

        // The same snapshot again changes nothing a view would redraw.
        model.update(b);
        QCOMPARE(changed.size(), 1);
    }

    void batchUpdateCoalesces()
    {
        BreakerModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({ breaker(u"a"_s), breaker(u"b"_s), breaker(u"c"_s), breaker(u"d"_s) });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // a and b are adjacent (one signal), d is apart (another); two new breakers: one insert.
        model.update({ breaker(u"b"_s, BreakerState::Open), breaker(u"new1"_s),
            breaker(u"a"_s, BreakerState::Open), breaker(u"d"_s, BreakerState::Disabled),
            breaker(u"new2"_s) });
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);
        QCOMPARE(inserted.at(0).at(2).toInt(), 5);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(u"new2"_s), 5);
        QCOMPARE(text(model, 3, BreakerModel::StateColumn), u"Disabled"_s);
    }
};

QTEST_GUILESS_MAIN(TestBreakerModel)
#include "tst_breakermodel.moc"
