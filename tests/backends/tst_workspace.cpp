// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"
#include "models/auditlog.h"
#include "models/breakermodel.h"
#include "models/deadlettergroupmodel.h"
#include "models/deadlettermodel.h"
#include "models/metricsstore.h"
#include "models/syncjobmodel.h"
#include "models/workspace.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 10'000;
// The event stream reconnects with jittered backoff; a restart is noticed within its cap.
constexpr int reconnectMs = 45'000;

/** What a view receives: the reply and the outcome, once each. */
template<class T> struct Reply {
    std::optional<Result<T>> result;
    Workspace::Reply<T> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
};

/** For failure messages; QVERIFY2 builds its message even when the check passes. */
template<class T> QByteArray describe(const std::optional<Result<T>> &r)
{
    return !r ? "no answer"_ba : r->ok() ? "ok"_ba : r->error().message.toUtf8();
}

QString stateOf(const Workspace &ws, const QString &breaker)
{
    const BreakerRow *row = ws.breakers()->breaker(breaker);
    return row ? breakerStateName(row->state) : u"(missing)"_s;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_audit->open());
        m_ws = openWorkspace(SimProcess::operatorToken(), false);
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->isConnected(), answerMs);
    }

    void connectsAndFillsTheBreakers()
    {
        Workspace &ws = *m_ws;
        QTRY_COMPARE_WITH_TIMEOUT(ws.breakers()->rowCount() > 0, true, answerMs);
        for (const QString &name :
            { u"payments-webhooks"_s, u"marketplace-orders"_s, u"cms-content-api"_s })
            QVERIFY2(ws.breakers()->rowOf(name) >= 0, qPrintable(name));
        QCOMPARE(stateOf(ws, u"payments-webhooks"_s), u"CLOSED"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ws.info().has_value(), answerMs);
        QCOMPARE(ws.role(), u"operator"_s);
        QVERIFY(!ws.isReadOnly());
        QVERIFY(ws.actionsUnavailableReason().isEmpty());
        QVERIFY(ws.has(Capability::Breakers));
        const DataAge age = ws.dataAge(DataArea::Breakers);
        QVERIFY(age.loaded());
        QVERIFY(!age.stale);
        QCOMPARE(ws.environment(), Environment::Staging);
    }

    void scrapesMetricsWhileConnected()
    {
        // Breaker states are gauges from the first scrape on; rates need a second scrape.
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_ws->metrics()->seriesIds(MetricGroup::BreakerState).isEmpty(), answerMs);
        const qint64 first = m_ws->metrics()->lastScrapeMs();
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->metrics()->lastScrapeMs() > first, answerMs);
        QVERIFY(m_ws->dataAge(DataArea::Metrics).loaded());
    }

    void forceOpenIsAppliedAndAudited()
    {
        Workspace &ws = *m_ws;
        QSignalSpy outcomes(&ws, &Workspace::actionFinished);
        Reply<BreakerSnapshot> reply;
        ws.actOnBreaker(u"payments-webhooks"_s, BreakerAction::ForceOpen,
            u"provider incident #4411"_s, this, reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.result.has_value(), answerMs);
        QVERIFY2(reply.result->ok(), describe(reply.result).constData());
        QCOMPARE(outcomes.size(), 1);
        const auto outcome = outcomes.at(0).at(0).value<ActionOutcome>();
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.action, u"breaker.force-open"_s);
        QVERIFY2(outcome.message.contains(u"payments-webhooks"_s), qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains(u"\n"_s), qPrintable(outcome.message));
        QCOMPARE(m_audit->count(), 1LL);
        QCOMPARE(stateOf(ws, u"payments-webhooks"_s), u"FORCED_OPEN"_s);

        const AuditRecord last = m_audit->records().constLast();
        QCOMPARE(last.action, u"breaker.force-open"_s);
        QCOMPARE(last.target, u"payments-webhooks"_s);
        QCOMPARE(last.reason, u"provider incident #4411"_s);
        QVERIFY(last.succeeded);
        QCOMPARE(last.backendName, u"sim"_s);
        QCOMPARE(last.backendUrl, m_sim.baseUrl().toString());
        QCOMPARE(last.environment, u"staging"_s);
        QCOMPARE(last.tokenId, ws.info()->tokenId);
        QCOMPARE(last.osUser, AuditLog::currentOsUser());
        QVERIFY(m_audit->verify().intact);
    }

    void eventStreamUpdatesTheRow()
    {
        // Another operator acts elsewhere: only the event stream can tell this console.
        Workspace &ws = *m_ws;
        ApiClient other(m_sim.baseUrl(), SimProcess::operatorToken());
        const int row = ws.breakers()->rowOf(u"marketplace-orders"_s);
        QSignalSpy changed(ws.breakers(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(ws.breakers(), &QAbstractItemModel::modelReset);
        const auto r = other.post(u"/ops/v1/breakers/marketplace-orders/force-open"_s,
            { { u"reason"_s, u"someone else"_s } });
        QVERIFY2(r.status == 200, r.describe().constData());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(ws, u"marketplace-orders"_s), u"FORCED_OPEN"_s, answerMs);
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().at(0).toModelIndex().row(), row);
        QCOMPARE(ws.breakers()->breaker(u"marketplace-orders"_s)->lastTransition.reason,
            u"someone else"_s);
    }

    void failedActionsAreAuditedToo()
    {
        Workspace &ws = *m_ws;
        const qint64 before = m_audit->count();
        QSignalSpy outcomes(&ws, &Workspace::actionFinished);
        ws.actOnBreaker(u"no-such-breaker"_s, BreakerAction::Reset, u"typo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, answerMs);
        auto outcome = outcomes.at(0).at(0).value<ActionOutcome>();
        QVERIFY(!outcome.succeeded);
        QVERIFY(outcome.errorKind == BackendError::Kind::NotFound);
        QCOMPARE(ws.breakers()->rowOf(u"no-such-breaker"_s), -1);

        // No reason: refused here, never sent, still recorded.
        Reply<BreakerSnapshot> reply;
        ws.actOnBreaker(
            u"cms-content-api"_s, BreakerAction::Disable, u"   "_s, this, reply.callback());
        QVERIFY(!reply.result); // never inside the call
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, answerMs);
        QVERIFY(reply.result->errorKind() == BackendError::Kind::Forbidden);
        QCOMPARE(stateOf(ws, u"cms-content-api"_s), u"CLOSED"_s);

        const QList<AuditRecord> all = m_audit->records();
        QCOMPARE(qint64(all.size()), before + 2);
        QCOMPARE(all.at(before).target, u"no-such-breaker"_s);
        QVERIFY(!all.at(before).succeeded);
        QVERIFY(!all.at(before).resultMessage.isEmpty());
        QCOMPARE(all.at(before + 1).action, u"breaker.disable"_s);
        QVERIFY(!all.at(before + 1).succeeded);
    }

    void viewerWorkspaceIsReadOnly()
    {
        std::unique_ptr<Workspace> viewer = openWorkspace(SimProcess::viewerToken(), false);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->info().has_value(), answerMs);
        QVERIFY(viewer->isReadOnly());
        QVERIFY(!viewer->actionsUnavailableReason().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(viewer->breakers()->rowCount() > 0, answerMs);

        QSignalSpy outcomes(viewer.get(), &Workspace::actionFinished);
        viewer->actOnBreaker(u"cms-content-api"_s, BreakerAction::ForceOpen, u"curious"_s);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, answerMs);
        QVERIFY(
            outcomes.at(0).at(0).value<ActionOutcome>().errorKind == BackendError::Kind::Forbidden);
        QCOMPARE(m_audit->records().constLast().action, u"breaker.force-open"_s);
        QVERIFY(!m_audit->records().constLast().succeeded);
        QCOMPARE(stateOf(*m_ws, u"cms-content-api"_s), u"CLOSED"_s);
    }

    void syncProgressArrivesByEvents()
    {
        Workspace &ws = *m_ws;
        QVERIFY(!ws.info()->integrations.isEmpty());
        SyncRequest request;
        request.integration = ws.info()->integrations.first();
        request.name = u"workspace test"_s;
        request.total = 300;
        request.pageSize = 50;
        request.itemsPerSecond = 200;
        request.reason = u"nightly"_s;
        Reply<SyncJob> reply;
        ws.startSync(request, this, reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.result.has_value(), answerMs);
        QVERIFY2(reply.result->ok(), describe(reply.result).constData());
        const QString id = reply.result->value().id;
        QVERIFY(ws.syncs()->job(id));
        const int row = ws.syncs()->rowOf(id);
        QTRY_VERIFY_WITH_TIMEOUT(ws.syncs()->job(id)->processed > 0, answerMs);
        QTRY_COMPARE_WITH_TIMEOUT(ws.syncs()->job(id)->state, SyncState::Succeeded, answerMs);
        QCOMPARE(ws.syncs()->data(ws.syncs()->index(row, 0), SyncJobModel::ProgressRole).toDouble(),
            1.0);
        QCOMPARE(m_audit->records().constLast().action, u"sync.start"_s);
        QCOMPARE(m_audit->records().constLast().count, 300LL);
    }

    void deadLetterGroupsFillAfterGenerating()
    {
        Workspace &ws = *m_ws;
        QSignalSpy changed(&ws, &Workspace::deadLettersChanged);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 5; ++i) {
            const auto r = m_admin->post(u"/sim/v1/deadletters/generate"_s,
                { { u"count"_s, 20 }, { u"source"_s, u"marketplace-orders"_s } });
            QVERIFY2(r.status == 201, r.describe().constData());
        }
        QTRY_COMPARE_WITH_TIMEOUT(ws.deadLetterGroups()->total(), 100LL, answerMs);
        QVERIFY(ws.deadLetterGroups()->rowCount() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(ws.deadLetters()->rowCount(), 100, answerMs);
        QVERIFY(ws.dataAge(DataArea::DeadLetters).loaded());
        // Five bursts of events, refreshed at most once a second.
        QVERIFY(!changed.isEmpty());
        QVERIFY2(changed.size() <= clock.elapsed() / 1000 + 1,
            qPrintable(QString::number(changed.size())));
    }

    void deadLetterActions()
    {
        Workspace &ws = *m_ws;
        const auto generated = m_admin->post(u"/sim/v1/deadletters/generate"_s,
            { { u"count"_s, 2 }, { u"source"_s, u"payments-webhooks"_s } });
        QVERIFY2(generated.status == 201, generated.describe().constData());
        const qint64 first = generated.json().value(u"firstId"_s).toInteger();
        // New letters reach the table through the event stream.
        QTRY_VERIFY_WITH_TIMEOUT(ws.deadLetters()->rowOfId(first + 1) >= 0, answerMs);
        QVERIFY(ws.deadLetters()->rowOfId(first) >= 0);

        Reply<DeadLetter> letter;
        ws.fetchDeadLetter(first, this, letter.callback());
        QTRY_VERIFY_WITH_TIMEOUT(letter.result.has_value(), answerMs);
        QVERIFY2(letter.result->ok(), describe(letter.result).constData());
        QVERIFY(!letter.result->value().payload.isEmpty());

        Reply<DeadLetterDeletion> deleted;
        ws.deleteDeadLetter(first, u"duplicate"_s, this, deleted.callback());
        QTRY_VERIFY_WITH_TIMEOUT(deleted.result.has_value(), answerMs);
        QVERIFY2(deleted.result->ok(), describe(deleted.result).constData());
        QTRY_COMPARE_WITH_TIMEOUT(ws.deadLetters()->rowOfId(first), -1, answerMs);
        QVERIFY(ws.deadLetters()->rowOfId(first + 1) >= 0);
        AuditRecord last = m_audit->records().constLast();
        QCOMPARE(last.action, u"deadletter.delete"_s);
        QCOMPARE(last.target, u"dead letter %1"_s.arg(first));
        QVERIFY(last.succeeded);

        // Breaker payments-webhooks is forced open: the retry cannot be delivered, and says so.
        QSignalSpy outcomes(&ws, &Workspace::actionFinished);
        Reply<DeadLetterRetry> retried;
        ws.retryDeadLetter(first + 1, u"customer fixed"_s, QByteArray(R"({"orderNumber":"SO-7"})"),
            this, retried.callback());
        QTRY_VERIFY_WITH_TIMEOUT(retried.result.has_value(), answerMs);
        QCOMPARE(outcomes.size(), 1);
        last = m_audit->records().constLast();
        QCOMPARE(last.action, u"deadletter.retry-edited"_s);
        QCOMPARE(last.succeeded, outcomes.at(0).at(0).value<ActionOutcome>().succeeded);
        QCOMPARE(last.succeeded, retried.result->ok() && retried.result->value().delivered);
        QVERIFY(!last.resultMessage.isEmpty());
        QVERIFY(m_audit->verify().intact);
    }

    void unreachableWhileTheServerIsDownThenReloads()
    {
        Workspace &ws = *m_ws;
        const QString dataDir = m_sim.dataDir();
        const quint16 port = m_sim.port();
        QSignalSpy ages(&ws, &Workspace::dataAgeChanged);
        m_sim.kill();
        QTRY_COMPARE_WITH_TIMEOUT(ws.connectionState(), ConnectionState::Unreachable, answerMs);
        QVERIFY(ws.dataAge(DataArea::Breakers).stale);
        QVERIFY(ws.dataAge(DataArea::DeadLetters).stale);
        QVERIFY(ws.dataAge(DataArea::Breakers)
                    .describe(QDateTime::currentMSecsSinceEpoch())
                    .startsWith(u"back end unreachable"_s));
        QVERIFY(!ws.actionsUnavailableReason().isEmpty());
        QVERIFY(!ages.isEmpty());
        // What was loaded stays on screen.
        QCOMPARE(stateOf(ws, u"payments-webhooks"_s), u"FORCED_OPEN"_s);

        const qint64 lastLoad = ws.dataAge(DataArea::Breakers).updatedMs;
        QSignalSpy reset(ws.breakers(), &QAbstractItemModel::modelReset);
        SimProcess again;
        SimProcess::Options options;
        options.dataDir = dataDir;
        options.port = port;
        QVERIFY2(again.start(options), qPrintable(again.error()));
        QTRY_VERIFY_WITH_TIMEOUT(ws.isConnected(), reconnectMs);
        QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty(), answerMs);
        QVERIFY(!ws.dataAge(DataArea::Breakers).stale);
        QVERIFY(ws.dataAge(DataArea::Breakers).updatedMs > lastLoad);
        // The restarted server kept what it acknowledged, and the models show it again.
        QCOMPARE(stateOf(ws, u"payments-webhooks"_s), u"FORCED_OPEN"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ws.deadLetterGroups()->total() >= 100, answerMs);
        m_ws.reset(); // before the sim it talks to goes away
        again.stop();
    }

private:
    std::unique_ptr<Workspace> openWorkspace(const QByteArray &token, bool readOnly)
    {
        ConnectionProfile profile
            = ConnectionProfile::create(u"sim"_s, m_sim.baseUrl(), Environment::Staging);
        profile.readOnly = readOnly;
        auto *backend = new OpsApiBackend(m_sim.baseUrl(), token);
        auto ws = std::make_unique<Workspace>(profile, backend, m_audit.get());
        ws->open();
        return ws;
    }

    QTemporaryDir m_dir;
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Workspace> m_ws;
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
