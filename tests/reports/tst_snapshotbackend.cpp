// SPDX-License-Identifier: MIT
// A snapshot taken from a real sim answers like the sim did: same counts, groups and
// filters, whole samples (redacted), and every change refused.
#include "backends/opsapibackend.h"
#include "reports/reportcollector.h"
#include "reports/snapshotbackend.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerMs = 30'000;
constexpr int collectMs = 60'000;

/** Runs one Backend call and waits for its answer. */
template<class T, class Call> std::optional<Result<T>> await(Call call)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](const Result<T> &r) { out = r; });
    // A missing answer is an empty optional: the caller fails on it.
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, answerMs);
    return out;
}

/** Every page of a filtered listing, followed to the end with small pages. */
QList<qint64> allIds(Backend *backend, const QString &filter)
{
    QList<qint64> ids;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        const auto r
            = await<DeadLetterPage>([&](QObject *c, Backend::Callback<DeadLetterPage> done) {
                  return backend->fetchDeadLetters({ filter, 7, cursor }, c, std::move(done));
              });
        if (!r || !r->ok())
            return { -1 };
        for (const DeadLetter &l : r->value().items)
            ids.append(l.id);
        cursor = r->value().nextCursor;
        if (cursor.isEmpty())
            break;
    }
    return ids;
}

QMap<QString, qint64> groupCounts(Backend *backend, const QString &filter, qint64 *total)
{
    const auto r
        = await<DeadLetterGroups>([&](QObject *c, Backend::Callback<DeadLetterGroups> done) {
              return backend->fetchDeadLetterGroups(filter, c, std::move(done));
          });
    QMap<QString, qint64> counts;
    if (!r || !r->ok())
        return counts;
    for (const DeadLetterGroup &g : r->value().items)
        counts.insert(g.fingerprint, g.count);
    *total = r->value().total;
    return counts;
}

} // namespace

class TestSnapshotBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        ApiClient admin(m_sim.baseUrl(), SimProcess::adminToken());
        const QJsonArray headers { QJsonObject {
            { u"name"_s, u"Authorization"_s }, { u"value"_s, u"Bearer live-secret-123"_s } } };
        for (const auto &[count, source, errorClass] :
            { std::tuple { 40, u"orders-export"_s, u"UpstreamTimeout"_s },
                std::tuple { 25, u"payments"_s, u"HttpClientError"_s } }) {
            const auto reply = admin.post(u"/sim/v1/deadletters/generate"_s,
                QJsonObject { { u"count"_s, count }, { u"source"_s, source },
                    { u"errorClass"_s, errorClass }, { u"headers"_s, headers } });
            QVERIFY2(reply.status == 201, reply.describe());
        }
        const auto breakers = admin.get(u"/ops/v1/breakers"_s);
        QVERIFY2(breakers.status == 200 && !breakers.items().isEmpty(), breakers.describe());
        m_forced = breakers.items().first().toObject().value(u"name"_s).toString();
        const auto forced = admin.post(u"/ops/v1/breakers/%1/force-open"_s.arg(m_forced),
            QJsonObject { { u"reason"_s, u"incident drill"_s } });
        QVERIFY2(forced.status == 200, forced.describe());

        m_live = std::make_unique<OpsApiBackend>(m_sim.baseUrl(), SimProcess::adminToken());
        m_live->setDisplayName(u"sim"_s);
        QSignalSpy state(m_live.get(), &Backend::connectionStateChanged);
        m_live->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_live->connectionState(), ConnectionState::Connected, answerMs);

        // Take the snapshot as File > Save snapshot does, and read it back from its bytes.
        ReportCollector collector(m_live.get());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        collector.setRange(now - 3'600'000, now + 60'000);
        QSignalSpy finished(&collector, &ReportCollector::finished);
        QSignalSpy failed(&collector, &ReportCollector::failed);
        collector.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, collectMs);
        QVERIFY2(failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        const auto data = finished.first().first().value<ReportData>();
        auto snapshot = SnapshotFile::decode(SnapshotFile::encode(data, now));
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error()));
        m_offline = std::make_unique<SnapshotBackend>(std::move(*snapshot));
        m_offline->open();
        QCOMPARE(m_offline->connectionState(), ConnectionState::Connected);
    }

    void describesItselfAsOffline()
    {
        QCOMPARE(m_offline->displayName(), u"sim (offline snapshot)"_s);
        QVERIFY(!m_offline->has(Capability::Events));
        QVERIFY(!m_offline->has(Capability::Operations));
        QVERIFY(m_offline->has(Capability::DeadLetters));
    }

    void groupsAndCountsAreTheLiveOnes_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addRow("all") << QString();
        QTest::addRow("one source") << u"source:payments"_s;
        QTest::addRow("one error class") << u"error:UpstreamTimeout"_s;
        QTest::addRow("excluded source") << u"-source:payments"_s;
        QTest::addRow("nothing") << u"source:no-such-source"_s;
    }

    void groupsAndCountsAreTheLiveOnes()
    {
        QFETCH(QString, filter);
        qint64 liveTotal = -1, offlineTotal = -2;
        const auto live = groupCounts(m_live.get(), filter, &liveTotal);
        const auto offline = groupCounts(m_offline.get(), filter, &offlineTotal);
        QCOMPARE(offline, live);
        QCOMPARE(offlineTotal, liveTotal);
        QCOMPARE(allIds(m_offline.get(), filter), allIds(m_live.get(), filter));
    }

    void theSimsLettersAreAllThere()
    {
        qint64 total = 0;
        groupCounts(m_offline.get(), {}, &total);
        QVERIFY2(total >= 65, qPrintable(QString::number(total)));
        QCOMPARE(allIds(m_offline.get(), u"source:payments"_s).size(), 25);
    }

    void aBadQueryIsAnError()
    {
        const auto r = await<DeadLetterPage>(
            [&](QObject *c, Backend::Callback<DeadLetterPage> done) {
                return m_offline->fetchDeadLetters({ u"status:abc"_s, 0, {} }, c, std::move(done));
            });
        QVERIFY(r);
        QCOMPARE(r->errorKind(), BackendError::Kind::Http);
        QVERIFY(!r->error().message.isEmpty());
    }

    void breakersAndTheirTransitionsAreTheLiveOnes()
    {
        const auto r = await<QList<BreakerSnapshot>>(
            [&](QObject *c, Backend::Callback<QList<BreakerSnapshot>> d) {
                return m_offline->fetchBreakers(c, std::move(d));
            });
        QVERIFY(r && r->ok());
        const auto live = await<QList<BreakerSnapshot>>(
            [&](QObject *c, Backend::Callback<QList<BreakerSnapshot>> d) {
                return m_live->fetchBreakers(c, std::move(d));
            });
        QCOMPARE(r->value().size(), live->value().size());
        const auto forced = std::find_if(r->value().cbegin(), r->value().cend(),
            [this](const BreakerSnapshot &b) { return b.name == m_forced; });
        QVERIFY(forced != r->value().cend());
        QCOMPARE(forced->state, BreakerState::ForcedOpen);

        const auto log = await<BreakerTransitionLog>(
            [&](QObject *c, Backend::Callback<BreakerTransitionLog> d) {
                return m_offline->fetchBreakerTransitions(
                    0, std::numeric_limits<qint64>::max(), c, std::move(d));
            });
        QVERIFY(log && log->ok());
        QVERIFY(std::any_of(
            log->value().items.cbegin(), log->value().items.cend(), [this](const auto &e) {
                return e.breaker == m_forced && e.transition.to == BreakerState::ForcedOpen;
            }));
    }

    void samplesAreWholeAndRedactedOthersSaySo()
    {
        const ReportData &data = m_offline->data();
        QVERIFY(!data.samples.isEmpty());
        const qint64 sampleId = data.samples.first().id;
        const auto sample = await<DeadLetter>([&](QObject *c, Backend::Callback<DeadLetter> d) {
            return m_offline->fetchDeadLetter(sampleId, c, std::move(d));
        });
        QVERIFY(sample && sample->ok());
        QVERIFY(!sample->value().payload.isEmpty());
        QVERIFY(sample->value().payload != SnapshotBackend::payloadNotCaptured());
        QVERIFY(!sample->value().headers.isEmpty());
        for (const auto &[name, value] : sample->value().headers)
            QVERIFY2(!value.contains(u"live-secret-123"_s), qPrintable(name + u": "_s + value));

        qint64 other = 0;
        for (const DeadLetter &l : data.deadLetters) {
            if (!std::any_of(data.samples.cbegin(), data.samples.cend(),
                    [&](const DeadLetter &s) { return s.id == l.id; })) {
                other = l.id;
                break;
            }
        }
        QVERIFY(other != 0);
        const auto summary = await<DeadLetter>([&](QObject *c, Backend::Callback<DeadLetter> d) {
            return m_offline->fetchDeadLetter(other, c, std::move(d));
        });
        QVERIFY(summary && summary->ok());
        QCOMPARE(summary->value().payload, SnapshotBackend::payloadNotCaptured());
        QVERIFY(summary->value().headers.isEmpty());

        const auto missing = await<DeadLetter>([&](QObject *c, Backend::Callback<DeadLetter> d) {
            return m_offline->fetchDeadLetter(987654321, c, std::move(d));
        });
        QCOMPARE(missing->errorKind(), BackendError::Kind::NotFound);
    }

    void everyChangeIsRefused()
    {
        const auto expectRefused = [](const auto &r) {
            QVERIFY(r.has_value());
            QCOMPARE(r->errorKind(), BackendError::Kind::Forbidden);
            QCOMPARE(r->error().message, SnapshotBackend::readOnlyMessage());
        };
        expectRefused(await<BreakerSnapshot>([&](QObject *c, Backend::Callback<BreakerSnapshot> d) {
            return m_offline->actOnBreaker(m_forced, BreakerAction::Reset, u"r"_s, c, std::move(d));
        }));
        expectRefused(await<SyncJob>([&](QObject *c, Backend::Callback<SyncJob> d) {
            return m_offline->startSync(SyncRequest {}, c, std::move(d));
        }));
        expectRefused(await<SyncJob>([&](QObject *c, Backend::Callback<SyncJob> d) {
            return m_offline->actOnSync(u"x"_s, SyncAction::Cancel, u"r"_s, c, std::move(d));
        }));
        expectRefused(await<DeadLetterRetry>([&](QObject *c, Backend::Callback<DeadLetterRetry> d) {
            return m_offline->retryDeadLetter(1, u"r"_s, std::nullopt, c, std::move(d));
        }));
        expectRefused(
            await<DeadLetterDeletion>([&](QObject *c, Backend::Callback<DeadLetterDeletion> d) {
                return m_offline->deleteDeadLetter(1, u"r"_s, c, std::move(d));
            }));
        expectRefused(await<Operation>([&](QObject *c, Backend::Callback<Operation> d) {
            return m_offline->startOperation(OperationRequest {}, c, std::move(d));
        }));
    }

    void cleanupTestCase()
    {
        m_offline.reset();
        if (m_live)
            m_live->close();
        m_live.reset();
        m_sim.stop();
    }

private:
    SimProcess m_sim;
    std::unique_ptr<OpsApiBackend> m_live;
    std::unique_ptr<SnapshotBackend> m_offline;
    QString m_forced;
};

QTEST_GUILESS_MAIN(TestSnapshotBackend)
#include "tst_snapshotbackend.moc"
