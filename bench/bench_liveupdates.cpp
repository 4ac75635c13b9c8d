// SPDX-License-Identifier: MIT
// The GUI thread's longest stall while the Metrics area updates live.
//
// An offscreen MetricsView shows a MetricsStore holding one hour of 50
// series (10 integrations x request rate, error rate, p50, p95, p99), with
// the 1 h window chosen: the worst case, every chart full. A timer then
// feeds one synthetic scrape per tick (parse + ingest, then the view's
// redraw spread over the following event-loop turns, all on the GUI thread
// as in the console) 20 times faster than the console's one per second, to
// gather many samples. A 1 ms watchdog timer
// records the gaps between its firings: a gap is how long the event loop
// could not answer, paint included. Target: no stall over 16 ms.
// Run: build/bench/bench_liveupdates [ticks [window seconds: 300, 900, 3600]]
// CPU times are the GUI thread's own: a stall much longer than its CPU time
// was the scheduler's (a loaded machine), not the console's. With
// BW_BENCH_TRACE set, every chart paint (region, wall and CPU ms) and every
// stall over 8 ms is printed in order, to see which paints a stall holds.
#include "bench/benchreport.h"
#include "core/prometheustext.h"
#include "models/metricsstore.h"
#include "ui/metrics/metricchart.h"
#include "ui/metrics/metricsview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QEvent>
#include <QPaintEvent>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr int integrations = 10;
constexpr qint64 t0 = 1'800'000'000'000;

