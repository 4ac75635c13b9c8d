// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/breakermodel.h"
#include "models/workspace.h"
#include "tests/support/simprocess.h"
#include "ui/breakers/breakersview.h"
#include "ui/common/environmentbanner.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int answerMs = 10'000;
constexpr int reconnectMs = 30'000;
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
    }

    void ctrlDigitSwitchesAreas_data()
    {
        QTest::addColumn<int>("digit");
        QTest::addColumn<AreaId>("area");
        QTest::addRow("Ctrl+1 Overview") << 1 << AreaId::Overview;
        QTest::addRow("Ctrl+2 Metrics") << 2 << AreaId::Metrics;
        QTest::addRow("Ctrl+3 Syncs") << 3 << AreaId::Syncs;
        QTest::addRow("Ctrl+4 Dead letters") << 4 << AreaId::DeadLetters;
        QTest::addRow("Ctrl+5 Breakers") << 5 << AreaId::Breakers;
        QTest::addRow("Ctrl+6 Audit") << 6 << AreaId::Audit;
        QTest::addRow("Ctrl+7 Operations") << 7 << AreaId::Operations;
    }

    void ctrlDigitSwitchesAreas()
    {
        QFETCH(int, digit);
        QFETCH(AreaId, area);
        MainWindow window(m_audit.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Start elsewhere so every row proves a switch.
        window.showArea(area == AreaId::Audit ? AreaId::Overview : AreaId::Audit);
        QTest::keyClick(&window, Qt::Key(Qt::Key_0 + digit), Qt::ControlModifier);
        QCOMPARE(window.currentArea(), area);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.areaView(area));
    }

    void productionBannerIsUnmistakable()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.error()));
        MainWindow window(m_audit.get());
        auto *ws = new Workspace(
            ConnectionProfile::create(u"prod-eu"_s, sim.baseUrl(), Environment::Production),
            new OpsApiBackend(sim.baseUrl(), SimProcess::adminToken()), m_audit.get());
        window.addWorkspace(ws);
        auto *banner = window.findChild<EnvironmentBanner *>(u"environmentBanner"_s);
        QVERIFY(banner->text().contains(u"PRODUCTION"_s));
        QVERIFY(banner->text().contains(u"prod-eu"_s));
        QVERIFY(banner->styleSheet().contains(u"#d50000"_s));
        QVERIFY(banner->styleSheet().contains(u"color: #ffffff"_s));
        ws->close();
    }

    void showsTheOutageThenResumesWithoutARestart()
    {
        auto sim = std::make_unique<SimProcess>();
        QVERIFY2(sim->start(), qPrintable(sim->error()));
        const QString dataDir = sim->dataDir();
        const quint16 port = sim->port();

        MainWindow window(m_audit.get());
        auto *backend = new OpsApiBackend(sim->baseUrl(), SimProcess::adminToken());
        EventStream::Options fast;
        fast.backoff = Backoff { 200, 2.0, 2000, Backoff::Jitter::Full };
        backend->setEventOptions(fast);
        auto *ws = new Workspace(
            ConnectionProfile::create(u"staging"_s, sim->baseUrl(), Environment::Staging), backend,
            m_audit.get());
        window.addWorkspace(ws);
        window.show();
        ws->open();
        window.showArea(AreaId::Breakers);
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().contains(u"Connected"_s), answerMs);
        auto *view = qobject_cast<BreakersView *>(window.areaView(AreaId::Breakers));
        QTRY_VERIFY_WITH_TIMEOUT(ws->breakers()->rowCount() > 0, answerMs);
        view->findChild<QTableView *>(u"breakers"_s)->selectRow(0);
        QAction *forceOpen = view->action(BreakerAction::ForceOpen);
        QVERIFY(forceOpen->isEnabled());

        sim->kill();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().contains(u"Unreachable"_s), answerMs);
        auto *unavailable = view->findChild<QLabel *>(u"unavailable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(unavailable->isVisible(), answerMs);
        QVERIFY2(!forceOpen->isEnabled(), "no actions on stale data");
        QCOMPARE(forceOpen->toolTip(), ws->actionsUnavailableReason());
        QVERIFY(view->findChild<QLabel *>(u"dataAge"_s)->text().contains(u"unreachable"_s));

        SimProcess again;
        SimProcess::Options options;
        options.dataDir = dataDir;
        options.port = port;
        QVERIFY2(again.start(options), qPrintable(again.error()));
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().contains(u"Connected"_s), reconnectMs);
        QTRY_VERIFY_WITH_TIMEOUT(!unavailable->isVisible(), answerMs);
        // The snapshots reload and the selection survives them.
        QTRY_VERIFY_WITH_TIMEOUT(forceOpen->isEnabled(), answerMs);
        QCOMPARE(view->selectedBreakers().size(), 1);
        QVERIFY(!view->findChild<QLabel *>(u"dataAge"_s)->text().contains(u"unreachable"_s));
        ws->close();
        again.stop();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
