// SPDX-License-Identifier: MIT
#include "core/deadletterquery.h"
#include "core/wiretime.h"

#include <QTest>

using namespace Qt::StringLiterals;

// QCOMPARE prints both sides of a failed comparison in their query syntax.
char *toString(const DeadLetterQuery &q)
{
    return QTest::toString(q.toString() + u" (nowMs="_s + QString::number(q.nowMs) + u')');
}

namespace {

constexpr qint64 now = 1'800'000'000'000; // 2027-01-15T08:00:00Z
constexpr qint64 hour = 3600 * 1000;

DeadLetterQuery at(qint64 nowMs)
{
    DeadLetterQuery q;
    q.nowMs = nowMs;
    return q;
}

DeadLetterQuery parsed(const QString &text)
{
    auto result = DeadLetterQuery::parse(text, now);
    if (auto *error = std::get_if<QueryError>(&result)) {
        qWarning() << "unexpected parse error" << error->position << error->message;
        return {};
    }
    return std::get<DeadLetterQuery>(result);
}

DeadLetter sampleLetter()
{
    DeadLetter d;
    d.id = 42;
    d.source = u"orders-export"_s;
    d.messageId = u"msg-7781"_s;
    d.requestId = u"req-ab12"_s;
    d.payload = R"({"customer": 42, "name": "Ana Pop", "note": "100% off"})";
    d.error = { u"UpstreamTimeout"_s, u"ERP did not answer within 5000 ms"_s, u"at export()"_s, 504,
        u"ERP_SLOW"_s };
    d.attempts = 3;
    d.firstFailureMs = now - 5 * hour;
    d.lastFailureMs = now - 1 * hour;
    d.fingerprint = u"ab12cd34ef56ab78"_s;
    return d;
}

const QString keyList = u"keys are source, error, status, vendor, group, id, since, from, to"_s;

} // namespace

class TestDeadLetterQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DeadLetterQuery>("expected");

        QTest::addRow("empty") << u"   "_s << at(now);
        auto q = at(now);
        q.sources.anyOf = { u"orders"_s };
        QTest::addRow("source") << u"source:orders"_s << q;
        QTest::addRow("keys ignore case") << u"Source:orders"_s << q;
        q.sources.anyOf = { u"orders"_s, u"payments"_s };
        QTest::addRow("repeated key is OR") << u"source:orders  source:payments"_s << q;
        QTest::addRow("repeated value once")
            << u"source:orders source:payments source:ORDERS"_s << q;

        q = at(now);
        q.sources.noneOf = { u"orders"_s };
        q.errorClasses.anyOf = { u"Timeout"_s };
        QTest::addRow("negated key") << u"-source:orders error:Timeout"_s << q;

        q = at(now);
        q.sources.anyOf = { u"orders export"_s };
        QTest::addRow("quoted value") << u"source:\"orders export\""_s << q;

        q = at(now);
        q.httpStatuses = { { 503 }, { 404 } };
        q.vendorCodes.anyOf = { u"RATE_LIMIT"_s };
        q.fingerprints.anyOf = { u"ab12cd34ef56ab78"_s };
        q.ids.anyOf = { 17, 18 };
        QTest::addRow("status vendor group id")
            << u"status:503 -status:404 vendor:RATE_LIMIT group:ab12cd34ef56ab78 id:17 id:18"_s
            << q;

        q = at(now);
        q.sinceMs = 2 * hour;
        QTest::addRow("since") << u"since:2h"_s << q;
        q.sinceMs = 90 * 1000;
        QTest::addRow("narrowest since wins") << u"since:7d since:90s"_s << q;

        q = at(now);
        q.fromMs = now - 24 * hour;
        q.toMs = now;
        QTest::addRow("from to") << u"from:2027-01-14T08:00:00Z to:2027-01-15T09:00:00+01:00"_s
                                 << q;

        q = at(now);
        q.words = { u"customer"_s, u"order 42"_s };
        q.excludedWords = { u"cancelled"_s, u"dry run"_s };
        QTest::addRow("words and phrases")
            << u"customer \"order 42\" -cancelled -\"dry run\""_s << q;

        q = at(now);
        q.words = { u"say \"hi\" \\ bye"_s, u"http://erp/orders"_s, u"-"_s };
        QTest::addRow("escapes, colons, lone dash")
            << u"\"say \\\"hi\\\" \\\\ bye\" \"http://erp/orders\" -"_s << q;

        q = at(now);
        q.sources.anyOf = { u"orders"_s };
        q.errorClasses.anyOf = { u"Timeout"_s };
        q.sinceMs = 2 * hour;
        q.words = { u"customer 42"_s };
        QTest::addRow("the example")
            << u"source:orders error:Timeout since:2h \"customer 42\""_s << q;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(DeadLetterQuery, expected);
        const auto result = DeadLetterQuery::parse(text, now);
        if (const auto *error = std::get_if<QueryError>(&result))
            QFAIL(qPrintable(error->message));
        QCOMPARE(std::get<DeadLetterQuery>(result), expected);
        QCOMPARE(std::get<DeadLetterQuery>(result).isEmpty(), text.trimmed().isEmpty());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");

        QTest::addRow("unknown key")
            << u"sorce:orders"_s << 1 << u"unknown key \"sorce\" at 1; "_s + keyList;
        QTest::addRow("unknown negated key") << u"error:Timeout -tenant:acme"_s << 15
                                             << u"unknown key \"tenant\" at 15; "_s + keyList;
        QTest::addRow("bad duration") << u"source:orders since:2x"_s << 15
                                      << u"since: \"2x\" is not a duration like 15m, 2h or 7d"_s;
        QTest::addRow("bad status")
            << u"status:5xx"_s << 1 << u"status: \"5xx\" is not an HTTP status like 503"_s;
        QTest::addRow("bad id") << u"id:-3"_s << 1
                                << u"id: \"-3\" is not a dead-letter id like 1234"_s;
        QTest::addRow("bad time")
            << u"  from:yesterday"_s << 3
            << u"from: \"yesterday\" is not a time like 2027-01-15T08:00:00Z"_s;
        QTest::addRow("missing value")
            << u"a source: b"_s << 3 << u"source: needs a value, as in source:something"_s;
        QTest::addRow("empty quoted value")
            << u"error:\"\""_s << 1 << u"error: needs a value, as in error:something"_s;
        QTest::addRow("negated time")
            << u"-since:2h"_s << 1
            << u"-since:2h cannot be negated; use from: and to: for a time range"_s;
        QTest::addRow("unclosed quote")
            << u"x \"customer 42"_s << 3
            << u"missing closing quote (\") for the text starting at 3"_s;
        QTest::addRow("unclosed quoted value")
            << u"source:\"orders"_s << 1
            << u"missing closing quote (\") for the text starting at 1"_s;
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, message);
        const auto result = DeadLetterQuery::parse(text, now);
        QVERIFY(std::holds_alternative<QueryError>(result));
        QCOMPARE(std::get<QueryError>(result).message, message);
        QCOMPARE(std::get<QueryError>(result).position, position);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");

        QTest::addRow("empty query") << u""_s << true;
        QTest::addRow("source") << u"source:orders-export"_s << true;
        QTest::addRow("source ignores case") << u"source:Orders-Export"_s << true;
        QTest::addRow("source is exact") << u"source:orders"_s << false;
        QTest::addRow("one of two sources") << u"source:payments source:orders-export"_s << true;
        QTest::addRow("excluded source") << u"-source:orders-export"_s << false;
        QTest::addRow("error class ignores case") << u"error:upstreamtimeout"_s << true;
        QTest::addRow("other error class") << u"error:RateLimited"_s << false;
        QTest::addRow("status") << u"status:504"_s << true;
        QTest::addRow("other status") << u"status:503"_s << false;
        QTest::addRow("excluded other status") << u"-status:503"_s << true;
        QTest::addRow("vendor") << u"vendor:erp_slow"_s << true;
        QTest::addRow("group") << u"group:AB12CD34EF56AB78"_s << true;
        QTest::addRow("id") << u"id:42"_s << true;
        QTest::addRow("other id") << u"id:43"_s << false;
        QTest::addRow("since covers last failure") << u"since:2h"_s << true;
        QTest::addRow("since too short") << u"since:30m"_s << false;
        QTest::addRow("from before") << u"from:2027-01-15T06:00:00Z"_s << true;
        QTest::addRow("to is exclusive") << u"to:2027-01-15T07:00:00Z"_s << false;
        QTest::addRow("to after") << u"to:2027-01-15T07:00:00.001Z"_s << true;
        QTest::addRow("word in payload, any case") << u"ANA"_s << true;
        QTest::addRow("phrase in payload") << u"\"ana pop\""_s << true;
        QTest::addRow("phrase words apart") << u"\"pop ana\""_s << false;
        QTest::addRow("word in error message") << u"answer"_s << true;
        QTest::addRow("word in message id") << u"msg-7781"_s << true;
        QTest::addRow("word in request id") << u"REQ-AB"_s << true;
        QTest::addRow("word in source") << u"export"_s << true;
        QTest::addRow("word only in stack") << u"export()"_s << false;
        QTest::addRow("percent is literal") << u"100%"_s << true;
        QTest::addRow("all words must match") << u"ana nobody"_s << false;
        QTest::addRow("excluded word") << u"-ana"_s << false;
        QTest::addRow("excluded absent word") << u"-nobody"_s << true;
        QTest::addRow("everything")
            << u"source:orders-export error:UpstreamTimeout status:504 since:2h ana"_s << true;
    }
    void matches()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(parsed(text).matches(sampleLetter()), expected);
    }

    void toStringReadsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("keys")
            << u"source:orders -source:payments error:Timeout status:503 vendor:X group:ab id:7"_s;
        QTest::addRow("quoted values") << u"source:\"orders export\" error:\"\\\"odd\\\"\""_s;
        QTest::addRow("time")
            << u"since:90s from:2027-01-14T08:00:00Z to:2027-01-15T08:00:00.500Z"_s;
        QTest::addRow("words")
            << u"plain \"two words\" \"-dash\" \"a:b\" \"back\\\\slash\" -not -\"not this\""_s;
    }
    void toStringReadsBack()
    {
        QFETCH(QString, text);
        const DeadLetterQuery q = parsed(text);
        QVERIFY(!q.isEmpty());
        QCOMPARE(parsed(q.toString()), q);
    }

    void mergeNarrows()
    {
        // The API's structured parameters (source=orders&from=...) and its q text must both hold.
        DeadLetterQuery api;
        api.sources.anyOf = { u"orders-export"_s };
        api.toMs = now - 30 * 60 * 1000;

        DeadLetterQuery q = parsed(u"source:payments source:ORDERS-EXPORT since:2h ana"_s);
        q.merge(api);
        QCOMPARE(q.sources.anyOf, QStringList { u"ORDERS-EXPORT"_s });
        QCOMPARE(q.toMs, api.toMs);
        QCOMPARE(q.effectiveFromMs(), now - 2 * hour);
        QVERIFY(q.matches(sampleLetter()));

        DeadLetter tooLate = sampleLetter();
        tooLate.lastFailureMs = now - 10 * 60 * 1000;
        QVERIFY(!q.matches(tooLate));
    }

    void mergeOfExclusiveFiltersMatchesNothing()
    {
        DeadLetterQuery api;
        api.sources.anyOf = { u"orders-export"_s };
        DeadLetterQuery q = parsed(u"source:payments"_s);
        q.merge(api);
        QVERIFY(q.matchesNothing);
        QVERIFY(!q.isEmpty());
        QVERIFY(!q.matches(sampleLetter()));
        // Its text still selects nothing when read back (ids start at 1).
        QVERIFY(!parsed(q.toString()).matches(sampleLetter()));
    }

    void emptyMergeKeepsQuery()
    {
        DeadLetterQuery q = parsed(u"error:UpstreamTimeout -nobody"_s);
        const DeadLetterQuery before = q;
        q.merge(DeadLetterQuery {});
        QCOMPARE(q, before);
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterQuery)
#include "tst_deadletterquery.moc"
