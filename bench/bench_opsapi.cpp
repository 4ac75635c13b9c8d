// SPDX-License-Identifier: MIT
// Ops API figures against a real breakwater-sim: list requests per second with
// 100,000 dead letters stored, and events per second through the WebSocket.
// Run: build/bench/bench_opsapi (BREAKWATER_SIM defaults to build/app/breakwater-sim).
// The load comes from curl processes (one keep-alive connection each).
#include "tests/support/apiclient.h"
#include "tests/support/eventclient.h"
#include "tests/support/simprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Figure {
    QString name;
    double value;
    QString unit;
};
QList<Figure> g_figures;

void report(const QString &name, double value, const QString &unit)
{
    g_figures.append({ name, value, unit });
    std::printf("%-58s %12.1f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

/**
 * Requests per second from `concurrency` curl processes, each sending its
 * share of `count` requests over one keep-alive connection. curl is the load
 * generator so that the figure is the server's, not a Qt client's.
 */
double hammer(const QByteArray &token, const QList<QUrl> &urls, int count, int concurrency)
{
    std::vector<std::unique_ptr<QProcess>> clients;
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < concurrency; ++c) {
        QStringList args { u"-s"_s, u"--fail-with-body"_s, u"-H"_s,
            u"Authorization: Bearer "_s + QString::fromLatin1(token) };
        for (int i = c; i < count; i += concurrency)
            args.append(urls.at(i % urls.size()).toString(QUrl::FullyEncoded));
        auto process = std::make_unique<QProcess>();
        process->setStandardOutputFile(QProcess::nullDevice());
        process->start(u"curl"_s, args);
        clients.push_back(std::move(process));
    }
    int failed = 0;
    for (auto &process : clients) {
        process->waitForFinished(300000);
        failed += process->exitCode() != 0 ? 1 : 0;
    }
    if (failed)
        std::printf("  (%d curl clients reported a failed request)\n", failed);
    return count * 1000.0 / std::max<qint64>(1, timer.elapsed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("BREAKWATER_SIM"))
        qputenv("BREAKWATER_SIM",
            QCoreApplication::applicationDirPath().toUtf8() + "/../app/breakwater-sim");

    SimProcess sim;
    if (!sim.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sim.error()));
        return 1;
    }
    ApiClient admin(sim.baseUrl(), SimProcess::adminToken());

    QElapsedTimer t;
    t.start();
    const auto generated = admin.post(u"/sim/v1/deadletters/generate"_s,
        { { u"count"_s, 100000 }, { u"source"_s, u"bench-orders"_s } });
    if (generated.status != 201) {
        std::fprintf(stderr, "generate failed: %s\n", generated.describe().constData());
        return 1;
    }
    report(u"store 100,000 dead letters (one request)"_s, double(t.elapsed()), u"ms"_s);
    admin.post(u"/sim/v1/deadletters/generate"_s,
        { { u"count"_s, 2000 }, { u"source"_s, u"bench-payments"_s },
            { u"errorClass"_s, u"UpstreamTimeout"_s } });

    const qint64 lastId = generated.json().value(u"lastId"_s).toInteger();
    const QUrl first = admin.url(u"/ops/v1/deadletters"_s, QUrlQuery { { u"limit"_s, u"100"_s } });
    QList<QUrl> deep;
    // Deep pages: cursors from across the id range, taken from real answers.
    QString cursor;
    for (int page = 0; page < 20; ++page) {
        QUrlQuery q { { u"limit"_s, u"1000"_s } };
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        cursor = admin.get(u"/ops/v1/deadletters"_s, q).json().value(u"nextCursor"_s).toString();
        deep.append(admin.url(u"/ops/v1/deadletters"_s,
            QUrlQuery { { u"limit"_s, u"100"_s }, { u"cursor"_s, cursor } }));
    }
    const QUrl filtered = admin.url(u"/ops/v1/deadletters"_s,
        QUrlQuery { { u"q"_s, u"source:bench-payments error:UpstreamTimeout"_s },
            { u"limit"_s, u"100"_s } });
    const QUrl text = admin.url(u"/ops/v1/deadletters"_s,
        QUrlQuery { { u"q"_s, u"\"customer 99999\""_s }, { u"limit"_s, u"100"_s } });
    const QUrl groups = admin.url(u"/ops/v1/deadletters/groups"_s);
    const QUrl one = admin.url(u"/ops/v1/deadletters/%1"_s.arg(lastId - 500));
    const QUrl breakers = admin.url(u"/ops/v1/breakers"_s);

    const QByteArray token = SimProcess::viewerToken();
    report(u"GET /deadletters first page of 100, 4 in flight"_s, hammer(token, { first }, 2000, 4),
        u"req/s"_s);
    report(u"GET /deadletters deep pages (cursor), 4 in flight"_s, hammer(token, deep, 2000, 4),
        u"req/s"_s);
    report(u"GET /deadletters?q=source:.. error:.., 4 in flight"_s,
        hammer(token, { filtered }, 1000, 4), u"req/s"_s);
    report(u"GET /deadletters?q=\"free text\" (full scan), 4 in flight"_s,
        hammer(token, { text }, 50, 4), u"req/s"_s);
    report(u"GET /deadletters/groups over 102,000 letters"_s, hammer(token, { groups }, 50, 4),
        u"req/s"_s);
    report(u"GET /deadletters/{id}, 4 in flight"_s, hammer(token, { one }, 3000, 4), u"req/s"_s);
    report(u"GET /breakers, 4 in flight"_s, hammer(token, { breakers }, 3000, 4), u"req/s"_s);

    // Event throughput: 2,000 events (one per generate call) to a connected client.
    EventClient events(sim.baseUrl(), token);
    if (!events.connectAndWaitForHello()) {
        std::fprintf(stderr, "no event stream\n");
        return 1;
    }
    const int eventCount = 2000;
    t.restart();
    for (int i = 0; i < eventCount; ++i)
        admin.post(u"/sim/v1/deadletters/generate"_s,
            { { u"count"_s, 1 }, { u"source"_s, u"bench-events"_s } });
    const qint64 produced = t.elapsed();
    if (!QTest::qWaitFor(
            [&] { return events.seqs(u"deadletters.generated"_s).size() >= eventCount; }, 60000))
        std::printf("  (not every event arrived)\n");
    report(u"events produced and delivered live (2,000, one request each)"_s,
        eventCount * 1000.0 / std::max<qint64>(1, t.elapsed()), u"events/s"_s);
    Q_UNUSED(produced);

    // Replay: a client resuming from seq 1 catches up on everything retained.
    EventClient replay(sim.baseUrl(), token);
    t.restart();
    const qint64 lastSeq = events.seqs().last();
    replay.connectAndWaitForHello(0);
    if (!QTest::qWaitFor(
            [&] { return !replay.seqs().isEmpty() && replay.seqs().last() >= lastSeq; }, 60000))
        std::printf("  (the replay did not catch up)\n");
    report(u"events replayed to a resuming client (since=0)"_s,
        replay.seqs().size() * 1000.0 / std::max<qint64>(1, t.elapsed()), u"events/s"_s);
    sim.stop();
    return 0;
}
