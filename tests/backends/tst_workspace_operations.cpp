// SPDX-License-Identifier: MIT
// The Workspace's bulk operations against a real breakwater-sim: what the bulk
// dialog and a reopened console rely on.
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/operationmodel.h"
#include "models/workspace.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 30'000;

template<class T> struct Reply {
    std::optional<Result<T>> result;
    Workspace::Reply<T> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
    QByteArray describe() const
    {
        return !result ? "no answer"_ba : result->ok() ? "ok"_ba : result->error().message.toUtf8();
    }
};

OperationRequest deleteIds(const QList<qint64> &ids, const QString &reason, double rate = 0)
{
    OperationRequest request;
    request.kind = OperationKind::Delete;
    request.selector.ids = ids;
    request.reason = reason;
    request.ratePerSecond = rate;
    return request;
}

} // namespace

class TestWorkspaceOperations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<AuditLog> m_audit;

    std::unique_ptr<Workspace> openWorkspace(const QByteArray &token, bool readOnly = false)
    {
        ConnectionProfile profile
            = ConnectionProfile::create(u"sim"_s, m_sim.baseUrl(), Environment::Staging);
        profile.readOnly = readOnly;
        auto ws = std::make_unique<Workspace>(
            profile, new OpsApiBackend(m_sim.baseUrl(), token), m_audit.get());
        ws->open();
        return ws;
    }

    QString stateOf(const Workspace &ws, const QString &id)
    {
        const auto op = ws.operations()->operation(id);
        return op ? operationStateName(op->state) : u"(missing)"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
    }

    void planIsReadOnlyAndStartIsAuditedAndFollowedByEvents()
    {
        auto ws = openWorkspace(SimProcess::operatorToken());
        QTRY_VERIFY_WITH_TIMEOUT(ws->isConnected() && ws->info().has_value(), answerMs);
        const QList<qint64> ids = m_admin->generateDeadLetters(20, u"ws-ops"_s);
        QCOMPARE(ids.size(), 20);
        const qint64 auditBefore = m_audit->count();

        OperationRequest request;
        request.kind = OperationKind::Delete;
        request.selector.filter = u"source:ws-ops"_s;
        request.reason = u"INC-9 cleanup"_s;
        Reply<OperationPlan> plan;
        ws->planOperation(request, this, plan.callback());
        QTRY_VERIFY_WITH_TIMEOUT(plan.result.has_value(), answerMs);
        QVERIFY2(plan.result->ok(), plan.describe().constData());
        QCOMPARE(plan.result->value().selected, 20);
        QCOMPARE(m_audit->count(), auditBefore); // a dry run is not an action

        request.selector.highWater = plan.result->value().highWater;
        QSignalSpy outcomes(ws.get(), &Workspace::actionFinished);
        QSignalSpy changed(ws.get(), &Workspace::operationChanged);
        Reply<Operation> started;
        ws->startOperation(request, this, started.callback());
        QTRY_VERIFY_WITH_TIMEOUT(started.result.has_value(), answerMs);
        QVERIFY2(started.result->ok(), started.describe().constData());
        const QString id = started.result->value().id;

        QCOMPARE(outcomes.size(), 1);
        const auto outcome = outcomes.at(0).at(0).value<ActionOutcome>();
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.action, u"operation.delete"_s);
        const AuditRecord record = m_audit->records().constLast();
        QCOMPARE(record.action, u"operation.delete"_s);
        QVERIFY2(record.target.contains(u"source:ws-ops"_s), qPrintable(record.target));
        QCOMPARE(record.count, 20); // the server's count, not the request's (a filter has none)
        QCOMPARE(record.reason, u"INC-9 cleanup"_s);

        // The model shows it at once and follows it to the end through events.
        QVERIFY(ws->operations()->operation(id));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*ws, id), u"succeeded"_s, answerMs);
        QVERIFY(!changed.isEmpty());
        const Operation done = *ws->operations()->operation(id);
        QCOMPARE(done.counts.succeeded, 20);

        // The dialog writes the result once.
        QVERIFY(ws->recordOperationResult(done));
        QVERIFY(!ws->recordOperationResult(done));
        const AuditRecord result = m_audit->records().constLast();
        QCOMPARE(result.action, u"operation.result"_s);
        QCOMPARE(result.target, id);
        QVERIFY(result.succeeded);
        QCOMPARE(result.count, 20);
        QVERIFY2(
            result.resultMessage.contains(u"succeeded 20"_s), qPrintable(result.resultMessage));
        QVERIFY(m_audit->verify().intact);

        Reply<OperationItemPage> items;
        OperationItemsRequest itemsRequest;
        itemsRequest.operationId = id;
        ws->fetchOperationItems(itemsRequest, this, items.callback());
        QTRY_VERIFY_WITH_TIMEOUT(items.result.has_value(), answerMs);
        QVERIFY2(items.result->ok(), items.describe().constData());
        QCOMPARE(items.result->value().items.size(), 20);
    }

    void aReopenedConsoleShowsOperationsStillRunning()
    {
        const QList<qint64> ids = m_admin->generateDeadLetters(40, u"ws-reopen"_s);
        QString id;
        {
            auto ws = openWorkspace(SimProcess::operatorToken());
            QTRY_VERIFY_WITH_TIMEOUT(ws->isConnected() && ws->info().has_value(), answerMs);
            Reply<Operation> started;
            ws->startOperation(deleteIds(ids, u"slow"_s, 4), this, started.callback());
            QTRY_VERIFY_WITH_TIMEOUT(started.result.has_value(), answerMs);
            QVERIFY2(started.result->ok(), started.describe().constData());
            id = started.result->value().id;
        } // the console quits; the operation goes on on the server

        auto ws = openWorkspace(SimProcess::operatorToken());
        QTRY_VERIFY_WITH_TIMEOUT(ws->operations()->operation(id).has_value(), answerMs);
        QVERIFY(!isFinished(ws->operations()->operation(id)->state));
        // Progress keeps coming after the reload, from events.
        const qint64 seen = OperationModel::doneCount(*ws->operations()->operation(id));
        QTRY_VERIFY_WITH_TIMEOUT(
            OperationModel::doneCount(*ws->operations()->operation(id)) > seen, answerMs);

        Reply<Operation> cancelled;
        ws->actOnOperation(id, OperationAction::Cancel, u"enough"_s, this, cancelled.callback());
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.result.has_value(), answerMs);
        QVERIFY2(cancelled.result->ok(), cancelled.describe().constData());
        QCOMPARE(m_audit->records().constLast().action, u"operation.cancel"_s);
        QCOMPARE(m_audit->records().constLast().target, id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*ws, id), u"cancelled"_s, answerMs);
    }

    void readOnlyRefusesLocallyAndAudits()
    {
        auto ws = openWorkspace(SimProcess::operatorToken(), true);
        QTRY_VERIFY_WITH_TIMEOUT(ws->isConnected() && ws->info().has_value(), answerMs);
        const qsizetype before = m_admin->get(u"/ops/v1/operations"_s).items().size();
        QSignalSpy outcomes(ws.get(), &Workspace::actionFinished);
        Reply<Operation> started;
        ws->startOperation(deleteIds({ 1, 2, 3 }, u"not allowed"_s), this, started.callback());
        QTRY_VERIFY_WITH_TIMEOUT(started.result.has_value(), answerMs);
        QVERIFY(!started.result->ok());
        QCOMPARE(started.result->error().kind, BackendError::Kind::Forbidden);
        QCOMPARE(outcomes.size(), 1);
        const AuditRecord record = m_audit->records().constLast();
        QCOMPARE(record.action, u"operation.delete"_s);
        QCOMPARE(record.target, u"3 items"_s);
        QCOMPARE(record.count, 3);
        QVERIFY(!record.succeeded);
        QCOMPARE(m_admin->get(u"/ops/v1/operations"_s).items().size(), before);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOperations)
#include "tst_workspace_operations.moc"
