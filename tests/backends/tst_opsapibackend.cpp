// SPDX-License-Identifier: MIT
#include "backends/opsapibackend.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** Waits for the one answer of a Backend call, with the Backend's own rules. */
template<class T> struct Answer {
    std::optional<Result<T>> result;
    int calls = 0;
    Backend::Callback<T> callback()
    {
        return [this](const Result<T> &r) {
            result = r;
            ++calls;
        };
    }
    bool ready() const { return result.has_value(); }
    QByteArray describe() const
    {
        return !result ? "no answer" : result->ok() ? "ok" : result->error().message.toUtf8();
    }
};

#define BW_AWAIT_OK(answer)                                                                        \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((answer).ready(), 10000);                                         \
        QVERIFY2((answer).result->ok(), (answer).describe().constData());                          \
    } while (false)

/** An Ops API look-alike serving one canned /ops/v1/info, for what the sim cannot pretend. */
class CannedInfoServer : public QTcpServer {
public:
    explicit CannedInfoServer(const QJsonObject &info)
        : m_info(QJsonDocument(info).toJson(QJsonDocument::Compact))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                if (!s->peek(8192).contains("\r\n\r\n"))
                    return;
                paths.append(QString::fromLatin1(s->readAll().split(' ').value(1)));
                const QByteArray body
                    = paths.last() == u"/ops/v1/info" ? m_info : R"({"items":[]})"_ba;
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    QStringList paths;

private:
    QByteArray m_info;
};

QJsonObject cannedInfo(const QString &apiVersion, const QJsonArray &capabilities)
{
    return { { u"name"_s, u"canned"_s }, { u"version"_s, u"0.1"_s },
        { u"apiVersion"_s, apiVersion }, { u"serverTime"_s, u"2026-11-22T22:50:01.123Z"_s },
        { u"scenario"_s, u""_s }, { u"capabilities"_s, capabilities },
        { u"integrations"_s, QJsonArray {} },
        { u"identity"_s, QJsonObject { { u"role"_s, u"viewer"_s }, { u"tokenId"_s, u"t1"_s } } } };
}

QString generate(const QUrl &base, int count, const QString &source)
{
    ApiClient admin(base, SimProcess::adminToken());
    const auto reply = admin.post(u"/sim/v1/deadletters/generate"_s,
        QJsonObject { { u"count"_s, count }, { u"source"_s, source } });
    return reply.status == 201 ? QString() : QString::fromUtf8(reply.describe());
}

} // namespace

class tst_OpsApiBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void opensAndSaysWhoWeAre();
    void forceOpensABreakerAndReadsItBack();
    void errorsAreValues_data();
    void errorsAreValues();
    void badTokenIsRefusedOnOpen();
    void deadLetterPagingVisitsEachOnce();
    void retriesWithAnEditedPayloadAndDeletes();
    void startsAndCancelsASync();
    void metricsAreTheRawText();
    void eventsArriveThroughTheBackend();
    void connectionStateFollowsTheServer();
    void closedViewsGetNothingAndCloseCancels();
    void missingCapabilityIsUnsupported();
    void otherApiVersionIsRefused();

private:
    std::unique_ptr<OpsApiBackend> operatorBackend();
    std::unique_ptr<SimProcess> m_sim;
};

void tst_OpsApiBackend::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->error()));
}

void tst_OpsApiBackend::cleanupTestCase()
{
    m_sim.reset();
}

std::unique_ptr<OpsApiBackend> tst_OpsApiBackend::operatorBackend()
{
    return std::make_unique<OpsApiBackend>(m_sim->baseUrl(), SimProcess::operatorToken());
}

