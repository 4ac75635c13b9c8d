// SPDX-License-Identifier: MIT
// The console's GUI thread while it follows a running 100,000-item bulk
// operation: a real breakwater-sim holds 100,000 dead letters, the console
// (MainWindow with the Operations area shown, offscreen) starts a retry of
// all of them through BulkOperationDialog and keeps its progress page open
// until the operation ends. A 1 ms precise timer on the GUI thread measures
// the event loop's gaps: a gap is how long the console could not answer
// (event handling, model updates and paints included). Target: no stall
// over 16 ms (one frame).
//
// Usage: bench_operationfollow [letters=100000] [followSeconds=600]
// CPU time is the GUI thread's own (CLOCK_THREAD_CPUTIME_ID): a gap much
// longer than its CPU time means the thread was preempted (2 shared cores).

#include "backends/opsapibackend.h"
#include "bench/benchreport.h"
#include "models/auditlog.h"
#include "models/workspace.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"
#include "ui/mainwindow.h"
#include "ui/operations/bulkoperationdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int letters = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int followSeconds = argc > 2 ? QByteArray(argv[2]).toInt() : 600;

    SimProcess sim;
    if (!sim.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sim.error()));
        return 1;
    }
    ApiClient admin(sim.baseUrl(), SimProcess::adminToken());
    const auto generated = admin.post(u"/sim/v1/deadletters/generate"_s,
        { { u"count"_s, letters }, { u"source"_s, u"bench-follow"_s } });
    if (generated.status != 201) {
        std::fprintf(stderr, "generate failed: %s\n", generated.describe().constData());
        return 1;
    }

    QTemporaryDir dir;
    AuditLog audit(dir.filePath(u"audit.sqlite"_s));
    if (!audit.open())
        return 1;
    MainWindow window(&audit);
    auto *ws
        = new Workspace(ConnectionProfile::create(u"bench"_s, sim.baseUrl(), Environment::Staging),
            new OpsApiBackend(sim.baseUrl(), SimProcess::adminToken()), &audit);
    window.addWorkspace(ws);
    ws->open();
    window.showArea(AreaId::Operations);
    window.show();

    OperationRequest request;
    request.kind = OperationKind::Retry;
    request.selector.filter = u"source:bench-follow"_s;
    BulkOperationDialog *dialog = nullptr;
    QElapsedTimer clock;
    QElapsedTimer runTime;
    QList<double> gaps;
    QList<double> gapsCpu;
    gaps.reserve(followSeconds * 1000);
    gapsCpu.reserve(followSeconds * 1000);
    qint64 lastBeat = -1;
    qint64 lastBeatCpu = 0;
    bool measuring = false;
    int changes = 0;
    QObject::connect(ws, &Workspace::operationChanged, &app, [&] { changes += measuring; });

    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        const qint64 cpu = qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
        const qint64 now = clock.nsecsElapsed();
        if (measuring && lastBeat >= 0) {
            gaps.append(double(now - lastBeat) / 1e6);
            gapsCpu.append(double(cpu - lastBeatCpu) / 1e6);
        }
        lastBeat = now;
        lastBeatCpu = cpu;
    });

    // Drive the dialog as an operator would: dry run, Next, reason, Run; then watch.
    QTimer step;
    step.setInterval(20);
    QElapsedTimer planTime;
    QObject::connect(&step, &QTimer::timeout, &app, [&] {
        if (!dialog) {
            if (!ws->isConnected())
                return;
            dialog = new BulkOperationDialog(ws, request, u"bench-follow"_s, &window);
            dialog->show();
            planTime.start();
            return;
        }
        switch (dialog->page()) {
        case BulkOperationDialog::PlanPage:
            if (dialog->plan()) {
                report("dry run of the whole selection, console round trip",
                    double(planTime.elapsed()), "ms");
                std::printf("selected: %lld\n", qlonglong(dialog->plan()->selected));
                dialog->findChild<QPushButton *>(u"next"_s)->click();
            } else if (!dialog->errorText().isEmpty()) {
                std::fprintf(stderr, "dry run failed: %s\n", qPrintable(dialog->errorText()));
                app.exit(1);
            }
            break;
        case BulkOperationDialog::ConfirmPage:
            if (dialog->findChild<QLineEdit *>(u"reason"_s)->text().isEmpty()) {
                dialog->findChild<QLineEdit *>(u"reason"_s)->setText(u"bench"_s);
                dialog->findChild<QLineEdit *>(u"typedConfirmation"_s)
                    ->setText(dialog->requiredConfirmation());
                dialog->findChild<QPushButton *>(u"run"_s)->click();
            } else if (!dialog->errorText().isEmpty()) {
                std::fprintf(stderr, "run failed: %s\n", qPrintable(dialog->errorText()));
                app.exit(1);
            }
            break;
        case BulkOperationDialog::ProgressPage:
            if (!measuring) {
                measuring = true;
                lastBeat = -1;
                runTime.start();
            } else if (runTime.elapsed() > followSeconds * 1000LL) {
                std::printf("stopped following after %d s\n", followSeconds);
                app.quit();
            }
            break;
        case BulkOperationDialog::ResultPage:
            if (!runTime.isValid())
                runTime.start();
            app.quit();
            break;
        }
    });

    clock.start();
    watchdog.start();
    step.start();
    const int rc = app.exec();
    if (rc != 0)
        return rc;
    measuring = false;

    if (dialog && dialog->operation()) {
        const Operation &op = *dialog->operation();
        std::printf("operation %s: %s, selected %lld, succeeded %lld, failed %lld, skipped %lld\n",
            qPrintable(op.id), qPrintable(operationStateName(op.state)),
            qlonglong(op.counts.selected), qlonglong(op.counts.succeeded),
            qlonglong(op.counts.failed), qlonglong(op.counts.skipped));
    }
    report("followed for (Run answered -> result page)", double(runTime.elapsed()) / 1e3, "s");
    std::printf("operation updates applied while following: %d\n", changes);
    std::printf("event-loop samples: %lld\n", qlonglong(gaps.size()));
    report("event-loop gap (1 ms watchdog), median", percentile(gaps, 0.5), "ms");
    report("event-loop gap, 99th percentile", percentile(gaps, 0.99), "ms");
    const double longest = percentile(gaps, 1.0);
    report("GUI thread longest stall", longest, "ms");
    report("GUI thread's CPU time in that stall",
        gaps.isEmpty() ? 0.0 : gapsCpu.at(gaps.indexOf(longest)), "ms");
    report("GUI thread's longest CPU time in one gap", percentile(gapsCpu, 1.0), "ms");
    std::printf("target: no stall over 16 ms: %s\n", longest <= 16.0 ? "met" : "NOT met");
    // The console quits as a user's would: the window (and with it the dialog and the
    // Workspace) goes before the sim and the audit log.
    step.stop();
    watchdog.stop();
    return 0;
}
