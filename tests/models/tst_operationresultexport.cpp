// SPDX-License-Identifier: MIT
// The result summary an operator exports from the bulk dialog or bwctl.
#include "core/wiretime.h"
#include "models/operationresultexport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 t0 = 1'795'000'000'000;

Operation finishedRetry(OperationState state = OperationState::Succeeded)
{
    Operation op;
    op.id = u"op-12"_s;
    op.kind = OperationKind::Retry;
    op.state = state;
    op.selector.filter = u"source:erp error:Timeout"_s;
    op.selector.highWater = 4200;
    op.reason = u"INC-7, replay after \"fix\""_s;
    op.actor = u"operator"_s;
    op.counts = { 6, 3, 1, 2 };
    op.skippedBy = QJsonObject { { u"gone"_s, 2 } };
    op.reconciliation = u"selected 6 = succeeded 3 + failed 1 + skipped 2"_s;
    op.createdMs = t0;
    op.startedMs = t0 + 1000;
    op.finishedMs = t0 + 9000;
    return op;
}

OperationItem item(const QString &key, OperationItemOutcome outcome, const QString &detail = {})
{
    OperationItem i;
    i.key = key;
    i.source = u"erp"_s;
    i.outcome = outcome;
    i.detail = detail;
    i.finishedMs = t0 + 5000;
    return i;
}

QList<OperationItem> allItems()
{
    return { item(u"101"_s, OperationItemOutcome::Succeeded),
        item(u"102"_s, OperationItemOutcome::Succeeded),
        item(u"103"_s, OperationItemOutcome::Failed, u"=HYPERLINK(\"x\"), upstream 503"_s),
        item(u"104"_s, OperationItemOutcome::Succeeded),
        item(u"105"_s, OperationItemOutcome::Skipped, u"gone"_s),
        item(u"106"_s, OperationItemOutcome::Skipped, u"gone"_s) };
}

/** The CSV's item table: every line after the empty separator line. */
QList<QByteArray> itemLines(const QByteArray &csv)
{
    const qsizetype blank = csv.indexOf("\n\n");
    return blank < 0 ? QList<QByteArray> {} : csv.mid(blank + 2).trimmed().split('\n');
}

QByteArray fieldValue(const QByteArray &csv, const QByteArray &name)
{
    for (const QByteArray &line : csv.left(csv.indexOf("\n\n")).split('\n'))
        if (line.startsWith(QByteArray(name).append(',')))
            return line.mid(name.size() + 1);
    return "<missing>";
}

} // namespace

class TestOperationResultExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvHasSummaryAndOnlyItemsThatDidNotSucceed()
    {
        const OperationResultExport result(finishedRetry(), allItems());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(result.writeCsv(&buffer, &error), qPrintable(error));
        const QByteArray csv = buffer.data();

        QVERIFY(csv.startsWith("field,value\n"));
        QCOMPARE(fieldValue(csv, "id"), "op-12");
        QCOMPARE(fieldValue(csv, "kind"), "retry");
        QCOMPARE(fieldValue(csv, "state"), "succeeded");
        QCOMPARE(fieldValue(csv, "selector"), "filter:source:erp error:Timeout highWater:4200");
        QCOMPARE(fieldValue(csv, "reason"), "\"INC-7, replay after \"\"fix\"\"\"");
        QCOMPARE(fieldValue(csv, "selected"), "6");
        QCOMPARE(fieldValue(csv, "succeeded"), "3");
        QCOMPARE(fieldValue(csv, "failed"), "1");
        QCOMPARE(fieldValue(csv, "skipped"), "2");
        QCOMPARE(fieldValue(csv, "pending"), "0");
        QCOMPARE(fieldValue(csv, "reconciled"), "true");
        QCOMPARE(fieldValue(csv, "skipped.gone"), "2");
        QCOMPARE(fieldValue(csv, "finishedAt"), WireTime::format(t0 + 9000).toUtf8());

        const QList<QByteArray> lines = itemLines(csv);
        QCOMPARE(lines.size(), 4); // header + 3 items that did not succeed
        QCOMPARE(lines.at(0), "key,source,outcome,detail,finishedAt");
        // An upstream's message must not run as a spreadsheet formula.
        QCOMPARE(lines.at(1),
            "103,erp,failed,\"'=HYPERLINK(\"\"x\"\"), upstream 503\","
                + WireTime::format(t0 + 5000).toUtf8());
        QVERIFY(lines.at(2).startsWith("105,erp,skipped,gone,"));
        QVERIFY(lines.at(3).startsWith("106,erp,skipped,gone,"));
    }

    void reconciledOnlyWhenFinishedWithNothingPending_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("succeeded");
        QTest::addColumn<bool>("reconciled");
        QTest::addRow("succeeded, all counted") << int(OperationState::Succeeded) << 3LL << true;
        QTest::addRow("incomplete, two unaccounted")
            << int(OperationState::Incomplete) << 1LL << false;
        QTest::addRow("still running") << int(OperationState::Running) << 3LL << false;
        QTest::addRow("cancelled, all counted") << int(OperationState::Cancelled) << 3LL << true;
    }
    void reconciledOnlyWhenFinishedWithNothingPending()
    {
        QFETCH(int, state);
        QFETCH(qint64, succeeded);
        QFETCH(bool, reconciled);
        Operation op = finishedRetry(OperationState(state));
        op.counts.succeeded = succeeded;
        const OperationResultExport result(op, {});
        QCOMPARE(result.isReconciled(), reconciled);
        QCOMPARE(fieldValue(result.toCsv(), "reconciled"), reconciled ? "true" : "false");
        QCOMPARE(fieldValue(result.toCsv(), "pending"), QByteArray::number(op.counts.pending()));
        QCOMPARE(result.toJson(t0).value(u"reconciled"_s).toBool(), reconciled);
    }

    void jsonIsTheWireFormatAndReadsBack()
    {
        const Operation op = finishedRetry(OperationState::Incomplete);
        const OperationResultExport result(op, allItems());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(result.writeJson(&buffer, t0 + 60'000));
        QJsonParseError parseError;
        const QJsonObject doc = QJsonDocument::fromJson(buffer.data(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        QCOMPARE(Operation::fromJson(doc.value(u"operation"_s).toObject()), op);
        QCOMPARE(doc.value(u"exportedAt"_s).toString(), WireTime::format(t0 + 60'000));
        const QJsonArray items = doc.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 3);
        QStringList keys;
        for (const QJsonValue &v : items) {
            const auto i = OperationItem::fromJson(v.toObject());
            QVERIFY(i);
            QVERIFY(i->outcome != OperationItemOutcome::Succeeded);
            keys.append(i->key);
        }
        QCOMPARE(keys, (QStringList { u"103"_s, u"105"_s, u"106"_s }));
    }

    void aDeviceThatRefusesIsAnError()
    {
        const OperationResultExport result(finishedRetry(), allItems());
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY(!result.writeCsv(&readOnly, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!result.writeJson(&readOnly, t0, &error));
    }
};

QTEST_GUILESS_MAIN(TestOperationResultExport)
#include "tst_operationresultexport.moc"
