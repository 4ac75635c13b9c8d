// SPDX-License-Identifier: MIT
// DeadLetterModel at a million rows, over the real Ops API connector and a
// real breakwater-sim: time to load everything, memory per row, time for a
// server-side filter's first page, and scroll-and-paint time in a QTableView
// on the offscreen platform. Targets: < 200 bytes a row, paint steps < 16 ms.
// Run: build/bench/bench_deadlettermodel [rows] (default 1,000,000; BREAKWATER_SIM
// defaults to build/app/breakwater-sim; see BREAKWATER_BENCH_OFFTHREAD_BYTES below).
#include "backends/opsapibackend.h"
#include "core/processmemory.h"
#include "models/deadlettermodel.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

void report(const QString &name, double value, const QString &unit)
{
    std::printf("%-62s %12.1f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

/** The longest the event loop went without running a 1 ms timer: what a user feels as a freeze. */
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
            [this] { m_worst = std::max(m_worst, m_clock.restart()); });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

/** CPU time of this thread, ms: unlike wall time, not inflated by other processes on a busy
 * machine. */
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/** Wall and GUI-thread CPU times of repeated steps, for percentiles. */
struct StepTimes {
    QList<double> wall, cpu;

    template<class Step> void measure(Step step)
    {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        step();
        wall.append(t.nsecsElapsed() / 1e6);
        cpu.append(threadCpuMs() - cpu0);
    }
    void report(const QString &what)
    {
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        const auto at = [](const QList<double> &v, int percent) {
            return v.at(std::min<qsizetype>(v.size() - 1, v.size() * percent / 100));
        };
        std::printf("%-62s %5.1f %5.1f %5.1f ms wall  %5.1f %5.1f %5.1f ms cpu (median, p90, worst "
                    "of %lld)\n",
            qPrintable(what), at(wall, 50), at(wall, 90), wall.constLast(), at(cpu, 50),
            at(cpu, 90), cpu.constLast(), qlonglong(wall.size()));
        std::fflush(stdout);
    }
};

/** Waits for `spy` to have `count` signals, running the event loop; false on timeout. */
bool waitFor(QSignalSpy &spy, int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (spy.count() < count && !deadline.hasExpired())
        spy.wait(int(std::min<qint64>(1000, std::max<qint64>(1, deadline.remainingTime()))));
    return spy.count() >= count;
}

/** Sets a filter and returns the ms until its first page is in the view's model. */
double firstPageOf(DeadLetterModel &model, const QString &filter, int *rows)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy total(&model, &DeadLetterModel::totalLoaded);
    QElapsedTimer t;
    t.start();
    model.setFilter(filter);
    QDeadlineTimer deadline(120000);
    while (inserted.isEmpty() && total.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double ms = t.nsecsElapsed() / 1e6;
    *rows = model.rowCount();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("BREAKWATER_SIM"))
        qputenv("BREAKWATER_SIM",
            QCoreApplication::applicationDirPath().toUtf8() + "/../app/breakwater-sim");
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;

    SimProcess sim;
    if (!sim.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sim.error()));
        return 1;
    }
    ApiClient admin(sim.baseUrl(), SimProcess::adminToken());

    // A million letters from four sources with different causes, as in a bad week.
    struct Batch {
        double share;
        QString source, errorClass, message;
    };
    const QList<Batch> batches {
        { 0.4, u"orders-export"_s, {}, {} },
        { 0.3, u"payments"_s, u"RateLimited"_s,
            u"429 Too Many Requests from the payment gateway"_s },
        { 0.2, u"catalogue-sync"_s, u"UpstreamTimeout"_s,
            u"no answer from the marketplace within 5000 ms"_s },
        { 0.1, u"erp-invoices"_s, u"HttpClientError"_s,
            u"422 invoice rejected: unknown VAT code"_s },
    };
    QElapsedTimer t;
    t.start();
    int stored = 0;
    for (const Batch &b : batches) {
        const int count
            = b.source == batches.constLast().source ? wanted - stored : int(wanted * b.share);
        QJsonObject body { { u"count"_s, count }, { u"source"_s, b.source } };
        if (!b.errorClass.isEmpty())
            body.insert(u"errorClass"_s, b.errorClass);
        if (!b.message.isEmpty())
            body.insert(u"message"_s, b.message);
        const auto reply = admin.post(u"/sim/v1/deadletters/generate"_s, body);
        if (reply.status != 201) {
            std::fprintf(stderr, "generate failed: %s\n", reply.describe().constData());
            return 1;
        }
        stored += count;
    }
    report(
        u"store %1 dead letters (4 generate requests)"_s.arg(stored), double(t.elapsed()), u"ms"_s);

    OpsApiBackend backend(sim.baseUrl(), SimProcess::viewerToken());
    // BREAKWATER_BENCH_OFFTHREAD_BYTES moves JSON decoding of smaller pages
    // off the GUI thread, to tell the connector's share of the stalls from the model's.
    if (const qint64 offThread = qEnvironmentVariableIntValue("BREAKWATER_BENCH_OFFTHREAD_BYTES");
        offThread > 0) {
        HttpClient::Limits limits;
        limits.offThreadBytes = offThread;
        backend.setHttpLimits(limits);
        std::printf(
            "(pages of %lld bytes and more decoded off the GUI thread)\n", qlonglong(offThread));
    }
    backend.open();
    DeadLetterModel model;
    QSignalSpy failures(&model, &DeadLetterModel::fetchFailed);

    // ---- load everything
    malloc_trim(0);
    const qint64 rssBefore = residentBytes();
    StallMeter stalls;
    QSignalSpy loaded(&model, &DeadLetterModel::totalLoaded);
    QSignalSpy pages(&model, &QAbstractItemModel::rowsInserted);
    // The model's own share of a page: interning and appending 1,000 rows,
    // between rowsAboutToBeInserted and rowsInserted.
    QElapsedTimer pageClock;
    double pageWorst = 0, pageTotal = 0;
    QObject::connect(
        &model, &QAbstractItemModel::rowsAboutToBeInserted, &model, [&] { pageClock.start(); });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        const double ms = pageClock.nsecsElapsed() / 1e6;
        pageWorst = std::max(pageWorst, ms);
        pageTotal += ms;
    });
    stalls.start();
    t.restart();
    model.setBackend(&backend);
    model.loadAll();
    if (!waitFor(loaded, 1, 30 * 60 * 1000)) {
        std::fprintf(stderr, "loading did not finish: %d rows, %s\n", model.rowCount(),
            qPrintable(model.lastError()));
        return 1;
    }
    const double loadMs = double(t.elapsed());
    const qint64 worstStall = stalls.stop();
    const int rows = model.rowCount();
    report(u"load all %1 rows (%2 pages, one request in flight)"_s.arg(rows).arg(pages.count()),
        loadMs, u"ms"_s);
    report(u"  rows per second"_s, rows * 1000.0 / std::max(1.0, loadMs), u"rows/s"_s);
    report(u"  worst event-loop stall while loading (network, JSON and model)"_s,
        double(worstStall), u"ms"_s);
    report(u"  model time per page (intern + append), mean"_s,
        pageTotal / std::max<qsizetype>(1, pages.count()), u"ms"_s);
    report(u"  model time per page (intern + append), worst"_s, pageWorst, u"ms"_s);
    QObject::disconnect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model, nullptr);
    QObject::disconnect(&model, &QAbstractItemModel::rowsInserted, &model, nullptr);
    if (!failures.isEmpty())
        std::printf("  (%lld failed requests, first: %s)\n", qlonglong(failures.count()),
            qPrintable(failures.first().first().toString()));

    // ---- memory
    const qint64 rssLoadedRaw = residentBytes();
    malloc_trim(0); // give back what the JSON of a thousand pages left in free lists
    const qint64 rssLoaded = residentBytes();
    report(u"sizeof(DeadLetterRow)"_s, double(sizeof(DeadLetterRow)), u"bytes"_s);
    report(u"model heap (row vector capacity + string pool) per row"_s,
        double(model.bytesHeld()) / rows, u"bytes"_s);
    report(u"string pool: distinct strings"_s, double(model.strings().count()), u""_s);
    report(u"string pool: bytes held"_s, double(model.strings().bytesHeld()), u"bytes"_s);
    report(u"process RSS growth per row, after malloc_trim (target < 200)"_s,
        double(rssLoaded - rssBefore) / rows, u"bytes"_s);
    report(u"process RSS growth per row, before malloc_trim"_s,
        double(rssLoadedRaw - rssBefore) / rows, u"bytes"_s);

    // ---- scroll and paint in a real table view
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setStretchLastSection(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line per row: no line breaking in every cell of every paint.
    view.setWordWrap(false);
    view.resize(1200, 800);
    t.restart();
    view.setModel(&model);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::printf("  (the view was not exposed: paint figures may be low)\n");
    view.grab();
    report(u"attach the view to %1 rows, show and first paint"_s.arg(rows), t.nsecsElapsed() / 1e6,
        u"ms"_s);
    view.setColumnWidth(DeadLetterModel::Id, 80);
    view.setColumnWidth(DeadLetterModel::LastFailure, 150);
    view.setColumnWidth(DeadLetterModel::Source, 120);
    view.setColumnWidth(DeadLetterModel::ErrorClass, 130);
    view.setColumnWidth(DeadLetterModel::Message, 380);

    StepTimes bottom;
    bottom.measure([&] {
        view.scrollToBottom();
        view.grab();
    });
    bottom.report(u"scrollToBottom() + grab()"_s);

    QScrollBar *bar = view.verticalScrollBar();
    const int stepCount = 50;
    StepTimes jumps, jumpsViewport, wheel;
    for (int i = 0; i < stepCount; ++i) {
        const int value = int(qint64(bar->maximum()) * i / (stepCount - 1));
        jumps.measure([&] {
            bar->setValue(value);
            view.grab();
        });
    }
    jumps.report(u"page through in 50 jumps: setValue + grab()"_s);
    for (int i = 0; i < stepCount; ++i) {
        const int value = int(qint64(bar->maximum()) * (stepCount - 1 - i) / (stepCount - 1));
        jumpsViewport.measure([&] {
            bar->setValue(value);
            view.viewport()->repaint();
        });
    }
    jumpsViewport.report(u"page through in 50 jumps: setValue + viewport repaint"_s);
    // Three rows at a time near one place: what a mouse wheel does.
    bar->setValue(bar->maximum() / 2);
    for (int i = 0; i < stepCount; ++i) {
        wheel.measure([&] {
            bar->setValue(bar->value() + 3);
            view.grab();
        });
    }
    wheel.report(u"wheel: 3 rows + grab()"_s);

    // The model's share of one paint: every role a styled delegate asks of every visible cell.
    {
        const int visible
            = view.viewport()->height() / view.verticalHeader()->defaultSectionSize() + 1;
        const int top = std::min(bar->value(), rows - visible);
        const int roles[]
            = { Qt::DisplayRole, Qt::DecorationRole, Qt::FontRole, Qt::TextAlignmentRole,
                  Qt::ForegroundRole, Qt::BackgroundRole, Qt::CheckStateRole, Qt::ToolTipRole };
        StepTimes screen;
        qsizetype sink = 0;
        for (int round = 0; round < stepCount; ++round) {
            screen.measure([&] {
                for (int row = top; row < top + visible; ++row)
                    for (int column = 0; column < DeadLetterModel::ColumnCount; ++column)
                        for (int role : roles)
                            sink += model.data(model.index(row, column), role).isValid();
            });
        }
        screen.report(u"data() for one screen (%1 rows x 8 columns x 8 roles)"_s.arg(visible));
        Q_UNUSED(sink);
    }

    // ---- server-side filters, with the view attached (the reset drops a million rows)
    int filteredRows = 0;
    double ms = firstPageOf(model, u"source:payments error:RateLimited"_s, &filteredRows);
    report(u"filter source:payments error:RateLimited, first page (%1 rows)"_s.arg(filteredRows),
        ms, u"ms"_s);
    ms = firstPageOf(model, u"source:erp-invoices"_s, &filteredRows);
    report(u"filter source:erp-invoices, first page (%1 rows)"_s.arg(filteredRows), ms, u"ms"_s);
    {
        // The control: the same view and steps over one page of rows, to tell
        // what grows with the row count (the view's per-row bookkeeping) from painting.
        StepTimes few;
        for (int i = 0; i < stepCount; ++i) {
            const int value = int(qint64(bar->maximum()) * i / (stepCount - 1));
            few.measure([&] {
                bar->setValue(value);
                view.grab();
            });
        }
        few.report(u"control, %1 rows: setValue + grab()"_s.arg(model.rowCount()));
    }
    ms = firstPageOf(model, u"\"VAT code\""_s, &filteredRows);
    report(
        u"filter \"VAT code\" (free text), first page (%1 rows)"_s.arg(filteredRows), ms, u"ms"_s);
    ms = firstPageOf(model, u"error:NoSuchError"_s, &filteredRows);
    report(u"filter matching nothing, empty answer (%1 rows)"_s.arg(filteredRows), ms, u"ms"_s);
    ms = firstPageOf(model, QString(), &filteredRows);
    report(u"filter cleared, first page (%1 rows)"_s.arg(filteredRows), ms, u"ms"_s);

    sim.stop();
    return 0;
}
