// SPDX-License-Identifier: MIT
#include "core/prometheustext.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString caseDir()
{
    const QByteArray root = qgetenv("BREAKWATER_SOURCE_DIR");
    return root.isEmpty() ? QString() : QString::fromLocal8Bit(root) + u"/tests/data/prometheus"_s;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString formatValue(double v)
{
    if (std::isnan(v))
        return u"NaN"_s;
    if (std::isinf(v))
        return v > 0 ? u"+Inf"_s : u"-Inf"_s;
    if (v == 0 && std::signbit(v))
        return u"-0"_s; // QString::number drops the sign of negative zero
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString escapeHelp(const QString &help)
{
    QString out = help;
    out.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s);
    return out;
}

/** The parse result in the line format of the cases' expected.txt. */
QStringList dump(const PrometheusParseResult &r)
{
    QStringList lines;
    for (const MetricFamily &f : r.families)
        lines << u"family %1 %2 \"%3\""_s.arg(
            f.name, PrometheusText::typeName(f.type), escapeHelp(f.help));
    for (const MetricSample &s : r.samples) {
        QString line = u"sample "_s + s.name + s.labels.toString() + u' ' + formatValue(s.value);
        if (s.timestampMs)
            line += u' ' + QString::number(*s.timestampMs);
        lines << line;
    }
    for (const PrometheusParseError &e : r.errors)
        lines << u"error "_s + e.toString();
    return lines;
}

QByteArray simExposition()
{
    return readFile(caseDir() + u"/breakwater-sim/input.prom"_s);
}

int lineCount(const QByteArray &text)
{
    return int(text.count('\n')) + (text.endsWith('\n') ? 0 : 1);
}

} // namespace

