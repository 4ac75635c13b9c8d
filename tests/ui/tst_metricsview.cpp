// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/metricsstore.h"
#include "models/workspace.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"
#include "ui/metrics/metricchart.h"
#include "ui/metrics/metricsview.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 15'000;

QDateTimeAxis *timeAxis(const MetricChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.first());
}

} // namespace

class TestMetricsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimProcess::Options options;
        options.scenario = u"default"_s; // traffic, so rates and latencies have values
        QVERIFY2(m_sim.start(options), qPrintable(m_sim.error()));
        ApiClient admin(m_sim.baseUrl(), SimProcess::adminToken());
        const auto generated = admin.post(u"/sim/v1/deadletters/generate"_s,
            { { u"count"_s, 7 }, { u"source"_s, u"marketplace-orders"_s } });
        QVERIFY2(generated.status == 201, generated.describe().constData());

        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        const ConnectionProfile profile
            = ConnectionProfile::create(u"sim"_s, m_sim.baseUrl(), Environment::Development);
        m_ws = std::make_unique<Workspace>(
            profile, new OpsApiBackend(m_sim.baseUrl(), SimProcess::viewerToken()), m_audit.get());
        m_ws->setScrapeInterval(250);
        m_view = std::make_unique<MetricsView>();
        m_view->setWorkspace(m_ws.get());
        m_view->resize(1200, 900);
        m_view->show();
        m_ws->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->isConnected(), answerMs);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_ws.reset();
    }

    void chartsFillAfterAFewScrapes_data()
    {
        QTest::addColumn<MetricGroup>("group");
        QTest::addRow("request rate") << MetricGroup::RequestRate;
        QTest::addRow("latency") << MetricGroup::Latency;
        QTest::addRow("dead-letter depth") << MetricGroup::DeadLetters;
    }

    void chartsFillAfterAFewScrapes()
    {
        QFETCH(MetricGroup, group);
        MetricChart *chart = m_view->chart(group);
        QVERIFY(chart);
        QTRY_VERIFY_WITH_TIMEOUT(
            !chart->seriesIds().isEmpty() && chart->pointCount() > 0, answerMs);
        QCOMPARE(chart->seriesIds(), m_ws->metrics()->seriesIds(group));
        // Every series of the store's group is on the chart, named by its legend.
        const QString id = chart->seriesIds().constFirst();
        QCOMPARE(chart->lineSeries(id)->name(), m_ws->metrics()->info(id)->legend);
    }

    void eachScrapeReplacesEachSeriesOnceSpreadOverTurns()
    {
        MetricChart *chart = m_view->chart(MetricGroup::RequestRate);
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0, answerMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isRefreshing(), answerMs); // start between two redraws
        const QString id = chart->seriesIds().constFirst();
        QLineSeries *series = chart->lineSeries(id);
        QSignalSpy replaced(series, &QXYSeries::pointsReplaced);
        QSignalSpy added(series, &QXYSeries::pointAdded);
        QSignalSpy refreshed(m_view.get(), &MetricsView::refreshed);
        QSignalSpy updates(m_ws->metrics(), &MetricsStore::updated);
        QVERIFY(updates.wait(answerMs));
        // The redraw happens in later event-loop turns, not inside the scrape's signal.
        QVERIFY(m_view->isRefreshing());
        QCOMPARE(refreshed.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), updates.size(), answerMs);
        QCOMPARE(replaced.size(), updates.size());
        QCOMPARE(added.size(), 0);
        // How long each turn takes is bench_liveupdates' business: a wall-clock
        // limit here would fail on a loaded CI machine, not on slow code.
        // Points are in time order, inside the window, which ends at the last scrape.
        const QList<QPointF> points = series->points();
        QVERIFY(!points.isEmpty());
        QVERIFY(std::is_sorted(points.cbegin(), points.cend(),
            [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        QDateTimeAxis *axis = timeAxis(chart);
        QVERIFY(axis);
        QCOMPARE(axis->max().toMSecsSinceEpoch(), m_ws->metrics()->lastScrapeMs());
        const QPointF newest = chart->dataPoint(id, points.constLast());
        const QPointF oldest = chart->dataPoint(id, points.constFirst());
        QVERIFY(newest.x() <= double(axis->max().toMSecsSinceEpoch()));
        QVERIFY(oldest.x() >= double(axis->min().toMSecsSinceEpoch()));
        // A plotted point reads back as a real sample: its time and value are in the store.
        const MetricSeries *stored = m_ws->metrics()->series(id);
        const MetricPoint &sample = stored->at(stored->nearest(qint64(std::llround(newest.x()))));
        QCOMPARE(double(sample.timeMs), std::round(newest.x()));
        QVERIFY(qAbs(sample.value - newest.y()) <= 1e-9 * qMax(1.0, qAbs(sample.value)));
    }

    void windowChoiceSetsTheTimeAxis_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addRow("5 min") << 300;
        QTest::addRow("15 min") << 900;
        QTest::addRow("1 h") << 3600;
    }

    void windowChoiceSetsTheTimeAxis()
    {
        QFETCH(int, seconds);
        m_view->setWindowSeconds(seconds);
        QCOMPARE(m_view->windowSeconds(), seconds);
        for (const MetricChart *chart : m_view->charts()) {
            const QDateTimeAxis *axis = timeAxis(chart);
            QVERIFY(axis);
            QCOMPARE(axis->min().msecsTo(axis->max()), qint64(seconds) * 1000);
        }
        m_view->setWindowSeconds(300);
    }

    void pauseFreezesTheChartsWhileScrapesContinue()
    {
        MetricChart *chart = m_view->chart(MetricGroup::RequestRate);
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0, answerMs);
        QLineSeries *series = chart->lineSeries(chart->seriesIds().constFirst());
        m_view->setPaused(true);
        const QList<QPointF> frozen = series->points();
        const qint64 frozenEdge = timeAxis(chart)->max().toMSecsSinceEpoch();
        const qint64 scrape = m_ws->metrics()->lastScrapeMs();
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->metrics()->lastScrapeMs() > scrape + 500, answerMs);
        QCOMPARE(series->points(), frozen);
        QCOMPARE(timeAxis(chart)->max().toMSecsSinceEpoch(), frozenEdge);

        m_view->setPaused(false);
        QCOMPARE(timeAxis(chart)->max().toMSecsSinceEpoch(), m_ws->metrics()->lastScrapeMs());
        QVERIFY(series->points() != frozen);
    }

    void exportsWriteTheChartAndItsData()
    {
        MetricChart *chart = m_view->chart(MetricGroup::RequestRate);
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0, answerMs);
        m_view->setPaused(true); // the three files show the same moment
        QString error;

        const QString csvPath = m_dir.filePath(u"requests.csv"_s);
        QVERIFY2(chart->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.first().startsWith("time,"), lines.first().constData());
        for (const QString &id : chart->seriesIds())
            QVERIFY2(lines.first().contains(m_ws->metrics()->info(id)->name.toUtf8()),
                lines.first().constData());

        const QString pngPath = m_dir.filePath(u"requests.png"_s);
        QVERIFY2(chart->exportPng(pngPath, &error), qPrintable(error));
        const QImage png(pngPath, "PNG");
        QVERIFY(!png.isNull());
        QCOMPARE(png.size() / png.devicePixelRatio(), chart->canvas()->size());

        const QString svgPath = m_dir.filePath(u"requests.svg"_s);
        QVERIFY2(chart->exportSvg(svgPath, &error), qPrintable(error));
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains(chart->title().toUtf8()));
        QVERIFY(drawing.contains("<polyline") || drawing.contains("<path"));
        m_view->setPaused(false);

        // An unwritable path is an error with a message, not a crash or a silent success.
        QVERIFY(!chart->exportCsv(m_dir.filePath(u"missing/folder/x.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MetricsView> m_view;
};

QTEST_MAIN(TestMetricsView)
#include "tst_metricsview.moc"
