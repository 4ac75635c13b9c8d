// SPDX-License-Identifier: MIT
// Bulk operation figures against a real breakwater-sim with 100,000 dead
// letters: dry run time, start time (the frozen selection), execution time of
// an unlimited bulk retry, and how quickly the API answers while it runs.
// Run: build/bench/bench_operations (BREAKWATER_SIM defaults to build/app/breakwater-sim).
#include "core/wiretime.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void report(const QString &name, double value, const QString &unit)
{
    std::printf("%-62s %12.1f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("BREAKWATER_SIM"))
        qputenv("BREAKWATER_SIM",
            QCoreApplication::applicationDirPath().toUtf8() + "/../app/breakwater-sim");
    constexpr int letters = 100000;

    SimProcess sim;
    if (!sim.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sim.error()));
        return 1;
    }
    ApiClient admin(sim.baseUrl(), SimProcess::adminToken());
    ApiClient op(sim.baseUrl(), SimProcess::operatorToken());
    const auto generated = admin.post(u"/sim/v1/deadletters/generate"_s,
        { { u"count"_s, letters }, { u"source"_s, u"bench-ops"_s } });
    // A second source and error group the filter must leave out.
    admin.post(u"/sim/v1/deadletters/generate"_s,
        { { u"count"_s, 5000 }, { u"source"_s, u"bench-other"_s },
            { u"errorClass"_s, u"UpstreamTimeout"_s } });
    if (generated.status != 201) {
        std::fprintf(stderr, "generate failed: %s\n", generated.describe().constData());
        return 1;
    }
    const QJsonObject request { { u"kind"_s, u"retry"_s },
        { u"selector"_s, QJsonObject { { u"filter"_s, u"source:bench-ops"_s } } },
        { u"reason"_s, u"bench_operations"_s } };

    QElapsedTimer t;
    QList<double> dryRuns;
    for (int i = 0; i < 5; ++i) {
        QJsonObject dry = request;
        dry.insert(u"dryRun"_s, true);
        t.start();
        const auto plan = op.post(u"/ops/v1/operations"_s, dry);
        dryRuns.append(double(t.elapsed()));
        if (plan.status != 200 || plan.json().value(u"selected"_s).toInteger() != letters) {
            std::fprintf(stderr, "dry run failed: %s\n", plan.describe().left(400).constData());
            return 1;
        }
    }
    report(u"dry run over 100,000 of 105,000 letters (count, breakdown, sample)"_s, median(dryRuns),
        u"ms (median of 5)"_s);

    t.start();
    const auto started = op.post(u"/ops/v1/operations"_s, request);
    report(u"start: freeze the 100,000-letter selection (201 answered)"_s, double(t.elapsed()),
        u"ms"_s);
    if (started.status != 201) {
        std::fprintf(stderr, "start failed: %s\n", started.describe().constData());
        return 1;
    }
    const QString id = started.json().value(u"id"_s).toString();

    // Follow it as a console would, timing each answer: the API must stay responsive.
    QList<double> latencies;
    QJsonObject current;
    QElapsedTimer wall;
    wall.start();
    do {
        QTest::qWait(100);
        t.start();
        current = op.get(u"/ops/v1/operations/"_s + id).json();
        latencies.append(double(t.elapsed()));
    } while (current.value(u"state"_s).toString() == u"running"_s && wall.elapsed() < 600000);
    const qint64 runMs = WireTime::parse(current.value(u"finishedAt"_s).toString()).value_or(0)
        - WireTime::parse(current.value(u"startedAt"_s).toString()).value_or(0);
    std::printf("  state %s: %s\n", qPrintable(current.value(u"state"_s).toString()),
        qPrintable(current.value(u"reconciliation"_s).toString()));
    report(u"execution of the 100,000-letter retry, unlimited rate (server)"_s, double(runMs),
        u"ms"_s);
    report(u"execution rate"_s, letters * 1000.0 / std::max<qint64>(1, runMs), u"items/s"_s);
    report(u"GET /operations/{id} while it runs: median"_s, median(latencies), u"ms"_s);
    report(u"GET /operations/{id} while it runs: slowest"_s,
        *std::max_element(latencies.cbegin(), latencies.cend()), u"ms"_s);
    const QJsonObject ledger
        = admin.get(u"/sim/v1/ledger"_s, QUrlQuery { { u"source"_s, u"bench-ops"_s } }).json();
    std::printf("  ledger: %lld deliveries, %lld distinct, %lld duplicates\n",
        ledger.value(u"deliveries"_s).toInteger(), ledger.value(u"distinctMessages"_s).toInteger(),
        qint64(ledger.value(u"duplicates"_s).toArray().size()));
    sim.stop();
    return 0;
}
