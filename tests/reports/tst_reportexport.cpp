// SPDX-License-Identifier: MIT
// Reports of a real sim: every format checked against the sim's own answers,
// secrets seeded in letters found in none of them, and a cancelled render.
#include "backends/opsapibackend.h"
#include "core/wiretime.h"
#include "reports/reportcollector.h"
#include "reports/reportexportjob.h"
#include "reports/reportrenderer.h"
#include "reports/reportrenderjob.h"
#include "reports/snapshotfile.h"
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// What the canary letters carry; none of it may appear in any report.
const QStringList secrets { u"CANARY-HEADER-TOKEN"_s, u"CANARY-PASSWORD"_s,
    u"4111 1111 1111 1111"_s, u"4111111111111111"_s, u"CANARY-ERROR-TOKEN"_s };

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning() << program << args << p.readAllStandardError();
    return p.readAllStandardOutput();
}

/** Records of an RFC 4180 file (quoted fields may hold commas, quotes and line breaks). */
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class tst_ReportExport : public QObject {
    Q_OBJECT

    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_admin;
    ReportData m_data;
    QString m_query; ///< the range as a dead-letter query
    QTemporaryDir m_dir;
    QString m_source;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;

    QString render(ReportFormat format, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const auto rendered
            = ReportRenderer(m_data, QLocale(QLocale::English)).render(format, path);
        if (!rendered)
            qWarning() << rendered.error();
        return path;
    }

    /** An export of the test's range from `backend` into `name` in the temporary folder. */
    ReportExportRequest exportRequest(Backend *backend, ReportFormat format, const QString &name)
    {
        ReportExportRequest request;
        request.format = format;
        request.path = m_dir.filePath(name);
        request.backend = backend;
        request.fromMs = m_fromMs;
        request.toMs = m_toMs;
        return request;
    }

    QJsonObject simGroups()
    {
        QUrlQuery q;
        q.addQueryItem(u"q"_s, m_query);
        return m_admin->get(u"/ops/v1/deadletters/groups"_s, q).json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start({ u"quiet"_s, 7, {}, {}, 0 }), qPrintable(m_sim.error()));
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        const QJsonArray integrations
            = m_admin->get(u"/ops/v1/info"_s).json().value(u"integrations"_s).toArray();
        QVERIFY(integrations.size() >= 2);
        auto nameOf = [](const QJsonValue &v) {
            return v.isObject() ? v.toObject().value(u"name"_s).toString() : v.toString();
        };
        m_source = nameOf(integrations.at(0));
        const qint64 from = QDateTime::currentMSecsSinceEpoch() - 60000;

        QCOMPARE(m_admin->generateDeadLetters(40, m_source).size(), 40);
        QCOMPARE(m_admin->generateDeadLetters(25, nameOf(integrations.at(1))).size(), 25);
        const auto canary = m_admin->post(u"/sim/v1/deadletters/generate"_s,
            QJsonObject { { u"count"_s, 5 }, { u"source"_s, m_source },
                { u"errorClass"_s, u"CanaryError"_s },
                { u"message"_s, u"upstream refused Bearer CANARY-ERROR-TOKEN-9f8e"_s },
                { u"payload"_s,
                    uR"({"order":{"id":"o-{n}","customer":{"password":"CANARY-PASSWORD-{n}"},"card":"4111 1111 1111 1111"}})"_s },
                { u"headers"_s,
                    QJsonArray { QJsonObject { { u"name"_s, u"Authorization"_s },
                                     { u"value"_s, u"Bearer CANARY-HEADER-TOKEN"_s } },
                        QJsonObject { { u"name"_s, u"Content-Type"_s },
                            { u"value"_s, u"application/json"_s } } } } });
        QVERIFY2(canary.status == 201, canary.describe().constData());

        // Two transitions: force-open, then reset.
        const QJsonArray breakers = m_admin->get(u"/ops/v1/breakers"_s).items();
        QVERIFY(!breakers.isEmpty());
        const QString breaker = breakers.at(0).toObject().value(u"name"_s).toString();
        for (const char *verb : { "force-open", "reset" }) {
            const auto r
                = m_admin->post(u"/ops/v1/breakers/"_s + breaker + u'/' + QLatin1StringView(verb),
                    { { u"reason"_s, u"report test"_s } });
            QVERIFY2(r.status == 200, r.describe().constData());
        }

        const qint64 to = QDateTime::currentMSecsSinceEpoch() + 60000;
        m_query = u"from:%1 to:%2"_s.arg(WireTime::format(from), WireTime::format(to));
        m_fromMs = from;
        m_toMs = to;
        OpsApiBackend backend(m_sim.baseUrl(), SimProcess::viewerToken());
        ReportCollector collector(&backend);
        collector.setRange(from, to);
        QSignalSpy finished(&collector, &ReportCollector::finished);
        QSignalSpy failed(&collector, &ReportCollector::failed);
        QSignalSpy progress(&collector, &ReportCollector::progress);
        collector.start();
        QVERIFY(collector.isRunning());
        QVERIFY(finished.isEmpty()); // asynchronous: nothing before the event loop runs
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(
            failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        m_data = finished.at(0).at(0).value<ReportData>();
        QCOMPARE(progress.last().at(0).toInt(), 100);
    }

    void collectedMatchesTheSim()
    {
        const QJsonObject groups = simGroups();
        QCOMPARE(m_data.deadLettersInRange, groups.value(u"total"_s).toInteger());
        QCOMPARE(m_data.deadLettersInRange, 70);
        QCOMPARE(m_data.deadLetters.size(), 70);
        QCOMPARE(m_data.deadLetterGroups.size(), groups.value(u"items"_s).toArray().size());
        for (const QJsonValue &g : groups.value(u"items"_s).toArray()) {
            const QString fp = g.toObject().value(u"fingerprint"_s).toString();
            const auto it
                = std::find_if(m_data.deadLetterGroups.cbegin(), m_data.deadLetterGroups.cend(),
                    [&](const DeadLetterGroup &dg) { return dg.fingerprint == fp; });
            QVERIFY(it != m_data.deadLetterGroups.cend());
            QCOMPARE(it->count, g.toObject().value(u"count"_s).toInteger());
            QVERIFY(!m_data.samplesOf(fp).isEmpty());
        }
        QCOMPARE(m_data.breakers.size(), m_admin->get(u"/ops/v1/breakers"_s).items().size());
        QVERIFY(m_data.transitions.items.size() >= 2);
        QVERIFY(m_data.redactedValues >= 5 * 3);
    }

    void html()
    {
        QFile f(render(ReportFormat::Html, u"report.html"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        for (const char *id : { "summary", "charts", "breakers", "transitions", "syncs",
                 "deadletters", "operator-actions" })
            QVERIFY2(html.contains(u"<section id=\""_s + QLatin1StringView(id) + u'"'), id);
        QCOMPARE(html.count(u"<svg "_s), 6);
        QVERIFY(!html.contains(u"src=\""_s)); // self-contained
        QVERIFY(!html.contains(u"href=\""_s));
        // Every group of the sim, with its count.
        static const QRegularExpression group(
            uR"re(data-fingerprint="([0-9a-f]+)" data-count="(\d+)")re"_s);
        QHash<QString, qint64> shown;
        for (auto it = group.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            shown.insert(m.captured(1), m.captured(2).toLongLong());
        }
        const QJsonArray groups = simGroups().value(u"items"_s).toArray();
        QCOMPARE(shown.size(), groups.size());
        for (const QJsonValue &g : groups)
            QCOMPARE(shown.value(g.toObject().value(u"fingerprint"_s).toString()),
                g.toObject().value(u"count"_s).toInteger());
        // Breaker states as the sim reports them.
        for (const QJsonValue &b : m_admin->get(u"/ops/v1/breakers"_s).items()) {
            const QString name = b.toObject().value(u"name"_s).toString();
            const QString state
                = b.toObject().value(u"state"_s).toString().toLower().replace(u'_', u'-');
            const QString expected = state == u"forced-open"_s ? u"forced open"_s : state;
            QVERIFY2(html.contains(u"<tr><td>"_s + name + u"</td><td>"_s), qPrintable(name));
            static const QRegularExpression row(
                u"<tr><td>([^<]+)</td><td>[^<]*</td><td>([^<]+)</td>"_s);
            bool found = false;
            for (auto it = row.globalMatch(html); it.hasNext();) {
                const auto m = it.next();
                if (m.captured(1) == name) {
                    QCOMPARE(m.captured(2), expected);
                    found = true;
                    break;
                }
            }
            QVERIFY(found);
        }
    }

    void csvDirectoryAndZip()
    {
        const QString dir = render(ReportFormat::Csv, u"csv"_s);
        for (const char *name : { "summary.csv", "metrics.csv", "breakers.csv", "transitions.csv",
                 "syncs.csv", "deadletter_groups.csv", "deadletters.csv", "deadletter_samples.csv",
                 "operator_actions.csv" })
            QVERIFY2(QFile::exists(QDir(dir).filePath(QLatin1StringView(name))), name);
        QFile letters(QDir(dir).filePath(u"deadletters.csv"_s));
        QVERIFY(letters.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(letters.readAll());
        QCOMPARE(rows.size(), 1 + simGroups().value(u"total"_s).toInteger());
        QCOMPARE(rows.at(0).at(0), u"id"_s);
        QCOMPARE(rows.at(1).size(), rows.at(0).size());

        const QString zip = render(ReportFormat::Csv, u"report.zip"_s);
        const QByteArray fromZip = run(u"unzip"_s, { u"-p"_s, zip, u"deadletters.csv"_s });
        QFile again(QDir(dir).filePath(u"deadletters.csv"_s));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(fromZip, again.readAll());
        QVERIFY(run(u"unzip"_s, { u"-t"_s, zip }).contains("No errors detected"));
    }

    void json()
    {
        QFile f(render(ReportFormat::Json, u"report.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto back = ReportData::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        QVERIFY2(back, qPrintable(back ? QString() : back.error()));
        QCOMPARE(back->deadLetters.size(), m_data.deadLetters.size());
        QCOMPARE(back->deadLettersInRange, simGroups().value(u"total"_s).toInteger());
        QCOMPARE(back->deadLetterGroups.size(), m_data.deadLetterGroups.size());
        QCOMPARE(back->transitions, m_data.transitions);
        QCOMPARE(back->toJson(), m_data.toJson());
    }

    void pdf()
    {
        const QString path = render(ReportFormat::Pdf, u"report.pdf"_s);
        const QString text = QString::fromUtf8(run(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s }));
        for (const QString &title : { u"Incident report"_s, u"Summary"_s, u"Charts"_s,
                 u"Breaker states"_s, u"Breaker transitions"_s, u"Sync jobs"_s,
                 u"Dead letters by cause"_s, u"Operator actions"_s, u"Redaction:"_s })
            QVERIFY2(text.contains(title), qPrintable(title));
        static const QRegularExpression pageOf(uR"(Page (\d+) of (\d+))"_s);
        QList<int> pages;
        int total = 0;
        for (auto it = pageOf.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            pages.append(m.captured(1).toInt());
            total = m.captured(2).toInt();
        }
        QVERIFY(total >= 2);
        QCOMPARE(pages.size(), total);
        for (int i = 0; i < pages.size(); ++i)
            QCOMPARE(pages.at(i), i + 1);
        QVERIFY(text.contains(u"CanaryError"_s));
    }

    void noSecretInAnyFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addRow("pdf") << int(ReportFormat::Pdf) << u"canary.pdf"_s;
        QTest::addRow("html") << int(ReportFormat::Html) << u"canary.html"_s;
        QTest::addRow("json") << int(ReportFormat::Json) << u"canary.json"_s;
        QTest::addRow("csv") << int(ReportFormat::Csv) << u"canary-csv"_s;
        QTest::addRow("zip") << int(ReportFormat::Csv) << u"canary.zip"_s;
    }
    void noSecretInAnyFormat()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        const QString path = render(ReportFormat(format), name);
        QByteArray text;
        if (name.endsWith(u".pdf"_s)) {
            text = run(u"pdftotext"_s, { path, u"-"_s });
        } else if (name.endsWith(u".zip"_s)) {
            text = run(u"unzip"_s, { u"-p"_s, path });
        } else if (QFileInfo(path).isDir()) {
            for (const QString &f : QDir(path).entryList(QDir::Files)) {
                QFile file(QDir(path).filePath(f));
                QVERIFY(file.open(QIODevice::ReadOnly));
                text += file.readAll();
            }
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            text = file.readAll();
        }
        QVERIFY(text.size() > 1000);
        // The canary letters are in it, only their secrets are not.
        QVERIFY(text.contains("CanaryError"));
        QVERIFY(text.contains("[REDACTED]"));
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
    }

    void cancelStopsTheRender()
    {
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        ReportRenderJob job(m_data, ReportFormat::Pdf, path);
        QSignalSpy finished(&job, &ReportRenderJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        job.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        QVERIFY(!job.isRunning());
        QVERIFY(!QFile::exists(path));
    }

    void renderJobWrites()
    {
        const QString path = m_dir.filePath(u"job.html"_s);
        ReportRenderJob job(m_data, ReportFormat::Html, path);
        QSignalSpy finished(&job, &ReportRenderJob::finished);
        QSignalSpy progress(&job, &ReportRenderJob::progress);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(QFileInfo(path).size() > 1000);
        QTRY_VERIFY(!progress.isEmpty());
    }

    void exportJobCollectsAndRenders()
    {
        OpsApiBackend backend(m_sim.baseUrl(), SimProcess::viewerToken());
        const ReportExportRequest request
            = exportRequest(&backend, ReportFormat::Html, u"exported.html"_s);
        ReportExportJob job(request);
        QSignalSpy finished(&job, &ReportExportJob::finished);
        QSignalSpy stages(&job, &ReportExportJob::stageChanged);
        QSignalSpy progress(&job, &ReportExportJob::progress);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(0).value<ReportExportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.path, request.path);
        QCOMPARE(result.stage, ReportExportResult::Stage::Rendering);
        QCOMPARE(result.data.deadLettersInRange, 70);
        QVERIFY(QFileInfo(request.path).size() > 1000);
        QCOMPARE(stages.size(), 2);
        QVERIFY(!progress.isEmpty());
        QVERIFY(!job.isRunning());
    }

    void exportJobWritesASnapshotOfGivenData()
    {
        // A snapshot's data needs no back end: nothing is collected.
        ReportExportRequest request;
        request.output = ReportExportRequest::Output::Snapshot;
        request.path = m_dir.filePath(u"given.bwsnap"_s);
        request.data = m_data;
        ReportExportJob job(request);
        QSignalSpy finished(&job, &ReportExportJob::finished);
        QSignalSpy stages(&job, &ReportExportJob::stageChanged);
        job.start();
        QVERIFY(finished.isEmpty()); // from the event loop, not inside start()
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(0).value<ReportExportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(stages.size(), 1);
        QCOMPARE(stages.at(0).at(0).value<ReportExportResult::Stage>(),
            ReportExportResult::Stage::WritingSnapshot);
        const auto read = SnapshotFile::read(request.path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->data.deadLettersInRange, m_data.deadLettersInRange);
        QCOMPARE(read->data.deadLetters.size(), m_data.deadLetters.size());
    }

    void exportJobSaysWhereItFailed()
    {
        // Collecting from nowhere fails in the Collecting stage; writing into a missing
        // folder fails in the WritingSnapshot stage.
        OpsApiBackend backend(QUrl(u"http://127.0.0.1:1"_s), "token");
        ReportExportRequest request
            = exportRequest(&backend, ReportFormat::Json, u"unreachable.bwsnap"_s);
        request.output = ReportExportRequest::Output::Snapshot;
        ReportExportJob collecting(request);
        QSignalSpy collectingDone(&collecting, &ReportExportJob::finished);
        collecting.start();
        QVERIFY(collectingDone.wait(60000));
        auto result = collectingDone.at(0).at(0).value<ReportExportResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.stage, ReportExportResult::Stage::Collecting);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!QFile::exists(request.path));

        request.backend = nullptr;
        request.data = m_data;
        request.path = m_dir.filePath(u"no-such-folder/given.bwsnap"_s);
        ReportExportJob writing(request);
        QSignalSpy writingDone(&writing, &ReportExportJob::finished);
        writing.start();
        QVERIFY(writingDone.wait(60000));
        result = writingDone.at(0).at(0).value<ReportExportResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.stage, ReportExportResult::Stage::WritingSnapshot);
        QVERIFY(!result.error.isEmpty());
    }

    void cancelledExportReportsNothing()
    {
        OpsApiBackend backend(m_sim.baseUrl(), SimProcess::viewerToken());
        const ReportExportRequest request
            = exportRequest(&backend, ReportFormat::Pdf, u"cancelled-export.pdf"_s);
        ReportExportJob job(request);
        QSignalSpy finished(&job, &ReportExportJob::finished);
        QSignalSpy stages(&job, &ReportExportJob::stageChanged);
        job.start();
        job.cancel();
        QVERIFY(!job.isRunning());
        QTest::qWait(2000);
        QVERIFY(finished.isEmpty());
        QCOMPARE(stages.size(), 1); // collecting began, nothing after it
        QVERIFY(!QFile::exists(request.path));
    }

    void cleanupTestCase() { m_sim.stop(); }
};

QTEST_MAIN(tst_ReportExport)
#include "tst_reportexport.moc"
