// SPDX-License-Identifier: MIT
// OpsApiBackend's bulk-operation calls against a real breakwater-sim.
#include "backends/opsapibackend.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** The one answer of a Backend call. */
template<class T> struct Answer {
    std::optional<Result<T>> result;
    Backend::Callback<T> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
    bool ready() const { return result.has_value(); }
    QByteArray describe() const
    {
        return !result ? "no answer" : result->ok() ? "ok" : result->error().message.toUtf8();
    }
    const T &value() const { return result->value(); }
};

#define BW_AWAIT_OK(answer)                                                                        \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((answer).ready(), 60000);                                         \
        QVERIFY2((answer).result->ok(), (answer).describe().constData());                          \
    } while (false)

} // namespace

class tst_OpsApiBackendOperations : public QObject {
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<OpsApiBackend> m_backend;

    QList<qint64> generate(int count, const QString &source)
    {
        return m_admin->generateDeadLetters(count, source);
    }

    static OperationRequest deleteIds(const QList<qint64> &ids, const QString &reason)
    {
        OperationRequest request;
        request.kind = OperationKind::Delete;
        request.selector.ids = ids;
        request.reason = reason;
        return request;
    }

    /** Polls the operation until it has finished; its final value. */
    std::optional<Operation> awaitFinished(const QString &id)
    {
        std::optional<Operation> last;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60'000) {
            Answer<Operation> polled;
            m_backend->fetchOperation(id, this, polled.callback());
            if (!QTest::qWaitFor([&] { return polled.ready(); }, 30'000) || !polled.result->ok())
                return std::nullopt;
            last = polled.value();
            if (isFinished(last->state))
                return last;
            QTest::qWait(100);
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        m_backend = std::make_unique<OpsApiBackend>(m_sim.baseUrl(), SimProcess::operatorToken());
        m_backend->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_backend->connectionState(), ConnectionState::Connected, 30000);
        QVERIFY(m_backend->has(Capability::Operations));
    }

    void cleanupTestCase() { m_backend.reset(); }

    void aDryRunCountsExactlyAndChangesNothing()
    {
        const QList<qint64> ids = generate(37, u"ops-plan"_s);
        QCOMPARE(ids.size(), 37);
        generate(5, u"ops-plan-other"_s);

        OperationRequest request;
        request.kind = OperationKind::Retry;
        request.selector.filter = u"source:ops-plan"_s;
        request.reason = u"dry run test"_s;
        Answer<OperationPlan> plan;
        m_backend->planOperation(request, this, plan.callback());
        BW_AWAIT_OK(plan);
        QCOMPARE(plan.value().kind, OperationKind::Retry);
        QCOMPARE(plan.value().selected, 37);
        QVERIFY(plan.value().highWater >= ids.last());
        qint64 bySource = 0;
        for (const OperationBreakdownEntry &e : plan.value().bySource)
            bySource += e.source == u"ops-plan" || e.key == u"ops-plan" ? e.count : 0;
        QCOMPARE(bySource, 37);
        QVERIFY(!plan.value().sample.isEmpty());

        // Nothing started, nothing changed.
        Answer<QList<Operation>> ops;
        m_backend->fetchOperations(this, ops.callback());
        BW_AWAIT_OK(ops);
        QVERIFY(ops.value().isEmpty());
        Answer<DeadLetterGroups> groups;
        m_backend->fetchDeadLetterGroups(u"source:ops-plan"_s, this, groups.callback());
        BW_AWAIT_OK(groups);
        QCOMPARE(groups.value().total, 37);
    }

    void anOperationRunsToSucceededAndItsItemsPageThrough()
    {
        const QList<qint64> ids = generate(25, u"ops-delete"_s);
        QCOMPARE(ids.size(), 25);
        Answer<Operation> started;
        m_backend->startOperation(deleteIds(ids, u"clean up"_s), this, started.callback());
        BW_AWAIT_OK(started);
        const Operation &op = started.value();
        QVERIFY(!op.id.isEmpty());
        QCOMPARE(op.kind, OperationKind::Delete);
        QCOMPARE(op.counts.selected, 25);
        QCOMPARE(op.reason, u"clean up"_s);

        const auto finished = awaitFinished(op.id);
        QVERIFY(finished);
        QCOMPARE(finished->state, OperationState::Succeeded);
        QCOMPARE(finished->counts.succeeded, 25);
        QCOMPARE(finished->counts.pending(), 0);

        // Every item once, over pages of 7.
        QSet<QString> keys;
        QString cursor;
        for (int page = 0; page < 10; ++page) {
            OperationItemsRequest request;
            request.operationId = op.id;
            request.cursor = cursor;
            request.limit = 7;
            Answer<OperationItemPage> items;
            m_backend->fetchOperationItems(request, this, items.callback());
            BW_AWAIT_OK(items);
            for (const OperationItem &item : items.value().items) {
                QCOMPARE(item.outcome, OperationItemOutcome::Succeeded);
                QVERIFY2(!keys.contains(item.key), qPrintable(item.key));
                keys.insert(item.key);
            }
            cursor = items.value().nextCursor;
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(keys.size(), 25);
        for (qint64 id : ids)
            QVERIFY(keys.contains(QString::number(id)));

        // An outcome filter with nothing in it.
        OperationItemsRequest failedOnly;
        failedOnly.operationId = op.id;
        failedOnly.outcome = OperationItemOutcome::Failed;
        Answer<OperationItemPage> failed;
        m_backend->fetchOperationItems(failedOnly, this, failed.callback());
        BW_AWAIT_OK(failed);
        QVERIFY(failed.value().items.isEmpty());

        // Listed, newest first.
        Answer<QList<Operation>> ops;
        m_backend->fetchOperations(this, ops.callback());
        BW_AWAIT_OK(ops);
        QVERIFY(!ops.value().isEmpty());
        QCOMPARE(ops.value().first().id, op.id);
    }

    void theSameIdempotencyKeyStartsOneOperation()
    {
        const QList<qint64> ids = generate(3, u"ops-idem"_s);
        OperationRequest request = deleteIds(ids, u"once only"_s);
        request.idempotencyKey = u"tst-idem-1"_s;
        Answer<Operation> first;
        Answer<Operation> second;
        m_backend->startOperation(request, this, first.callback());
        BW_AWAIT_OK(first);
        m_backend->startOperation(request, this, second.callback());
        BW_AWAIT_OK(second);
        QCOMPARE(second.value().id, first.value().id);

        // The same key with another body is a conflict, as a value.
        request.reason = u"something else"_s;
        Answer<Operation> conflicting;
        m_backend->startOperation(request, this, conflicting.callback());
        QTRY_VERIFY_WITH_TIMEOUT(conflicting.ready(), 30000);
        QVERIFY(!conflicting.result->ok());
        QCOMPARE(conflicting.result->error().kind, BackendError::Kind::Conflict);
    }

    void cancelLeavesDoneItemsDoneAndReconciles()
    {
        const QList<qint64> ids = generate(40, u"ops-cancel"_s);
        OperationRequest request = deleteIds(ids, u"slowly"_s);
        request.ratePerSecond = 2; // about 20 s for all: the cancel lands in the middle
        Answer<Operation> started;
        m_backend->startOperation(request, this, started.callback());
        BW_AWAIT_OK(started);

        Answer<Operation> cancelled;
        m_backend->actOnOperation(
            started.value().id, OperationAction::Cancel, this, cancelled.callback());
        BW_AWAIT_OK(cancelled);
        const auto finished = awaitFinished(started.value().id);
        QVERIFY(finished);
        QCOMPARE(finished->state, OperationState::Cancelled);
        QVERIFY(finished->counts.skipped > 0);
        QCOMPARE(
            finished->counts.succeeded + finished->counts.failed + finished->counts.skipped, 40);
    }

    void anUnknownOperationIsNotFound()
    {
        Answer<Operation> missing;
        m_backend->fetchOperation(u"op-does-not-exist"_s, this, missing.callback());
        QTRY_VERIFY_WITH_TIMEOUT(missing.ready(), 30000);
        QVERIFY(!missing.result->ok());
        QCOMPARE(missing.result->error().kind, BackendError::Kind::NotFound);

        Answer<Operation> acted;
        m_backend->actOnOperation(
            u"op-does-not-exist"_s, OperationAction::Pause, this, acted.callback());
        QTRY_VERIFY_WITH_TIMEOUT(acted.ready(), 30000);
        QCOMPARE(acted.result->error().kind, BackendError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_OpsApiBackendOperations)
#include "tst_opsapibackend_operations.moc"
