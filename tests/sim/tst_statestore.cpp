// SPDX-License-Identifier: MIT
#include "sim/simdatabase.h"
#include "sim/statestore.h"
#include "tests/sim/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStateStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forcedOpenBreakerSurvivesRestart()
    {
        const QString path = m_dir.filePath(u"restart.sqlite"_s);
        const QJsonObject forced { { u"name"_s, u"erp"_s }, { u"state"_s, u"FORCED_OPEN"_s },
            { u"reason"_s, u"vendor maintenance"_s } };
        {
            auto db = openTestDatabase(path);
            StateStore state(*db);
            QVERIFY(state.put(u"breaker"_s, u"erp"_s, forced));
            QVERIFY(state.put(u"breaker"_s, u"payments"_s, { { u"state"_s, u"CLOSED"_s } }));
        }
        auto db = openTestDatabase(path);
        StateStore state(*db);
        QCOMPARE(state.get(u"breaker"_s, u"erp"_s), forced);
        QCOMPARE(state.all(u"breaker"_s).keys(), (QStringList { u"erp"_s, u"payments"_s }));
    }

    void putReplacesTheWholeDocument()
    {
        auto db = openTestDatabase(m_dir.filePath(u"replace.sqlite"_s));
        StateStore state(*db);
        QVERIFY(state.put(
            u"sync"_s, u"job-1"_s, { { u"state"_s, u"RUNNING"_s }, { u"processed"_s, 10 } }));
        QVERIFY(state.put(u"sync"_s, u"job-1"_s, { { u"state"_s, u"DONE"_s } }));
        QCOMPARE(state.get(u"sync"_s, u"job-1"_s), (QJsonObject { { u"state"_s, u"DONE"_s } }));
        QCOMPARE(state.all(u"sync"_s).size(), 1);
    }

    void kindsAreSeparate()
    {
        auto db = openTestDatabase(m_dir.filePath(u"kinds.sqlite"_s));
        StateStore state(*db);
        QVERIFY(state.put(u"breaker"_s, u"erp"_s, { { u"state"_s, u"OPEN"_s } }));
        QVERIFY(state.put(u"faults"_s, u"erp"_s, { { u"errorRate"_s, 0.5 } }));
        QCOMPARE(state.get(u"faults"_s, u"erp"_s)->value(u"errorRate"_s).toDouble(), 0.5);
        QVERIFY(!state.get(u"sync"_s, u"erp"_s));
        QVERIFY(state.all(u"sync"_s).isEmpty());

        QVERIFY(state.remove(u"breaker"_s, u"erp"_s));
        QVERIFY(!state.remove(u"breaker"_s, u"erp"_s));
        QVERIFY(!state.get(u"breaker"_s, u"erp"_s));
        QVERIFY(state.get(u"faults"_s, u"erp"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
