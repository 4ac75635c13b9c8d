// SPDX-License-Identifier: MIT
#include "reports/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Redactor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("count");
        QTest::addRow("bearer") << u"call failed: Bearer abc.DEF-123_x=="_s
                                << u"call failed: Bearer [REDACTED]"_s << 1;
        QTest::addRow("bearer lower case") << u"bearer tok123"_s << u"Bearer [REDACTED]"_s << 1;
        QTest::addRow("card with spaces")
            << u"card 4111 1111 1111 1111 declined"_s << u"card [REDACTED] declined"_s << 1;
        QTest::addRow("card with dashes") << u"5500-0000-0000-0004"_s << u"[REDACTED]"_s << 1;
        QTest::addRow("card plain") << u"pan=4012888888881881;"_s << u"pan=[REDACTED];"_s << 1;
        QTest::addRow("not Luhn") << u"order 4111111111111112"_s << u"order 4111111111111112"_s
                                  << 0;
        QTest::addRow("too short") << u"id 411111111111"_s << u"id 411111111111"_s << 0;
        QTest::addRow("named pair")
            << u"login password=hunter2&user=bob"_s << u"login password=[REDACTED]&user=bob"_s << 1;
        QTest::addRow("named pair colon, case")
            << u"API-Key: xyz789"_s << u"API-Key: [REDACTED]"_s << 1;
        QTest::addRow("prefixed name")
            << u"access_token=abc"_s << u"access_token=[REDACTED]"_s << 1;
        QTest::addRow("quoted json in text")
            << uR"(body {"secret": "s3cr3t"})"_s << uR"(body {"secret": "[REDACTED]"})"_s << 1;
        QTest::addRow("nothing") << u"upstream timed out after 5000 ms"_s
                                 << u"upstream timed out after 5000 ms"_s << 0;
        QTest::addRow("word containing a name")
            << u"tokenizer failed"_s << u"tokenizer failed"_s << 0;
    }
    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QFETCH(int, count);
        Redactor r;
        QCOMPARE(r.redactText(input), output);
        QCOMPARE(r.redactedCount(), count);
    }

    void jsonPayloadAtAnyDepth()
    {
        Redactor r;
        const QByteArray payload
            = R"({"user":{"name":"ann","Password":"pw1","cards":[{"number":"4111 1111 1111 1111"}],
            "auth":{"token":{"nested":"x"}}},"pan":4111111111111111,"note":"Bearer abc"})";
        const QJsonObject o = QJsonDocument::fromJson(r.redactPayload(payload)).object();
        const QJsonObject user = o.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"name"_s).toString(), u"ann"_s);
        QCOMPARE(user.value(u"Password"_s).toString(), Redactor::mask());
        QCOMPARE(user.value(u"cards"_s).toArray().at(0).toObject().value(u"number"_s).toString(),
            Redactor::mask());
        QCOMPARE(user.value(u"auth"_s).toObject().value(u"token"_s).toString(), Redactor::mask());
        QCOMPARE(o.value(u"pan"_s).toString(), Redactor::mask());
        QCOMPARE(o.value(u"note"_s).toString(), u"Bearer [REDACTED]"_s);
        QCOMPARE(r.redactedCount(), 5);
    }

    void payloadUntouchedKeepsItsBytes()
    {
        Redactor r;
        const QByteArray payload = "{ \"order\" : 42 }";
        QCOMPARE(r.redactPayload(payload), payload);
        QCOMPARE(r.redactedCount(), 0);
    }

    void formPayload()
    {
        Redactor r;
        QCOMPARE(r.redactPayload("user=bob&passwd=x1&cookie=abc"),
            QByteArray("user=bob&passwd=[REDACTED]&cookie=[REDACTED]"));
    }

    void headers()
    {
        Redactor r;
        const HeaderList out
            = r.redactHeaders({ { u"Authorization"_s, u"Bearer abc"_s }, { u"X-Api-Key"_s, u"k"_s },
                { u"Set-Cookie"_s, u"sid=1"_s }, { u"Content-Type"_s, u"application/json"_s },
                { u"X-Note"_s, u"paid with 4111-1111-1111-1111"_s } });
        QCOMPARE(out.at(0).second, Redactor::mask());
        QCOMPARE(out.at(1).second, Redactor::mask());
        QCOMPARE(out.at(2).second, Redactor::mask());
        QCOMPARE(out.at(3).second, u"application/json"_s);
        QCOMPARE(out.at(4).second, u"paid with [REDACTED]"_s);
        QCOMPARE(out.at(0).first, u"Authorization"_s);
        QCOMPARE(r.redactedCount(), 4);
    }

    void customRules()
    {
        RedactionRules rules = RedactionRules::defaults();
        rules.fieldNames.append(u"iban"_s);
        rules.valuePatterns.append(uR"(cust-\d+)"_s);
        rules.cardNumbers = false;
        Redactor r(rules);
        QCOMPARE(r.redactText(u"cust-42 paid 4111111111111111, iban=DE89"_s),
            u"[REDACTED] paid 4111111111111111, iban=[REDACTED]"_s);
        QCOMPARE(r.redactedCount(), 2);
    }

    void noRules()
    {
        RedactionRules none;
        none.cardNumbers = false;
        none.bearerTokens = false;
        Redactor r(none);
        QCOMPARE(r.redactText(u"password=x Bearer y"_s), u"password=x Bearer y"_s);
        QCOMPARE(r.redactedCount(), 0);
    }

    void letter()
    {
        DeadLetter d;
        d.payload = R"({"secret":"a"})";
        d.editedPayload = R"({"secret":"b"})";
        d.headers = { { u"cookie"_s, u"c"_s } };
        d.error.message = u"Bearer m"_s;
        d.error.stack = u"at x (token=zz)"_s;
        Redactor r;
        r.redactLetter(d);
        for (const QByteArray &text : { d.payload, d.editedPayload, d.headers.at(0).second.toUtf8(),
                 d.error.message.toUtf8(), d.error.stack.toUtf8() }) {
            QVERIFY2(text.contains("[REDACTED]"), text.constData());
        }
        QCOMPARE(r.redactedCount(), 5);
    }

    void rulesJson()
    {
        RedactionRules rules = RedactionRules::defaults();
        rules.valuePatterns = { u"x+"_s };
        rules.bearerTokens = false;
        QCOMPARE(RedactionRules::fromJson(rules.toJson()), rules);
        QJsonObject bad = rules.toJson();
        bad.insert(u"valuePatterns"_s, QJsonArray { u"("_s });
        QVERIFY(!RedactionRules::fromJson(bad));
        bad = rules.toJson();
        bad.remove(u"cardNumbers"_s);
        QVERIFY(!RedactionRules::fromJson(bad));
    }
};

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
