// SPDX-License-Identifier: MIT
#include "core/operation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr OperationKind allKinds[]
    = { OperationKind::Retry, OperationKind::Delete, OperationKind::Purge,
          OperationKind::ResetBreakers, OperationKind::CancelSyncs, OperationKind::Move };
constexpr OperationState allStates[] = { OperationState::Queued, OperationState::Running,
    OperationState::Paused, OperationState::Succeeded, OperationState::Incomplete,
    OperationState::Failed, OperationState::Cancelled };
constexpr OperationItemOutcome allOutcomes[] = { OperationItemOutcome::Pending,
    OperationItemOutcome::Succeeded, OperationItemOutcome::Failed, OperationItemOutcome::Skipped };

// 2026-12-05T09:00:00Z: whole milliseconds, as the wire carries them.
constexpr qint64 t0 = 1'796'461'200'000;

/** An operation with every field set, so a field the codec drops shows up as a difference. */
Operation fullOperation(OperationKind kind, OperationState state)
{
    Operation op;
    op.id = u"op-12"_s;
    op.kind = kind;
    op.state = state;
    if (kind == OperationKind::ResetBreakers || kind == OperationKind::CancelSyncs)
        op.selector.names = { u"payments"_s, u"erp"_s };
    else
        op.selector.filter = u"source:shop error:Timeout"_s;
    op.selector.highWater = 4711;
    op.ratePerSecond = 12.5;
    op.idempotencyKey = u"key-1"_s;
    op.reason = u"ticket 42: upstream fixed"_s;
    op.actor = u"operator"_s;
    if (kind == OperationKind::Move)
        op.target = u"orders.parking"_s;
    op.counts = { 100, 60, 5, 10 };
    op.itemsPerSecond = 9.75;
    op.etaSeconds = isFinished(state) ? -1 : 3;
    op.skippedBy = QJsonObject { { u"gone"_s, 4 }, { u"cancelled"_s, 6 } };
    if (isFinished(state))
        op.reconciliation = u"25 items not accounted for"_s;
    op.createdMs = t0;
    op.startedMs = state == OperationState::Queued ? 0 : t0 + 1500;
    op.finishedMs = isFinished(state) ? t0 + 60'000 : 0;
    return op;
}

} // namespace

