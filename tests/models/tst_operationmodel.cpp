// SPDX-License-Identifier: MIT
// The operations table as the console keeps it: fed with the Operation JSON of
// "operation.*" events and snapshot reloads, the way the Workspace feeds it.
#include "core/opsevent.h"
#include "core/wiretime.h"
#include "models/operationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 createdMs = 1'795'000'000'000; // 2026-11-18, a fixed instant

/** An operation as the server sends it in an event's data. */
QJsonObject wire(const QString &id, const QString &state, qint64 selected, qint64 succeeded,
    qint64 failed = 0, qint64 skipped = 0)
{
    return QJsonObject { { u"id"_s, id }, { u"kind"_s, u"retry"_s }, { u"state"_s, state },
        { u"selector"_s,
            QJsonObject { { u"filter"_s, u"source:erp"_s }, { u"highWater"_s, 900 } } },
        { u"ratePerSecond"_s, 0 }, { u"reason"_s, u"INC-7 replay"_s },
        { u"actor"_s, u"operator"_s },
        { u"counts"_s,
            QJsonObject { { u"selected"_s, selected }, { u"succeeded"_s, succeeded },
                { u"failed"_s, failed }, { u"skipped"_s, skipped } } },
        { u"itemsPerSecond"_s, 125.4 }, { u"etaSeconds"_s, 75 }, { u"skippedBy"_s, QJsonObject {} },
        { u"createdAt"_s, WireTime::format(createdMs) } };
}

/** What Workspace::onEvents does with one burst: decode each event's data, one update. */
QList<Operation> fromEvents(const QList<OpsEvent> &events)
{
    QList<Operation> ops;
    for (const OpsEvent &e : events)
        if (auto op = Operation::fromJson(e.data))
            ops.append(*op);
    return ops;
}

OpsEvent opsEvent(const QString &type, const QJsonObject &data)
{
    OpsEvent e;
    e.type = type;
    e.data = data;
    return e;
}

Operation op(const QJsonObject &o)
{
    return *Operation::fromJson(o);
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

} // namespace

class TestOperationModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void columnsShowProgressRateEtaAndErrors()
    {
        OperationModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(fromEvents({ opsEvent(
            u"operation.progress"_s, wire(u"op-1"_s, u"running"_s, 5000, 1200, 30, 4)) }));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(OperationModel::ColumnCount));
        QCOMPARE(text(model, 0, OperationModel::IdColumn), u"op-1"_s);
        QCOMPARE(text(model, 0, OperationModel::KindColumn), u"Retry"_s);
        QCOMPARE(text(model, 0, OperationModel::StateColumn), u"Running"_s);
        QCOMPARE(text(model, 0, OperationModel::ProgressColumn), u"1,234/5,000"_s);
        QCOMPARE(text(model, 0, OperationModel::RateColumn), u"125.4/s"_s);
        QCOMPARE(text(model, 0, OperationModel::EtaColumn), u"1 min 15 s"_s);
        QCOMPARE(text(model, 0, OperationModel::ErrorsColumn), u"30"_s);
        QCOMPARE(text(model, 0, OperationModel::ReasonColumn), u"INC-7 replay"_s);
        QCOMPARE(text(model, 0, OperationModel::ActorColumn), u"operator"_s);
        QVERIFY(!text(model, 0, OperationModel::CreatedColumn).isEmpty());
        QCOMPARE(model.data(model.index(0, OperationModel::CreatedColumn), OperationModel::SortRole)
                     .toLongLong(),
            createdMs);
        QCOMPARE(model.data(model.index(0, 0), OperationModel::ProgressRole).toDouble(),
            1234.0 / 5000.0);
        QCOMPARE(model.data(model.index(0, 0), OperationModel::IdRole).toString(), u"op-1"_s);
        QCOMPARE(
            model.headerData(OperationModel::ErrorsColumn, Qt::Horizontal).toString(), u"Errors"_s);
    }

    void finishedRowsShowNoRateOrEta_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("label");
        QTest::addRow("succeeded") << u"succeeded"_s << u"Succeeded"_s;
        QTest::addRow("incomplete") << u"incomplete"_s << u"Incomplete"_s;
        QTest::addRow("cancelled") << u"cancelled"_s << u"Cancelled"_s;
        QTest::addRow("failed") << u"failed"_s << u"Failed"_s;
    }
    void finishedRowsShowNoRateOrEta()
    {
        QFETCH(QString, state);
        QFETCH(QString, label);
        OperationModel model;
        model.update(op(wire(u"op-1"_s, state, 10, 8, 1, 1)));
        QCOMPARE(text(model, 0, OperationModel::StateColumn), label);
        QCOMPARE(text(model, 0, OperationModel::RateColumn), QString());
        QCOMPARE(text(model, 0, OperationModel::EtaColumn), QString());
        QCOMPARE(model.data(model.index(0, 0), OperationModel::FinishedRole).toBool(), true);
    }

    void progressEventsChangeOneRowOnly()
    {
        OperationModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(
            { op(wire(u"op-3"_s, u"running"_s, 100, 10)), op(wire(u"op-2"_s, u"succeeded"_s, 5, 5)),
                op(wire(u"op-1"_s, u"cancelled"_s, 50, 20, 0, 30)) });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy announced(&model, &OperationModel::operationChanged);

        // One burst: the same operation twice (the later value wins) and a new one.
        model.update(
            fromEvents({ opsEvent(u"operation.progress"_s, wire(u"op-3"_s, u"running"_s, 100, 40)),
                opsEvent(u"operation.progress"_s, wire(u"op-3"_s, u"running"_s, 100, 60)),
                opsEvent(u"operation.created"_s, wire(u"op-4"_s, u"queued"_s, 7, 0)) }));

        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(text(model, 0, OperationModel::ProgressColumn), u"60/100"_s);
        QCOMPARE(model.operationAt(3).id, u"op-4"_s);
        QCOMPARE(announced.size(), 2);
        QCOMPARE(announced.at(0).at(0).value<Operation>().counts.succeeded, 60);
        QCOMPARE(announced.at(1).at(0).value<Operation>().id, u"op-4"_s);

        // The same value again is no change at all.
        model.update(op(wire(u"op-3"_s, u"running"_s, 100, 60)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(announced.size(), 2);
    }

    void aFinishedOperationDoesNotGoBack()
    {
        OperationModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(op(wire(u"op-1"_s, u"running"_s, 100, 90)));
        model.update(fromEvents(
            { opsEvent(u"operation.finished"_s, wire(u"op-1"_s, u"succeeded"_s, 100, 100)) }));
        QSignalSpy announced(&model, &OperationModel::operationChanged);

        // A progress event delivered late, then a snapshot taken before the end.
        model.update(op(wire(u"op-1"_s, u"running"_s, 100, 95)));
        model.reset({ op(wire(u"op-1"_s, u"running"_s, 100, 95)) });

        QCOMPARE(announced.size(), 0);
        QCOMPARE(model.operation(u"op-1"_s)->state, OperationState::Succeeded);
        QCOMPARE(text(model, 0, OperationModel::ProgressColumn), u"100/100"_s);
    }

    void reloadKeepsRowsAndDropsVanishedOnes()
    {
        OperationModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({ op(wire(u"op-2"_s, u"running"_s, 10, 1)),
            op(wire(u"op-1"_s, u"succeeded"_s, 5, 5)) });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy announced(&model, &OperationModel::operationChanged);

        // After a reconnect: op-2 moved on while we were away, op-1 is gone, op-3 is new.
        model.reset(
            { op(wire(u"op-3"_s, u"queued"_s, 3, 0)), op(wire(u"op-2"_s, u"running"_s, 10, 7)) });

        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.operationAt(0).id, u"op-2"_s);
        QCOMPARE(model.operationAt(0).counts.succeeded, 7);
        QVERIFY(!model.operation(u"op-1"_s));
        QCOMPARE(model.rowOf(u"op-3"_s), 1);
        QCOMPARE(announced.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOperationModel)
#include "tst_operationmodel.moc"
