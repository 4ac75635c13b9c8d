// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/breakermodel.h"
#include "models/deadlettermodel.h"
#include "models/operationmodel.h"
#include "models/workspace.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"
#include "ui/breakers/breakersview.h"
#include "ui/common/confirmactiondialog.h"
#include "ui/deadletters/deadletterbulkactions.h"
#include "ui/deadletters/deadlettersview.h"
#include "ui/mainwindow.h"
#include "ui/operations/bulkoperationdialog.h"
#include "ui/operations/operationsview.h"
#include "ui/syncs/syncsview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int answerMs = 30'000;
constexpr int runMs = 120'000;

/** Saves a picture of `widget` when BREAKWATER_SCREENSHOT_DIR names a folder (docs/screenshots). */
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BREAKWATER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

QString labelText(QWidget *parent, const QString &name)
{
    auto *label = parent->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

/**
 * Passes each connection to the sim and back, keeping every byte the console
 * sent: what went over the wire, whatever the sim answered.
 */
class WireTap : public QObject {
public:
    explicit WireTap(const QUrl &upstream)
        : m_upstream(upstream)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *up = new QTcpSocket(client);
                up->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
                connect(client, &QTcpSocket::readyRead, up, [this, client, up] {
                    const QByteArray bytes = client->readAll();
                    m_sent += bytes;
                    up->write(bytes);
                });
                connect(up, &QTcpSocket::readyRead, client,
                    [client, up] { client->write(up->readAll()); });
                connect(up, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QString sent() const { return QString::fromUtf8(m_sent); }

private:
    QUrl m_upstream;
    QTcpServer m_server;
    QByteArray m_sent;
};

} // namespace

/** The bulk dialog and the Operations area driven like an operator would, against a real sim. */
class TestBulkOperationDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        m_api = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
    }

    void retryAllMatchingRunsWhatTheDryRunCounted_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<int>("letters");
        QTest::addColumn<QString>("mustType");
        QTest::addRow("development, a few") << Environment::Development << 40 << QString();
        QTest::addRow("large count asks for the count")
            << Environment::Development << 1200 << u"1200"_s;
        QTest::addRow("production asks for its name")
            << Environment::Production << 30 << u"production"_s;
    }

    void retryAllMatchingRunsWhatTheDryRunCounted()
    {
        QFETCH(Environment, environment);
        QFETCH(int, letters);
        QFETCH(QString, mustType);
        const QString source = u"flow-%1"_s.arg(++m_sources);
        generate(letters, source);

        auto ws = workspace(environment, SimProcess::adminToken());
        DeadLettersView view;
        view.resize(1300, 700);
        view.show();
        view.setWorkspace(ws.get());
        QTRY_VERIFY_WITH_TIMEOUT(ws->isConnected(), answerMs);
        view.setFilter(u"source:"_s + source);
        QTRY_VERIFY_WITH_TIMEOUT(ws->deadLetters()->rowCount() > 0, answerMs);

        QAction *retryMatching = view.bulkActions()->action(DeadLetterBulkActions::RetryMatching);
        QTRY_VERIFY_WITH_TIMEOUT(retryMatching->isEnabled(), answerMs);
        QCOMPARE(retryMatching->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        retryMatching->trigger();
        auto *dialog = view.findChild<BulkOperationDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->page(), BulkOperationDialog::PlanPage);

        // Dry run: the exact count, by source, nothing changed.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), answerMs);
        QCOMPARE(dialog->plan()->selected, qint64(letters));
        QVERIFY2(labelText(dialog, u"planCount"_s).contains(QLocale().toString(letters)),
            qPrintable(labelText(dialog, u"planCount"_s)));
        auto *bySource = dialog->findChild<QTableWidget *>(u"bySource"_s);
        QCOMPARE(bySource->rowCount(), 1);
        QCOMPARE(bySource->item(0, 0)->text(), source);
        QVERIFY(dialog->findChild<QTableWidget *>(u"byGroup"_s)->rowCount() >= 1);
        QVERIFY(dialog->findChild<QTableWidget *>(u"sample"_s)->rowCount() >= 1);
        QCOMPARE(activeCount(source), letters);
        if (letters > 1000)
            screenshot(dialog, u"bulk-plan.png"_s);

        // Letters arriving after the dry run are not swept in.
        generate(5, source);

        dialog->findChild<QPushButton *>(u"next"_s)->click();
        QCOMPARE(dialog->page(), BulkOperationDialog::ConfirmPage);
        QCOMPARE(dialog->requiredConfirmation(), mustType);
        auto *run = dialog->findChild<QPushButton *>(u"run"_s);
        QVERIFY2(!run->isEnabled(), "a reason is required");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"upstream fixed"_s);
        if (!mustType.isEmpty()) {
            QVERIFY2(!run->isEnabled(), "the count or the environment must be typed");
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"typedConfirmation"_s), mustType);
        }
        QVERIFY(run->isEnabled());
        if (letters > 1000)
            screenshot(dialog, u"bulk-confirm.png"_s);
        QSignalSpy shown(dialog, &BulkOperationDialog::resultShown);
        run->click();

        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), BulkOperationDialog::ResultPage, runMs);
        QVERIFY(shown.count() == 1 || shown.wait(answerMs));
        const Operation op = *dialog->operation();
        QCOMPARE(op.counts.selected, qint64(letters));
        QCOMPARE(op.counts.pending(), 0);
        // What the dialog shows is what the server says.
        const auto server
            = Operation::fromJson(m_api->get(u"/ops/v1/operations/"_s + op.id).json());
        QVERIFY(server);
        QCOMPARE(server->counts, op.counts);
        QCOMPARE(server->state, op.state);
        const QString counts = labelText(dialog, u"resultCounts"_s);
        QVERIFY2(counts.contains(QLocale().toString(op.counts.succeeded)), qPrintable(counts));
        QVERIFY(!labelText(dialog, u"reconciliation"_s).isEmpty());
        QCOMPARE(dialog->findChild<QTableWidget *>(u"failedItems"_s)->rowCount(),
            int(std::min<qint64>(op.counts.failed, BulkOperationDialog::FailedItemsShown)));
        // The five late letters are still there, untouched.
        QCOMPARE(activeCount(source), int(5 + op.counts.failed));
        if (letters > 1000)
            screenshot(dialog, u"bulk-result.png"_s);

        // One audit record of the result, with the final counts.
        int results = 0;
        for (const AuditRecord &r : m_audit->records()) {
            if (r.action == u"operation.result"_s && r.target == op.id) {
                ++results;
                QCOMPARE(r.count, qint64(letters));
                QCOMPARE(r.reason, u"upstream fixed"_s);
            }
        }
        QCOMPARE(results, 1);

        // Export: CSV and JSON of the same counts.
        const QString json = m_dir.filePath(op.id + u".json"_s);
        QSignalSpy exported(dialog, &BulkOperationDialog::exported);
        dialog->exportResult(json, true);
        QVERIFY(exported.wait(answerMs));
        QCOMPARE(exported.last().first().toBool(), true);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exportedOp
            = QJsonDocument::fromJson(file.readAll()).object().value(u"operation"_s).toObject();
        QCOMPARE(Operation::fromJson(exportedOp)->counts, op.counts);
        dialog->exportResult(m_dir.filePath(op.id + u".csv"_s), false);
        QVERIFY(exported.wait(answerMs));
        QCOMPARE(exported.last().first().toBool(), true);
        dialog->close();
    }

    void cancelMidRunKeepsWhatIsDone()
    {
        const QString source = u"cancel-%1"_s.arg(++m_sources);
        generate(600, source);
        auto ws = workspace(Environment::Staging, SimProcess::adminToken());
        DeadLettersView view;
        view.resize(1300, 700);
        view.show();
        view.setWorkspace(ws.get());
        QTRY_VERIFY_WITH_TIMEOUT(ws->isConnected(), answerMs);
        view.setFilter(u"source:"_s + source);
        QAction *deleteMatching = view.bulkActions()->action(DeadLetterBulkActions::DeleteMatching);
        QTRY_VERIFY_WITH_TIMEOUT(deleteMatching->isEnabled(), answerMs);
        BulkOperationDialog *dialog
            = view.bulkActions()->open(DeadLetterBulkActions::DeleteMatching);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), answerMs);
        QCOMPARE(dialog->plan()->selected, 600);
        dialog->findChild<QPushButton *>(u"next"_s)->click();
        // Slow enough to cancel halfway: 600 letters at 40 a second.
        dialog->findChild<QSpinBox *>(u"rate"_s)->setValue(40);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"clean-up"_s);
        dialog->findChild<QPushButton *>(u"run"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), BulkOperationDialog::ProgressPage, answerMs);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->operation()->counts.succeeded >= 40, runMs);
        QVERIFY2(labelText(dialog, u"keepsRunningNote"_s).contains(u"keeps running"_s),
            "the operator is told that closing does not stop it");
        screenshot(dialog, u"bulk-progress.png"_s);

        auto *confirm = qobject_cast<ConfirmActionDialog *>(dialog->requestCancel());
        QVERIFY(confirm);
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"reason"_s), u"wrong filter"_s);
        confirm->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), BulkOperationDialog::ResultPage, runMs);
        const Operation op = *dialog->operation();
        QCOMPARE(op.state, OperationState::Cancelled);
        QVERIFY2(op.counts.succeeded > 0 && op.counts.succeeded < 600,
            qPrintable(QString::number(op.counts.succeeded)));
        QCOMPARE(op.counts.pending(), 0);
        QVERIFY(labelText(dialog, u"resultTitle"_s)
                    .contains(OperationModel::stateLabel(OperationState::Cancelled)));
        // Done items stay done: exactly the letters not deleted are left.
        const auto server
            = Operation::fromJson(m_api->get(u"/ops/v1/operations/"_s + op.id).json());
        QCOMPARE(server->counts, op.counts);
        QCOMPARE(activeCount(source), int(600 - op.counts.succeeded));
        dialog->close();
    }

    void quittingMidOperationLeavesItRunning()
    {
        const QString source = u"quit-%1"_s.arg(++m_sources);
        generate(300, source);
        QString id;
        {
            MainWindow window(m_audit.get());
            window.show();
            auto *ws = workspace(Environment::Development, SimProcess::adminToken()).release();
            window.addWorkspace(ws);
            QTRY_VERIFY_WITH_TIMEOUT(ws->isConnected(), answerMs);
            OperationRequest request;
            request.kind = OperationKind::Retry;
            request.selector.filter = u"source:"_s + source;
            auto *dialog = new BulkOperationDialog(ws, request, source, &window);
            dialog->open();
            QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), answerMs);
            dialog->findChild<QPushButton *>(u"next"_s)->click();
            dialog->findChild<QSpinBox *>(u"rate"_s)->setValue(30);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reason"_s), u"replay"_s);
            dialog->findChild<QPushButton *>(u"run"_s)->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog->operation() && dialog->operation()->counts.pending() < 290, runMs);
            id = dialog->operation()->id;
            // The console quits: window, dialog and Workspace go.
        }
        QVERIFY(!id.isEmpty());
        const auto running = Operation::fromJson(m_api->get(u"/ops/v1/operations/"_s + id).json());
        QVERIFY(running);
        QVERIFY2(!isFinished(running->state), "the server keeps the operation running");

        // Reopened: the Operations area shows it, and follows it to the end.
        MainWindow window(m_audit.get());
        window.show();
        auto *ws = workspace(Environment::Development, SimProcess::adminToken()).release();
        window.addWorkspace(ws);
        window.showArea(AreaId::Operations);
        auto *view = qobject_cast<OperationsView *>(window.areaView(AreaId::Operations));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->selectOperation(id), answerMs);
        QVERIFY2(view->detailText().contains(id), qPrintable(view->detailText()));
        QTRY_VERIFY_WITH_TIMEOUT(ws->operations()->operation(id)->counts.pending() > 0
                || isFinished(ws->operations()->operation(id)->state),
            answerMs);
        if (!isFinished(ws->operations()->operation(id)->state)) {
            QVERIFY(view->action(OperationAction::Cancel)->isEnabled());
            screenshot(&window, u"bulk-operations.png"_s);
        }
        BulkOperationDialog *dialog = view->showSelected();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), BulkOperationDialog::ResultPage, runMs);
        const auto finished = Operation::fromJson(m_api->get(u"/ops/v1/operations/"_s + id).json());
        QCOMPARE(dialog->operation()->counts, finished->counts);
        QCOMPARE(ws->operations()->operation(id)->counts, finished->counts);
        QCOMPARE(finished->counts.selected, 300);
        QCOMPARE(finished->counts.pending(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            view->detailText().contains(QLocale().toString(finished->counts.succeeded)), answerMs);
    }

    void moveAsksForATargetQueue()
    {
        const QString source = u"move-%1"_s.arg(++m_sources);
        generate(3, source);
        WireTap tap(m_sim.baseUrl());
        QVERIFY(tap.listen());
        auto ws = workspace(Environment::Development, SimProcess::adminToken(), tap.url());
        DeadLettersView view;
        view.resize(1300, 700);
        view.show();
        view.setWorkspace(ws.get());
        view.setFilter(u"source:"_s + source);
        QTRY_COMPARE_WITH_TIMEOUT(ws->deadLetters()->rowCount(), 3, answerMs);

        // The Ops API cannot move to a named queue: its console offers no such entry.
        QVERIFY(!ws->has(Capability::DeadLetterMove));
        for (auto entry :
            { DeadLetterBulkActions::MoveSelected, DeadLetterBulkActions::MoveMatching }) {
            QAction *move = view.bulkActions()->action(entry);
            QVERIFY2(!move->isVisible() && !move->isEnabled(), qPrintable(move->objectName()));
            QVERIFY(!view.bulkActions()->open(entry));
        }
        QVERIFY(view.bulkActions()->action(DeadLetterBulkActions::RetryMatching)->isVisible());

        // Only a move asks where to.
        BulkOperationDialog *retry = view.bulkActions()->open(DeadLetterBulkActions::RetryMatching);
        QVERIFY(retry);
        QVERIFY(!retry->findChild<QLineEdit *>(u"targetQueue"_s));
        QTRY_VERIFY_WITH_TIMEOUT(retry->plan().has_value(), answerMs);
        retry->close();

        OperationRequest request;
        request.kind = OperationKind::Move;
        request.selector.filter = u"source:"_s + source;
        auto *dialog = new BulkOperationDialog(
            ws.get(), request, u"dead letters of %1"_s.arg(source), &view);
        dialog->show();
        auto *target = dialog->findChild<QLineEdit *>(u"targetQueue"_s);
        auto *dryRun = dialog->findChild<QPushButton *>(u"replan"_s);
        auto *next = dialog->findChild<QPushButton *>(u"next"_s);
        QVERIFY(target && dryRun && next);
        QVERIFY(target->isVisible());
        QVERIFY(target->text().isEmpty());
        QVERIFY2(!dryRun->isEnabled() && !next->isEnabled(),
            "nothing to count for before a target is named");
        // Blanks, or the queue the letters are already in, are no target.
        QTest::keyClicks(target, u"   "_s);
        QVERIFY(!dryRun->isEnabled() && !next->isEnabled());
        target->clear();
        QTest::keyClicks(target, source);
        QVERIFY(!dryRun->isEnabled() && !next->isEnabled());
        QVERIFY2(labelText(dialog, u"targetHint"_s).contains(source),
            qPrintable(labelText(dialog, u"targetHint"_s)));
        target->clear();
        QTest::keyClicks(target, u" orders.retry  "_s);
        QVERIFY(dryRun->isEnabled());
        QVERIFY(!next->isEnabled());
        QVERIFY(labelText(dialog, u"targetHint"_s).isEmpty());
        QVERIFY2(
            !tap.sent().contains(u"\"move\""_s), "no dry run before the operator asks for one");
        screenshot(dialog, u"bulk-move-target.png"_s);

        // The dry run carries the trimmed target; this server refuses moves, and says so plainly.
        dryRun->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), answerMs);
        const QString error = dialog->errorText();
        QVERIFY2(error.contains(u"cannot move dead letters"_s) && !error.contains(u'{'),
            qPrintable(error));
        QVERIFY2(tap.sent().contains(QRegularExpression(u"\"kind\"\\s*:\\s*\"move\""_s))
                && tap.sent().contains(
                    QRegularExpression(u"\"target\"\\s*:\\s*\"orders\\.retry\""_s)),
            "the dry run names kind and target");
        screenshot(dialog, u"bulk-move-refused.png"_s);
        // Still usable: on the same page, the target editable, the dry run ready to be asked again.
        QCOMPARE(dialog->page(), BulkOperationDialog::PlanPage);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->plan().has_value());
        QVERIFY(!next->isEnabled());
        QVERIFY(dryRun->isEnabled() && target->isEnabled() && !target->isReadOnly());
        target->clear();
        QTest::keyClicks(target, u"orders.parking"_s);
        QVERIFY(dryRun->isEnabled());
        QCOMPARE(activeCount(source), 3);
        dialog->close();
    }

    void readOnlyDisablesTheBulkActions()
    {
        auto ws = workspace(Environment::Development, SimProcess::viewerToken());
        DeadLettersView letters;
        BreakersView breakers;
        SyncsView syncs;
        OperationsView operations;
        letters.setWorkspace(ws.get());
        breakers.setWorkspace(ws.get());
        syncs.setWorkspace(ws.get());
        operations.setWorkspace(ws.get());
        QTRY_VERIFY_WITH_TIMEOUT(!ws->role().isEmpty(), answerMs);
        const QString reason = ws->actionsUnavailableReason();
        QVERIFY(!reason.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(ws->deadLetters()->rowCount() > 0, answerMs);
        letters.table()->selectRow(0);
        for (int e = 0; e < DeadLetterBulkActions::EntryCount; ++e) {
            QAction *act = letters.bulkActions()->action(DeadLetterBulkActions::Entry(e));
            QVERIFY2(!act->isEnabled(), qPrintable(act->objectName()));
            QVERIFY2(act->toolTip().contains(reason), qPrintable(act->toolTip()));
            QVERIFY(!letters.bulkActions()->open(DeadLetterBulkActions::Entry(e)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(ws->breakers()->rowCount() > 0, answerMs);
        breakers.findChild<QTableView *>(u"breakers"_s)->selectRow(0);
        QVERIFY(!breakers.bulkResetAction()->isEnabled());
        QVERIFY(!syncs.bulkCancelAction()->isEnabled());
        for (OperationAction a :
            { OperationAction::Pause, OperationAction::Resume, OperationAction::Cancel })
            QVERIFY(!operations.action(a)->isEnabled());
    }

private:
    /** A workspace on the sim, or on `url` when given (a WireTap in front of it). */
    std::unique_ptr<Workspace> workspace(
        Environment environment, const QByteArray &token, QUrl url = {})
    {
        if (url.isEmpty())
            url = m_sim.baseUrl();
        auto profile = ConnectionProfile::create(u"sim"_s, url, environment);
        auto ws
            = std::make_unique<Workspace>(profile, new OpsApiBackend(url, token), m_audit.get());
        ws->open();
        return ws;
    }

    void generate(int count, const QString &source)
    {
        const auto reply = m_api->post(
            u"/sim/v1/deadletters/generate"_s, { { u"count"_s, count }, { u"source"_s, source } });
        QVERIFY2(reply.status == 201, reply.describe().constData());
    }

    /** Active letters of `source` on the server, by its groups endpoint. */
    int activeCount(const QString &source)
    {
        const auto reply = m_api->get(
            u"/ops/v1/deadletters/groups"_s, QUrlQuery { { u"q"_s, u"source:"_s + source } });
        int total = 0;
        for (const QJsonValue &g : reply.items())
            total += g.toObject().value(u"count"_s).toInt();
        return total;
    }

    QTemporaryDir m_dir;
    SimProcess m_sim;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ApiClient> m_api;
    int m_sources = 0;
};

QTEST_MAIN(TestBulkOperationDialog)
#include "tst_bulkoperationdialog.moc"
