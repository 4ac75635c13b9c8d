// SPDX-License-Identifier: MIT
#include "core/backendresult.h"
#include "core/problem.h"
#include "core/result.h"

#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

// Moving a Result must never copy what it holds, nor throw (containers of results reallocate).
static_assert(std::is_nothrow_move_constructible_v<Result<QString>>);
static_assert(std::is_nothrow_move_constructible_v<Result<QString, Problem>>);
static_assert(std::is_nothrow_move_constructible_v<Result<void, QString>>);

namespace {

Result<int, Problem> parsePositive(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        return Problem { 400, u"Bad Request"_s, u"not a positive number: %1"_s.arg(text), {} };
    return n;
}

Result<void, QString> requireNonEmpty(const QString &text)
{
    if (text.isEmpty())
        return u"empty"_s;
    return {};
}

} // namespace

class TestResult : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void holdsValue()
    {
        const Result<int, Problem> r = parsePositive(u"42"_s);
        QVERIFY(r.ok());
        QVERIFY(bool(r));
        QCOMPARE(r.value(), 42);
        QCOMPARE(r.valueOr(7), 42);
    }

    void holdsError()
    {
        const Result<int, Problem> r = parsePositive(u"-3"_s);
        QVERIFY(!r.ok());
        QVERIFY(!bool(r));
        QCOMPARE(r.error().status, 400);
        QCOMPARE(r.error().detail, u"not a positive number: -3"_s);
        QCOMPARE(r.valueOr(7), 7);
    }

    void defaultErrorIsBackendError()
    {
        const Result<QString> failed = BackendError::cancelled();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.errorKind(), std::optional(BackendError::Kind::Cancelled));
        const Result<QString> fine = u"x"_s;
        QCOMPARE(fine.errorKind(), std::nullopt);
    }

    void sameTypeOnBothSidesNeedsFailure()
    {
        // A Result<QString, QString> cannot guess: a plain QString is the value,
        // Failure marks the error.
        const Result<QString, QString> value = u"payload"_s;
        const Result<QString, QString> error = Failure(u"could not read"_s);
        QVERIFY(value.ok());
        QCOMPARE(value.value(), u"payload"_s);
        QVERIFY(!error.ok());
        QCOMPARE(error.error(), u"could not read"_s);
    }

    void voidResult()
    {
        const Result<void, QString> fine = requireNonEmpty(u"a"_s);
        QVERIFY(fine.ok());
        const Result<void, QString> failed = requireNonEmpty({});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), u"empty"_s);
        const Result<void> backend = BackendError::unsupported(u"purge"_s);
        QCOMPARE(backend.errorKind(), std::optional(BackendError::Kind::Unsupported));
    }

    void movesWithoutCopying()
    {
        // A move-only value proves no copy happens on the way in or out.
        Result<std::unique_ptr<int>, QString> r = std::make_unique<int>(5);
        QVERIFY(r.ok());
        std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 5);

        Result<int, QString> failed = Failure(u"gone"_s);
        const QString message = std::move(failed).error();
        QCOMPARE(message, u"gone"_s);
    }

    void mapTransformsOnlyTheValue()
    {
        const auto doubled
            = parsePositive(u"21"_s).map([](int n) { return QString::number(n * 2); });
        static_assert(std::is_same_v<decltype(doubled), const Result<QString, Problem>>);
        QCOMPARE(doubled.value(), u"42"_s);

        int calls = 0;
        const auto failed = parsePositive(u"x"_s).map([&](int n) {
            ++calls;
            return n;
        });
        QCOMPARE(calls, 0);
        QCOMPARE(failed.error().detail, u"not a positive number: x"_s);
    }

    void andThenChainsAndStopsAtTheFirstError()
    {
        auto half = [](int n) -> Result<int, Problem> {
            if (n % 2)
                return Problem { 422, u"Unprocessable Content"_s, u"odd"_s, {} };
            return n / 2;
        };
        QCOMPARE(parsePositive(u"8"_s).andThen(half).andThen(half).value(), 2);
        const auto odd = parsePositive(u"6"_s).andThen(half).andThen(half);
        QCOMPARE(odd.error().status, 422);
        const auto bad = parsePositive(u"0"_s).andThen(half);
        QCOMPARE(bad.error().status, 400);

        const Result<void, QString> fine;
        QCOMPARE(fine.andThen([]() -> Result<int, QString> { return 3; }).value(), 3);
        const Result<void, QString> failed = u"no"_s;
        QCOMPARE(failed.andThen([]() -> Result<int, QString> { return 3; }).error(), u"no"_s);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
