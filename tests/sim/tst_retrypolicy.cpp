// SPDX-License-Identifier: MIT
#include "sim/retrypolicy.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
CallOutcome failure(
    int httpStatus, bool timedOut = false, bool notPermitted = false, qint64 retryAfterMs = 0)
{
    CallOutcome o;
    o.ok = false;
    o.httpStatus = httpStatus;
    o.timedOut = timedOut;
    o.notPermitted = notPermitted;
    o.retryAfterMs = retryAfterMs;
    return o;
}

/** The ERP scenario: 5 s, 10 s, 20 s, then dead-letter. */
RetryPolicy erpPolicy()
{
    return RetryPolicy { 4, Backoff { 5000, 2, 300000, Backoff::Jitter::None } };
}
} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classification_data()
    {
        QTest::addColumn<CallOutcome>("outcome");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<QString>("reason");
        QTest::addRow("400") << failure(400) << false << u"HTTP 400 Bad Request is not retryable"_s;
        QTest::addRow("404") << failure(404) << false << u"HTTP 404 Not Found is not retryable"_s;
        QTest::addRow("408") << failure(408) << true << QString();
        QTest::addRow("409") << failure(409) << false << u"HTTP 409 Conflict is not retryable"_s;
        QTest::addRow("422") << failure(422) << false
                             << u"HTTP 422 Unprocessable Content is not retryable"_s;
        QTest::addRow("429") << failure(429) << true << QString();
        QTest::addRow("500") << failure(500) << true << QString();
        QTest::addRow("502") << failure(502) << true << QString();
        QTest::addRow("503") << failure(503) << true << QString();
        QTest::addRow("timeout") << failure(0, true) << true << QString();
        QTest::addRow("not permitted")
            << CallOutcome::refusedByBreaker(u"erp"_s, u"OPEN"_s) << true << QString();
    }
    void classification()
    {
        QFETCH(CallOutcome, outcome);
        QFETCH(bool, retry);
        QFETCH(QString, reason);
        QRandomGenerator rng(1);
        QCOMPARE(RetryPolicy::isRetryable(outcome), retry);
        const RetryDecision d = erpPolicy().decide(outcome, 1, rng);
        QCOMPARE(
            d.action, retry ? RetryDecision::Action::Retry : RetryDecision::Action::DeadLetter);
        QCOMPARE(d.reason, reason);
        QCOMPARE(d.delayMs, retry ? 5000 : 0);
    }

    void erpSequenceIsFiveTenTwentyThenDeadLetter()
    {
        const RetryPolicy policy = erpPolicy();
        QRandomGenerator rng(1);
        QList<qint64> delays;
        RetryDecision d;
        int attempts = 0;
        for (;;) {
            ++attempts;
            d = policy.decide(failure(503), attempts, rng);
            if (d.action != RetryDecision::Action::Retry)
                break;
            delays.append(d.delayMs);
        }
        QCOMPARE(delays, (QList<qint64> { 5000, 10000, 20000 }));
        QCOMPARE(attempts, 4);
        QCOMPARE(d.action, RetryDecision::Action::DeadLetter);
        QCOMPARE(d.reason, u"retries exhausted after 4 attempts"_s);
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("delayMs");
        QTest::addRow("429 longer than backoff") << 429 << qint64(30000) << 1 << qint64(30000);
        QTest::addRow("503 longer than backoff") << 503 << qint64(12000) << 2 << qint64(12000);
        QTest::addRow("429 shorter than backoff") << 429 << qint64(1000) << 3 << qint64(20000);
        QTest::addRow("500 ignores Retry-After") << 500 << qint64(30000) << 1 << qint64(5000);
    }
    void retryAfterIsHonoured()
    {
        QFETCH(int, status);
        QFETCH(qint64, retryAfterMs);
        QFETCH(int, attempt);
        QFETCH(qint64, delayMs);
        QRandomGenerator rng(1);
        const RetryDecision d
            = erpPolicy().decide(failure(status, false, false, retryAfterMs), attempt, rng);
        QCOMPARE(d.action, RetryDecision::Action::Retry);
        QCOMPARE(d.delayMs, delayMs);
    }

    void successNeedsNothing()
    {
        QRandomGenerator rng(1);
        CallOutcome ok;
        ok.httpStatus = 200;
        QCOMPARE(erpPolicy().decide(ok, 4, rng).action, RetryDecision::Action::Delivered);
    }

    void jitteredDelaysStayUnderTheBackoff()
    {
        RetryPolicy p { 10, Backoff { 1000, 2, 16000, Backoff::Jitter::Full } };
        QRandomGenerator rng(3);
        bool varied = false;
        for (int attempt = 1; attempt < 10; ++attempt) {
            const qint64 ceiling = p.backoff.ceilingFor(attempt);
            for (int i = 0; i < 200; ++i) {
                const RetryDecision d = p.decide(failure(500), attempt, rng);
                QCOMPARE(d.action, RetryDecision::Action::Retry);
                QVERIFY(d.delayMs >= 0 && d.delayMs <= ceiling);
                varied = varied || d.delayMs != ceiling;
            }
        }
        QVERIFY(varied);
    }

    void jsonRoundTrip()
    {
        const RetryPolicy p { 6, Backoff { 250, 3, 9000, Backoff::Jitter::Full } };
        const auto parsed = RetryPolicy::fromJson(
            QJsonDocument::fromJson(QJsonDocument(p.toJson()).toJson()).object());
        QVERIFY(parsed);
        QCOMPARE(*parsed, p);
    }

    void jsonRejectsBadValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("no attempts")
            << R"({"maxAttempts":0})"_ba << u"maxAttempts must be at least 1 (got 0)"_s;
        QTest::addRow("bad backoff") << R"({"backoff":{"multiplier":0}})"_ba
                                     << u"backoff: multiplier must be at least 1 (got 0)"_s;
        QTest::addRow("backoff not an object")
            << R"({"backoff":5})"_ba << u"backoff must be an object"_s;
    }
    void jsonRejectsBadValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!RetryPolicy::fromJson(QJsonDocument::fromJson(json).object(), &why));
        QCOMPARE(why, error);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
