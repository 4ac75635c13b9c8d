// SPDX-License-Identifier: MIT
#include "backends/rabbitmqbackend.h"
#include "models/auditlog.h"
#include "models/deadlettergroupmodel.h"
#include "models/deadlettermodel.h"
#include "models/metricsstore.h"
#include "models/workspace.h"
#include "tests/rabbitmq/rabbitsetup.h"
#include "tests/support/rabbitbroker.h"
#include "tests/ui/rabbitworkspace.h"
#include "ui/deadletters/compactcelldelegate.h"
#include "ui/deadletters/deadletterdetailpane.h"
#include "ui/deadletters/deadlettersview.h"
#include "ui/metrics/metricchart.h"
#include "ui/metrics/metricsview.h"
#include "ui/overview/overviewcard.h"
#include "ui/overview/overviewview.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 60'000; // a loaded machine; the broker's statistics refresh every 5 s

/** Where to save screenshots: $BREAKWATER_SCREENSHOT_DIR (scripts/screenshots sets it); none when
 * unset. */
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BREAKWATER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

/** The messages the test puts in the broker: 4 dead-lettered from orders, 7 waiting in invoices. */
constexpr int deadLettered = 4;
constexpr int queued = deadLettered + 7;

} // namespace

/** The console on a real RabbitMQ broker: dead-letter queues and queue charts. */
class TestRabbitMqConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        RabbitSetup setup(m_broker);
        QVERIFY(setup.exchange(u"orders.dlx"_s, u"direct"_s));
        QVERIFY(setup.queue(u"orders"_s,
            { { u"x-dead-letter-exchange"_s, u"orders.dlx"_s },
                { u"x-dead-letter-routing-key"_s, u"orders"_s } }));
        QVERIFY(setup.queue(u"orders.dlq"_s));
        QVERIFY(setup.bind(u"orders.dlx"_s, u"orders.dlq"_s, u"orders"_s));
        QVERIFY(setup.queue(u"invoices"_s));
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(setup.publish(u"orders"_s,
                u"{\"order\":%1,\"customer\":\"c-%2\",\"total\":%3}"_s.arg(1000 + i)
                    .arg(i)
                    .arg(i * 25)
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
        QTRY_COMPARE_WITH_TIMEOUT(ws->deadLetters()->rowCount(), deadLettered, answerMs);
        auto *note = view.findChild<QLabel *>(u"rabbitNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(u"redelivered"_s), qPrintable(note->text()));
        // The group counts the queue's depth: not 0 while the broker's statistics still lag the
        // first load.
        QTRY_COMPARE_WITH_TIMEOUT(ws->deadLetterGroups()->total(), qint64(deadLettered), answerMs);
        QTRY_COMPARE_WITH_TIMEOUT(view.groupsTable()
                                      ->model()
                                      ->index(0, DeadLetterGroupModel::CountColumn)
                                      .data()
                                      .toString(),
            QLocale().toString(deadLettered), answerMs);
        // Ten-digit ids are read whole: the id column is as wide as its widest id plus the cell's
        // padding.
        const QString idText = QString::number(ws->deadLetters()->idAt(0));
        QCOMPARE(idText.size(), 10);
        QVERIFY2(
            view.table()->fontMetrics().horizontalAdvance(idText) + 2 * CompactCellDelegate::padding
                <= view.table()->horizontalHeader()->sectionSize(DeadLetterModel::Id),
            qPrintable(idText));
        // The broker's message has several lines: a row shows the first, and stays one line high.
        const QModelIndex messageCell = ws->deadLetters()->index(0, DeadLetterModel::Message);
        const QString message = messageCell.data(DeadLetterModel::MessageRole).toString();
        QVERIFY2(message.contains(u'\n'), qPrintable(message));
        auto *delegate
            = qobject_cast<CompactCellDelegate *>(view.table()->itemDelegateForIndex(messageCell));
        QVERIFY(delegate);
        QCOMPARE(delegate->shownText(messageCell, 10'000), message.section(u'\n', 0, 0));
        QCOMPARE(view.table()->rowHeight(0), view.table()->verticalHeader()->defaultSectionSize());

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
        QVERIFY2(letter.error.stack.contains(u"rejected in queue orders"_s),
            qPrintable(letter.error.stack));
        QVERIFY2(view.retryAction()->isEnabled(), qPrintable(view.retryAction()->toolTip()));

        // The pane says what the peek did, names its fields, and nothing sits over its title.
        const DeadLetterDetailPane *pane = view.detailPane();
        auto *peekNote = pane->findChild<QLabel *>(u"peekNote"_s);
        QVERIFY(peekNote && peekNote->isVisible());
        QVERIFY2(peekNote->text().contains(u"redelivered flag"_s)
                && peekNote->text().contains(u"diagnostics"_s),
            qPrintable(peekNote->text()));
        QStringList fieldNames;
        for (const QLabel *label : pane->findChildren<QLabel *>())
            if (label->isVisible() && label->text().endsWith(u':'))
                fieldNames.append(label->text());
        QVERIFY2(fieldNames.contains(u"Message:"_s) && fieldNames.contains(u"Error class:"_s),
            qPrintable(fieldNames.join(u", "_s)));
        const QLabel *title = nullptr;
        for (const QLabel *label : pane->findChildren<QLabel *>())
            if (label->isVisible() && label->text().startsWith(u"Dead letter %1"_s.arg(id)))
                title = label;
        QVERIFY(title);
        const QRect titleRect(title->mapTo(pane, QPoint(0, 0)), title->size());
        for (const QWidget *child : pane->findChildren<QWidget *>()) {
            if (child == title || !child->isVisible() || child->isAncestorOf(title)
                || title->isAncestorOf(child))
                continue;
            const QRect rect(child->mapTo(pane, QPoint(0, 0)), child->size());
            QVERIFY2(!rect.intersects(titleRect), child->metaObject()->className());
        }
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
        // A monitoring user may not read messages either: the broker's refusal is shown as it said
        // it.
        QTRY_VERIFY_WITH_TIMEOUT(view.lastOutcome().contains(u"ACCESS_REFUSED"_s), answerMs);
        for (QAction *action :
            { view.retryAction(), view.editAndRetryAction(), view.deleteAction() })
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
        QTRY_VERIFY_WITH_TIMEOUT(
            store->seriesIds(MetricGroup::QueueDepth).contains(u"queue:invoices"_s), answerMs);
        // The broker refreshes its queue statistics every few seconds: the depth arrives within a
        // few scrapes.
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

        // No empty chart, and the shown ones fill the grid: every row has two charts or one as wide
        // as both.
        QList<MetricChart *> shown;
        for (MetricChart *chart : view.charts()) {
            if (chart->isVisible()) {
                QVERIFY2(!chart->seriesIds().isEmpty(), qPrintable(chart->title()));
                shown.append(chart);
            }
        }
        QCOMPARE(shown.size(), 3);
        const int fullWidth = shown.first()->parentWidget()->width();
        for (const MetricChart *chart : std::as_const(shown)) {
            const bool wide = chart->width() > fullWidth * 3 / 4;
            const bool paired
                = std::any_of(shown.cbegin(), shown.cend(), [chart](const MetricChart *other) {
                      return other != chart && other->y() == chart->y();
                  });
            QVERIFY2(wide != paired, qPrintable(chart->title()));
        }
        // Legends: every series named in full or elided, never cut, the full name as tooltip.
        for (const MetricChart *chart : std::as_const(shown)) {
            for (const QString &id : chart->seriesIds()) {
                const QLabel *legend = chart->legendLabel(id);
                QVERIFY2(legend && legend->isVisible(), qPrintable(id));
                QVERIFY2(legend->fontMetrics().horizontalAdvance(legend->text())
                        <= legend->contentsRect().width(),
                    qPrintable(legend->text()));
                const QString full = store->info(id)->legend;
                QVERIFY2(legend->text() == full || legend->text().contains(u'\u2026'),
                    qPrintable(legend->text()));
                QCOMPARE(legend->toolTip(), store->info(id)->name);
            }
        }
        saveScreenshot(&view, u"rabbitmq-metrics.png"_s);
    }

    void overviewHasAQueueTile()
    {
        Workspace *ws = admin();
        OverviewView view;
        view.addWorkspace(ws);
        view.resize(900, 600);
        view.show();
        auto *card = view.findChild<OverviewCard *>();
        QVERIFY(card);
        auto *tile = card->findChild<QFrame *>(u"queueTile"_s);
        QVERIFY(tile && tile->isVisible());
        auto *depth = tile->findChild<QPushButton *>(u"queuedMessages"_s);
        auto *dead = tile->findChild<QPushButton *>(u"deadLettered"_s);
        auto *rates = tile->findChild<QPushButton *>(u"queueRates"_s);
        QVERIFY(depth && dead && rates);
        QTRY_COMPARE_WITH_TIMEOUT(depth->text(), QLocale().toString(queued), answerMs);
        QTRY_COMPARE_WITH_TIMEOUT(dead->text(), QLocale().toString(deadLettered), answerMs);
        QVERIFY2(rates->text().contains(u"per second"_s), qPrintable(rates->text()));
        // A broker has no request rates, breakers or syncs: no figure stands there empty.
        for (const QString &name :
            { u"requestRate"_s, u"errorRate"_s, u"openBreakers"_s, u"runningSyncs"_s })
            QVERIFY2(!card->findChild<QPushButton *>(name)->isVisible(), qPrintable(name));
        QVERIFY(card->findChild<QPushButton *>(u"deadLetters"_s)->isVisible());
        QSignalSpy activated(&view, &OverviewView::figureActivated);
        QTest::mouseClick(depth, Qt::LeftButton);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(1).value<AreaId>(), AreaId::Metrics);
        saveScreenshot(&view, u"rabbitmq-overview.png"_s);
    }

private:
    Workspace *open(bool asAdmin)
    {
        return openRabbitWorkspace(m_broker, m_audit.get(), asAdmin).release();
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
