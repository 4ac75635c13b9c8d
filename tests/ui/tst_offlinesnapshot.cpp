// SPDX-License-Identifier: MIT
// An offline snapshot opened in the main window: every view shows it, nothing can act on it,
// and nobody can mistake it for a live back end.
#include "models/auditlog.h"
#include "models/breakermodel.h"
#include "models/deadlettergroupmodel.h"
#include "models/deadlettermodel.h"
#include "models/metricsstore.h"
#include "models/syncjobmodel.h"
#include "models/workspace.h"
#include "reports/snapshotbackend.h"
#include "ui/breakers/breakersview.h"
#include "ui/common/environmentbanner.h"
#include "ui/deadletters/deadlettersview.h"
#include "ui/mainwindow.h"
#include "ui/metrics/metricsview.h"
#include "ui/reports/exportdialog.h"
#include "ui/reports/reportactions.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 10'000;
constexpr qint64 fromMs = 1'795'000'000'000;
constexpr qint64 toMs = fromMs + 3'600'000;

ReportData incident()
{
    ReportData d;
    d.generatedMs = toMs + 60'000;
    d.backendName = u"prod-eu"_s;
    d.environment = Environment::Production;
    d.info.name = u"breakwater-sim"_s;
    d.info.role = u"admin"_s; // an admin took it: offline must still refuse everything
    d.fromMs = fromMs;
    d.toMs = toMs;
    d.metrics = { fromMs, toMs, 60'000, {} };
    for (const QString &integration : { u"erp"_s, u"payments"_s }) {
        MetricHistorySeries rate { u"request_rate"_s, integration, {} };
        MetricHistorySeries errors { u"error_ratio"_s, integration, {} };
        MetricHistorySeries p99 { u"latency_p99_ms"_s, integration, {} };
        for (qint64 t = fromMs; t <= toMs; t += 60'000) {
            rate.points.append({ t, 20 });
            errors.points.append({ t, 0.25 });
            p99.points.append({ t, 800 });
        }
        d.metrics.series << rate << errors << p99;
    }
    for (const auto &[name, state] : { std::pair { u"erp-orders"_s, BreakerState::Open },
             { u"payments-webhooks"_s, BreakerState::Closed } }) {
        BreakerSnapshot b;
        b.name = name;
        b.state = state;
        d.breakers.append(b);
    }
    SyncJob job;
    job.id = u"job-1"_s;
    job.integration = u"erp"_s;
    job.name = u"catalogue"_s;
    job.total = 100;
    job.processed = 40;
    d.syncs.append(job);
    for (qint64 id = 1; id <= 30; ++id) {
        DeadLetter l;
        l.id = id;
        l.source = id % 3 ? u"orders-export"_s : u"payments"_s;
        l.error.errorClass = id % 3 ? u"UpstreamTimeout"_s : u"HttpClientError"_s;
        l.error.message = u"request %1 failed"_s.arg(id);
        l.firstFailureMs = l.lastFailureMs = fromMs + id * 60'000;
        l.fingerprint = fingerprintOf(l.source, l.error.errorClass, l.error.message);
        d.deadLetters.append(l);
    }
    d.deadLettersInRange = 30;
    return d;
}

} // namespace

class TestOfflineSnapshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        const auto written
            = SnapshotFile::write(m_dir.filePath(u"incident.bwsnap"_s), incident(), toMs + 120'000);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    }

    void opensWithEveryViewPopulatedAndNothingToAct()
    {
        MainWindow window(m_audit.get());
        auto *metricsView = qobject_cast<MetricsView *>(window.areaView(AreaId::Metrics));
        auto *deadLettersView
            = qobject_cast<DeadLettersView *>(window.areaView(AreaId::DeadLetters));
        QVERIFY(metricsView && deadLettersView);
        window.show();

        // What app/'s ConsoleSnapshotOpener does with a file.
        auto snapshot = SnapshotFile::read(m_dir.filePath(u"incident.bwsnap"_s));
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error()));
        const SnapshotHeader header = snapshot->header;
        auto *backend = new SnapshotBackend(std::move(*snapshot));
        ConnectionProfile profile
            = ConnectionProfile::create(backend->displayName(), QUrl(), Environment::Production);
        profile.readOnly = true;
        auto *ws = new Workspace(profile, backend, m_audit.get());
        ws->setOfflineSource({ header.sourceName, header.fromMs, header.toMs, header.createdAtMs });
        window.addWorkspace(ws);
        ws->open();

        // Marked offline, unmistakably: banner, status bar.
        auto *banner = window.findChild<EnvironmentBanner *>(u"environmentBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->text().startsWith(u"OFFLINE \u2014 snapshot of prod-eu, "_s), answerMs);
        QVERIFY2(!banner->text().contains(u"PRODUCTION"_s), qPrintable(banner->text()));
        QVERIFY(
            !banner->styleSheet().contains(EnvironmentBanner::styleFor(Environment::Production)));
        QVERIFY2(
            window.connectionText().contains(u"offline"_s), qPrintable(window.connectionText()));
        QCOMPARE(ws->name(), u"prod-eu (offline snapshot)"_s);

        // Tables.
        QTRY_COMPARE_WITH_TIMEOUT(ws->breakers()->rowCount(), 2, answerMs);
        QTRY_COMPARE_WITH_TIMEOUT(ws->syncs()->rowCount(), 1, answerMs);
        // Two causes: orders-export timeouts and payments client errors.
        QTRY_COMPARE_WITH_TIMEOUT(ws->deadLetterGroups()->rowCount(), 2, answerMs);
        window.showArea(AreaId::DeadLetters);
        QTRY_COMPARE_WITH_TIMEOUT(ws->deadLetters()->rowCount(), 30, answerMs);

        // Search, with the shared syntax.
        QVERIFY(ws->deadLetters()->setFilter(u"source:payments"_s));
        QTRY_COMPARE_WITH_TIMEOUT(ws->deadLetters()->rowCount(), 10, answerMs);
        QTRY_VERIFY_WITH_TIMEOUT(!ws->deadLetters()->isLoading(), answerMs);

        // Charts: the recorded history, ending where the snapshot ends.
        MetricsStore *metrics = ws->metrics();
        QTRY_VERIFY_WITH_TIMEOUT(
            metrics->seriesIds(MetricGroup::RequestRate).size() == 2, answerMs);
        QCOMPARE(metrics->seriesIds(MetricGroup::ErrorRate).size(), 2);
        QCOMPARE(metrics->seriesIds(MetricGroup::Latency).size(), 2);
        QCOMPARE(metrics->lastScrapeMs(), toMs);
        const MetricSeries *errors
            = metrics->series(metrics->seriesIds(MetricGroup::ErrorRate).first());
        QCOMPARE(errors->size(), 61);
        QCOMPARE(errors->at(0).value, 5.0); // 25% of 20 requests/s
        QCOMPARE(metrics->series(u"latency:erp:p99"_s)->at(0).value, 0.8);

        // Every action disabled, saying why.
        QVERIFY(ws->isReadOnly());
        QVERIFY(ws->actionsUnavailableReason().contains(u"offline snapshot"_s));
        window.showArea(AreaId::Breakers);
        auto *breakers = qobject_cast<BreakersView *>(window.areaView(AreaId::Breakers));
        breakers->findChild<QTableView *>(u"breakers"_s)->selectRow(0);
        for (BreakerAction a : { BreakerAction::Reset, BreakerAction::ForceOpen,
                 BreakerAction::Disable, BreakerAction::Release })
            QVERIFY2(!breakers->action(a)->isEnabled(), qPrintable(breakerActionName(a)));
        window.showArea(AreaId::DeadLetters);
        auto *letters = deadLettersView->findChild<QTableView *>();
        QVERIFY(letters);
        letters->selectRow(0);
        for (QAction *action : deadLettersView->actions()) {
            if (action->text().remove(u'&') != u"Find"_s)
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }

        // Reports still work from it; only the live-only entries have nothing to offer.
        auto *reports = window.findChild<ReportActions *>();
        QVERIFY(reports);
        QVERIFY(reports->exportReportAction()->isEnabled());
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(
            reports->openSnapshotAction()));

        // And an attempt that gets past the UI is still refused, and audited.
        QSignalSpy finished(ws, &Workspace::actionFinished);
        ws->actOnBreaker(u"erp-orders"_s, BreakerAction::Reset, u"try"_s);
        QVERIFY(finished.wait(answerMs));
        const auto outcome = finished.first().first().value<ActionOutcome>();
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.errorKind, BackendError::Kind::Forbidden);
    }

    void exportDialogStartsWithTheSnapshotsRange()
    {
        MainWindow window(m_audit.get());
        auto snapshot = SnapshotFile::read(m_dir.filePath(u"incident.bwsnap"_s));
        QVERIFY(snapshot);
        auto *backend = new SnapshotBackend(std::move(*snapshot));
        auto *ws = new Workspace(
            ConnectionProfile::create(backend->displayName(), QUrl()), backend, m_audit.get());
        ws->setOfflineSource({ u"prod-eu"_s, fromMs, toMs, toMs });
        window.addWorkspace(ws);
        ws->open();

        ExportDialog dialog(ExportDialog::Mode::Report, ws, m_audit.get(), &window);
        QCOMPARE(dialog.range(), std::pair(fromMs, toMs));
        QVERIFY(dialog.destination().endsWith(u".pdf"_s));
        dialog.setFormat(ReportFormat::Json);
        QVERIFY2(dialog.destination().endsWith(u".json"_s), qPrintable(dialog.destination()));
    }

    void snapshotExportWritesAFileThatOpens()
    {
        MainWindow window(m_audit.get());
        auto snapshot = SnapshotFile::read(m_dir.filePath(u"incident.bwsnap"_s));
        QVERIFY(snapshot);
        auto *backend = new SnapshotBackend(std::move(*snapshot));
        auto *ws = new Workspace(
            ConnectionProfile::create(backend->displayName(), QUrl()), backend, m_audit.get());
        ws->setOfflineSource({ u"prod-eu"_s, fromMs, toMs, toMs });
        window.addWorkspace(ws);
        ws->open();
        QTRY_VERIFY_WITH_TIMEOUT(ws->isConnected(), answerMs);

        ExportDialog dialog(ExportDialog::Mode::Snapshot, ws, m_audit.get());
        const QString again = m_dir.filePath(u"again.bwsnap"_s);
        dialog.setDestination(again);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        dialog.start();
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() + failed.count() > 0, 30'000);
        QVERIFY2(failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        const auto reread = SnapshotFile::read(again);
        QVERIFY2(reread, qPrintable(reread ? QString() : reread.error()));
        QCOMPARE(reread->data.deadLettersInRange, 30);
        QCOMPARE(reread->data.breakers.size(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_MAIN(TestOfflineSnapshot)
#include "tst_offlinesnapshot.moc"
