// SPDX-License-Identifier: MIT
#include "models/syncjobmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SyncJob job(const QString &id, SyncState state = SyncState::Running, qint64 processed = 0,
    qint64 total = 1000)
{
    SyncJob j;
    j.id = id;
    j.name = u"Catalogue "_s + id;
    j.integration = u"marketplace"_s;
    j.state = state;
    j.total = total;
    j.processed = processed;
    j.pageSize = 100;
    j.pages = int((total + 99) / 100);
    j.page = int(processed / 100) + 1;
    return j;
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

} // namespace

class TestSyncJobModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void columns()
    {
        SyncJob j = job(u"sync-1"_s, SyncState::Running, 1234, 10000);
        j.failed = 17;
        j.throughput = 250.26;
        j.etaSeconds = 35;
        SyncJobModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({ j });
        QCOMPARE(model.columnCount(), int(SyncJobModel::ColumnCount));
        QCOMPARE(text(model, 0, SyncJobModel::NameColumn), u"Catalogue sync-1"_s);
        QCOMPARE(text(model, 0, SyncJobModel::IntegrationColumn), u"marketplace"_s);
        QCOMPARE(text(model, 0, SyncJobModel::StateColumn), u"Running"_s);
        QCOMPARE(text(model, 0, SyncJobModel::ProgressColumn), u"1,234 / 10,000 (12 %)"_s);
        QCOMPARE(text(model, 0, SyncJobModel::FailedColumn), u"17"_s);
        QCOMPARE(text(model, 0, SyncJobModel::ThroughputColumn), u"250.3/s"_s);
        QCOMPARE(text(model, 0, SyncJobModel::EtaColumn), u"35 s"_s);
        QCOMPARE(text(model, 0, SyncJobModel::PageColumn), u"13/100"_s);
        QCOMPARE(model.data(model.index(0, 0), SyncJobModel::IdRole).toString(), u"sync-1"_s);
    }

    void progressRole_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("processed");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("progress");
        QTest::addColumn<QString>("eta");
        QTest::addRow("not started")
            << int(SyncState::Queued) << 0LL << 1000LL << 0.0 << u"unknown"_s;
        QTest::addRow("a quarter")
            << int(SyncState::Running) << 250LL << 1000LL << 0.25 << u"2 min"_s;
        QTest::addRow("paused half way")
            << int(SyncState::Paused) << 500LL << 1000LL << 0.5 << QString();
        QTest::addRow("done") << int(SyncState::Succeeded) << 1000LL << 1000LL << 1.0 << QString();
        QTest::addRow("empty job done")
            << int(SyncState::Succeeded) << 0LL << 0LL << 1.0 << QString();
        QTest::addRow("server overcounts")
            << int(SyncState::Running) << 1200LL << 1000LL << 1.0 << u"2 min"_s;
    }
    void progressRole()
    {
        QFETCH(int, state);
        QFETCH(qint64, processed);
        QFETCH(qint64, total);
        SyncJob j = job(u"s"_s, SyncState(state), processed, total);
        j.etaSeconds = state == int(SyncState::Queued) ? -1 : 120;
        SyncJobModel model;
        model.reset({ j });
        QTEST(model.data(model.index(0, SyncJobModel::ProgressColumn), SyncJobModel::ProgressRole)
                  .toDouble(),
            "progress");
        QTEST(text(model, 0, SyncJobModel::EtaColumn), "eta");
    }

    void updatesArePrecise()
    {
        SyncJobModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset({ job(u"sync-1"_s), job(u"sync-2"_s), job(u"sync-3"_s) });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.update(
            { job(u"sync-3"_s, SyncState::Running, 500), job(u"sync-4"_s, SyncState::Queued) });
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.job(u"sync-3"_s)->processed, 500);
        QCOMPARE(model.data(model.index(2, 0), SyncJobModel::ProgressRole).toDouble(), 0.5);

        model.update(job(u"sync-3"_s, SyncState::Failed, 500));
        QCOMPARE(text(model, 2, SyncJobModel::StateColumn), u"Failed"_s);
        QVERIFY(model.data(model.index(2, 0), SyncJobModel::FinishedRole).toBool());
        QCOMPARE(text(model, 2, SyncJobModel::ThroughputColumn), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncJobModel)
#include "tst_syncjobmodel.moc"
