// SPDX-License-Identifier: MIT
#include "core/backoff.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBackoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exponentialWithCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("attempt 0 counts as 1") << 0 << qint64(100);
        QTest::addRow("attempt 1") << 1 << qint64(100);
        QTest::addRow("attempt 2") << 2 << qint64(250);
        QTest::addRow("attempt 3") << 3 << qint64(625);
        QTest::addRow("attempt 4 capped") << 4 << qint64(1000);
        QTest::addRow("attempt 1000 capped, no overflow") << 1000 << qint64(1000);
    }
    void exponentialWithCap()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, expected);
        const Backoff b { 100, 2.5, 1000, Backoff::Jitter::None };
        QRandomGenerator rng(1);
        QCOMPARE(b.delayFor(attempt, rng), expected);
        QCOMPARE(b.ceilingFor(attempt), expected);
    }

    void fullJitterStaysWithinBoundsAndSpreads_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::addRow("below the cap") << 3 << qint64(2000);
        QTest::addRow("at the cap") << 12 << qint64(30000);
    }
    void fullJitterStaysWithinBoundsAndSpreads()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        const Backoff b { 500, 2, 30000, Backoff::Jitter::Full };
        QCOMPARE(b.ceilingFor(attempt), ceiling);
        QRandomGenerator rng(42);
        const int samples = 20000;
        qint64 lowest = ceiling, highest = 0;
        double sum = 0;
        for (int i = 0; i < samples; ++i) {
            const qint64 d = b.delayFor(attempt, rng);
            QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QString::number(d)));
            lowest = std::min(lowest, d);
            highest = std::max(highest, d);
            sum += double(d);
        }
        // Uniform on [0, ceiling]: the mean sits in the middle, the extremes are reached.
        const double mean = sum / samples;
        QVERIFY2(
            std::abs(mean - ceiling / 2.0) < ceiling * 0.02, qPrintable(QString::number(mean)));
        QVERIFY(lowest < ceiling / 100);
        QVERIFY(highest > ceiling - ceiling / 100);
    }

    void sameSeedSameDelays()
    {
        const Backoff b { 1000, 2, 60000, Backoff::Jitter::Full };
        QRandomGenerator a(7), c(7);
        for (int attempt = 1; attempt < 50; ++attempt)
            QCOMPARE(b.delayFor(attempt, a), b.delayFor(attempt, c));
    }

    void jsonRoundTrip()
    {
        const Backoff b { 250, 1.5, 8000, Backoff::Jitter::Full };
        const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(b.toJson()).toJson()).object();
        QCOMPARE(o.value(u"jitter"_s).toString(), u"full"_s);
        const auto parsed = Backoff::fromJson(o);
        QVERIFY(parsed);
        QCOMPARE(*parsed, b);
    }

    void jsonRejectsBadValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("negative initial")
            << R"({"initialMs":-1})"_ba << u"initialMs must not be negative (got -1)"_s;
        QTest::addRow("shrinking")
            << R"({"multiplier":0.5})"_ba << u"multiplier must be at least 1 (got 0.5)"_s;
        QTest::addRow("cap below initial") << R"({"initialMs":5000,"maxMs":100})"_ba
                                           << u"maxMs (100) must not be below initialMs (5000)"_s;
        QTest::addRow("unknown jitter")
            << R"({"jitter":"half"})"_ba << u"jitter must be \"none\" or \"full\" (got \"half\")"_s;
        QTest::addRow("string number") << R"({"maxMs":"1000"})"_ba << u"maxMs must be a number"_s;
    }
    void jsonRejectsBadValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!Backoff::fromJson(QJsonDocument::fromJson(json).object(), &why));
        QCOMPARE(why, error);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
