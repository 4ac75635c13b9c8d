// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/deadlettergroupmodel.h"
#include "models/deadlettermodel.h"
#include "models/workspace.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"
#include "ui/common/confirmactiondialog.h"
#include "ui/deadletters/deadletterdetailpane.h"
#include "ui/deadletters/deadlettersview.h"
#include "ui/deadletters/editandretrydialog.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 10'000;
const QString source = u"marketplace-orders"_s;

} // namespace

class TestDeadLettersView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        // Healthy upstream: a retry is delivered, so a retried letter leaves the queue.
        const auto faults = m_admin->post(u"/sim/v1/faults"_s,
            { { u"integration"_s, source }, { u"errorRate"_s, 0 }, { u"latencyMs"_s, 20 } });
        QVERIFY2(faults.status == 200, faults.describe().constData());
        QVERIFY(!generate(5).isEmpty());

        m_ws = openWorkspace(SimProcess::operatorToken());
        m_view = std::make_unique<DeadLettersView>();
        m_view->setWorkspace(m_ws.get());
        m_view->resize(1200, 700);
        m_view->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->isConnected(), answerMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->info().has_value(), answerMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->deadLetters()->rowCount() >= 5, answerMs);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_ws.reset(); // before the sim it talks to goes away
    }

    void cleanup()
    {
        // A failed test must not leave a dialog for the next one to find.
        qDeleteAll(m_view->findChildren<QDialog *>());
    }

    void selectingARowShowsTheWholeLetter()
    {
        const qint64 id = generate(1).value(0);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->selectId(id), answerMs);
        QCOMPARE(m_view->currentId(), id);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->detailPane()->letter().id, id, answerMs);

        const ApiClient::Reply stored = m_admin->get(u"/ops/v1/deadletters/%1"_s.arg(id));
        QVERIFY2(stored.status == 200, stored.describe().constData());
        const QByteArray payload = stored.json().value(u"payload"_s).toString().toUtf8();
        // The pane indents JSON; read back, it is the same document.
        const QString shown = m_view->detailPane()->payloadText();
        QVERIFY2(shown.contains(u'\n'), qPrintable(shown));
        QCOMPARE(QJsonDocument::fromJson(shown.toUtf8()), QJsonDocument::fromJson(payload));
        QCOMPARE(m_view->detailPane()->letter().error.errorClass,
            stored.json().value(u"error"_s).toObject().value(u"class"_s).toString());
    }

    void retryFromTheViewLeavesTheQueue()
    {
        const qint64 id = generate(1).value(0);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->selectId(id), answerMs);
        QVERIFY2(m_view->retryAction()->isEnabled(), qPrintable(m_view->retryAction()->toolTip()));
        QCOMPARE(m_view->retryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));

        m_view->retryAction()->trigger();
        ConfirmActionDialog *confirm = openConfirmation();
        QVERIFY(confirm);
        QVERIFY2(confirm->findChild<QLabel *>(u"target"_s)->text().contains(QString::number(id)),
            qPrintable(confirm->findChild<QLabel *>(u"target"_s)->text()));
        QVERIFY(!confirm->canConfirm()); // no reason yet
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"reason"_s), u"upstream fixed"_s);
        QVERIFY(confirm->canConfirm());
        confirm->accept();

        QTRY_COMPARE_WITH_TIMEOUT(m_ws->deadLetters()->rowOfId(id), -1, answerMs);
        QVERIFY2(
            m_view->lastOutcome().contains(QString::number(id)), qPrintable(m_view->lastOutcome()));
        const ApiClient::Reply stored = m_admin->get(u"/ops/v1/deadletters/%1"_s.arg(id));
        QVERIFY2(stored.status == 200, stored.describe().constData());
        QCOMPARE(stored.json().value(u"status"_s).toString(), u"resolved"_s);
        const AuditRecord last = m_audit->records().constLast();
        QCOMPARE(last.action, u"deadletter.retry"_s);
        QCOMPARE(last.reason, u"upstream fixed"_s);
    }

    void editAndRetryWithInvalidJsonIsRefused()
    {
        const qint64 id = generate(1).value(0);
        QVERIFY(id > 0);
        const QByteArray original = storedLetter(id).value(u"payload"_s).toString().toUtf8();
        const qint64 auditBefore = m_audit->count();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->selectId(id), answerMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->editAndRetryAction()->isEnabled(), answerMs);

        m_view->editAndRetryAction()->trigger();
        EditAndRetryDialog *editor = openEditor(id);
        QVERIFY(editor);
        QVERIFY(!editor->okButton()->isEnabled()); // unchanged: nothing to send yet

        // A trailing comma: the kind of slip an operator makes.
        editor->editor()->setPlainText(u"{\n  \"orderNumber\": \"SO-7\",\n}"_s);
        QVERIFY(!editor->okButton()->isEnabled());
        QVERIFY2(editor->problem().contains(u"line 3"_s), qPrintable(editor->problem()));
        const QList<QLabel *> labels = editor->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
            return label->isVisible() && label->text() == editor->problem();
        }));
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        editor->accept(); // even forced, an invalid payload goes nowhere
        QVERIFY(editor->isVisible());
        QTest::qWait(200);
        QVERIFY(!m_view->findChild<ConfirmActionDialog *>());

        const QJsonObject stored = storedLetter(id);
        QCOMPARE(stored.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(stored.value(u"payload"_s).toString().toUtf8(), original);
        QVERIFY(stored.value(u"editedPayload"_s).toString().isEmpty());
        QCOMPARE(m_audit->count(), auditBefore);

        // Fixed, it is accepted and the diff says what changes.
        editor->editor()->setPlainText(u"{\n  \"orderNumber\": \"SO-7\"\n}"_s);
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        editor->reject();
    }

    void editAndRetrySendsTheEditAndKeepsTheOriginal()
    {
        const qint64 id = generate(1).value(0);
        QVERIFY(id > 0);
        const QByteArray original = storedLetter(id).value(u"payload"_s).toString().toUtf8();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->selectId(id), answerMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->detailPane()->letter().id, id, answerMs);
        m_view->editAndRetryAction()->trigger();
        EditAndRetryDialog *editor = openEditor(id);
        QVERIFY(editor);
        editor->editor()->setPlainText(u"{\"orderNumber\": \"SO-42\", \"fixed\": true}"_s);
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);

        ConfirmActionDialog *confirm = openConfirmation();
        QVERIFY(confirm);
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"reason"_s), u"fixed the order number"_s);
        confirm->accept();

        QTRY_VERIFY2_WITH_TIMEOUT(
            m_ws->deadLetters()->rowOfId(id) == -1, qPrintable(m_view->lastOutcome()), answerMs);
        const QJsonObject stored = storedLetter(id);
        QCOMPARE(stored.value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(stored.value(u"payload"_s).toString().toUtf8(), original);
        QCOMPARE(QJsonDocument::fromJson(stored.value(u"editedPayload"_s).toString().toUtf8())
                     .object()
                     .value(u"orderNumber"_s)
                     .toString(),
            u"SO-42"_s);
        QCOMPARE(m_audit->records().constLast().action, u"deadletter.retry-edited"_s);
    }

    void deleteFromTheView()
    {
        const qint64 id = generate(1).value(0);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->selectId(id), answerMs);
        QCOMPARE(m_view->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        m_view->deleteAction()->trigger();
        ConfirmActionDialog *confirm = openConfirmation();
        QVERIFY(confirm);
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"reason"_s), u"duplicate"_s);
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->deadLetters()->rowOfId(id), -1, answerMs);
        // A deleted letter is gone for readers of the API.
        QCOMPARE(m_admin->get(u"/ops/v1/deadletters/%1"_s.arg(id)).status, 404);
    }

    void cancellingTheConfirmationSendsNothing()
    {
        const qint64 id = generate(1).value(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->selectId(id), answerMs);
        const qint64 auditBefore = m_audit->count();
        m_view->retryAction()->trigger();
        ConfirmActionDialog *confirm = openConfirmation();
        QVERIFY(confirm);
        confirm->reject();
        QTest::qWait(300);
        QCOMPARE(storedLetter(id).value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(m_audit->count(), auditBefore);
        QVERIFY(m_ws->deadLetters()->rowOfId(id) >= 0);
    }

    void filterWithASyntaxErrorShowsItAndKeepsTheRows_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown key") << u"colour:red"_s << u"colour"_s;
        QTest::addRow("unclosed quote") << u"source:orders \"customer 42"_s << u"15"_s;
        QTest::addRow("empty value") << u"source:"_s << u"source"_s;
    }

    void filterWithASyntaxErrorShowsItAndKeepsTheRows()
    {
        QFETCH(QString, query);
        QFETCH(QString, mentions);
        m_view->setFilter(QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->deadLetters()->rowCount() > 0, answerMs);
        const int rows = m_ws->deadLetters()->rowCount();
        const qint64 firstId = m_ws->deadLetters()->idAt(0);

        m_view->setFilter(query);
        QVERIFY(!m_view->filterErrorText().isEmpty());
        QVERIFY2(
            m_view->filterErrorText().contains(mentions), qPrintable(m_view->filterErrorText()));
        QCOMPARE(m_ws->deadLetters()->rowCount(), rows);
        QCOMPARE(m_ws->deadLetters()->idAt(0), firstId);
        QCOMPARE(m_ws->deadLetters()->filter(), QString());

        // Correcting it clears the error and filters.
        m_view->setFilter(u"source:"_s + source);
        QVERIFY(m_view->filterErrorText().isEmpty());
        QCOMPARE(m_ws->deadLetters()->filter(), u"source:"_s + source);
    }

    void clickingAGroupShowsItsLetters()
    {
        m_view->setFilter(QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->deadLetterGroups()->rowCount() > 0, answerMs);
        QTableView *groups = m_view->groupsTable();
        const QModelIndex first = groups->model()->index(0, 0);
        const QString fingerprint = first.data(DeadLetterGroupModel::FingerprintRole).toString();
        QVERIFY(!fingerprint.isEmpty());
        const QRect cell = groups->visualRect(first);
        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_view->searchField()->text(), u"group:"_s + fingerprint);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ws->deadLetters()->rowCount() > 0 && !m_ws->deadLetters()->isLoading(), answerMs);
        for (int row = 0; row < m_ws->deadLetters()->rowCount(); ++row) {
            QCOMPARE(m_ws->deadLetters()
                         ->index(row, 0)
                         .data(DeadLetterModel::FingerprintRole)
                         .toString(),
                fingerprint);
        }
        m_view->setFilter(QString());
    }

    void actionsAreGreyedOutForAViewer()
    {
        std::unique_ptr<Workspace> viewer = openWorkspace(SimProcess::viewerToken());
        DeadLettersView view;
        view.setWorkspace(viewer.get());
        QTRY_VERIFY_WITH_TIMEOUT(viewer->info().has_value(), answerMs);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->deadLetters()->rowCount() > 0, answerMs);
        QVERIFY(view.selectId(viewer->deadLetters()->idAt(0)));
        for (QAction *action :
            { view.retryAction(), view.editAndRetryAction(), view.deleteAction() }) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            QVERIFY2(action->toolTip().contains(viewer->actionsUnavailableReason()),
                qPrintable(action->toolTip()));
        }
        view.retryCurrent();
        QVERIFY(!view.findChild<ConfirmActionDialog *>());
    }