void tst_OpsApiBackend::opensAndSaysWhoWeAre()
{
    auto backend = operatorBackend();
    QSignalSpy states(backend.get(), &Backend::connectionStateChanged);
    QCOMPARE(backend->connectionState(), ConnectionState::Disconnected);
    backend->open();
    QCOMPARE(backend->connectionState(), ConnectionState::Connecting);
    QTRY_COMPARE(backend->connectionState(), ConnectionState::Connected);
    QVERIFY(backend->connectionDetail().contains(u"operator"_s));
    QCOMPARE(states.size(), 2);
    QVERIFY(backend->info().has_value());
    QCOMPARE(backend->info()->role, u"operator"_s);
    QCOMPARE(backend->info()->scenario, u"quiet"_s);
    QVERIFY(!backend->info()->integrations.isEmpty());
    for (Capability c : { Capability::Breakers, Capability::Syncs, Capability::DeadLetters,
             Capability::Events, Capability::Metrics })
        QVERIFY2(backend->has(c), qPrintable(capabilityName(c)));
    QCOMPARE(backend->displayName(), u"127.0.0.1:%1"_s.arg(m_sim->port()));
}

void tst_OpsApiBackend::forceOpensABreakerAndReadsItBack()
{
    auto backend = operatorBackend();
    Answer<QList<BreakerSnapshot>> list;
    backend->fetchBreakers(this, list.callback());
    BW_AWAIT_OK(list);
    QVERIFY(!list.result->value().isEmpty());
    const QString name = list.result->value().constFirst().name;

    Answer<BreakerSnapshot> forced;
    backend->actOnBreaker(
        name, BreakerAction::ForceOpen, u"provider incident #4411"_s, this, forced.callback());
    BW_AWAIT_OK(forced);
    QCOMPARE(forced.result->value().state, BreakerState::ForcedOpen);

    Answer<BreakerSnapshot> readBack;
    backend->fetchBreaker(name, this, readBack.callback());
    BW_AWAIT_OK(readBack);
    QCOMPARE(readBack.result->value().state, BreakerState::ForcedOpen);
    QVERIFY(!readBack.result->value().transitions.isEmpty());
    QCOMPARE(readBack.result->value().transitions.constLast().reason, u"provider incident #4411"_s);

    Answer<BreakerSnapshot> released;
    backend->actOnBreaker(
        name, BreakerAction::Release, u"provider recovered"_s, this, released.callback());
    BW_AWAIT_OK(released);
    QCOMPARE(released.result->value().state, BreakerState::Closed);
}

void tst_OpsApiBackend::errorsAreValues_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("breaker"); ///< empty: the first one there is
    QTest::addColumn<BreakerAction>("action");
    QTest::addColumn<BackendError::Kind>("kind");
    QTest::addColumn<int>("status");

    QTest::addRow("bad token") << "wrong-token"_ba << QString() << BreakerAction::ForceOpen
                               << BackendError::Kind::Unauthorized << 401;
    QTest::addRow("viewer force-opens")
        << SimProcess::viewerToken() << QString() << BreakerAction::ForceOpen
        << BackendError::Kind::Forbidden << 403;
    QTest::addRow("unknown breaker") << SimProcess::operatorToken() << u"no-such-breaker"_s
                                     << BreakerAction::Reset << BackendError::Kind::NotFound << 404;
    QTest::addRow("release a closed breaker")
        << SimProcess::operatorToken() << QString() << BreakerAction::Release
        << BackendError::Kind::Conflict << 409;
}

void tst_OpsApiBackend::errorsAreValues()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, breaker);
    QFETCH(BreakerAction, action);
    QFETCH(BackendError::Kind, kind);
    QFETCH(int, status);

    if (breaker.isEmpty()) {
        auto reader = operatorBackend();
        Answer<QList<BreakerSnapshot>> list;
        reader->fetchBreakers(this, list.callback());
        BW_AWAIT_OK(list);
        for (const BreakerSnapshot &b : list.result->value())
            if (b.state == BreakerState::Closed)
                breaker = b.name;
        QVERIFY(!breaker.isEmpty());
    }
    OpsApiBackend backend(m_sim->baseUrl(), token);
    Answer<BreakerSnapshot> answer;
    backend.actOnBreaker(breaker, action, u"test"_s, this, answer.callback());
    QTRY_VERIFY(answer.ready());
    QCOMPARE(answer.result->errorKind(), kind);
    const BackendError &error = answer.result->error();
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.problem.has_value());
    QVERIFY2(!error.problem->detail.isEmpty() && error.message.contains(error.problem->detail),
        qPrintable(error.message));
}

