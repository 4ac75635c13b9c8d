// SPDX-License-Identifier: MIT
// Bulk operations (/ops/v1/operations) over real HTTP against a real breakwater-sim.
#include "tests/support/apiclient.h"
#include "tests/support/eventclient.h"
#include "tests/support/simprocess.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOperations : public QObject {
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_op;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_viewer;

    /** Letters from a source with no integration: every retry delivers, so outcomes are certain. */
    QList<qint64> generate(int count, const QString &source, const QJsonObject &extra = {})
    {
        return m_admin->generateDeadLetters(count, source, extra);
    }

    static QJsonObject request(
        const QString &kind, const QJsonObject &selector, const QJsonObject &extra = {})
    {
        QJsonObject o = extra;
        o.insert(u"kind"_s, kind);
        o.insert(u"selector"_s, selector);
        if (!o.contains(u"reason"_s))
            o.insert(u"reason"_s, u"tst_operations"_s);
        return o;
    }

    static QJsonObject byFilter(const QString &filter) { return { { u"filter"_s, filter } }; }

    qint64 activeCount(const QString &source)
    {
        const auto r = m_op->get(
            u"/ops/v1/deadletters/groups"_s, QUrlQuery { { u"q"_s, u"source:"_s + source } });
        return r.json().value(u"total"_s).toInteger(-1);
    }

    QJsonObject ledger(const QString &source)
    {
        return m_admin->get(u"/sim/v1/ledger"_s, QUrlQuery { { u"source"_s, source } }).json();
    }

    QJsonObject operation(const QString &id)
    {
        return m_viewer->get(u"/ops/v1/operations/"_s + id).json();
    }

    /** Polls until the operation has finished (60 s cap: the machine is shared). */
    QJsonObject waitUntilFinished(const QString &id)
    {
        const QSet<QString> finished { u"succeeded"_s, u"incomplete"_s, u"failed"_s,
            u"cancelled"_s };
        QDeadlineTimer deadline(60000);
        QJsonObject op = operation(id);
        while (!finished.contains(op.value(u"state"_s).toString()) && !deadline.hasExpired()) {
            QTest::qWait(50);
            op = operation(id);
        }
        return op;
    }

    static qint64 count(const QJsonObject &op, const QString &what)
    {
        return op.value(u"counts"_s).toObject().value(what).toInteger(-1);
    }

    /** Starts an operation; returns its id once `done` items have succeeded (empty when it did not
     * start). */
    QString startUntil(const QJsonObject &body, qint64 done)
    {
        const auto r = m_op->post(u"/ops/v1/operations"_s, body);
        if (r.status != 201) {
            qWarning() << r.describe();
            return {};
        }
        const QString id = r.json().value(u"id"_s).toString();
        QDeadlineTimer deadline(30000);
        while (count(operation(id), u"succeeded"_s) < done && !deadline.hasExpired())
            QTest::qWait(20);
        return id;
    }

    /** selected = succeeded + failed + skipped, nothing pending, and the reconciliation says so. */
    static bool reconciled(const QJsonObject &op)
    {
        return count(op, u"selected"_s)
            == count(op, u"succeeded"_s) + count(op, u"failed"_s) + count(op, u"skipped"_s)
            && count(op, u"pending"_s) == 0
            && op.value(u"reconciliation"_s)
                   .toString()
                   .startsWith(QString::number(count(op, u"selected"_s)) + u" selected"_s);
    }

    static bool isProblem(const ApiClient::Reply &r, int status)
    {
        return r.status == status && r.header("Content-Type").startsWith("application/problem+json")
            && !r.json().value(u"detail"_s).toString().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_op = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::operatorToken());
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        m_viewer = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::viewerToken());
    }

    void dryRunIsExactAndChangesNothing()
    {
        generate(30, u"dry-a"_s,
            { { u"errorClass"_s, u"UpstreamTimeout"_s }, { u"message"_s, u"read timed out"_s } });
        generate(12, u"dry-a"_s,
            { { u"errorClass"_s, u"ValidationError"_s }, { u"message"_s, u"sku invalid"_s } });
        const QList<qint64> b = generate(7, u"dry-b"_s);
        generate(5, u"dry-c"_s); // not selected
        const qint64 before = m_viewer->get(u"/ops/v1/operations"_s).items().size();

        const auto r = m_op->post(u"/ops/v1/operations"_s,
            request(
                u"retry"_s, byFilter(u"source:dry-a source:dry-b"_s), { { u"dryRun"_s, true } }));
        QVERIFY2(r.status == 200, r.describe());
        const QJsonObject plan = r.json();
        QCOMPARE(plan.value(u"selected"_s).toInteger(), 49);
        QCOMPARE(plan.value(u"highWater"_s).toInteger(), b.last() + 5);
        const QJsonArray bySource = plan.value(u"bySource"_s).toArray();
        QCOMPARE(bySource.size(), 2);
        QCOMPARE(bySource.at(0).toObject().value(u"key"_s).toString(), u"dry-a"_s);
        QCOMPARE(bySource.at(0).toObject().value(u"count"_s).toInteger(), 42);
        QCOMPARE(bySource.at(1).toObject().value(u"count"_s).toInteger(), 7);
        QList<qint64> groupCounts;
        for (const auto &g : plan.value(u"byGroup"_s).toArray())
            groupCounts.append(g.toObject().value(u"count"_s).toInteger());
        QCOMPARE(groupCounts, (QList<qint64> { 30, 12, 7 }));
        QVERIFY(plan.value(u"byGroup"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"label"_s)
                    .toString()
                    .startsWith(u"UpstreamTimeout: "_s));
        const QJsonArray sample = plan.value(u"sample"_s).toArray();
        QCOMPARE(sample.size(), 20);
        QCOMPARE(sample.at(0).toObject().value(u"id"_s).toInteger(),
            b.last()); // newest first, dry-c left out
        QCOMPARE(sample.at(0).toObject().value(u"source"_s).toString(), u"dry-b"_s);

        QCOMPARE(activeCount(u"dry-a"_s), 42);
        QCOMPARE(activeCount(u"dry-b"_s), 7);
        QCOMPARE(ledger(u"dry-a"_s).value(u"deliveries"_s).toInteger(), 0);
        QCOMPARE(m_viewer->get(u"/ops/v1/operations"_s).items().size(), before);
    }

    void filterFrozenAtHighWaterIgnoresNewLetters()
    {
        const QList<qint64> first = generate(300, u"frozen"_s);
        // 200 a second: the run lasts long enough for letters to arrive during it.
        const auto r = m_op->post(u"/ops/v1/operations"_s,
            request(u"retry"_s, byFilter(u"source:frozen"_s), { { u"ratePerSecond"_s, 200 } }));
        QVERIFY2(r.status == 201, r.describe());
        const QString id = r.json().value(u"id"_s).toString();
        QCOMPARE(r.header("Location"), "/ops/v1/operations/" + id.toUtf8());
        QCOMPARE(r.json().value(u"selector"_s).toObject().value(u"highWater"_s).toInteger(),
            first.last());
        QCOMPARE(r.json().value(u"state"_s).toString(), u"running"_s);
        const QList<qint64> late = generate(50, u"frozen"_s);
        QCOMPARE(operation(id).value(u"state"_s).toString(),
            u"running"_s); // they arrived during the run

        const QJsonObject op = waitUntilFinished(id);
        QCOMPARE(op.value(u"state"_s).toString(), u"succeeded"_s);
        QCOMPARE(count(op, u"selected"_s), 300);
        QCOMPARE(count(op, u"succeeded"_s), 300);
        QVERIFY(reconciled(op));
        QCOMPARE(activeCount(u"frozen"_s), 50);
        QCOMPARE(m_viewer->get(u"/ops/v1/deadletters/%1"_s.arg(late.first()))
                     .json()
                     .value(u"status"_s)
                     .toString(),
            u"active"_s);
        const QJsonObject delivered = ledger(u"frozen"_s);
        QCOMPARE(delivered.value(u"deliveries"_s).toInteger(), 300);
        QVERIFY(delivered.value(u"duplicates"_s).toArray().isEmpty());

        // The items, paged: each selected letter once, every one succeeded.
        QSet<QString> keys;
        QString cursor;
        int pages = 0;
        do {
            QUrlQuery q { { u"limit"_s, u"120"_s }, { u"outcome"_s, u"succeeded"_s } };
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const auto page = m_viewer->get(u"/ops/v1/operations/%1/items"_s.arg(id), q);
            QVERIFY2(page.status == 200, page.describe());
            for (const auto &item : page.items())
                keys.insert(item.toObject().value(u"key"_s).toString());
            cursor = page.json().value(u"nextCursor"_s).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(keys.size(), 300);
        QVERIFY(keys.contains(QString::number(first.first()))
            && !keys.contains(QString::number(late.first())));
    }

    void idempotencyKeyStartsOneOperation()
    {
        generate(20, u"idem"_s);
        const QJsonObject body = request(
            u"retry"_s, byFilter(u"source:idem"_s), { { u"idempotencyKey"_s, u"idem-key-1"_s } });
        const auto first = m_op->post(u"/ops/v1/operations"_s, body);
        QVERIFY2(first.status == 201, first.describe());
        const QString id = first.json().value(u"id"_s).toString();
        const auto again = m_op->post(u"/ops/v1/operations"_s, body);
        QVERIFY2(again.status == 200, again.describe());
        QCOMPARE(again.json().value(u"id"_s).toString(), id);

        QJsonObject different = body;
        different.insert(u"reason"_s, u"another reason"_s);
        QVERIFY(isProblem(m_op->post(u"/ops/v1/operations"_s, different), 409));

        QCOMPARE(waitUntilFinished(id).value(u"state"_s).toString(), u"succeeded"_s);
        const auto afterFinish = m_op->post(u"/ops/v1/operations"_s, body);
        QCOMPARE(afterFinish.status, 200);
        QCOMPARE(afterFinish.json().value(u"id"_s).toString(), id);
        int withKey = 0;
        for (const auto &o : m_viewer->get(u"/ops/v1/operations"_s).items())
            withKey += o.toObject().value(u"idempotencyKey"_s).toString() == u"idem-key-1"_s;
        QCOMPARE(withKey, 1);
        QCOMPARE(ledger(u"idem"_s).value(u"deliveries"_s).toInteger(), 20);
    }

    void cancelLeavesDoneItemsDone()
    {
        generate(400, u"cancel-me"_s);
        const QString id = startUntil(
            request(u"retry"_s, byFilter(u"source:cancel-me"_s), { { u"ratePerSecond"_s, 40 } }),
            10);
        QVERIFY(!id.isEmpty());

        const auto cancelled = m_op->post(u"/ops/v1/operations/%1/cancel"_s.arg(id), {});
        QVERIFY2(cancelled.status == 200, cancelled.describe());
        const QJsonObject op = cancelled.json();
        QCOMPARE(op.value(u"state"_s).toString(), u"cancelled"_s);
        const qint64 done = count(op, u"succeeded"_s);
        QVERIFY(done >= 10 && done < 400);
        QCOMPARE(count(op, u"skipped"_s), 400 - done);
        QCOMPARE(op.value(u"skippedBy"_s).toObject().value(u"cancelled"_s).toInteger(), 400 - done);
        QVERIFY(reconciled(op));
        // Done stays done; the rest is still waiting in the queue.
        QCOMPARE(ledger(u"cancel-me"_s).value(u"deliveries"_s).toInteger(), done);
        QCOMPARE(activeCount(u"cancel-me"_s), 400 - done);
        QCOMPARE(count(operation(id), u"succeeded"_s), done);
        QVERIFY(isProblem(m_op->post(u"/ops/v1/operations/%1/cancel"_s.arg(id), {}), 409));
        const auto skipped = m_viewer->get(u"/ops/v1/operations/%1/items"_s.arg(id),
            QUrlQuery { { u"outcome"_s, u"skipped"_s }, { u"limit"_s, u"5"_s } });
        QCOMPARE(skipped.items().size(), 5);
        QCOMPARE(skipped.items().at(0).toObject().value(u"detail"_s).toString(), u"cancelled"_s);
    }

    void pauseAndResume()
    {
        generate(150, u"pause-me"_s);
        const QString id = startUntil(
            request(u"delete"_s, byFilter(u"source:pause-me"_s), { { u"ratePerSecond"_s, 50 } }),
            5);
        QVERIFY(!id.isEmpty());
        QVERIFY(count(operation(id), u"succeeded"_s) >= 5);
        const auto paused = m_op->post(u"/ops/v1/operations/%1/pause"_s.arg(id), {});
        QVERIFY2(paused.status == 200, paused.describe());
        QCOMPARE(paused.json().value(u"state"_s).toString(), u"paused"_s);
        const qint64 atPause = count(paused.json(), u"succeeded"_s);
        QVERIFY(isProblem(m_op->post(u"/ops/v1/operations/%1/pause"_s.arg(id), {}), 409));
        // Long enough for 25 more items at the rate: none may happen while paused.
        QTest::qWait(500);
        QCOMPARE(count(operation(id), u"succeeded"_s), atPause);
        QCOMPARE(activeCount(u"pause-me"_s), 150 - atPause);

        const auto resumed = m_op->post(u"/ops/v1/operations/%1/resume"_s.arg(id), {});
        QVERIFY2(resumed.status == 200, resumed.describe());
        QCOMPARE(resumed.json().value(u"state"_s).toString(), u"running"_s);
        QVERIFY(isProblem(m_op->post(u"/ops/v1/operations/%1/resume"_s.arg(id), {}), 409));
        const QJsonObject op = waitUntilFinished(id);
        QCOMPARE(op.value(u"state"_s).toString(), u"succeeded"_s);
        QCOMPARE(count(op, u"succeeded"_s), 150);
        QVERIFY(reconciled(op));
        QCOMPARE(activeCount(u"pause-me"_s), 0);
        QVERIFY(isProblem(m_op->post(u"/ops/v1/operations/op-999999/resume"_s, {}), 404));
        QVERIFY(isProblem(m_viewer->get(u"/ops/v1/operations/op-999999"_s), 404));
    }

    void pausedStaysPausedAcrossARestart()
    {
        QTemporaryDir data;
        SimProcess::Options options;
        options.dataDir = data.path();
        auto sim = std::make_unique<SimProcess>();
        QVERIFY2(sim->start(options), qPrintable(sim->error()));
        ApiClient(sim->baseUrl(), SimProcess::adminToken())
            .post(u"/sim/v1/deadletters/generate"_s,
                { { u"count"_s, 60 }, { u"source"_s, u"restart"_s } });
        auto op = std::make_unique<ApiClient>(sim->baseUrl(), SimProcess::operatorToken());
        auto r = op->post(u"/ops/v1/operations"_s,
            request(u"retry"_s, byFilter(u"source:restart"_s), { { u"ratePerSecond"_s, 20 } }));
        QVERIFY2(r.status == 201, r.describe());
        const QString id = r.json().value(u"id"_s).toString();
        r = op->post(u"/ops/v1/operations/%1/pause"_s.arg(id), {});
        QVERIFY2(r.status == 200, r.describe());
        const qint64 atPause = count(r.json(), u"succeeded"_s);
        sim->kill();

        sim = std::make_unique<SimProcess>();
        QVERIFY2(sim->start(options), qPrintable(sim->error()));
        op = std::make_unique<ApiClient>(sim->baseUrl(), SimProcess::operatorToken());
        r = op->get(u"/ops/v1/operations/"_s + id);
        QCOMPARE(r.json().value(u"state"_s).toString(), u"paused"_s);
        QCOMPARE(count(r.json(), u"succeeded"_s), atPause);
        QCOMPARE(op->post(u"/ops/v1/operations/%1/resume"_s.arg(id), {}).status, 200);
        QDeadlineTimer deadline(60000);
        while (op->get(u"/ops/v1/operations/"_s + id).json().value(u"state"_s).toString()
                == u"running"_s
            && !deadline.hasExpired())
            QTest::qWait(50);
        r = op->get(u"/ops/v1/operations/"_s + id);
        QCOMPARE(r.json().value(u"state"_s).toString(), u"succeeded"_s);
        QCOMPARE(count(r.json(), u"succeeded"_s), 60);
        QVERIFY(reconciled(r.json()));
        const auto ledger
            = ApiClient(sim->baseUrl(), SimProcess::adminToken())
                  .get(u"/sim/v1/ledger"_s, QUrlQuery { { u"source"_s, u"restart"_s } });
        QCOMPARE(ledger.json().value(u"deliveries"_s).toInteger(), 60);
    }

    void explicitIdsSkipWhatIsGone()
    {
        const QList<qint64> ids = generate(6, u"by-ids"_s);
        QCOMPARE(m_op->del(u"/ops/v1/deadletters/%1"_s.arg(ids.at(1)),
                         QUrlQuery { { u"reason"_s, u"gone before"_s } })
                     .status,
            200);
        QJsonArray selected;
        for (qint64 id : ids)
            selected.append(id);
        const auto plan = m_op->post(u"/ops/v1/operations"_s,
            request(u"delete"_s, { { u"ids"_s, selected } }, { { u"dryRun"_s, true } }));
        QCOMPARE(plan.json().value(u"selected"_s).toInteger(), 5);
        const auto r
            = m_op->post(u"/ops/v1/operations"_s, request(u"delete"_s, { { u"ids"_s, selected } }));
        QVERIFY2(r.status == 201, r.describe());
        const QJsonObject op = waitUntilFinished(r.json().value(u"id"_s).toString());
        QCOMPARE(op.value(u"state"_s).toString(), u"succeeded"_s);
        QCOMPARE(count(op, u"selected"_s), 5);
        QCOMPARE(count(op, u"succeeded"_s), 5);
        QCOMPARE(activeCount(u"by-ids"_s), 0);
    }

    void resetBreakersByName()
    {
        auto r = m_admin->post(u"/ops/v1/breakers/payments-webhooks/force-open"_s,
            { { u"reason"_s, u"to be reset in bulk"_s } });
        QVERIFY2(r.status == 200, r.describe());
        r = m_op->post(u"/ops/v1/operations"_s,
            request(
                u"reset-breakers"_s, { { u"names"_s, QJsonArray { u"payments-webhooks"_s } } }));
        QVERIFY2(r.status == 201, r.describe());
        const QJsonObject op = waitUntilFinished(r.json().value(u"id"_s).toString());
        QCOMPARE(op.value(u"state"_s).toString(), u"succeeded"_s);
        QCOMPARE(count(op, u"succeeded"_s), 1);
        QCOMPARE(m_viewer->get(u"/ops/v1/breakers/payments-webhooks"_s)
                     .json()
                     .value(u"state"_s)
                     .toString(),
            u"CLOSED"_s);
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        const QJsonObject filter = byFilter(u"source:bad-request"_s);
        QJsonObject noReason = request(u"retry"_s, filter);
        noReason.remove(u"reason"_s);
        QTest::addRow("no reason") << noReason << 400;
        QTest::addRow("blank reason")
            << request(u"retry"_s, filter, { { u"reason"_s, u"   "_s } }) << 400;
        QTest::addRow("unknown kind") << request(u"move"_s, filter) << 400;
        QTest::addRow("ids and filter")
            << request(u"retry"_s, { { u"filter"_s, u""_s }, { u"ids"_s, QJsonArray { 1 } } })
            << 400;
        QTest::addRow("no selector") << request(u"retry"_s, {}) << 400;
        QTest::addRow("names for letters")
            << request(u"delete"_s, { { u"names"_s, QJsonArray { u"x"_s } } }) << 400;
        QTest::addRow("bad filter") << request(u"retry"_s, byFilter(u"since:forever"_s)) << 400;
        QTest::addRow("high water ahead")
            << request(u"retry"_s, { { u"filter"_s, u""_s }, { u"highWater"_s, 1e12 } }) << 400;
        QTest::addRow("unknown breaker")
            << request(u"reset-breakers"_s, { { u"names"_s, QJsonArray { u"nope"_s } } }) << 400;
        QTest::addRow("negative rate")
            << request(u"retry"_s, filter, { { u"ratePerSecond"_s, -1 } }) << 400;
    }

    void badRequestsAreRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        const qint64 before = m_viewer->get(u"/ops/v1/operations"_s).items().size();
        const auto r = m_op->post(u"/ops/v1/operations"_s, body);
        QVERIFY2(isProblem(r, status), r.describe());
        QCOMPARE(m_viewer->get(u"/ops/v1/operations"_s).items().size(), before);
    }

    void rolesAreEnforced()
    {
        generate(3, u"roles"_s);
        const QJsonObject purge = request(u"purge"_s, byFilter(u"source:roles"_s));
        QVERIFY(isProblem(m_viewer->post(u"/ops/v1/operations"_s,
                              request(u"retry"_s, byFilter(u"source:roles"_s))),
            403));
        QVERIFY(isProblem(m_op->post(u"/ops/v1/operations"_s, purge), 403));
        QCOMPARE(activeCount(u"roles"_s), 3);
        QCOMPARE(m_viewer->get(u"/ops/v1/operations"_s).status, 200);
        const auto r = m_admin->post(u"/ops/v1/operations"_s, purge);
        QVERIFY2(r.status == 201, r.describe());
        const QJsonObject op = waitUntilFinished(r.json().value(u"id"_s).toString());
        QVERIFY(isProblem(
            m_viewer->post(u"/ops/v1/operations/%1/cancel"_s.arg(op.value(u"id"_s).toString()), {}),
            403));
        QCOMPARE(op.value(u"state"_s).toString(), u"succeeded"_s);
        QVERIFY(op.value(u"actor"_s).toString().startsWith(u"admin"_s));
        QCOMPARE(activeCount(u"roles"_s), 0);
    }

    void eventsFollowTheOperation()
    {
        generate(300, u"evented"_s);
        EventClient events(m_sim.baseUrl(), SimProcess::viewerToken());
        QVERIFY(events.connectAndWaitForHello());
        const auto r = m_op->post(u"/ops/v1/operations"_s,
            request(u"retry"_s, byFilter(u"source:evented"_s), { { u"ratePerSecond"_s, 200 } }));
        QVERIFY2(r.status == 201, r.describe());
        const QString id = r.json().value(u"id"_s).toString();
        const QJsonObject created = events.waitFor(u"operation.created"_s, 30000);
        QCOMPARE(created.value(u"data"_s).toObject().value(u"id"_s).toString(), id);
        const QJsonObject finished = events.waitFor(u"operation.finished"_s, 60000);
        const QJsonObject data = finished.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"id"_s).toString(), id);
        QCOMPARE(data.value(u"state"_s).toString(), u"succeeded"_s);
        QVERIFY(reconciled(data));
        // About 1.5 s of work: progress in between, at most ~2 a second.
        QList<qint64> progressTimes;
        for (const auto &m : events.messages()) {
            if (m.value(u"type"_s).toString() == u"operation.progress"_s
                && m.value(u"data"_s).toObject().value(u"id"_s).toString() == id)
                progressTimes.append(
                    QDateTime::fromString(m.value(u"time"_s).toString(), Qt::ISODateWithMs)
                        .toMSecsSinceEpoch());
        }
        QVERIFY(!progressTimes.isEmpty());
        for (qsizetype i = 1; i < progressTimes.size(); ++i)
            QVERIFY2(progressTimes.at(i) - progressTimes.at(i - 1) >= 450,
                "progress events more often than twice a second");
        const auto metrics = m_viewer->get(u"/metrics"_s);
        QVERIFY(metrics.body.contains(
            "breakwater_operation_items_total{kind=\"retry\",outcome=\"succeeded\"}"));
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