/** Scrape `n` of a back end whose 10 integrations take traffic with a spike now and then. */
QByteArray exposition(int n)
{
    static const char *bounds[]
        = { "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "+Inf" };
    QByteArray text;
    text.reserve(8 * 1024);
    for (int i = 0; i < integrations; ++i) {
        const QByteArray integration = "integration-" + QByteArray::number(i);
        const qint64 base = qint64(n) * (100 + i * 10);
        text += "bw_upstream_requests_total{integration=\"" + integration
            + "\",outcome=\"success\"} " + QByteArray::number(base) + '\n';
        text += "bw_upstream_requests_total{integration=\"" + integration + "\",outcome=\"error\"} "
            + QByteArray::number(base / 20 + (n % 97 == 0 ? 50 : 0)) + '\n';
        qint64 cumulative = 0;
        for (int b = 0; b < 10; ++b) {
            cumulative += qint64(n) * (10 + (b * 7 + i + n) % 13);
            text += "bw_upstream_request_duration_seconds_bucket{integration=\"" + integration
                + "\",le=\"" + bounds[b] + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        text += "bw_upstream_request_duration_seconds_count{integration=\"" + integration + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    return text;
}

const bool tracing = qEnvironmentVariableIsSet("BW_BENCH_TRACE");

/** CPU time this thread has used, in ns. */
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/** An application that times the paint events of the charts' viewports. */
class PaintTimingApplication : public QApplication {
public:
    using QApplication::QApplication;
    QList<double> chartPaints; ///< ms per paint event of one chart
    QList<double> chartPaintsCpu; ///< the same paints' CPU time on the GUI thread, ms
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !qobject_cast<QChartView *>(receiver->parent()))
            return QApplication::notify(receiver, event);
        QElapsedTimer paint;
        paint.start();
        const qint64 cpu = threadCpuNs();
        const bool done = QApplication::notify(receiver, event);
        chartPaints.append(double(paint.nsecsElapsed()) / 1e6);
        chartPaintsCpu.append(double(threadCpuNs() - cpu) / 1e6);
        if (tracing) {
            const QRect r = static_cast<QPaintEvent *>(event)->region().boundingRect();
            std::printf("paint %s %.2f ms cpu %.2f region %dx%d+%d+%d rects %d\n",
                qPrintable(static_cast<QChartView *>(receiver->parent())->chart()->title()),
                chartPaints.last(), chartPaintsCpu.last(), r.width(), r.height(), r.x(), r.y(),
                int(static_cast<QPaintEvent *>(event)->region().rectCount()));
        }
        return done;
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    PaintTimingApplication app(argc, argv);
    const int ticks = argc > 1 ? QByteArray(argv[1]).toInt() : 400;
    const int windowSeconds = argc > 2 ? QByteArray(argv[2]).toInt() : 3600;

    // One hour of history first, so every chart draws a full window from the first tick.
    MetricsStore store;
    constexpr int history = 3600;
    for (int n = 0; n < history; ++n)
        store.ingest(PrometheusText::parse(exposition(n)), t0 + n * 1000LL);
    std::printf("series: %lld, points per series: %lld\n", qlonglong(store.seriesIds().size()),
        qlonglong(store.series(store.seriesIds().constFirst())->size()));

    MetricsView view;
    view.setWindowSeconds(windowSeconds);
    std::printf("window: %d s\n", view.windowSeconds());
    view.resize(1600, 1000);
    view.show();
    view.setStore(&store);
    QElapsedTimer firstPaint;
    firstPaint.start();
    app.processEvents(); // the first layout and paint, before anything is measured
    report("first layout + paint of 5 full charts", double(firstPaint.nsecsElapsed()) / 1e6, "ms");

    app.chartPaints.clear();
    app.chartPaintsCpu.clear();
    QList<double> gaps;
    QList<double> tickCosts;
    QList<double> refreshCosts;
    QList<double> turnCosts;
    // A redraw is spread over event-loop turns, so its costs are known when it completes.
    QObject::connect(&view, &MetricsView::refreshed, &app, [&] {
        refreshCosts.append(double(view.lastRefreshMicros()) / 1e3);
        turnCosts.append(double(view.longestTurnMicros()) / 1e3);
    });
    gaps.reserve(ticks * 60);
    QElapsedTimer clock;
    qint64 lastBeat = -1;
    qint64 lastBeatCpu = 0;
    QList<double>
        gapsCpu; ///< the GUI thread's CPU time in each gap: a gap much longer than it was preempted
    gapsCpu.reserve(ticks * 60);
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (lastBeat >= 0) {
            gaps.append(double(now - lastBeat) / 1e6);
            gapsCpu.append(double(cpu - lastBeatCpu) / 1e6);
            if (gaps.last() > 8 && tracing)
                std::printf("gap %.2f ms cpu %.2f\n", gaps.last(), gapsCpu.last());
        }
        lastBeat = now;
        lastBeatCpu = cpu;
    });

    int n = history;
    QTimer feed;
    feed.setTimerType(Qt::PreciseTimer);
    feed.setInterval(50);
    QObject::connect(&feed, &QTimer::timeout, &app, [&] {
        QElapsedTimer tick;
        tick.start();
        // Parse and ingest on the GUI thread, as Workspace does; updated() redraws the charts here.
        store.ingest(PrometheusText::parse(exposition(n)), t0 + n * 1000LL);
        ++n;
        tickCosts.append(double(tick.nsecsElapsed()) / 1e6);
        if (n - history >= ticks)
            app.quit();
    });

    clock.start();
    watchdog.start();
    feed.start();
    app.exec();

    qsizetype points = 0;
    for (const MetricChart *chart : view.charts())
        points += chart->pointCount();
    std::printf(
        "ticks: %d (one scrape each, 50 ms apart), watchdog samples: %lld, points drawn: %lld\n",
        ticks, qlonglong(gaps.size()), qlonglong(points));
    std::printf("redraws completed: %lld (scrapes arriving mid-redraw are coalesced)\n",
        qlonglong(refreshCosts.size()));
    report("tick: parse + ingest (redraw follows in later turns), median",
        percentile(tickCosts, 0.5), "ms");
    report("tick: parse + ingest, max", percentile(tickCosts, 1.0), "ms");
    report("redraw (decimate + replace, 5 charts, all turns), median",
        percentile(refreshCosts, 0.5), "ms");
    report("redraw, max", percentile(refreshCosts, 1.0), "ms");
    report("redraw's longest turn, max", percentile(turnCosts, 1.0), "ms");
    report("paint of one chart, median", percentile(app.chartPaints, 0.5), "ms");
    report("paint of one chart, max", percentile(app.chartPaints, 1.0), "ms");
    report("paint of one chart, CPU time, median", percentile(app.chartPaintsCpu, 0.5), "ms");
    report("paint of one chart, CPU time, max", percentile(app.chartPaintsCpu, 1.0), "ms");
    report("event-loop gap (1 ms watchdog), median", percentile(gaps, 0.5), "ms");
    report("event-loop gap, 99th percentile", percentile(gaps, 0.99), "ms");
    const double longest = percentile(gaps, 1.0);
    report("GUI thread longest stall (paint included)", longest, "ms");
    report("GUI thread's CPU time in that stall",
        gaps.isEmpty() ? 0.0 : gapsCpu.at(gaps.indexOf(longest)), "ms");
    report("GUI thread's longest CPU time in one gap", percentile(gapsCpu, 1.0), "ms");
    std::printf("target: no stall over 16 ms: %s\n", longest <= 16.0 ? "met" : "NOT met");
    return 0;
}
