// SPDX-License-Identifier: MIT
// How the sim's dead-letter store holds up at 100k and 1M letters: insert
// rate, first and deep pages (plain and filtered), count and groups.
// Usage: bench_store [rows...]   (default: 100000 1000000)
#include "core/deadletterquery.h"
#include "sim/deadletterstore.h"
#include "sim/simdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 now = 1'800'000'000'000;
constexpr int batchSize = 50'000;

/** Letters shaped like a busy day: 8 sources, 6 error kinds, a few hundred groups. */
DeadLetter benchLetter(qint64 i, qint64 rows)
{
    static const QString sources[] = { u"orders-export"_s, u"payments"_s, u"catalog-sync"_s,
        u"stock-feed"_s, u"invoices"_s, u"shipping"_s, u"returns"_s, u"crm-push"_s };
    static const QString classes[] = { u"UpstreamTimeout"_s, u"HttpServerError"_s, u"RateLimited"_s,
        u"ValidationFailed"_s, u"ConnectionRefused"_s, u"HttpClientError"_s };
    DeadLetter d;
    d.source = sources[i % 8];
    d.error.errorClass = classes[(i / 8) % 6];
    d.error.httpStatus = (i / 8) % 6 == 1 ? 503 : 0;
    d.error.message = u"order %1 failed at step %2 of %3"_s.arg(i).arg(i % 7).arg(i % 11);
    d.error.stack = u"at deliver()\nat retryLoop()\nat main()"_s;
    d.messageId = u"msg-%1"_s.arg(i);
    d.requestId = u"req-%1"_s.arg(i * 2654435761 % 0xffffffff, 8, 16, QChar(u'0'));
    d.payload = "{\"customer\":" + QByteArray::number(i % 5000)
        + ",\"order\":" + QByteArray::number(i) + ",\"lines\":[{\"sku\":\"SKU-"
        + QByteArray::number(i % 997) + "\",\"qty\":2}],\"note\":\"regular\"}";
    d.headers = { { u"content-type"_s, u"application/json"_s }, { u"x-tenant"_s, u"acme"_s } };
    d.attempts = 5;
    d.lastFailureMs = now - (rows - i) * 500;
    d.firstFailureMs = d.lastFailureMs - 60'000;
    d.destination = u"POST https://erp.example/orders"_s;
    d.status = i % 20 == 0 ? DeadLetterStatus::Resolved : DeadLetterStatus::Active;
    return d;
}

/** Median of `runs` timings in ms, with the last result's size for the report. */
double medianMs(int runs, const std::function<qint64()> &work, qint64 *resultSize = nullptr)
{
    QList<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const qint64 n = work();
        times.append(t.nsecsElapsed() / 1e6);
        if (resultSize)
            *resultSize = n;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

DeadLetterQuery query(const QString &text)
{
    return std::get<DeadLetterQuery>(DeadLetterQuery::parse(text, now));
}

qint64 pageSize(DeadLetterStore &store, const DeadLetterQuery &q, const QString &cursor)
{
    return std::get<DeadLetterStore::Page>(store.list(q, cursor, 100)).items.size();
}

void report(const char *what, double ms, qint64 n)
{
    std::printf("  %-52s %9.2f ms  (%lld)\n", what, ms, static_cast<long long>(n));
    std::fflush(stdout);
}

void run(qint64 rows)
{
    QTemporaryDir dir;
    auto opened = SimDatabase::open(SimDatabase::filePathIn(dir.path()));
    if (auto *error = std::get_if<StoreError>(&opened)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->message));
        return;
    }
    auto &db = *std::get<std::unique_ptr<SimDatabase>>(opened);
    DeadLetterStore store(db);
    std::printf("%lld letters\n", static_cast<long long>(rows));

    QElapsedTimer timer;
    qint64 storeMs = 0;
    for (qint64 start = 0; start < rows; start += batchSize) {
        QList<DeadLetter> batch;
        for (qint64 i = start; i < std::min(rows, start + batchSize); ++i)
            batch.append(benchLetter(i, rows));
        timer.start();
        store.insertMany(batch);
        storeMs += timer.elapsed();
    }
    std::printf("  %-52s %9lld ms  (%.0f letters/s, %.0f MB file)\n", "insertMany, batches of 50k",
        static_cast<long long>(storeMs), rows * 1000.0 / std::max<qint64>(storeMs, 1),
        QFileInfo(db.filePath()).size() / 1e6);

    const DeadLetterQuery all;
    const QString deep = DeadLetterStore::cursorAfter(rows / 10); // 90% of the way down
    qint64 n = 0;
    double ms = medianMs(
        5, [&] { return pageSize(store, all, {}); }, &n);
    report("first page of 100, no filter", ms, n);
    ms = medianMs(
        5, [&] { return pageSize(store, all, deep); }, &n);
    report("deep page of 100 (90% down), no filter", ms, n);

    const DeadLetterQuery source = query(u"source:payments"_s);
    ms = medianMs(
        5, [&] { return pageSize(store, source, {}); }, &n);
    report("first page, source:payments", ms, n);
    ms = medianMs(
        5, [&] { return pageSize(store, source, deep); }, &n);
    report("deep page, source:payments", ms, n);
    const DeadLetterQuery sourceAndError = query(u"source:payments error:RateLimited"_s);
    ms = medianMs(
        5, [&] { return pageSize(store, sourceAndError, deep); }, &n);
    report("deep page, source:payments error:RateLimited", ms, n);
    const DeadLetterQuery since = query(u"since:2h"_s);
    ms = medianMs(
        5, [&] { return pageSize(store, since, {}); }, &n);
    report("first page, since:2h", ms, n);
    const DeadLetterQuery common = query(u"SKU-42"_s);
    ms = medianMs(
        3, [&] { return pageSize(store, common, {}); }, &n);
    report("first page, text SKU-42 (common)", ms, n);
    const DeadLetterQuery rare = query(u"\"order 31337 failed\""_s);
    ms = medianMs(
        3, [&] { return pageSize(store, rare, {}); }, &n);
    report("first page, rare phrase (full scan)", ms, n);

    ms = medianMs(
        3, [&] { return store.count(all); }, &n);
    report("count, no filter", ms, n);
    ms = medianMs(
        3, [&] { return store.count(source); }, &n);
    report("count, source:payments", ms, n);
    ms = medianMs(
        3, [&] { return store.count(query(u"error:RateLimited"_s)); }, &n);
    report("count, error:RateLimited", ms, n);
    ms = medianMs(
        3, [&] { return qint64(store.groups(all).size()); }, &n);
    report("groups, no filter (groups)", ms, n);
    ms = medianMs(
        3, [&] { return qint64(store.groups(source).size()); }, &n);
    report("groups, source:payments (groups)", ms, n);
    ms = medianMs(
        3, [&] { return qint64(store.activeCountBySource().size()); }, &n);
    report("activeCountBySource (sources)", ms, n);
    ms = medianMs(
        5, [&] { return qint64(store.get(rows / 2).has_value()); }, &n);
    report("get by id", ms, n);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes;
    for (const auto &arg : app.arguments().mid(1))
        sizes.append(arg.toLongLong());
    if (sizes.isEmpty())
        sizes = { 100'000, 1'000'000 };
    for (qint64 rows : sizes)
        run(rows);
    return 0;
}
