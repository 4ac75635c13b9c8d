// SPDX-License-Identifier: MIT
#include "reports/snapshotfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 t0 = 1'795'000'000'000; // 2026-11-18, any fixed time

DeadLetter letter(qint64 id, const QString &source, const QString &message, bool whole)
{
    DeadLetter l;
    l.id = id;
    l.source = source;
    l.messageId = u"m-%1"_s.arg(id);
    l.error.errorClass = u"UpstreamTimeout"_s;
    l.error.message = message;
    l.error.httpStatus = 504;
    l.attempts = 3;
    l.firstFailureMs = t0 + id * 1000;
    l.lastFailureMs = t0 + id * 2000;
    l.destination = u"POST https://erp.example/orders"_s;
    l.fingerprint = fingerprintOf(l.source, l.error.errorClass, message);
    if (whole) {
        l.payload = R"({"order":42})"_ba;
        l.headers = { { u"content-type"_s, u"application/json"_s } };
        l.error.stack = u"at Upstream.call()"_s;
    }
    return l;
}

ReportData sampleData()
{
    ReportData d;
    d.generatedMs = t0 + 3'600'000;
    d.backendName = u"prod-eu"_s;
    d.backendUrl = u"https://ops.example.com"_s;
    d.environment = Environment::Production;
    d.info.name = u"breakwater-sim"_s;
    d.info.version = u"0.1.0"_s;
    d.info.apiVersion = u"1"_s;
    d.fromMs = t0;
    d.toMs = t0 + 3'600'000;
    d.metrics.fromMs = d.fromMs;
    d.metrics.toMs = d.toMs;
    d.metrics.stepMs = 60'000;
    d.metrics.series.append({ u"request_rate"_s, u"erp"_s, { { t0, 12.5 }, { t0 + 60'000, 14 } } });
    BreakerSnapshot b;
    b.name = u"erp-orders"_s;
    b.state = BreakerState::Open;
    d.breakers.append(b);
    for (qint64 id = 1; id <= 5; ++id)
        d.deadLetters.append(
            letter(id, u"orders-export"_s, u"order %1 timed out"_s.arg(id), false));
    d.samples.append(letter(5, u"orders-export"_s, u"order 5 timed out"_s, true));
    d.deadLetterGroups.append({ d.deadLetters.first().fingerprint, u"orders-export"_s,
        u"UpstreamTimeout"_s, normalisedErrorMessage(u"order 1 timed out"_s), 5, t0, t0 + 10'000 });
    d.deadLettersInRange = 5;
    d.deadLettersTotal = 7;
    return d;
}

/** The file with its header line rewritten by `edit`, body untouched. */
QByteArray withHeader(const QByteArray &file, const std::function<void(QJsonObject &)> &edit)
{
    const qsizetype start = SnapshotFile::magic.size();
    const qsizetype end = file.indexOf('\n', start);
    QJsonObject header = QJsonDocument::fromJson(file.mid(start, end - start)).object();
    edit(header);
    return file.left(start) + QJsonDocument(header).toJson(QJsonDocument::Compact) + file.mid(end);
}

qsizetype bodyStart(const QByteArray &file)
{
    return file.indexOf('\n', SnapshotFile::magic.size()) + 1;
}

} // namespace

class TestSnapshotFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        const ReportData data = sampleData();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incident.bwsnap"_s);
        const auto written = SnapshotFile::write(path, data, t0 + 3'700'000);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));

        const auto snapshot = SnapshotFile::read(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error()));
        QCOMPARE(snapshot->data.toJson(), data.toJson());
        QCOMPARE(snapshot->header.format, u"breakwater-snapshot"_s);
        QCOMPARE(snapshot->header.version, SnapshotFile::currentVersion);
        QCOMPARE(snapshot->header.createdBy, SnapshotFile::applicationSignature());
        QCOMPARE(snapshot->header.createdAtMs, t0 + 3'700'000);
        QCOMPARE(snapshot->header.sourceName, u"prod-eu"_s);
        QCOMPARE(snapshot->header.fromMs, data.fromMs);
        QCOMPARE(snapshot->header.toMs, data.toMs);
        QCOMPARE(snapshot->data.samples.first().payload, R"({"order":42})"_ba);
    }

    void isCompressedAndSaysWhatItIs()
    {
        ReportData data = sampleData();
        for (qint64 id = 6; id < 2000; ++id)
            data.deadLetters.append(
                letter(id, u"orders-export"_s, u"order %1 timed out"_s.arg(id), false));
        const QByteArray file = SnapshotFile::encode(data, t0);
        const qsizetype json = QJsonDocument(data.toJson()).toJson(QJsonDocument::Compact).size();
        QVERIFY2(file.size() * 5 < json,
            qPrintable(u"%1 bytes for %2 of JSON"_s.arg(file.size()).arg(json)));
        QVERIFY(file.startsWith("BREAKWATER-SNAPSHOT\n{"));
        const auto header = SnapshotFile::decodeHeader(file);
        QVERIFY(header);
        QCOMPARE(header->sourceName, u"prod-eu"_s);
    }

    void refusesOtherVersionsClearly_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("expected");
        QTest::addRow("newer")
            << 3
            << u"This snapshot was made by Breakwater 2.0 (format 3); this version reads "
               "formats 1-1. Open it with a newer Breakwater."_s;
        QTest::addRow("older than any reader")
            << 0
            << u"This snapshot was made by Breakwater 2.0 (format 0), which is "
               "too old; this version reads formats 1-1."_s;
    }

    void refusesOtherVersionsClearly()
    {
        QFETCH(int, version);
        QFETCH(QString, expected);
        // A future writer may change the body entirely: only the header is trusted.
        QByteArray file
            = withHeader(SnapshotFile::encode(sampleData(), t0), [version](QJsonObject &h) {
                  h[u"version"_s] = version;
                  h[u"createdBy"_s] = u"Breakwater 2.0"_s;
              });
        file.truncate(bodyStart(file));
        file += "a body in some format of the future";
        const auto decoded = SnapshotFile::decode(file);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error(), expected);
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = SnapshotFile::encode(sampleData(), t0);
        const qsizetype body = bodyStart(good);

        QTest::addRow("empty") << QByteArray() << u"empty"_s;
        QTest::addRow("a PNG") << "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"_ba
                               << u"not a Breakwater snapshot"_s;
        QTest::addRow("a report's JSON")
            << QJsonDocument(sampleData().toJson()).toJson() << u"not a Breakwater snapshot"_s;
        QTest::addRow("cut in the header")
            << good.left(SnapshotFile::magic.size() + 20) << u"truncated"_s;
        QTest::addRow("cut in the body")
            << good.left(body + (good.size() - body) / 2) << u"truncated"_s;
        QTest::addRow("header only") << good.left(body) << u"truncated"_s;
        QByteArray flipped = good;
        flipped[body + 40] = char(flipped.at(body + 40) ^ 0x5a);
        QTest::addRow("a flipped byte") << flipped << u"checksum"_s;
        QTest::addRow("garbage after the end") << good + "trailing" << u"after its end"_s;
        QTest::addRow("header not JSON")
            << "BREAKWATER-SNAPSHOT\n{not json\nxx"_ba << u"header is damaged"_s;
        QTest::addRow("header of another format")
            << withHeader(good, [](QJsonObject &h) { h[u"format"_s] = u"something-else"_s; })
            << u"not a Breakwater snapshot header"_s;
        QTest::addRow("unknown compression")
            << withHeader(good, [](QJsonObject &h) { h[u"compression"_s] = u"zstd"_s; })
            << u"zstd"_s;

        // A body that is valid zlib of something that is not report data.
        const QByteArray notReport = qCompress(R"({"hello":"world"})"_ba);
        QByteArray wrongBody = withHeader(good.left(body - 1) + '\n', [&](QJsonObject &h) {
            h[u"bodyBytes"_s] = notReport.size();
            h.remove(u"bodySha256"_s);
        });
        QTest::addRow("body is not report data") << wrongBody + notReport << u"damaged"_s;
        // Valid framing around bytes that do not inflate.
        const QByteArray junk = "\0\0\0\x10not zlib at all!"_ba;
        QByteArray junkBody = withHeader(good.left(body - 1) + '\n', [&](QJsonObject &h) {
            h[u"bodyBytes"_s] = junk.size();
            h.remove(u"bodySha256"_s);
        });
        QTest::addRow("body does not inflate") << junkBody + junk << u"cannot be decompressed"_s;
    }

    void refusesDamagedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto decoded = SnapshotFile::decode(bytes);
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains(expected), qPrintable(decoded.error()));
    }

    void refusesWhatIsTooLargeBeforeReadingIt()
    {
        const QByteArray good = SnapshotFile::encode(sampleData(), t0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.bwsnap"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(good);
        f.close();

        SnapshotLimits small;
        small.maxFileBytes = good.size() - 1;
        const auto tooLarge = SnapshotFile::read(path, small);
        QVERIFY(!tooLarge);
        QVERIFY2(tooLarge.error().contains(u"too large"_s), qPrintable(tooLarge.error()));

        // A zip bomb: the body claims to inflate to 4 GB. Refused by the claim, nothing allocated.
        const qsizetype body = bodyStart(good);
        QByteArray bomb = good.left(body) + good.mid(body);
        qToBigEndian<quint32>(0xF0000000u, bomb.data() + body);
        bomb = withHeader(bomb, [](QJsonObject &h) { h.remove(u"bodySha256"_s); });
        const auto bombed = SnapshotFile::decode(bomb);
        QVERIFY(!bombed);
        QVERIFY2(bombed.error().contains(u"too large to open"_s), qPrintable(bombed.error()));

        SnapshotLimits tinyHeader;
        tinyHeader.maxHeaderBytes = 16;
        const auto longHeader = SnapshotFile::decode(good, tinyHeader);
        QVERIFY(!longHeader);
        QVERIFY2(
            longHeader.error().contains(u"header is too large"_s), qPrintable(longHeader.error()));
    }

    void missingFileSaysSo()
    {
        const auto missing = SnapshotFile::read(u"/nonexistent/x.bwsnap"_s);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"/nonexistent/x.bwsnap"_s), qPrintable(missing.error()));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
