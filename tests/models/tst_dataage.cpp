// SPDX-License-Identifier: MIT
#include "models/dataage.h"
#include "models/durationtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDataAge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addRow("negative") << -5000LL << u"0 s"_s;
        QTest::addRow("under a second") << 999LL << u"0 s"_s;
        QTest::addRow("seconds") << 3400LL << u"3 s"_s;
        QTest::addRow("a minute") << 60'000LL << u"1 min"_s;
        QTest::addRow("minutes and seconds") << 125'000LL << u"2 min 5 s"_s;
        QTest::addRow("hours") << 3LL * 3600'000 + 12 * 60'000 + 59'000 << u"3 h 12 min"_s;
        QTest::addRow("days") << 2LL * 86'400'000 + 4 * 3600'000 << u"2 d 4 h"_s;
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QTEST(durationText(ms), "text");
    }

    void describe_data()
    {
        QTest::addColumn<qint64>("updatedMs");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QString>("text");
        constexpr qint64 now = 1'800'000'000'000;
        QTest::addRow("fresh") << now - 3000 << false << u"updated 3 s ago"_s;
        QTest::addRow("stale") << now - 120'000 << true
                               << u"back end unreachable, data from 2 min ago"_s;
        QTest::addRow("never loaded") << 0LL << false << u"not loaded yet"_s;
        QTest::addRow("never loaded, unreachable")
            << 0LL << true << u"back end unreachable, nothing loaded yet"_s;
    }
    void describe()
    {
        QFETCH(qint64, updatedMs);
        QFETCH(bool, stale);
        const DataAge age { updatedMs, stale };
        QTEST(age.describe(1'800'000'000'000), "text");
    }
};

QTEST_GUILESS_MAIN(TestDataAge)
#include "tst_dataage.moc"
