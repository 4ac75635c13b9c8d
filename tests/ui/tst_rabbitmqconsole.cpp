// SPDX-License-Identifier: MIT
#include "backends/rabbitmqbackend.h"
#include "models/auditlog.h"
#include "models/deadlettermodel.h"
#include "models/metricsstore.h"
#include "models/workspace.h"
#include "tests/rabbitmq/rabbitsetup.h"
#include "tests/support/rabbitbroker.h"
#include "ui/deadletters/deadletterdetailpane.h"
#include "ui/deadletters/deadlettersview.h"
#include "ui/metrics/metricchart.h"
#include "ui/metrics/metricsview.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 60'000; // a loaded machine; the broker's statistics refresh every 5 s

/** Where to save screenshots: $BREAKWATER_SCREENSHOT_DIR (scripts/screenshots sets it); none when unset. */
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BREAKWATER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

/** The console on a real RabbitMQ broker: dead-letter queues and queue charts. */
class TestRabbitMqConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        RabbitSetup setup(m_broker);
        QVERIFY(setup.exchange(u"orders.dlx"_s, u"direct"_s));
        QVERIFY(setup.queue(u"orders"_s, { { u"x-dead-letter-exchange"_s, u"orders.dlx"_s },
                                           { u"x-dead-letter-routing-key"_s, u"orders"_s } }));
        QVERIFY(setup.queue(u"orders.dlq"_s));
        QVERIFY(setup.bind(u"orders.dlx"_s, u"orders.dlq"_s, u"orders"_s));
        QVERIFY(setup.queue(u"invoices"_s));
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(setup.publish(u"orders"_s,
                                  u"{\"order\":%1,\"customer\":\"c-%2\",\"total\":%3}"_s.arg(1000 + i).arg(i).arg(i * 25)
                                          .toUtf8(),
                                  { { u"message_id"_s, u"order-%1"_s.arg(1000 + i) },
                                    { u"content_type"_s, u"application/json"_s },
                                    { u"headers"_s, QJsonObject { { u"tenant"_s, u"acme"_s } } } }));
        }
        QVERIFY(setup.reject(u"orders"_s, 4));
        for (int i = 0; i < 7; ++i)
            QVERIFY(setup.publish(u"invoices"_s, "{}"_ba, {}));
    }

    void cleanupTestCase() { m_admin.reset(); }

    void deadLettersViewShowsTheQueueAndTheDeathHistory()
    {
        Workspace *ws = admin();
        DeadLettersView view;
        view.setWorkspace(ws);
        view.resize(1400, 800);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(ws->deadLetters()->rowCount(), 4, answerMs);
        auto *note = view.findChild<QLabel *>(u"rabbitNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(u"redelivered"_s), qPrintable(note->text()));

        const qint64 id = ws->deadLetters()->idAt(0);
        QVERIFY(view.selectId(id));
        QTRY_COMPARE_WITH_TIMEOUT(view.detailPane()->letter().id, id, answerMs);
        const DeadLetter &letter = view.detailPane()->letter();
        QCOMPARE(letter.source, u"orders.dlq"_s);
        QCOMPARE(letter.error.errorClass, u"rejected"_s);
        QVERIFY2(letter.payload.contains("\"order\":1001"), letter.payload.constData());
        auto *tabs = view.detailPane()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        int history = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == u"x-death history")
                history = i;
        QVERIFY(history >= 0);
        tabs->setCurrentIndex(history);
        QVERIFY2(letter.error.stack.contains(u"rejected in queue orders"_s), qPrintable(letter.error.stack));
        QVERIFY2(view.retryAction()->isEnabled(), qPrintable(view.retryAction()->toolTip()));
        saveScreenshot(&view, u"rabbitmq-deadletters.png"_s);
    }

    void actionsAreDisabledForAMonitoringUser()
    {
        Workspace *ws = open(false);
        DeadLettersView view;
        view.setWorkspace(ws);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws->info().has_value(), answerMs);
        QCOMPARE(ws->role(), u"viewer"_s);
        QVERIFY(ws->isReadOnly());
        // A monitoring user may not read messages either: the broker's refusal is shown as it said it.
        QTRY_VERIFY_WITH_TIMEOUT(view.lastOutcome().contains(u"ACCESS_REFUSED"_s), answerMs);
        for (QAction *action : { view.retryAction(), view.editAndRetryAction(), view.deleteAction() })
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        delete ws;
    }

    void metricsChartQueueDepthsAndRates()
    {
        Workspace *ws = admin();
        MetricsView view;
        view.setWorkspace(ws);
        view.resize(1400, 900);
        view.show();
        const MetricsStore *store = ws->metrics();
        QTRY_VERIFY_WITH_TIMEOUT(store->seriesIds(MetricGroup::QueueDepth).contains(u"queue:invoices"_s), answerMs);
        // The broker refreshes its queue statistics every few seconds: the depth arrives within a few scrapes.
        QTRY_COMPARE_WITH_TIMEOUT(store->series(u"queue:invoices"_s)->last().value, 7.0, answerMs);
        QVERIFY(store->seriesIds(MetricGroup::QueueRate).contains(u"queuerate:orders:publish"_s));
        QVERIFY(store->seriesIds(MetricGroup::DeadLetters).contains(u"deadletters:orders.dlq"_s));
        QVERIFY(!view.chart(MetricGroup::QueueDepth)->isHidden());
        QVERIFY(!view.chart(MetricGroup::QueueRate)->isHidden());
        QVERIFY(!view.chart(MetricGroup::DeadLetters)->isHidden());
        // Nothing a broker has: hidden rather than empty.
        QVERIFY(view.chart(MetricGroup::RequestRate)->isHidden());
        QVERIFY(view.chart(MetricGroup::Latency)->isHidden());
        QTest::qWait(3000); // a few more scrapes on the charts before the picture
        saveScreenshot(&view, u"rabbitmq-metrics.png"_s);
    }

private:
    Workspace *open(bool asAdmin)
    {
        ConnectionProfile profile = ConnectionProfile::create(u"rabbit"_s, m_broker.managementUrl(),
                                                              Environment::Staging, BackendKind::RabbitMq);
        profile.amqpUrl = m_broker.amqpUrl();
        profile.user = asAdmin ? m_broker.adminUser() : m_broker.monitoringUser();
        RabbitMqBackend::Settings settings;
        settings.managementUrl = profile.url;
        settings.amqpUrl = profile.amqpUrl;
        settings.user = profile.user;
        settings.password = (asAdmin ? m_broker.adminPassword() : m_broker.monitoringPassword()).toUtf8();
        auto *backend = new RabbitMqBackend(settings);
        backend->setDisplayName(u"rabbit (staging)"_s);
        auto *ws = new Workspace(profile, backend, m_audit.get());
        ws->open();
        return ws;
    }

    Workspace *admin()
    {
        if (!m_admin)
            m_admin.reset(open(true));
        return m_admin.get();
    }

    RabbitBroker m_broker;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Workspace> m_admin;
};

QTEST_MAIN(TestRabbitMqConsole)
#include "tst_rabbitmqconsole.moc"