class TestPrometheusText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            !caseDir().isEmpty(), "BREAKWATER_SOURCE_DIR is not set: run the test through ctest");
        QVERIFY(QDir(caseDir()).exists());
    }

    void parsesCase_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases
            = QDir(caseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString &name : cases)
            QTest::addRow("%s", qPrintable(name)) << caseDir() + u'/' + name;
    }
    void parsesCase()
    {
        QFETCH(QString, dir);
        QVERIFY(QFile::exists(dir + u"/input.prom"_s));
        QVERIFY(QFile::exists(dir + u"/expected.txt"_s));
        const QByteArray input = readFile(dir + u"/input.prom"_s);
        const QString expectedText = QString::fromUtf8(readFile(dir + u"/expected.txt"_s));
        const QStringList expected = expectedText.split(u'\n', Qt::SkipEmptyParts);
        const QStringList actual = dump(PrometheusText::parse(input));
        QCOMPARE(actual, expected);
    }

    void rejectsOversizedInputWhole()
    {
        PrometheusText::Limits limits;
        limits.maxInputBytes = 64;
        const QByteArray input = QByteArray("up 1\n").repeated(13); // 65 bytes
        const auto r = PrometheusText::parse(input, limits);
        QVERIFY(r.samples.isEmpty());
        QVERIFY(r.truncated);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 0);
        QVERIFY(r.errors.first().toString().contains(u"limit"_s));
        // At the limit it parses: 12 full lines and the last one without its newline.
        QCOMPARE(PrometheusText::parse(input.left(64), limits).samples.size(), 13);
    }

    void stopsAtSeriesLimit()
    {
        PrometheusText::Limits limits;
        limits.maxSamples = 3;
        const auto r = PrometheusText::parse("a 1\nb 2\n# c\nc 3\nd 4\ne 5\n", limits);
        QCOMPARE(r.samples.size(), 3);
        QCOMPARE(r.samples.last().name, u"c"_s);
        QVERIFY(r.truncated);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 5);
    }

    void capsErrorsButKeepsParsing()
    {
        PrometheusText::Limits limits;
        limits.maxErrors = 10;
        const QByteArray input = QByteArray("not a sample\n").repeated(500) + "good 7\n";
        const auto r = PrometheusText::parse(input, limits);
        QCOMPARE(r.errors.size(), 10);
        QCOMPARE(r.suppressedErrors, 490);
        QCOMPARE(r.errors.last().line, 10);
        QCOMPARE(r.samples.size(), 1);
        QCOMPARE(r.samples.first().value, 7.0);
        QVERIFY(!r.truncated);
    }

    void sortsLabelsSoOrderDoesNotMatter()
    {
        const auto r
            = PrometheusText::parse("m{b=\"2\",a=\"1\",c=\"3\"} 1\nm{c=\"3\",a=\"1\",b=\"2\"} 2\n");
        QCOMPARE(r.samples.size(), 2);
        QCOMPARE(r.samples[0].labels, r.samples[1].labels);
        QCOMPARE(qHash(r.samples[0].key()), qHash(r.samples[1].key()));
        QCOMPARE(r.samples[0].labels.at(0).name, u"a"_s);
        QCOMPARE(r.samples[0].labels.value(u"c"), u"3"_s);
    }

    /** A scrape cut off anywhere (a dropped connection) keeps every complete line before the cut.
     */
    void survivesTruncation()
    {
        const QByteArray full = simExposition();
        QVERIFY(!full.isEmpty());
        const auto whole = PrometheusText::parse(full);
        QVERIFY(whole.ok());
        for (qsizetype cut = 0; cut <= full.size(); ++cut) {
            const QByteArray part = full.left(cut);
            const auto r = PrometheusText::parse(part);
            QVERIFY2(r.errors.size() <= 1, qPrintable(u"cut at %1"_s.arg(cut)));
            QVERIFY(r.samples.size() <= whole.samples.size());
            // Every sample but the one on the cut line is exactly the full parse's.
            for (qsizetype i = 0; i + 1 < r.samples.size(); ++i) {
                QCOMPARE(r.samples[i].key(), whole.samples[i].key());
                QCOMPARE(r.samples[i].value, whole.samples[i].value);
            }
            if (cut == 0 || full.at(cut - 1) == '\n') {
                qsizetype sampleLinesAfterCut = 0;
                for (const QByteArray &line : full.mid(cut).split('\n'))
                    sampleLinesAfterCut += (!line.isEmpty() && !line.startsWith('#')) ? 1 : 0;
                QCOMPARE(r.errors.size(), 0);
                QCOMPARE(r.samples.size(), whole.samples.size() - sampleLinesAfterCut);
            }
        }
    }

    /** One corrupted byte costs at most the line(s) it touches, never the rest of the scrape. */
    void survivesSingleByteMutations()
    {
        const QByteArray full = simExposition();
        const auto whole = PrometheusText::parse(full);
        QRandomGenerator rng(20240611);
        for (int round = 0; round < 3000; ++round) {
            QByteArray mutated = full;
            const qsizetype at = rng.bounded(int(full.size()));
            switch (round % 3) {
            case 0:
                mutated[at] = char(rng.bounded(256));
                break;
            case 1:
                mutated.remove(at, 1);
                break;
            default:
                mutated.insert(at, char(rng.bounded(256)));
                break;
            }
            const auto r = PrometheusText::parse(mutated);
            const QString where = u"round %1 at %2"_s.arg(round).arg(at);
            QVERIFY2(r.samples.size() >= whole.samples.size() - 2, qPrintable(where));
            QVERIFY2(r.samples.size() <= whole.samples.size() + 1, qPrintable(where));
            QVERIFY2(r.errors.size() <= 2, qPrintable(where));
            for (const PrometheusParseError &e : r.errors)
                QVERIFY2(e.line >= 1 && e.line <= lineCount(mutated), qPrintable(where));
        }
    }

    /** Random garbage, including NULs and overlong lines, never crashes and reports sane line
     * numbers. */
    void survivesGarbage()
    {
        QRandomGenerator rng(7);
        const QByteArray alphabet = "abc_:{}=\",\\ \t\n#01.eE+-InfNa\r\x00\xff"_ba;
        for (int round = 0; round < 500; ++round) {
            QByteArray garbage(rng.bounded(1, 2000), Qt::Uninitialized);
            for (char &c : garbage)
                c = alphabet.at(rng.bounded(int(alphabet.size())));
            const auto r = PrometheusText::parse(garbage);
            QVERIFY(r.samples.size() <= lineCount(garbage));
            QVERIFY(r.errors.size() <= 100);
            for (const PrometheusParseError &e : r.errors)
                QVERIFY(e.line >= 1 && e.line <= lineCount(garbage));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
