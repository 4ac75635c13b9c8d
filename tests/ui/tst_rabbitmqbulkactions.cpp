// SPDX-License-Identifier: MIT
#include "backends/amqpconnection.h"
#include "backends/rabbitmqbackend.h"
#include "models/auditlog.h"
#include "models/deadlettermodel.h"
#include "models/operationmodel.h"
#include "models/workspace.h"
#include "tests/rabbitmq/rabbitsetup.h"
#include "tests/support/rabbitbroker.h"
#include "tests/ui/rabbitworkspace.h"
#include "ui/deadletters/deadletterbulkactions.h"
#include "ui/deadletters/deadlettersview.h"
#include "ui/operations/bulkoperationdialog.h"
#include "ui/operations/operationsview.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 60'000; // a loaded machine; the broker's statistics refresh every 5 s
constexpr int runMs = 120'000;
constexpr int letters = 6;

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

QString labelText(QWidget *parent, const QString &name)
{
    auto *label = parent->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

} // namespace

/** "Move all matching to queue…" on a real RabbitMQ broker, driven through the dialog like an
 * operator would. */
class TestRabbitMqBulkActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        RabbitSetup setup(m_broker);
        QVERIFY(setup.deadLetteredQueue(u"orders"_s, u"orders.dlq"_s));
        QVERIFY(setup.queue(u"orders.retry"_s));
        for (int i = 1; i <= letters; ++i)
            QVERIFY(setup.publish(u"orders"_s, u"{\"order\":%1}"_s.arg(2000 + i).toUtf8(),
                { { u"message_id"_s, u"order-%1"_s.arg(2000 + i) } }));
        QVERIFY(setup.reject(u"orders"_s, letters));
        QTRY_COMPARE_WITH_TIMEOUT(depth(u"orders.dlq"_s), letters, answerMs);
    }

    void monitoringUserSeesMoveGreyedWithTheReason()
    {
        auto ws = open(false);
        DeadLettersView view;
        view.setWorkspace(ws.get());
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            ws->has(Capability::DeadLetterMove) && !ws->role().isEmpty(), answerMs);
        const QString reason = ws->actionsUnavailableReason();
        QVERIFY(!reason.isEmpty());
        for (auto entry :
            { DeadLetterBulkActions::MoveSelected, DeadLetterBulkActions::MoveMatching }) {
            QAction *move = view.bulkActions()->action(entry);
            QVERIFY2(move->isVisible() && !move->isEnabled(), qPrintable(move->objectName()));
            QVERIFY2(move->toolTip().contains(reason), qPrintable(move->toolTip()));
            QVERIFY(!view.bulkActions()->open(entry));
        }
    }

    void moveAllMatchingToANamedQueue()
    {
        auto ws = open(true);
        DeadLettersView view;
        view.setWorkspace(ws.get());
        view.resize(1400, 800);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws->has(Capability::DeadLetterMove), answerMs);
        view.setFilter(u"source:orders.dlq"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ws->deadLetters()->rowCount(), letters, answerMs);

        // The broker can move: the entry is in the Actions menu and the button row, enabled.
        QAction *move = view.bulkActions()->action(DeadLetterBulkActions::MoveMatching);
        QTRY_VERIFY2_WITH_TIMEOUT(move->isEnabled(), qPrintable(move->toolTip()), answerMs);
        QVERIFY(move->isVisible());
        QVERIFY(view.actions().contains(move));
        QCOMPARE(move->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        bool buttonShown = false;
        for (QToolButton *button : view.findChildren<QToolButton *>())
            buttonShown = buttonShown || (button->defaultAction() == move && button->isVisible());
        QVERIFY(buttonShown);
        view.table()->selectRow(0);
        QVERIFY(view.bulkActions()->action(DeadLetterBulkActions::MoveSelected)->isEnabled());

        move->trigger();
        auto *dialog = view.findChild<BulkOperationDialog *>();
        QVERIFY(dialog);
        auto *target = dialog->findChild<QLineEdit *>(u"targetQueue"_s);
        auto *dryRun = dialog->findChild<QPushButton *>(u"replan"_s);
        auto *next = dialog->findChild<QPushButton *>(u"next"_s);
        QVERIFY(target && dryRun && next);

        // A queue the broker does not have: the dry run says so, nothing moves.
        QTest::keyClicks(target, u"orders.nowhere"_s);
        dryRun->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(u"orders.nowhere"_s), answerMs);
        QVERIFY(!next->isEnabled());

        // The right one: counted, then confirmed with the target named.
        target->clear();
        QTest::keyClicks(target, u"orders.retry"_s);
        dryRun->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), answerMs);
        QCOMPARE(dialog->plan()->selected, qint64(letters));
        QVERIFY(next->isEnabled());
        saveScreenshot(dialog, u"rabbitmq-move-plan.png"_s);
        next->click();
        QCOMPARE(dialog->page(), BulkOperationDialog::ConfirmPage);
        const QString summary = labelText(dialog, u"confirmSummary"_s);
        // (No catalogue is loaded here: the English source text, "dead letter(s)".)
        QVERIFY2(summary.contains(u"Move %1 dead letter"_s.arg(letters))
                && summary.contains(u"to orders.retry"_s),
            qPrintable(summary));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"replay after the fix"_s);
        auto *run = dialog->findChild<QPushButton *>(u"run"_s);
        QVERIFY(run->isEnabled());
        saveScreenshot(dialog, u"rabbitmq-move-confirm.png"_s);
        QSignalSpy shown(dialog, &BulkOperationDialog::resultShown);
        run->click();

        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), BulkOperationDialog::ResultPage, runMs);
        QVERIFY(shown.count() == 1 || shown.wait(answerMs));
        const Operation op = *dialog->operation();
        QCOMPARE(op.kind, OperationKind::Move);
        QCOMPARE(op.target, u"orders.retry"_s);
        QCOMPARE(op.counts.succeeded, qint64(letters));
        QCOMPARE(op.counts.pending(), 0);
        const QString title = labelText(dialog, u"resultTitle"_s);
        QVERIFY2(title.contains(u"orders.retry"_s), qPrintable(title));
        saveScreenshot(dialog, u"rabbitmq-move-result.png"_s);

        // The broker agrees: every letter left the dead-letter queue and sits in the target.
        QTRY_COMPARE_WITH_TIMEOUT(depth(u"orders.retry"_s), letters, answerMs);
        QCOMPARE(depth(u"orders.dlq"_s), 0);

        // Audited: the start as operation.move, the outcome once as operation.result.
        int moves = 0;
        int results = 0;
        for (const AuditRecord &r : m_audit->records()) {
            if (r.action == u"operation.move"_s)
                ++moves;
            if (r.action == u"operation.result"_s && r.target == op.id) {
                ++results;
                QCOMPARE(r.reason, u"replay after the fix"_s);
            }
        }
        QCOMPARE(moves, 1);
        QCOMPARE(results, 1);
        dialog->close();

        // The Operations area says where the letters went.
        OperationsView operations;
        operations.setWorkspace(ws.get());
        QTRY_VERIFY_WITH_TIMEOUT(operations.selectOperation(op.id), answerMs);
        QVERIFY2(operations.detailText().contains(u"to orders.retry"_s),
            qPrintable(operations.detailText()));
        const QModelIndex kind = operations.table()
                                     ->selectionModel()
                                     ->selectedRows(OperationModel::KindColumn)
                                     .value(0);
        QVERIFY2(
            kind.data().toString().contains(u"orders.retry"_s), qPrintable(kind.data().toString()));
    }

private:
    std::unique_ptr<Workspace> open(bool asAdmin)
    {
        return openRabbitWorkspace(
            m_broker, m_audit.get(), asAdmin, m_dir.filePath(u"moves-%1.sqlite"_s.arg(asAdmin)));
    }

    /** Ready messages in `queue`, as the broker says over AMQP (passive declare). */
    int depth(const QString &queue)
    {
        AmqpConnection connection;
        if (const auto error = connection.open(adminEndpoint(m_broker))) {
            qWarning("AMQP: %s", qPrintable(error->message));
            return -1;
        }
        const auto info = connection.declareQueuePassive(queue);
        if (const auto *error = std::get_if<AmqpError>(&info)) {
            qWarning("AMQP: %s", qPrintable(error->message));
            return -1;
        }
        return int(std::get<AmqpQueueInfo>(info).messageCount);
    }

    RabbitBroker m_broker;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_MAIN(TestRabbitMqBulkActions)
#include "tst_rabbitmqbulkactions.moc"