void tst_OpsApiBackend::badTokenIsRefusedOnOpen()
{
    OpsApiBackend backend(m_sim->baseUrl(), "wrong-token");
    backend.open();
    QTRY_COMPARE(backend.connectionState(), ConnectionState::Refused);
    QVERIFY2(backend.connectionDetail().contains(u"401"_s), qPrintable(backend.connectionDetail()));
}

void tst_OpsApiBackend::deadLetterPagingVisitsEachOnce()
{
    QCOMPARE(generate(m_sim->baseUrl(), 250, u"marketplace-orders"_s), QString());
    auto backend = operatorBackend();

    QList<qint64> seen;
    DeadLetterPageRequest request { u"source:marketplace-orders"_s, 40, {} };
    int pages = 0;
    do {
        Answer<DeadLetterPage> page;
        backend->fetchDeadLetters(request, this, page.callback());
        BW_AWAIT_OK(page);
        ++pages;
        QVERIFY(page.result->value().items.size() <= 40);
        for (const DeadLetter &letter : page.result->value().items) {
            QVERIFY(letter.payload.isEmpty()); // summaries only
            seen.append(letter.id);
        }
        request.cursor = page.result->value().nextCursor;
        QVERIFY(pages <= 10);
    } while (!request.cursor.isEmpty());

    QCOMPARE(pages, 7);
    QCOMPARE(seen.size(), 250);
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 250); // each once
    QVERIFY(std::is_sorted(seen.crbegin(), seen.crend())); // newest first
}

void tst_OpsApiBackend::retriesWithAnEditedPayloadAndDeletes()
{
    QCOMPARE(generate(m_sim->baseUrl(), 2, u"cms-content-api"_s), QString());
    auto backend = operatorBackend();
    Answer<DeadLetterPage> page;
    backend->fetchDeadLetters({ u"source:cms-content-api"_s, 2, {} }, this, page.callback());
    BW_AWAIT_OK(page);
    QCOMPARE(page.result->value().items.size(), 2);
    const qint64 retried = page.result->value().items.at(0).id;
    const qint64 deleted = page.result->value().items.at(1).id;

    Answer<DeadLetter> full;
    backend->fetchDeadLetter(retried, this, full.callback());
    BW_AWAIT_OK(full);
    QVERIFY(!full.result->value().payload.isEmpty());

    const QByteArray edited = R"({"edited":true})";
    Answer<DeadLetterRetry> retry;
    backend->retryDeadLetter(retried, u"fixed the payload"_s, edited, this, retry.callback());
    BW_AWAIT_OK(retry);
    const DeadLetterRetry &outcome = retry.result->value();
    QCOMPARE(outcome.letter.id, retried);
    QCOMPARE(outcome.letter.editedPayload, edited);
    QCOMPARE(outcome.letter.payload, full.result->value().payload); // the original is kept
    QCOMPARE(outcome.delivered, outcome.error.isEmpty());
    QCOMPARE(outcome.letter.status,
        outcome.delivered ? DeadLetterStatus::Resolved : DeadLetterStatus::Active);

    Answer<DeadLetterDeletion> deletion;
    backend->deleteDeadLetter(deleted, u"duplicate"_s, this, deletion.callback());
    BW_AWAIT_OK(deletion);
    QCOMPARE(deletion.result->value().id, deleted);

    Answer<DeadLetter> gone;
    backend->fetchDeadLetter(deleted, this, gone.callback());
    QTRY_VERIFY(gone.ready());
    QCOMPARE(gone.result->errorKind(), BackendError::Kind::NotFound);

    Answer<DeadLetterGroups> groups;
    backend->fetchDeadLetterGroups(u"source:cms-content-api"_s, this, groups.callback());
    BW_AWAIT_OK(groups);
    qint64 counted = 0;
    for (const DeadLetterGroup &g : groups.result->value().items)
        counted += g.count;
    QCOMPARE(counted, outcome.delivered ? 0 : 1); // only the still-active letter counts
}

