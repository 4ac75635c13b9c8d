// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/metricsstore.h"
#include "models/workspace.h"
#include "tests/support/simprocess.h"
#include "ui/metrics/metricchart.h"
#include "ui/metrics/metricsview.h"
#include "ui/overview/overviewcard.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 30'000;

} // namespace

/**
 * The Overview card and the Metrics area on an Ops API back end (the sim): the figures of a service
 * with integrations, no queue tile and no queue charts. tst_rabbitmqconsole shows the broker's
 * side.
 */
class TestOverviewCard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimProcess::Options options;
        options.scenario = u"default"_s; // traffic, so the rates have values
        QVERIFY2(m_sim.start(options), qPrintable(m_sim.error()));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        const ConnectionProfile profile
            = ConnectionProfile::create(u"sim"_s, m_sim.baseUrl(), Environment::Development);
        m_ws = std::make_unique<Workspace>(
            profile, new OpsApiBackend(m_sim.baseUrl(), SimProcess::viewerToken()), m_audit.get());
        m_ws->setScrapeInterval(250);
        m_ws->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->isConnected(), answerMs);
        // Rates need two scrapes.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ws->metrics()->latestTotal(MetricGroup::RequestRate).has_value(), answerMs);
    }

    void cleanupTestCase() { m_ws.reset(); }

    void cardShowsTheFiguresOfAnOpsApiBackEnd_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addRow("request rate") << u"requestRate"_s;
        QTest::addRow("error rate") << u"errorRate"_s;
        QTest::addRow("dead letters") << u"deadLetters"_s;
        QTest::addRow("open breakers") << u"openBreakers"_s;
        QTest::addRow("running syncs") << u"runningSyncs"_s;
    }

    void cardShowsTheFiguresOfAnOpsApiBackEnd()
    {
        QFETCH(QString, figure);
        OverviewCard card(m_ws.get());
        card.show();
        auto *button = card.findChild<QPushButton *>(figure);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            !button->text().isEmpty() && button->text() != u"\u2014", answerMs);
    }

    void cardHasNoQueueTileOnAnOpsApiBackEnd()
    {
        OverviewCard card(m_ws.get());
        card.show();
        auto *tile = card.findChild<QFrame *>(u"queueTile"_s);
        QVERIFY(tile);
        // After a few more scrapes still none: the sim has no queues.
        QSignalSpy scrapes(m_ws->metrics(), &MetricsStore::updated);
        QTRY_VERIFY_WITH_TIMEOUT(scrapes.size() >= 3, answerMs);
        QVERIFY(!tile->isVisible());
        QVERIFY(card.findChild<QPushButton *>(u"requestRate"_s)->isVisible());
    }

    void cardOpensMetricsFromARate()
    {
        OverviewCard card(m_ws.get());
        card.show();
        QSignalSpy activated(&card, &OverviewCard::figureActivated);
        QTest::mouseClick(card.findChild<QPushButton *>(u"requestRate"_s), Qt::LeftButton);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(1).value<AreaId>(), AreaId::Metrics);
    }

    void metricsAreaKeepsItsChartsOnAnOpsApiBackEnd()
    {
        MetricsView view;
        view.setWorkspace(m_ws.get());
        view.resize(1200, 900);
        view.show();
        // The Ops API's five charts, two to a row in their order; no queue chart.
        const MetricGroup expected[] = { MetricGroup::RequestRate, MetricGroup::ErrorRate,
            MetricGroup::Latency, MetricGroup::DeadLetters, MetricGroup::SyncThroughput };
        const MetricChart *previous = nullptr;
        for (int i = 0; i < 5; ++i) {
            const MetricChart *chart = view.chart(expected[i]);
            QVERIFY2(chart->isVisible(), qPrintable(chart->title()));
            if (previous && i % 2 == 1) {
                QCOMPARE(chart->y(), previous->y());
                QVERIFY(chart->x() > previous->x());
            } else if (previous) {
                QVERIFY(chart->y() > previous->y());
            }
            previous = chart;
        }
        QVERIFY(view.chart(MetricGroup::QueueDepth)->isHidden());
        QVERIFY(view.chart(MetricGroup::QueueRate)->isHidden());
    }

private:
    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Workspace> m_ws;
};

QTEST_MAIN(TestOverviewCard)
#include "tst_overviewcard.moc"