class TestOperation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (OperationKind k : allKinds)
            QCOMPARE(operationKindFromName(operationKindName(k)), std::optional(k));
        for (OperationState s : allStates)
            QCOMPARE(operationStateFromName(operationStateName(s)), std::optional(s));
        for (OperationItemOutcome o : allOutcomes)
            QCOMPARE(operationItemOutcomeFromName(operationItemOutcomeName(o)), std::optional(o));
        // The wire names are the documented ones, exactly (case matters).
        QCOMPARE(operationKindName(OperationKind::ResetBreakers), u"reset-breakers"_s);
        QCOMPARE(operationStateName(OperationState::Incomplete), u"incomplete"_s);
        QCOMPARE(operationActionName(OperationAction::Resume), u"resume"_s);
        QCOMPARE(operationKindFromName(u"Retry"), std::nullopt);
        QCOMPARE(operationStateFromName(u""), std::nullopt);
        QCOMPARE(operationItemOutcomeFromName(u"done"), std::nullopt);
    }

    void operationRoundTrip_data()
    {
        QTest::addColumn<OperationKind>("kind");
        QTest::addColumn<OperationState>("state");
        for (OperationKind k : allKinds)
            for (OperationState s : allStates)
                QTest::addRow(
                    "%s %s", qPrintable(operationKindName(k)), qPrintable(operationStateName(s)))
                    << k << s;
    }
    void operationRoundTrip()
    {
        QFETCH(OperationKind, kind);
        QFETCH(OperationState, state);
        const Operation op = fullOperation(kind, state);
        // Through bytes, as it travels: a value that only survives in memory does not count.
        const QJsonObject wire
            = QJsonDocument::fromJson(QJsonDocument(op.toJson()).toJson()).object();
        const auto back = Operation::fromJson(wire);
        QVERIFY(back);
        QCOMPARE(*back, op);
        QCOMPARE(wire.value(u"counts"_s).toObject().value(u"pending"_s).toInteger(), 25);
    }

    void unknownTimesAndEtaAreNull()
    {
        Operation op = fullOperation(OperationKind::Retry, OperationState::Queued);
        op.etaSeconds = -1;
        op.idempotencyKey.clear();
        const QJsonObject o = op.toJson();
        QVERIFY(o.value(u"startedAt"_s).isNull());
        QVERIFY(o.value(u"finishedAt"_s).isNull());
        QVERIFY(o.value(u"etaSeconds"_s).isNull());
        QVERIFY(o.value(u"idempotencyKey"_s).isNull());
        QVERIFY(!o.contains(u"target"_s));
        QCOMPARE(Operation::fromJson(o), std::optional(op));
    }

    void selectorRoundTrip_data()
    {
        QTest::addColumn<OperationSelector>("selector");
        OperationSelector ids;
        ids.ids = { 1, 2, 9'007'199'254'740'992 }; // 2^53: the largest id a JSON number holds
        QTest::addRow("ids") << ids;
        OperationSelector names;
        names.names = { u"payments"_s };
        QTest::addRow("names") << names;
        OperationSelector everything;
        everything.filter = QString();
        everything.highWater = 10;
        QTest::addRow("empty filter: every letter") << everything;
        QTest::addRow("nothing") << OperationSelector {};
    }
    void selectorRoundTrip()
    {
        QFETCH(OperationSelector, selector);
        QCOMPARE(OperationSelector::fromJson(selector.toJson()), std::optional(selector));
    }

    void requestRoundTrip_data()
    {
        QTest::addColumn<OperationKind>("kind");
        QTest::addColumn<bool>("dryRun");
        for (OperationKind k : allKinds) {
            QTest::addRow("%s", qPrintable(operationKindName(k))) << k << false;
            QTest::addRow("%s dry run", qPrintable(operationKindName(k))) << k << true;
        }
    }
    void requestRoundTrip()
    {
        QFETCH(OperationKind, kind);
        QFETCH(bool, dryRun);
        OperationRequest r;
        r.kind = kind;
        r.selector.ids = { 3, 4 };
        r.dryRun = dryRun;
        r.ratePerSecond = 50;
        r.idempotencyKey = u"k"_s;
        r.reason = u"why"_s;
        if (kind == OperationKind::Move)
            r.target = u"elsewhere"_s;
        QCOMPARE(OperationRequest::fromJson(r.toJson()), std::optional(r));
    }

    void planRoundTrip()
    {
        OperationPlan p;
        p.kind = OperationKind::Delete;
        p.selected = 1234;
        p.highWater = 99;
        p.bySource
            = { { u"shop"_s, u"shop"_s, u"shop"_s, 1000 }, { u"erp"_s, u"erp"_s, u"erp"_s, 234 } };
        p.byGroup = { { u"f00d"_s, u"Timeout: no answer"_s, u"shop"_s, 1234 } };
        p.sample = { QJsonObject { { u"id"_s, 7 } } };
        const QJsonObject o = p.toJson();
        QCOMPARE(o.value(u"dryRun"_s), QJsonValue(true));
        QCOMPARE(OperationPlan::fromJson(o), std::optional(p));
    }

    void itemRoundTrip_data()
    {
        QTest::addColumn<OperationItemOutcome>("outcome");
        for (OperationItemOutcome o : allOutcomes)
            QTest::addRow("%s", qPrintable(operationItemOutcomeName(o))) << o;
    }
    void itemRoundTrip()
    {
        QFETCH(OperationItemOutcome, outcome);
        OperationItem i;
        i.key = u"17"_s;
        i.source = u"shop"_s;
        i.outcome = outcome;
        if (outcome == OperationItemOutcome::Failed || outcome == OperationItemOutcome::Skipped)
            i.detail = u"gone"_s;
        i.finishedMs = outcome == OperationItemOutcome::Pending ? 0 : t0 + 5;
        QCOMPARE(OperationItem::fromJson(i.toJson()), std::optional(i));
    }

    // Bad input from a server or a journal is refused as a whole: nullopt, never a crash, never a
    // half-read value with a zero where a field was garbage.
    void operationRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good
            = QJsonDocument(fullOperation(OperationKind::Retry, OperationState::Running).toJson())
                  .toJson(QJsonDocument::Compact);
        QVERIFY(Operation::fromJson(QJsonDocument::fromJson(good).object()));
        auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject o = QJsonDocument::fromJson(good).object();
            if (value.isUndefined())
                o.remove(QLatin1StringView(key));
            else
                o.insert(QLatin1StringView(key), value);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        auto withCount = [&](const char *key, const QJsonValue &value) {
            QJsonObject counts
                = QJsonDocument::fromJson(good).object().value(u"counts"_s).toObject();
            counts.insert(QLatin1StringView(key), value);
            return with("counts", counts);
        };
        QTest::addRow("empty object") << QByteArray("{}");
        QTest::addRow("missing id") << with("id", QJsonValue::Undefined);
        QTest::addRow("empty id") << with("id", u""_s);
        QTest::addRow("id not a string") << with("id", 12);
        QTest::addRow("missing kind") << with("kind", QJsonValue::Undefined);
        QTest::addRow("unknown kind") << with("kind", u"explode"_s);
        QTest::addRow("kind as a number") << with("kind", 0);
        QTest::addRow("unknown state") << with("state", u"exploded"_s);
        QTest::addRow("state in capitals") << with("state", u"RUNNING"_s);
        QTest::addRow("missing counts") << with("counts", QJsonValue::Undefined);
        QTest::addRow("counts as an array") << with("counts", QJsonArray { 1, 2, 3, 4 });
        QTest::addRow("count as a string") << withCount("selected", u"100"_s);
        QTest::addRow("count missing") << withCount("failed", QJsonValue::Null);
        QTest::addRow("huge count") << withCount("selected", 1e300);
        QTest::addRow("negative count") << withCount("succeeded", -1);
        QTest::addRow("fractional count") << withCount("skipped", 2.5);
        QTest::addRow("selector ids not an array")
            << with("selector", QJsonObject { { u"ids"_s, u"1,2"_s } });
        QTest::addRow("selector id zero")
            << with("selector", QJsonObject { { u"ids"_s, QJsonArray { 0 } } });
        QTest::addRow("selector id huge")
            << with("selector", QJsonObject { { u"ids"_s, QJsonArray { 1e300 } } });
        QTest::addRow("selector id a string")
            << with("selector", QJsonObject { { u"ids"_s, QJsonArray { u"7"_s } } });
        QTest::addRow("selector empty name")
            << with("selector", QJsonObject { { u"names"_s, QJsonArray { u""_s } } });
        QTest::addRow("selector filter a number")
            << with("selector", QJsonObject { { u"filter"_s, 5 } });
        QTest::addRow("selector negative high water")
            << with("selector", QJsonObject { { u"highWater"_s, -3 } });
    }
    void operationRefusesBadInput()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(Operation::fromJson(QJsonDocument::fromJson(json).object()), std::nullopt);
    }

    void requestRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("empty object") << QByteArray("{}");
        QTest::addRow("unknown kind")
            << QByteArray(R"({"kind":"retry-all","selector":{"ids":[1]},"reason":"r"})");
        QTest::addRow("missing selector") << QByteArray(R"({"kind":"retry","reason":"r"})");
        QTest::addRow("selector a string")
            << QByteArray(R"({"kind":"retry","selector":"all","reason":"r"})");
        QTest::addRow("ids of the wrong type")
            << QByteArray(R"({"kind":"delete","selector":{"ids":[true]},"reason":"r"})");
        QTest::addRow("huge id") << QByteArray(
            R"({"kind":"delete","selector":{"ids":[1e400]},"reason":"r"})");
        QTest::addRow("names not strings")
            << QByteArray(R"({"kind":"reset-breakers","selector":{"names":[1]},"reason":"r"})");
    }
    void requestRefusesBadInput()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(OperationRequest::fromJson(QJsonDocument::fromJson(json).object()), std::nullopt);
    }

    void planRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("empty object") << QByteArray("{}");
        QTest::addRow("unknown kind")
            << QByteArray(R"({"kind":"x","selected":1,"bySource":[],"byGroup":[]})");
        QTest::addRow("selected missing")
            << QByteArray(R"({"kind":"retry","bySource":[],"byGroup":[]})");
        QTest::addRow("selected huge")
            << QByteArray(R"({"kind":"retry","selected":1e300,"bySource":[],"byGroup":[]})");
        QTest::addRow("bySource not an array")
            << QByteArray(R"({"kind":"retry","selected":1,"bySource":{},"byGroup":[]})");
        QTest::addRow("entry without a key")
            << QByteArray(R"({"kind":"retry","selected":1,"bySource":[{"count":1}],"byGroup":[]})");
        QTest::addRow("entry count a string") << QByteArray(
            R"({"kind":"retry","selected":1,"bySource":[],"byGroup":[{"key":"f","count":"1"}]})");
    }
    void planRefusesBadInput()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(OperationPlan::fromJson(QJsonDocument::fromJson(json).object()), std::nullopt);
    }

    void itemRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("empty object") << QByteArray("{}");
        QTest::addRow("missing key") << QByteArray(R"({"outcome":"failed"})");
        QTest::addRow("key a number") << QByteArray(R"({"key":17,"outcome":"failed"})");
        QTest::addRow("unknown outcome") << QByteArray(R"({"key":"17","outcome":"lost"})");
        QTest::addRow("outcome missing") << QByteArray(R"({"key":"17"})");
    }
    void itemRefusesBadInput()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(OperationItem::fromJson(QJsonDocument::fromJson(json).object()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