private:
    std::unique_ptr<Workspace> openWorkspace(const QByteArray &token)
    {
        const ConnectionProfile profile
            = ConnectionProfile::create(u"sim"_s, m_sim.baseUrl(), Environment::Staging);
        auto ws = std::make_unique<Workspace>(
            profile, new OpsApiBackend(m_sim.baseUrl(), token), m_audit.get());
        ws->open();
        return ws;
    }

    /** New active letters of `source`, their ids; empty when the sim refused. */
    QList<qint64> generate(int count)
    {
        const auto r = m_admin->post(
            u"/sim/v1/deadletters/generate"_s, { { u"count"_s, count }, { u"source"_s, source } });
        if (r.status != 201) {
            qWarning() << r.describe();
            return {};
        }
        QList<qint64> ids;
        for (qint64 id = r.json().value(u"firstId"_s).toInteger();
             id && id <= r.json().value(u"lastId"_s).toInteger(); ++id)
            ids.append(id);
        return ids;
    }

    QJsonObject storedLetter(qint64 id)
    {
        const ApiClient::Reply r = m_admin->get(u"/ops/v1/deadletters/%1"_s.arg(id));
        if (r.status != 200)
            qWarning() << r.describe();
        return r.json();
    }

    /** The visible `Dialog` of the view that `wanted` accepts, once it shows; nullptr if none does.
     */
    template<class Dialog>
    Dialog *waitForDialog(const std::function<bool(const Dialog &)> &wanted = {})
    {
        Dialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_view->findChild<Dialog *>();
                return dialog && dialog->isVisible() && (!wanted || wanted(*dialog));
            },
            answerMs);
        return shown ? dialog : nullptr;
    }

    EditAndRetryDialog *openEditor(qint64 id)
    {
        return waitForDialog<EditAndRetryDialog>(
            [id](const EditAndRetryDialog &dialog) { return dialog.letterId() == id; });
    }

    ConfirmActionDialog *openConfirmation() { return waitForDialog<ConfirmActionDialog>(); }

    QTemporaryDir m_dir;
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<DeadLettersView> m_view;
};

QTEST_MAIN(TestDeadLettersView)
#include "tst_deadlettersview.moc"
