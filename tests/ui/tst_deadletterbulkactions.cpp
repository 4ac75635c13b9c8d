// SPDX-License-Identifier: MIT
// The bulk entries of the Dead letters area on their own: they need two tables
// and a Workspace, not the DeadLettersView, and act on what those tables select.
#include "core/backend.h"
#include "models/auditlog.h"
#include "models/deadlettermodel.h"
#include "models/workspace.h"
#include "ui/deadletters/deadletterbulkactions.h"
#include "ui/operations/bulkoperationdialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** A connected back end with three dead letters that records the dry runs asked of it. */
class LettersBackend : public Backend {
public:
    explicit LettersBackend(Capabilities capabilities)
        : m_capabilities(capabilities)
    {
    }
    QList<OperationRequest> plans;

    Capabilities capabilities() const override { return m_capabilities; }
    QString displayName() const override { return u"letters"_s; }
    void open() override { setConnectionState(ConnectionState::Connected); }
    void close() override { setConnectionState(ConnectionState::Disconnected); }
    RequestId fetchInfo(QObject *context, Callback<BackendInfo> done) override
    {
        BackendInfo info;
        info.role = u"admin"_s;
        return answerLater<BackendInfo>(context, std::move(done), info);
    }
    RequestId fetchDeadLetters(
        const DeadLetterPageRequest &, QObject *context, Callback<DeadLetterPage> done) override
    {
        DeadLetterPage page;
        for (qint64 id : { 30, 20, 10 }) {
            DeadLetter letter;
            letter.id = id;
            letter.source = u"erp-order-export"_s;
            letter.fingerprint = u"fp"_s;
            letter.lastFailureMs = 1'700'000'000'000 + id;
            page.items.append(letter);
        }
        return answerLater<DeadLetterPage>(context, std::move(done), page);
    }
    RequestId planOperation(
        const OperationRequest &request, QObject *context, Callback<OperationPlan> done) override
    {
        plans.append(request);
        return answerUnsupported<OperationPlan>(context, std::move(done), Capability::Operations);
    }

private:
    Capabilities m_capabilities;
};

struct Fixture {
    QWidget host;
    QTableView *letters = new QTableView(&host);
    QTableView *groups = new QTableView(&host);
    DeadLetterBulkActions *bulk = new DeadLetterBulkActions(&host, letters, groups);
};

} // namespace

class TestDeadLetterBulkActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
    }

    void withoutABackEndNothingIsOffered()
    {
        Fixture f;
        for (int e = 0; e < DeadLetterBulkActions::EntryCount; ++e) {
            const auto entry = DeadLetterBulkActions::Entry(e);
            QVERIFY(!f.bulk->action(entry)->isEnabled());
            QCOMPARE(f.bulk->action(entry)->toolTip(), u"Unavailable: No back end is open."_s);
            QVERIFY(!f.bulk->open(entry));
        }
        // The entries are the host's (Actions menu) and the tables' (context menus).
        QVERIFY(f.host.actions().contains(f.bulk->action(DeadLetterBulkActions::RetryMatching)));
        QVERIFY(
            f.letters->actions().contains(f.bulk->action(DeadLetterBulkActions::RetrySelected)));
        QVERIFY(f.groups->actions().contains(f.bulk->action(DeadLetterBulkActions::RetryGroup)));
        QCOMPARE(f.letters->contextMenuPolicy(), Qt::ActionsContextMenu);
    }

    void actsOnTheRowsSelectedInTheTableItIsGiven()
    {
        auto *backend = new LettersBackend(Capability::DeadLetters | Capability::Operations);
        Workspace workspace(ConnectionProfile::create(
                                u"staging"_s, QUrl(u"http://127.0.0.1:1"_s), Environment::Staging),
            backend, m_audit.get());
        Fixture f;
        f.letters->setModel(workspace.deadLetters());
        f.bulk->setWorkspace(&workspace);
        workspace.open();
        QTRY_COMPARE(workspace.deadLetters()->rowCount(), 3);
        QTRY_COMPARE(workspace.role(), u"admin"_s);
        f.bulk->updateActions();
        QAction *retrySelected = f.bulk->action(DeadLetterBulkActions::RetrySelected);
        QVERIFY(!retrySelected->isEnabled());
        QCOMPARE(
            retrySelected->toolTip(), u"Select dead letters first (Ctrl+click, Shift+click)."_s);
        QVERIFY(f.bulk->action(DeadLetterBulkActions::RetryMatching)->isEnabled());
        // No moving on a back end that cannot: the entries are not even shown.
        QVERIFY(!f.bulk->action(DeadLetterBulkActions::MoveSelected)->isVisible());

        // Letters 30 and 10, the first and third rows.
        QItemSelectionModel *selection = f.letters->selectionModel();
        selection->select(workspace.deadLetters()->index(0, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->select(workspace.deadLetters()->index(2, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->setCurrentIndex(
            workspace.deadLetters()->index(2, 0), QItemSelectionModel::NoUpdate);
        f.bulk->updateActions();
        QVERIFY(retrySelected->isEnabled());
        QVERIFY(f.bulk->action(DeadLetterBulkActions::PurgeSource)->isEnabled());

        BulkOperationDialog *dialog = f.bulk->open(DeadLetterBulkActions::RetrySelected);
        QVERIFY(dialog);
        QCOMPARE(dialog->parentWidget(), &f.host);
        QTRY_COMPARE(backend->plans.size(), 1);
        QCOMPARE(backend->plans.first().kind, OperationKind::Retry);
        QCOMPARE(backend->plans.first().selector.ids, (QList<qint64> { 10, 30 }));
        delete dialog;

        // Without a back end again, nothing is offered.
        f.bulk->setWorkspace(nullptr);
        QVERIFY(!retrySelected->isEnabled());
        workspace.close();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_MAIN(TestDeadLetterBulkActions)
#include "tst_deadletterbulkactions.moc"