void tst_OpsApiBackend::startsAndCancelsASync()
{
    auto backend = operatorBackend();
    Answer<BackendInfo> info;
    backend->fetchInfo(this, info.callback());
    BW_AWAIT_OK(info);
    SyncRequest request { info.result->value().integrations.constFirst(), u"Catalogue push"_s, 5000,
        100, 50, u"nightly"_s };
    Answer<SyncJob> started;
    backend->startSync(request, this, started.callback());
    BW_AWAIT_OK(started);
    const SyncJob job = started.result->value();
    QVERIFY(!job.id.isEmpty());
    QCOMPARE(job.total, 5000);
    QCOMPARE(job.name, u"Catalogue push"_s);

    Answer<QList<SyncJob>> list;
    backend->fetchSyncs(this, list.callback());
    BW_AWAIT_OK(list);
    QVERIFY(std::any_of(list.result->value().cbegin(), list.result->value().cend(),
        [&](const SyncJob &j) { return j.id == job.id; }));

    Answer<SyncJob> cancelled;
    backend->actOnSync(job.id, SyncAction::Cancel, u"wrong day"_s, this, cancelled.callback());
    BW_AWAIT_OK(cancelled);
    QCOMPARE(cancelled.result->value().state, SyncState::Cancelled);

    Answer<SyncJob> again;
    backend->actOnSync(job.id, SyncAction::Cancel, u"twice"_s, this, again.callback());
    QTRY_VERIFY(again.ready());
    QCOMPARE(again.result->errorKind(), BackendError::Kind::Conflict);

    Answer<SyncJob> readBack;
    backend->fetchSync(job.id, this, readBack.callback());
    BW_AWAIT_OK(readBack);
    QCOMPARE(readBack.result->value().state, SyncState::Cancelled);
}

void tst_OpsApiBackend::metricsAreTheRawText()
{
    auto backend = operatorBackend();
    Answer<QByteArray> metrics;
    backend->fetchMetrics(this, metrics.callback());
    BW_AWAIT_OK(metrics);
    QVERIFY(metrics.result->value().contains("resilience4j_circuitbreaker_state{"));
}

void tst_OpsApiBackend::eventsArriveThroughTheBackend()
{
    auto backend = operatorBackend();
    QList<OpsEvent> events;
    connect(backend.get(), &Backend::eventsReceived, this,
        [&](const QList<OpsEvent> &batch) { events += batch; });
    // From the start, so the generated event arrives whether it lands before or after the
    // handshake.
    backend->startEvents(0);
    QCOMPARE(generate(m_sim->baseUrl(), 7, u"erp-order-export"_s), QString());
    const auto generated = [&] {
        return std::find_if(events.cbegin(), events.cend(), [](const OpsEvent &e) {
            return e.type == u"deadletters.generated" && e.data.value(u"count"_s).toInt() == 7;
        });
    };
    QTRY_VERIFY(generated() != events.cend());
    QCOMPARE(generated()->data.value(u"source"_s).toString(), u"erp-order-export"_s);
    for (qsizetype i = 1; i < events.size(); ++i)
        QCOMPARE(events[i].seq, events[i - 1].seq + 1); // in order, none missing, none twice
    QCOMPARE(backend->lastSeq(), events.constLast().seq);
}

