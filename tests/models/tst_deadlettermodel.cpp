// SPDX-License-Identifier: MIT
#include "core/backend.h"
#include "core/clock.h"
#include "core/deadletterquery.h"
#include "models/deadlettermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'800'000'000'000; // 2027-01-15T08:00:00Z

/**
 * A real Backend over letters held in memory: keyset pages newest first and
 * the DeadLetterQuery semantics, as the Ops API serves them. Each answer is
 * computed when asked and handed over when the test calls deliver(), so a
 * test sees the model between pages, as with a slow network.
 */
class MemoryBackend : public Backend {
public:
    QList<DeadLetter> letters; ///< any order; pages sort by id, descending
    QList<DeadLetterPageRequest> requests;
    std::optional<BackendError> failNext;
    bool ignoreCancel = false; ///< a connector that answers cancelled requests anyway
    ManualClock clock { Now };

    Capabilities capabilities() const override { return Capability::DeadLetters; }
    QString displayName() const override { return u"memory"_s; }
    void open() override { setConnectionState(ConnectionState::Connected); }
    void close() override { setConnectionState(ConnectionState::Disconnected); }
    void cancel(RequestId id) override
    {
        if (!ignoreCancel)
            m_pending.removeIf([id](const Pending &p) { return p.id == id; });
    }
    RequestId fetchInfo(QObject *context, Callback<BackendInfo> done) override
    {
        return answerLater<BackendInfo>(context, std::move(done), BackendInfo {});
    }

    RequestId fetchDeadLetters(const DeadLetterPageRequest &request, QObject *context,
        Callback<DeadLetterPage> done) override
    {
        requests.append(request);
        const RequestId id = newRequestId();
        m_pending.append({ id, context, std::move(done), answer(request) });
        return id;
    }

    /** Hands over the oldest answer; false when none is waiting. */
    bool deliver()
    {
        if (m_pending.isEmpty())
            return false;
        const Pending p = m_pending.takeFirst();
        if (p.context)
            p.done(p.result);
        return true;
    }
    /** Delivers until nothing is asked any more (a greedy client keeps asking until the end). */
    void deliverAll()
    {
        while (deliver()) { }
    }
    /** First pages asked for: one per reset or refresh. */
    qsizetype firstPagesAsked() const
    {
        return std::count_if(
            requests.begin(), requests.end(), [](const auto &r) { return r.cursor.isEmpty(); });
    }

private:
    struct Pending {
        RequestId id;
        QPointer<QObject> context;
        Callback<DeadLetterPage> done;
        Result<DeadLetterPage> result;
    };
    QList<Pending> m_pending;

    Result<DeadLetterPage> answer(const DeadLetterPageRequest &request)
    {
        if (failNext) {
            const BackendError error = *failNext;
            failNext.reset();
            return error;
        }
        const auto parsed = DeadLetterQuery::parse(request.text, clock.nowMs());
        if (const auto *error = std::get_if<QueryError>(&parsed))
            return BackendError::fromHttpStatus(
                400, Problem { 400, u"Bad Request"_s, error->message, {} });
        const auto &query = std::get<DeadLetterQuery>(parsed);
        QList<DeadLetter> sorted = letters;
        std::sort(
            sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.id > b.id; });
        const qint64 below = request.cursor.isEmpty() ? std::numeric_limits<qint64>::max()
                                                      : request.cursor.toLongLong();
        const int limit = request.limit > 0 ? request.limit : 100;
        DeadLetterPage page;
        for (const DeadLetter &letter : std::as_const(sorted)) {
            if (letter.id >= below || !query.matches(letter))
                continue;
            if (page.items.size() == limit) {
                page.nextCursor = QString::number(page.items.constLast().id);
                break;
            }
            page.items.append(letter);
        }
        return page;
    }
};

DeadLetter letter(qint64 id, const QString &source = u"orders-export"_s,
    const QString &errorClass = u"UpstreamTimeout"_s,
    const QString &message = u"timed out after 5000 ms"_s)
{
    DeadLetter l;
    l.id = id;
    l.source = source;
    l.messageId = u"msg-%1"_s.arg(id);
    l.error.errorClass = errorClass;
    l.error.message = message;
    l.error.httpStatus = 504;
    l.error.vendorCode = u"ERP_SLOW"_s;
    l.attempts = 3;
    l.firstFailureMs = Now - 3'600'000 - id;
    l.lastFailureMs = Now - id;
    l.destination = u"POST https://erp.example/orders"_s;
    l.fingerprint = fingerprintOf(source, errorClass, message);
    return l;
}

