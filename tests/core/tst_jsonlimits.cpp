// SPDX-License-Identifier: MIT
#include "core/jsonlimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<qsizetype>("maxBytes");
        QTest::addColumn<QString>("error"); // empty: accepted

        const auto nested = [](int depth) -> QByteArray {
            return QByteArray(depth, '[') + QByteArray(depth, ']');
        };
        QTest::addRow("object") << R"({"a": [1, 2, {"b": null}]})"_ba << 64 << qsizetype(1024)
                                << QString();
        QTest::addRow("exactly at depth limit") << nested(64) << 64 << qsizetype(1024) << QString();
        QTest::addRow("one level too deep")
            << nested(65) << 64 << qsizetype(1024) << u"JSON nesting deeper than 64 levels"_s;
        QTest::addRow("mixed objects and arrays too deep")
            << R"({"a":{"b":[{"c":[]}]}})"_ba << 4 << qsizetype(1024)
            << u"JSON nesting deeper than 4 levels"_s;
        QTest::addRow("brackets inside strings do not nest")
            << QByteArray("[\"" + QByteArray(500, '[') + "\"]") << 2 << qsizetype(1024)
            << QString();
        QTest::addRow("escaped quote keeps the string open")
            << "[\"a\\\"[[[[[[\", {\"k\": \"\\\\\"}]"_ba << 2 << qsizetype(1024) << QString();
        QTest::addRow("over size")
            << QByteArray(qsizetype(2.1 * 1024 * 1024), ' ') << 64 << qsizetype(1024 * 1024)
            << u"body of 2.1 MB exceeds the 1 MB limit"_s;
        QTest::addRow("over size in bytes") << "[1, 2, 3]"_ba << 64 << qsizetype(8)
                                            << u"body of 9 bytes exceeds the 8 bytes limit"_s;
        // Malformed input: our offset, then Qt's own (translated) reason.
        const auto qtReason = [](const QByteArray &json) {
            QJsonParseError error;
            QJsonDocument::fromJson(json, &error);
            return error.errorString();
        };
        QTest::addRow("malformed")
            << R"({"a": 1,})"_ba << 64 << qsizetype(1024)
            << u"malformed JSON at offset 9: "_s + qtReason(R"({"a": 1,})"_ba);
        QTest::addRow("truncated")
            << R"({"a": [1, 2)"_ba << 64 << qsizetype(1024)
            << u"malformed JSON at offset 11: "_s + qtReason(R"({"a": [1, 2)"_ba);
        QTest::addRow("empty") << QByteArray() << 64 << qsizetype(1024)
                               << u"malformed JSON at offset 0: "_s + qtReason({});
    }
    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, maxDepth);
        QFETCH(qsizetype, maxBytes);
        QFETCH(QString, error);

        const auto result = parseJsonLimited(input, JsonLimits { maxBytes, maxDepth });
        if (error.isEmpty()) {
            const auto *document = std::get_if<QJsonDocument>(&result);
            QVERIFY2(document,
                qPrintable(
                    std::get_if<QString>(&result) ? *std::get_if<QString>(&result) : QString()));
            QCOMPARE(*document, QJsonDocument::fromJson(input));
        } else {
            QVERIFY(std::holds_alternative<QString>(result));
            QCOMPARE(std::get<QString>(result), error);
        }
    }

    void defaultsAreOneMebibyteAndSixtyFourLevels()
    {
        const JsonLimits defaults;
        QCOMPARE(defaults.maxBytes, 1024 * 1024);
        QCOMPARE(defaults.maxDepth, 64);
        // A realistic page of records passes the defaults untouched.
        QJsonArray page;
        for (int i = 0; i < 1000; ++i)
            page.append(
                QJsonObject { { u"id"_s, i }, { u"tags"_s, QJsonArray { u"a"_s, u"b"_s } } });
        const QByteArray bytes = QJsonDocument(page).toJson();
        const auto result = parseJsonLimited(bytes);
        QVERIFY(std::holds_alternative<QJsonDocument>(result));
        QCOMPARE(std::get<QJsonDocument>(result).array().size(), 1000);
    }

    void byteSizes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addRow("bytes") << qint64(512) << u"512 bytes"_s;
        QTest::addRow("kilobytes") << qint64(1536) << u"1.5 KB"_s;
        QTest::addRow("one mebibyte") << qint64(1024 * 1024) << u"1 MB"_s;
        QTest::addRow("gigabytes") << qint64(3) * 1024 * 1024 * 1024 << u"3 GB"_s;
    }
    void byteSizes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatByteSize(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestJsonLimits)
#include "tst_jsonlimits.moc"