void tst_OpsApiBackend::connectionStateFollowsTheServer()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.error()));
    OpsApiBackend backend(sim.baseUrl(), SimProcess::operatorToken());
    EventStream::Options options;
    options.backoff = Backoff { 200, 2.0, 1000, Backoff::Jitter::Full };
    backend.setEventOptions(options);
    backend.open();
    QTRY_COMPARE(backend.connectionState(), ConnectionState::Connected);
    backend.startEvents(-1);

    SimProcess::Options same;
    same.dataDir = sim.dataDir();
    same.port = sim.port();
    sim.kill();
    QTRY_COMPARE(backend.connectionState(), ConnectionState::Unreachable);
    QVERIFY(!backend.connectionDetail().isEmpty());

    Answer<QList<BreakerSnapshot>> whileDown;
    backend.fetchBreakers(this, whileDown.callback());
    QTRY_VERIFY(whileDown.ready());
    QCOMPARE(whileDown.result->errorKind(), BackendError::Kind::Network);

    SimProcess restarted;
    QVERIFY2(restarted.start(same), qPrintable(restarted.error()));
    QTRY_COMPARE_WITH_TIMEOUT(backend.connectionState(), ConnectionState::Connected, 10000);
}

void tst_OpsApiBackend::closedViewsGetNothingAndCloseCancels()
{
    auto backend = operatorBackend();
    auto view = std::make_unique<QObject>();
    Answer<QList<BreakerSnapshot>> dropped;
    backend->fetchBreakers(view.get(), dropped.callback());
    view.reset(); // the view closes: its requests go with it

    Answer<QList<BreakerSnapshot>> cancelled;
    const auto id = backend->fetchBreakers(this, cancelled.callback());
    backend->cancel(id);

    Answer<QList<SyncJob>> closing;
    backend->fetchSyncs(this, closing.callback());
    backend->close();
    QTRY_VERIFY(closing.ready());
    QCOMPARE(closing.result->errorKind(), BackendError::Kind::Cancelled);

    // A later request that completes proves the earlier ones had their chance.
    Answer<QList<BreakerSnapshot>> later;
    backend->fetchBreakers(this, later.callback());
    BW_AWAIT_OK(later);
    QCOMPARE(dropped.calls, 0);
    QCOMPARE(cancelled.calls, 0);
    QCOMPARE(closing.calls, 1);
}

void tst_OpsApiBackend::missingCapabilityIsUnsupported()
{
    CannedInfoServer server(cannedInfo(u"1"_s, QJsonArray { u"breakers"_s }));
    OpsApiBackend backend(server.url(), "t");
    QVERIFY(backend.has(Capability::Syncs)); // until the server says otherwise
    backend.open();
    QTRY_COMPARE(backend.connectionState(), ConnectionState::Connected);
    QCOMPARE(backend.capabilities(), Capabilities(Capability::Breakers));

    Answer<QList<SyncJob>> syncs;
    backend.fetchSyncs(this, syncs.callback());
    QVERIFY(!syncs.ready()); // answered later, like any request
    Answer<DeadLetter> letter;
    backend.fetchDeadLetter(7, this, letter.callback());
    Answer<QList<BreakerSnapshot>> breakers;
    backend.fetchBreakers(this, breakers.callback());
    QTRY_VERIFY(syncs.ready() && letter.ready() && breakers.ready());
    QCOMPARE(syncs.result->errorKind(), BackendError::Kind::Unsupported);
    QCOMPARE(letter.result->errorKind(), BackendError::Kind::Unsupported);
    QVERIFY2(breakers.result->ok(), breakers.describe().constData());
    QCOMPARE(server.paths, (QStringList { u"/ops/v1/info"_s, u"/ops/v1/breakers"_s }));
}

void tst_OpsApiBackend::otherApiVersionIsRefused()
{
    CannedInfoServer server(cannedInfo(u"2"_s, QJsonArray { u"breakers"_s }));
    OpsApiBackend backend(server.url(), "t");
    backend.open();
    QTRY_COMPARE(backend.connectionState(), ConnectionState::Refused);
    QVERIFY(backend.connectionDetail().contains(u"version 2"_s));
}

QTEST_GUILESS_MAIN(tst_OpsApiBackend)
#include "tst_opsapibackend.moc"