/** Letters 1..count. */
QList<DeadLetter> letters(int count)
{
    QList<DeadLetter> out;
    for (int id = 1; id <= count; ++id)
        out.append(letter(id));
    return out;
}

QList<qint64> modelIds(const DeadLetterModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

/** The ids a complete listing shows, newest first. */
QList<qint64> listingIds(const QList<DeadLetter> &all)
{
    QList<qint64> ids;
    for (const DeadLetter &l : all)
        ids.append(l.id);
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

} // namespace

class TestDeadLetterModel : public QObject {
    Q_OBJECT

    std::unique_ptr<MemoryBackend> m_backend;
    std::unique_ptr<DeadLetterModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    /** Connects and hands over the first page. */
    void connectWith(const QList<DeadLetter> &stored, int pageSize)
    {
        m_backend->letters = stored;
        m_model->setPageSize(pageSize);
        m_model->setBackend(m_backend.get());
        QVERIFY(m_backend->deliver());
    }
    /** Everything matching the filter, in the model. */
    void loadEverything()
    {
        m_model->loadAll();
        m_backend->deliverAll();
        QVERIFY(m_model->isComplete());
    }

private Q_SLOTS:
    void init()
    {
        m_backend = std::make_unique<MemoryBackend>();
        m_model = std::make_unique<DeadLetterModel>();
        m_model->setClock(&m_backend->clock);
        m_model->setDisplayTimeZone(QTimeZone::utc());
        // Also a greedy client: it calls fetchMore() after every change.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_backend.reset();
    }

    void firstPageShowsTheNewestLettersFormatted()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        connectWith(letters(25), 10);

        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(m_model->canFetchMore({}));
        QCOMPARE(m_backend->requests.first().limit, 10);
        QCOMPARE(m_backend->requests.first().text, QString());
        QCOMPARE(m_model->idAt(0), 25);
        const auto cell = [&](int column) { return m_model->index(0, column).data().toString(); };
        QCOMPARE(cell(DeadLetterModel::Id), u"25"_s);
        QCOMPARE(cell(DeadLetterModel::LastFailure), u"2027-01-15 07:59:59"_s);
        QCOMPARE(cell(DeadLetterModel::FirstFailure), u"2027-01-15 06:59:59"_s);
        QCOMPARE(cell(DeadLetterModel::Source), u"orders-export"_s);
        QCOMPARE(cell(DeadLetterModel::ErrorClass), u"UpstreamTimeout"_s);
        QCOMPARE(cell(DeadLetterModel::Message), u"timed out after 5000 ms"_s);
        QCOMPARE(cell(DeadLetterModel::HttpStatus), u"504"_s);
        QCOMPARE(cell(DeadLetterModel::Attempts), u"3"_s);
        const QModelIndex first = m_model->index(0, DeadLetterModel::Message);
        QCOMPARE(first.data(DeadLetterModel::IdRole).toLongLong(), 25);
        QCOMPARE(first.data(DeadLetterModel::FingerprintRole).toString(), letter(25).fingerprint);
        QCOMPARE(first.data(DeadLetterModel::LastFailureRole).toLongLong(), Now - 25);
        QCOMPARE(m_model->index(0, DeadLetterModel::LastFailure).data(Qt::ToolTipRole).toString(),
            u"2027-01-15T07:59:59.975Z"_s);
    }

    void displayTimeZoneIsTheOperators()
    {
        connectWith(letters(1), 10);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setDisplayTimeZone(QTimeZone(3600 * 2));
        QCOMPARE(m_model->index(0, DeadLetterModel::LastFailure).data().toString(),
            u"2027-01-15 09:59:59"_s);
        QCOMPARE(changed.count(), 2);
    }

    void fetchMorePagesThroughEverything_data()
    {
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pages");
        QTest::addRow("none") << 0 << 10 << 1;
        QTest::addRow("one letter") << 1 << 10 << 1;
        QTest::addRow("exactly one page") << 10 << 10 << 1;
        QTest::addRow("one more than a page") << 11 << 10 << 2;
        QTest::addRow("two and a half pages") << 25 << 10 << 3;
        QTest::addRow("default page size") << 2500 << DeadLetterModel::DefaultPageSize << 3;
    }
    void fetchMorePagesThroughEverything()
    {
        QFETCH(int, stored);
        QFETCH(int, pageSize);
        QFETCH(int, pages);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy total(m_model.get(), &DeadLetterModel::totalLoaded);
        connectWith(letters(stored), pageSize);
        while (m_model->canFetchMore({})) {
            m_model->fetchMore({});
            QVERIFY(m_backend->deliver());
        }
        QCOMPARE(m_model->rowCount(), stored);
        QCOMPARE(modelIds(*m_model), listingIds(m_backend->letters));
        QCOMPARE(m_backend->requests.size(), pages);
        QCOMPARE(inserted.count(), stored ? pages : 0);
        QCOMPARE(total.count(), 1);
        QCOMPARE(total.first().first().toInt(), stored);
        QVERIFY(m_model->isComplete());
        QVERIFY(!m_model->isLoading());
    }

    void fetchMoreWhileAPageIsInFlightAsksNothingMore()
    {
        connectWith(letters(50), 10);
        m_model->fetchMore({});
        QVERIFY(m_model->isLoading());
        const auto asked = m_backend->requests.size();
        m_model->fetchMore({});
        m_model->fetchMore({});
        QCOMPARE(m_backend->requests.size(), asked);
        QVERIFY(m_backend->deliver());
        QCOMPARE(m_model->rowCount(), 20);
        QCOMPARE(modelIds(*m_model), listingIds(m_backend->letters).mid(0, 20));
    }

    void loadAllFetchesBackToBackWithoutFlicker()
    {
        QSignalSpy loading(m_model.get(), &DeadLetterModel::loadingChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy total(m_model.get(), &DeadLetterModel::totalLoaded);
        connectWith(letters(95), 10);
        m_model->loadAll();
        QVERIFY(m_model->isLoadingAll());
        m_backend->deliverAll();
        QCOMPARE(total.count(), 1);
        QCOMPARE(total.first().first().toInt(), 95);
        QCOMPARE(m_model->rowCount(), 95);
        QCOMPARE(inserted.count(), 10);
        // One "loading" span for the whole walk, not one per page.
        QCOMPARE(loading.count(), 2);
        QCOMPARE(loading.at(0).first().toBool(), true);
        QCOMPARE(loading.at(1).first().toBool(), false);
        QVERIFY(!m_model->isLoadingAll());
        QVERIFY(!m_model->canFetchMore({}));

        m_model->loadAll(); // already complete: answers at once
        QCOMPARE(total.count(), 2);
    }

    void stopLoadingAllKeepsWhatArrived()
    {
        // The tester fetches more after every insert; this needs a client that does not.
        m_tester.reset();
        connectWith(letters(95), 10);
        m_model->loadAll();
        m_model->stopLoadingAll();
        m_backend->deliverAll();
        QCOMPARE(m_model->rowCount(), 20);
        QVERIFY(!m_model->isLoading());
        QVERIFY(m_model->canFetchMore({}));
    }

    void filterIsAppliedByTheServer()
    {
        QList<DeadLetter> stored = letters(30);
        for (int id = 31; id <= 45; ++id)
            stored.append(letter(id, u"payments"_s, u"RateLimited"_s, u"too many requests"_s));
        connectWith(stored, 10);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        QVERIFY(m_model->setFilter(u"  source:orders-export  "_s));
        QCOMPARE(m_model->filter(), u"source:orders-export"_s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        m_backend->deliverAll();
        QCOMPARE(m_backend->requests.constLast().text, u"source:orders-export"_s);
        QCOMPARE(m_model->rowCount(), 30);
        QCOMPARE(m_model->idAt(0), 30);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(
                m_model->index(row, DeadLetterModel::Source).data().toString(), u"orders-export"_s);
        // The letters of the old filter are gone, their texts too.
        QCOMPARE(m_model->strings().find(u"payments"), StringPool::NotFound);

        // The same filter again changes nothing and asks nothing.
        const auto asked = m_backend->requests.size();
        QVERIFY(m_model->setFilter(u"source:orders-export"_s));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_backend->requests.size(), asked);

        QVERIFY(m_model->setFilter(QString()));
        QVERIFY(m_backend->deliver());
        QCOMPARE(m_model->idAt(0), 45);
    }

    void malformedQueryKeepsTheRowsAndSaysWhy_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("unknown key") << u"sorce:orders"_s;
        QTest::addRow("bad status") << u"status:5xx"_s;
        QTest::addRow("unclosed quote") << u"\"customer 42"_s;
        QTest::addRow("missing value") << u"a source: b"_s;
    }
    void malformedQueryKeepsTheRowsAndSaysWhy()
    {
        QFETCH(QString, query);
        connectWith(letters(25), 10);
        QSignalSpy errors(m_model.get(), &DeadLetterModel::filterError);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const auto asked = m_backend->requests.size();

        QVERIFY(!m_model->setFilter(query));
        const auto parsed = DeadLetterQuery::parse(query, Now);
        QVERIFY(std::holds_alternative<QueryError>(parsed));
        const QString expected = std::get<QueryError>(parsed).message;
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().toString(), expected);
        QCOMPARE(m_model->filterErrorMessage(), expected);
        QCOMPARE(m_model->filter(), QString());
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_backend->requests.size(), asked);

        QVERIFY(m_model->setFilter(u"source:orders-export"_s));
        QCOMPARE(errors.count(), 2);
        QCOMPARE(errors.last().first().toString(), QString());
        QCOMPARE(m_model->filterErrorMessage(), QString());
    }

    void queryTheServerRefusesIsAFilterError()
    {
        connectWith(letters(25), 10);
        QSignalSpy errors(m_model.get(), &DeadLetterModel::filterError);
        QSignalSpy failed(m_model.get(), &DeadLetterModel::fetchFailed);
        // Valid here, refused there: a server with a stricter parser.
        m_backend->failNext = BackendError::fromHttpStatus(
            400, Problem { 400, u"Bad Request"_s, u"no such source"_s, {} });
        QVERIFY(m_model->setFilter(u"source:nowhere"_s));
        m_backend->deliverAll();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().toString(),
            u"no such source"_s); // the server's words, for the search box
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore({}));
        QVERIFY(!m_model->isLoading());
    }

    void answersForAnOldFilterAreDropped()
    {
        m_backend->ignoreCancel = true;
        QList<DeadLetter> stored = letters(30);
        for (int id = 31; id <= 35; ++id)
            stored.append(letter(id, u"payments"_s));
        m_backend->letters = stored;
        m_model->setPageSize(10);
        m_model->setBackend(m_backend.get());
        m_model->setFilter(u"source:orders-export"_s);
        m_model->setFilter(u"source:payments"_s);
        m_backend->deliverAll();
        QCOMPARE(m_backend->requests.size(), 3);
        QCOMPARE(modelIds(*m_model), (QList<qint64> { 35, 34, 33, 32, 31 }));
        QVERIFY(m_model->isComplete());
    }

    void failedPageKeepsRowsAndCanBeRetried()
    {
        QSignalSpy failed(m_model.get(), &DeadLetterModel::fetchFailed);
        m_backend->letters = letters(25);
        m_model->setPageSize(10);
        m_model->setBackend(m_backend.get());
        // The second page (asked for by the tester, as a view would) times out.
        const BackendError timeout = BackendError::timeout(u"dead letters"_s, 10000);
        m_backend->failNext = timeout;
        QVERIFY(m_backend->deliver());
        QVERIFY(m_backend->deliver());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), timeout.message);
        QCOMPARE(m_model->lastError(), timeout.message);
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(!m_model->isLoading());
        QVERIFY(m_model->canFetchMore({}));

        m_model->fetchMore({});
        m_backend->deliverAll();
        QCOMPARE(modelIds(*m_model), listingIds(m_backend->letters));
        QCOMPARE(m_model->lastError(), QString());
    }

    void invalidateMergesInPlace_data()
    {
        QTest::addColumn<int>("stored");
        QTest::addColumn<bool>("everythingLoaded");
        QTest::addColumn<int>("added"); ///< new letters above the newest
        QTest::addColumn<QList<qint64>>("removed");
        QTest::addColumn<QList<qint64>>("retried"); ///< attempts + 1
        QTest::addColumn<qint64>("followed"); ///< the current row's letter

        QTest::addRow("new letters on top")
            << 45 << false << 3 << QList<qint64> {} << QList<qint64> {} << qint64(20);
        QTest::addRow("letters gone") << 45 << false << 0 << QList<qint64> { 44, 30, 29, 12 }
                                      << QList<qint64> {} << qint64(20);
        QTest::addRow("letters retried")
            << 45 << false << 0 << QList<qint64> {} << QList<qint64> { 40, 21 } << qint64(21);
        QTest::addRow("all at once") << 45 << false << 12 << QList<qint64> { 45, 26, 25 }
                                     << QList<qint64> { 27 } << qint64(24);
        QTest::addRow("everything loaded, tail gone")
            << 45 << true << 2 << QList<qint64> { 3, 2, 1 } << QList<qint64> { 4 } << qint64(10);
        QList<qint64> everyOther;
        for (qint64 id = 45; id > 0; id -= 2)
            everyOther.append(id);
        QTest::addRow("every other letter gone")
            << 45 << true << 0 << everyOther << QList<qint64> {} << qint64(20);
        QTest::addRow("nothing changed")
            << 45 << false << 0 << QList<qint64> {} << QList<qint64> {} << qint64(33);
    }
    void invalidateMergesInPlace()
    {
        QFETCH(int, stored);
        QFETCH(bool, everythingLoaded);
        QFETCH(int, added);
        QFETCH(QList<qint64>, removed);
        QFETCH(QList<qint64>, retried);
        QFETCH(qint64, followed);

        connectWith(letters(stored), 10);
        if (everythingLoaded) {
            loadEverything();
        } else {
            QVERIFY(m_backend->deliver());
            QVERIFY(m_backend->deliver());
            QCOMPARE(m_model->rowCount(), 30);
        }
        const qint64 lastLoaded = m_model->idAt(m_model->rowCount() - 1);
        const QPersistentModelIndex current
            = m_model->index(m_model->rowOfId(followed), DeadLetterModel::Message);
        QVERIFY(current.isValid());

        for (int i = 1; i <= added; ++i)
            m_backend->letters.append(letter(stored + i));
        m_backend->letters.removeIf([&](const DeadLetter &l) { return removed.contains(l.id); });
        for (DeadLetter &l : m_backend->letters) {
            if (retried.contains(l.id)) {
                ++l.attempts;
                l.lastFailureMs = Now + 1000;
            }
        }
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy total(m_model.get(), &DeadLetterModel::totalLoaded);
        m_model->invalidate();
        m_backend->deliverAll();

        QCOMPARE(reset.count(), 0);
        QVERIFY(!m_model->isLoading());
        const QList<qint64> fresh = listingIds(m_backend->letters);
        const QList<qint64> shown = modelIds(*m_model);
        // The head of the fresh listing, reaching at least as far down as before.
        QCOMPARE(shown, fresh.mid(0, shown.size()));
        for (qint64 id : fresh)
            QVERIFY2(id < lastLoaded || shown.contains(id), qPrintable(QString::number(id)));
        QCOMPARE(m_model->isComplete(), everythingLoaded);
        QCOMPARE(total.count(), everythingLoaded ? 1 : 0);
        QCOMPARE(m_model->canFetchMore({}), !everythingLoaded);
        for (qint64 id : retried) {
            const int row = m_model->rowOfId(id);
            QVERIFY(row >= 0);
            QCOMPARE(m_model->rowAt(row)->attempts, 4);
            QCOMPARE(m_model->index(row, DeadLetterModel::Attempts).data().toString(), u"4"_s);
        }
        // The current row follows its letter.
        QVERIFY(current.isValid());
        QCOMPARE(current.data(DeadLetterModel::IdRole).toLongLong(), followed);
        QCOMPARE(current.column(), int(DeadLetterModel::Message));

        // Paging goes on below what the refresh reached.
        loadEverything();
        QCOMPARE(modelIds(*m_model), fresh);
    }

    void invalidateWithScatteredChangesInOnePage()
    {
        // Every other letter of a big page gone: too many ranges to move rows
        // one range at a time, so the page's rows are replaced at once.
        connectWith(letters(200), 100);
        loadEverything();
        m_backend->letters.removeIf([](const DeadLetter &l) { return l.id % 2 == 1; });
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->invalidate();
        m_backend->deliverAll();
        QCOMPARE(modelIds(*m_model), listingIds(m_backend->letters));
        QCOMPARE(reset.count(), 0);
        QVERIFY2(removed.count() <= 4, qPrintable(QString::number(removed.count())));
        QVERIFY(m_model->isComplete());
    }

    void invalidateWhileRefreshingRunsOnceMore()
    {
        connectWith(letters(45), 10);
        loadEverything();
        const auto before = m_backend->firstPagesAsked();
        m_model->invalidate();
        // Stored after the refresh above read its first page.
        m_backend->letters.append(letter(46));
        m_model->invalidate();
        m_model->invalidate();
        m_backend->deliverAll();
        QCOMPARE(m_model->idAt(0), 46);
        QCOMPARE(m_model->rowCount(), 46);
        QCOMPARE(m_backend->firstPagesAsked() - before, 2);
    }

    void invalidateOnAnEmptyListFindsNewLetters()
    {
        connectWith({}, 10);
        QVERIFY(m_model->isComplete());
        m_backend->letters = letters(3);
        m_model->invalidate();
        m_backend->deliverAll();
        QCOMPARE(modelIds(*m_model), (QList<qint64> { 3, 2, 1 }));
        QVERIFY(m_model->isComplete());
    }

    void rowsAndIdsFindEachOther()
    {
        connectWith(letters(25), 10);
        loadEverything();
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->rowOfId(m_model->idAt(row)), row);
        QCOMPARE(m_model->rowOfId(26), -1);
        QCOMPARE(m_model->rowOfId(0), -1);
        QCOMPARE(m_model->idAt(-1), 0);
        QCOMPARE(m_model->idAt(25), 0);
        QVERIFY(!m_model->rowAt(25));

        const auto summary = m_model->summaryAt(m_model->rowOfId(7));
        QVERIFY(summary);
        DeadLetter expected = letter(7);
        expected.messageId.clear(); // not kept per row
        QCOMPARE(*summary, expected);
    }

    void repeatedTextsAreHeldOnce()
    {
        QList<DeadLetter> stored;
        const QStringList sources { u"orders"_s, u"payments"_s, u"catalogue"_s };
        const QStringList messages { u"timed out"_s, u"refused"_s };
        for (int id = 1; id <= 3000; ++id)
            stored.append(letter(id, sources[id % 3], u"UpstreamTimeout"_s, messages[id % 2]));
        connectWith(stored, 1000);
        loadEverything();
        QSet<QString> distinct;
        for (const DeadLetter &l : std::as_const(stored))
            distinct.unite({ l.source, l.error.errorClass, l.error.message, l.fingerprint,
                l.destination, l.error.vendorCode });
        QCOMPARE(m_model->strings().count(), distinct.size() + 1); // + the empty string
        QVERIFY2(m_model->bytesHeld() / m_model->rowCount() < 200,
            qPrintable(QString::number(m_model->bytesHeld())));
    }

    void longAndMultiLineMessagesStayOneShortLine()
    {
        const QString longMessage = QString(5000, u'x');
        connectWith({ letter(1, u"a"_s, u"E"_s, longMessage),
                        letter(2, u"a"_s, u"E"_s, u"first line\nsecond line"_s) },
            10);
        const QModelIndex multi = m_model->index(m_model->rowOfId(2), DeadLetterModel::Message);
        QCOMPARE(multi.data().toString(), u"first line second line"_s);
        QCOMPARE(multi.data(Qt::ToolTipRole).toString(), u"first line\nsecond line"_s);
        const QString cut
            = m_model->index(m_model->rowOfId(1), DeadLetterModel::Message).data().toString();
        QCOMPARE(cut.size(), DeadLetterModel::MaxMessageLength);
        QVERIFY(cut.endsWith(u'\u2026'));
        QVERIFY(longMessage.startsWith(cut.chopped(1)));
    }

    void destroyedBackendStopsTheWait()
    {
        m_backend->letters = letters(5);
        m_model->setBackend(m_backend.get());
        QVERIFY(m_model->isLoading());
        m_backend.reset();
        QVERIFY(!m_model->isLoading());
        QVERIFY(!m_model->canFetchMore({}));
        m_model->fetchMore({});
        m_model->invalidate();
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterModel)
#include "tst_deadlettermodel.moc"
