// SPDX-License-Identifier: MIT
// bwctl as operators' scripts run it: the real executable against a real breakwater-sim.
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>
#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr auto tokenVariable = "BWCTL_TEST_TOKEN";
/** Letters of this source exist only for the list tests. */
constexpr auto listSource = "bwctl-list";
constexpr int listLetters = 250;

/** What one bwctl run left behind. */
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(
            QString::number(exitCode), QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QStringList stateNames(const QJsonArray &breakers, const QString &name)
{
    QStringList states;
    for (const QJsonValue &b : breakers)
        if (b.toObject().value(u"name"_s).toString() == name)
            states.append(b.toObject().value(u"state"_s).toString());
    return states;
}

} // namespace

class TestBwctl : public QObject {
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_admin;

    static QString executable()
    {
        return qEnvironmentVariable("BREAKWATER_BINARY_DIR") + u"/app/bwctl"_s;
    }

    /**
     * Runs bwctl with `arguments` after --url and --token-env; the token is
     * put in the environment variable (nullopt: the variable is not set).
     * An empty `url` means the sim's.
     */
    Run bwctl(const QStringList &arguments,
        std::optional<QByteArray> token = SimProcess::operatorToken(), const QString &url = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QLatin1StringView(tokenVariable));
        if (token)
            env.insert(QLatin1StringView(tokenVariable), QString::fromUtf8(*token));
        return runRaw(QStringList { u"--url"_s, url.isEmpty() ? m_sim.baseUrl().toString() : url,
                          u"--token-env"_s, QLatin1StringView(tokenVariable) }
                + arguments,
            env);
    }

    static Run runRaw(const QStringList &arguments,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(executable(), arguments);
        Run run;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            run.err = "test: bwctl did not finish within 60 s";
            return run;
        }
        run.elapsedMs = timer.elapsed();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QList<qint64> generate(int count, const QString &source)
    {
        const auto r = m_admin->post(
            u"/sim/v1/deadletters/generate"_s, { { u"count"_s, count }, { u"source"_s, source } });
        if (r.status != 201)
            qWarning() << r.describe();
        QList<qint64> ids;
        for (qint64 id = r.json().value(u"firstId"_s).toInteger();
             id && id <= r.json().value(u"lastId"_s).toInteger(); ++id)
            ids.append(id);
        return ids;
    }

    /** A fresh active letter of `source`: its id as bwctl takes it, empty if the sim refused. */
    QString newLetter(const QString &source)
    {
        const QList<qint64> ids = generate(1, source);
        return ids.size() == 1 ? QString::number(ids.first()) : QString();
    }

    /** Upstream deliveries of `integration` always succeed, so a retry delivers. */
    void makeHealthy(const QString &integration)
    {
        const auto r = m_admin->post(u"/sim/v1/faults"_s,
            { { u"integration"_s, integration }, { u"errorRate"_s, 0 }, { u"latencyMs"_s, 10 } });
        QVERIFY2(r.status == 200, r.describe());
    }

    QJsonArray breakersJson()
    {
        const Run run = bwctl({ u"breakers"_s, u"list"_s, u"--json"_s });
        if (run.exitCode != 0)
            qWarning() << run.describe();
        return run.json().value(u"items"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(executable()).isExecutable(),
            qPrintable(u"%1 is missing: build the bwctl target"_s.arg(executable())));
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
        QCOMPARE(generate(listLetters, QString::fromLatin1(listSource)).size(), listLetters);
        // Letters the list filter must leave out.
        QCOMPARE(generate(20, u"bwctl-other"_s).size(), 20);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addRow("program") << QStringList { u"--help"_s }
                                 << u"deadletters list [--filter Q] [--limit N]"_s;
        QTest::addRow("group") << QStringList { u"syncs"_s, u"--help"_s }
                               << u"syncs retry-failed ID --reason R"_s;
        QTest::addRow("command") << QStringList { u"deadletters"_s, u"list"_s, u"-h"_s }
                                 << u"--filter Q"_s;
    }
    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = runRaw(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(run.out).contains(expected), qPrintable(run.describe()));
        QVERIFY(run.out.startsWith("usage: bwctl"));
        QVERIFY(run.err.isEmpty());
    }

    void info_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addRow("table") << false;
        QTest::addRow("json") << true;
    }
    void info()
    {
        QFETCH(bool, json);
        const Run run
            = bwctl(json ? QStringList { u"info"_s, u"--json"_s } : QStringList { u"info"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.err.isEmpty());
        if (json) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(u"name"_s).toString(), u"breakwater-sim"_s);
            QCOMPARE(o.value(u"apiVersion"_s).toString(), u"1"_s);
            QCOMPARE(o.value(u"identity"_s).toObject().value(u"role"_s).toString(), u"operator"_s);
            QVERIFY(o.value(u"integrations"_s).toArray().contains(u"erp-order-export"_s));
        } else {
            const QString text = QString::fromUtf8(run.out);
            QVERIFY2(text.contains(u"breakwater-sim"_s), qPrintable(text));
            QVERIFY2(QRegularExpression(
                         u"^Signed in as:\\s+operator"_s, QRegularExpression::MultilineOption)
                         .match(text)
                         .hasMatch(),
                qPrintable(text));
            QVERIFY2(text.contains(u"offline-client-queue"_s), qPrintable(text));
        }
    }

    void breakersListShowsScenarioBreakers()
    {
        const Run run = bwctl({ u"breakers"_s, u"list"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header and one line per breaker
        QVERIFY(lines.first().startsWith(u"NAME"_s));
        for (const QString &name : { u"cms-content-api"_s, u"erp-order-export"_s,
                 u"marketplace-orders"_s, u"payments-webhooks"_s }) {
            const auto line = std::find_if(lines.begin(), lines.end(),
                [&](const QString &l) { return l.startsWith(name + u' '); });
            QVERIFY2(line != lines.end(), qPrintable(name));
            QVERIFY2(line->contains(u" CLOSED "_s), qPrintable(*line));
        }
        // The columns line up: every row's STATE starts where the header's does.
        const qsizetype stateColumn = lines.first().indexOf(u"STATE"_s);
        for (const QString &line : lines.mid(1))
            QCOMPARE(line.indexOf(u"CLOSED"_s), stateColumn);

        const QJsonArray items = breakersJson();
        QCOMPARE(items.size(), 4);
    }

    void forceOpenThenRelease()
    {
        Run run = bwctl({ u"breakers"_s, u"force-open"_s, u"payments-webhooks"_s, u"--reason"_s,
            u"provider incident INC-7"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("FORCED_OPEN"), qPrintable(run.describe()));

        run = bwctl({ u"breakers"_s, u"list"_s });
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
        const auto line = std::find_if(lines.begin(), lines.end(),
            [](const QString &l) { return l.startsWith(u"payments-webhooks "_s); });
        QVERIFY2(
            line != lines.end() && line->contains(u" FORCED_OPEN "_s), qPrintable(run.describe()));
        QCOMPARE(
            stateNames(breakersJson(), u"payments-webhooks"_s), QStringList { u"FORCED_OPEN"_s });

        // The reason went to the breaker's history.
        run = bwctl({ u"breakers"_s, u"show"_s, u"payments-webhooks"_s });
        QVERIFY2(run.exitCode == 0 && run.out.contains("provider incident INC-7"),
            qPrintable(run.describe()));

        run = bwctl({ u"breakers"_s, u"release"_s, u"payments-webhooks"_s, u"--reason"_s,
            u"provider recovered"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(u"state"_s).toString(), u"CLOSED"_s);
        QCOMPARE(stateNames(breakersJson(), u"payments-webhooks"_s), QStringList { u"CLOSED"_s });
    }

    void serverRefusalExitsOneWithProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("expected"); // a regular expression for the whole of stderr
        const QByteArray op = SimProcess::operatorToken();
        QTest::addRow("unknown breaker") << QStringList {
            u"breakers"_s, u"force-open"_s, u"no-such-breaker"_s, u"--reason"_s, u"test"_s
        } << op << u"bwctl: Not Found: .*no-such-breaker.* \\(HTTP 404\\)\n"_s;
        QTest::addRow("unknown breaker shown")
            << QStringList { u"breakers"_s, u"show"_s, u"no-such-breaker"_s } << op
            << u"bwctl: Not Found: .*no-such-breaker.* \\(HTTP 404\\)\n"_s;
        QTest::addRow("viewer acts")
            << QStringList { u"breakers"_s, u"force-open"_s, u"payments-webhooks"_s, u"--reason"_s,
                   u"test"_s }
            << SimProcess::viewerToken() << u"bwctl: Forbidden: .*operator.* \\(HTTP 403\\)\n"_s;
        QTest::addRow("unknown token")
            << QStringList { u"breakers"_s, u"list"_s } << "not-a-token"_ba
            << u"bwctl: Unauthorized: .+ \\(HTTP 401\\)\n"_s;
        QTest::addRow("release a closed breaker") << QStringList {
            u"breakers"_s, u"release"_s, u"cms-content-api"_s, u"--reason"_s, u"test"_s
        } << op << u"bwctl: Conflict: .*CLOSED.* \\(HTTP 409\\)\n"_s;
        QTest::addRow("unknown letter") << QStringList { u"deadletters"_s, u"show"_s,
            u"99999999"_s } << op << u"bwctl: Not Found: .+ \\(HTTP 404\\)\n"_s;
        QTest::addRow("unknown integration") << QStringList { u"syncs"_s, u"start"_s,
            u"--integration"_s, u"no-such-integration"_s, u"--total"_s, u"10"_s, u"--reason"_s,
            u"test"_s } << op << u"bwctl: Bad Request: .*no-such-integration.* \\(HTTP 400\\)\n"_s;
    }
    void serverRefusalExitsOneWithProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, token);
        QFETCH(QString, expected);
        const Run run = bwctl(arguments, token);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(expected))
                     .match(QString::fromUtf8(run.err))
                     .hasMatch(),
            qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        // Refused means unchanged.
        for (const QJsonValue &b : breakersJson())
            QCOMPARE(b.toObject().value(u"state"_s).toString(), u"CLOSED"_s);
    }

    void usageErrorExitsTwoBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("tokenSet");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>(
            "url"); // empty: a closed port, so any request would fail with exit 1
        QTest::addColumn<QString>("expected");
        const QByteArray op = SimProcess::operatorToken();
        const QString reason = u"--reason"_s;
        QTest::addRow("breaker action without reason")
            << QStringList { u"breakers"_s, u"force-open"_s, u"payments-webhooks"_s } << true << op
            << QString() << u"--reason is required"_s;
        QTest::addRow("blank reason")
            << QStringList { u"breakers"_s, u"reset"_s, u"payments-webhooks"_s, reason, u"  "_s }
            << true << op << QString() << u"--reason is required"_s;
        QTest::addRow("delete without reason") << QStringList { u"deadletters"_s, u"delete"_s,
            u"1"_s } << true << op << QString() << u"--reason is required"_s;
        QTest::addRow("retry without reason")
            << QStringList { u"deadletters"_s, u"retry"_s, u"1"_s } << true << op << QString()
            << u"--reason is required"_s;
        QTest::addRow("sync start without reason") << QStringList { u"syncs"_s, u"start"_s,
            u"--integration"_s, u"marketplace-catalog"_s, u"--total"_s,
            u"10"_s } << true << op << QString() << u"--reason is required"_s;
        QTest::addRow("sync cancel without reason") << QStringList { u"syncs"_s, u"cancel"_s,
            u"sync-1"_s } << true << op << QString() << u"--reason is required"_s;
        QTest::addRow("reason too long")
            << QStringList { u"breakers"_s, u"reset"_s, u"x"_s, reason, QString(501, u'r') } << true
            << op << QString() << u"at most 500"_s;
        QTest::addRow("token variable not set")
            << QStringList { u"breakers"_s, u"list"_s } << false << QByteArray() << QString()
            << u"BWCTL_TEST_TOKEN"_s;
        QTest::addRow("token variable empty") << QStringList { u"breakers"_s, u"list"_s } << true
                                              << QByteArray() << QString() << u"BWCTL_TEST_TOKEN"_s;
        QTest::addRow("bad filter")
            << QStringList { u"deadletters"_s, u"list"_s, u"--filter"_s, u"source:x sorce:y"_s }
            << true << op << QString() << u"position 10"_s;
        QTest::addRow("bad filter in groups")
            << QStringList { u"deadletters"_s, u"groups"_s, u"--filter"_s, u"error:X \"unclosed"_s }
            << true << op << QString() << u"position 9"_s;
        QTest::addRow("not an http url") << QStringList { u"info"_s } << true << op
                                         << u"ftp://127.0.0.1/"_s << u"http:// or https://"_s;
        QTest::addRow("unknown command")
            << QStringList { u"frobnicate"_s } << true << op << QString() << u"frobnicate"_s;
        QTest::addRow("unknown option") << QStringList { u"breakers"_s, u"list"_s, u"--frob"_s }
                                        << true << op << QString() << u"frob"_s;
        QTest::addRow("option of another command")
            << QStringList { u"breakers"_s, u"list"_s, u"--limit"_s, u"3"_s } << true << op
            << QString() << u"--limit"_s;
        QTest::addRow("letter id not a number")
            << QStringList { u"deadletters"_s, u"show"_s, u"abc"_s } << true << op << QString()
            << u"abc"_s;
        QTest::addRow("limit zero")
            << QStringList { u"deadletters"_s, u"list"_s, u"--limit"_s, u"0"_s } << true << op
            << QString() << u"--limit"_s;
        QTest::addRow("payload file missing")
            << QStringList { u"deadletters"_s, u"retry"_s, u"1"_s, reason, u"fix"_s,
                   u"--payload-file"_s, u"/nonexistent/payload.json"_s }
            << true << op << QString() << u"/nonexistent/payload.json"_s;
    }
    void usageErrorExitsTwoBeforeAnyRequest()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, tokenSet);
        QFETCH(QByteArray, token);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QString target = url.isEmpty() ? u"http://127.0.0.1:%1"_s.arg(closedPort()) : url;
        const Run run = bwctl(arguments, tokenSet ? std::optional(token) : std::nullopt, target);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(
            err.startsWith(u"bwctl: "_s) && err.contains(expected), qPrintable(run.describe()));
        QVERIFY2(err.contains(u"\nusage: bwctl "_s), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }

    void deadLetterListFollowsCursorsUpToLimit_data()
    {
        QTest::addColumn<QStringList>("limit");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("moreMatch");
        QTest::addRow("default 100") << QStringList() << 100 << true;
        QTest::addRow("150 of 250") << QStringList { u"--limit"_s, u"150"_s } << 150 << true;
        QTest::addRow("all 250") << QStringList { u"--limit"_s, u"1000"_s } << listLetters << false;
    }
    void deadLetterListFollowsCursorsUpToLimit()
    {
        QFETCH(QStringList, limit);
        QFETCH(int, rows);
        QFETCH(bool, moreMatch);
        const QString filter = u"source:"_s + QLatin1StringView(listSource);
        const QStringList arguments
            = QStringList { u"deadletters"_s, u"list"_s, u"--filter"_s, filter } + limit;

        Run run = bwctl(arguments + QStringList { u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray items = run.json().value(u"items"_s).toArray();
        QCOMPARE(items.size(), rows);
        QSet<qint64> ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : items) {
            const QJsonObject letter = v.toObject();
            QCOMPARE(letter.value(u"source"_s).toString(), QLatin1StringView(listSource));
            const qint64 id = letter.value(u"id"_s).toInteger();
            QVERIFY2(id < previous, "newest first, no repeats across pages");
            previous = id;
            ids.insert(id);
            QVERIFY(!letter.contains(u"payload"_s)); // summaries, as the server lists them
        }
        QCOMPARE(ids.size(), rows);
        QCOMPARE(run.json().value(u"nextCursor"_s).isString(), moreMatch);

        run = bwctl(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        const QRegularExpression row(
            u"^\\s*\\d+  bwctl-list  "_s, QRegularExpression::MultilineOption);
        int shown = 0;
        for (auto it = row.globalMatch(text); it.hasNext(); it.next())
            ++shown;
        QCOMPARE(shown, rows);
        QCOMPARE(text.contains(u"more match"_s), moreMatch);
    }

    void deadLetterGroupsCountByCause()
    {
        const Run run = bwctl(
            { u"deadletters"_s, u"groups"_s, u"--filter"_s, u"source:bwctl-list"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(u"total"_s).toInteger(), listLetters);
        qint64 counted = 0;
        for (const QJsonValue &g : run.json().value(u"items"_s).toArray())
            counted += g.toObject().value(u"count"_s).toInteger();
        QCOMPARE(counted, listLetters);
    }

    void showPrintsTheWholeLetter()
    {
        const QString id = newLetter(u"marketplace-orders"_s);
        QVERIFY(!id.isEmpty());
        Run run = bwctl({ u"deadletters"_s, u"show"_s, id, u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject letter = run.json();
        QCOMPARE(QString::number(letter.value(u"id"_s).toInteger()), id);
        QCOMPARE(letter.value(u"status"_s).toString(), u"active"_s);
        QVERIFY(!letter.value(u"payload"_s).toString().isEmpty());

        run = bwctl({ u"deadletters"_s, u"show"_s, id });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(QRegularExpression(u"^ID:\\s+%1$"_s.arg(id), QRegularExpression::MultilineOption)
                     .match(text)
                     .hasMatch(),
            qPrintable(text));
        QVERIFY2(text.contains(u"marketplace-orders"_s) && text.contains(u"\nPayload:\n"_s),
            qPrintable(text));
    }

    void retryDeliversAndResolves()
    {
        makeHealthy(u"erp-order-export"_s);
        const QString id = newLetter(u"erp-order-export"_s);
        QVERIFY(!id.isEmpty());
        Run run = bwctl({ u"deadletters"_s, u"retry"_s, id, u"--reason"_s, u"ERP back up"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("delivered"), qPrintable(run.describe()));
        run = bwctl({ u"deadletters"_s, u"show"_s, id, u"--json"_s });
        QCOMPARE(run.json().value(u"status"_s).toString(), u"resolved"_s);

        // A resolved letter cannot be retried again: the server says why.
        run = bwctl({ u"deadletters"_s, u"retry"_s, id, u"--reason"_s, u"again"_s });
        QVERIFY2(run.exitCode == 1 && run.err.contains("(HTTP 409)"), qPrintable(run.describe()));
    }

    void retryThatFailsAgainExitsOne()
    {
        const auto faults = m_admin->post(u"/sim/v1/faults"_s,
            { { u"integration"_s, u"payments-webhooks"_s }, { u"errorRate"_s, 1 },
                { u"latencyMs"_s, 10 },
                { u"errorMix"_s,
                    QJsonArray { QJsonObject { { u"kind"_s, u"http"_s }, { u"weight"_s, 1 },
                        { u"httpStatus"_s, 502 }, { u"errorClass"_s, u"HttpServerError"_s },
                        { u"message"_s, u"bwctl test: provider still down"_s } } } } });
        QVERIFY2(faults.status == 200, faults.describe());
        const QString id = newLetter(u"payments-webhooks"_s);
        QVERIFY(!id.isEmpty());
        const Run run = bwctl(
            { u"deadletters"_s, u"retry"_s, id, u"--reason"_s, u"try again"_s, u"--json"_s });
        makeHealthy(u"payments-webhooks"_s);
        // The request worked but the letter is still dead: a script must not carry on as if it were
        // delivered.
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(run.json().value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY2(QString::fromUtf8(run.err).startsWith(
                     u"bwctl: dead letter %1 was not delivered"_s.arg(id)),
            qPrintable(run.describe()));
        QCOMPARE(
            run.json().value(u"letter"_s).toObject().value(u"status"_s).toString(), u"active"_s);
    }

    void retryWithEditedPayloadKeepsTheOriginal()
    {
        makeHealthy(u"erp-order-export"_s);
        const QString id = newLetter(u"erp-order-export"_s);
        QVERIFY(!id.isEmpty());
        const QString original = bwctl({ u"deadletters"_s, u"show"_s, id, u"--json"_s })
                                     .json()
                                     .value(u"payload"_s)
                                     .toString();
        QVERIFY(!original.isEmpty());

        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray edited = R"({"orderNumber": "SO-7", "customer": "C-42"})";
        file.write(edited);
        file.close();
        Run run = bwctl({ u"deadletters"_s, u"retry"_s, id, u"--reason"_s,
            u"customer number fixed"_s, u"--payload-file"_s, file.fileName(), u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(u"outcome"_s).toString(), u"delivered"_s);

        const QJsonObject letter = bwctl({ u"deadletters"_s, u"show"_s, id, u"--json"_s }).json();
        QCOMPARE(letter.value(u"payload"_s).toString(), original);
        QCOMPARE(QJsonDocument::fromJson(letter.value(u"editedPayload"_s).toString().toUtf8()),
            QJsonDocument::fromJson(edited));
    }

    void deleteRemovesTheLetter()
    {
        const QString id = newLetter(u"cms-content-api"_s);
        QVERIFY(!id.isEmpty());
        Run run = bwctl({ u"deadletters"_s, u"delete"_s, id, u"--reason"_s, u"duplicate"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("deleted"), qPrintable(run.describe()));
        run = bwctl({ u"deadletters"_s, u"show"_s, id });
        QVERIFY2(run.exitCode == 1 && run.err.contains("(HTTP 404)"), qPrintable(run.describe()));
    }

    void syncsStartListPauseCancel()
    {
        Run run = bwctl({ u"syncs"_s, u"start"_s, u"--integration"_s, u"marketplace-catalog"_s,
            u"--total"_s, u"100000"_s, u"--rate"_s, u"5"_s, u"--name"_s, u"bwctl catalogue push"_s,
            u"--reason"_s, u"nightly"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString id = run.json().value(u"id"_s).toString();
        QVERIFY2(!id.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(run.json().value(u"integration"_s).toString(), u"marketplace-catalog"_s);
        QCOMPARE(run.json().value(u"total"_s).toInteger(), 100000);

        run = bwctl({ u"syncs"_s, u"list"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QStringList listed;
        for (const QJsonValue &j : run.json().value(u"items"_s).toArray())
            listed.append(j.toObject().value(u"id"_s).toString());
        QVERIFY2(listed.contains(id), qPrintable(run.describe()));

        run = bwctl({ u"syncs"_s, u"pause"_s, id, u"--reason"_s, u"maintenance"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().value(u"state"_s).toString(), u"paused"_s);

        run = bwctl({ u"syncs"_s, u"cancel"_s, id, u"--reason"_s, u"not tonight"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("cancelled"), qPrintable(run.describe()));

        run = bwctl({ u"syncs"_s, u"list"_s });
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
        const auto line = std::find_if(
            lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(id + u' '); });
        QVERIFY2(
            line != lines.end() && line->contains(u" cancelled "_s), qPrintable(run.describe()));

        // Cancelling a finished job is refused.
        run = bwctl({ u"syncs"_s, u"cancel"_s, id, u"--reason"_s, u"again"_s });
        QVERIFY2(run.exitCode == 1 && run.err.contains("(HTTP 409)"), qPrintable(run.describe()));
    }

    void unreachableServerFailsWithinTheTimeout_data()
    {
        QTest::addColumn<bool>("listening"); // a server that accepts connections but never answers
        QTest::addColumn<int>("timeoutSeconds");
        QTest::addColumn<QString>("expected");
        QTest::addRow("closed port") << false << 5 << u"Cannot reach 127.0.0.1:"_s;
        QTest::addRow("silent server") << true << 1 << u"No answer from 127.0.0.1:"_s;
    }
    void unreachableServerFailsWithinTheTimeout()
    {
        QFETCH(bool, listening);
        QFETCH(int, timeoutSeconds);
        QFETCH(QString, expected);
        // The kernel completes the handshake for the listen backlog; nobody ever reads.
        QTcpServer silent;
        quint16 port = 0;
        if (listening) {
            QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
            port = silent.serverPort();
        } else {
            port = closedPort();
        }
        const Run run = bwctl({ u"--timeout"_s, QString::number(timeoutSeconds), u"info"_s },
            SimProcess::operatorToken(), u"http://127.0.0.1:%1"_s.arg(port));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(run.err).startsWith(u"bwctl: "_s + expected),
            qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.elapsedMs < timeoutSeconds * 1000 + 10000,
            qPrintable(u"took %1 ms"_s.arg(run.elapsedMs)));
        if (listening)
            QVERIFY2(run.elapsedMs >= timeoutSeconds * 1000 - 100, "gave up before the deadline");
    }
};

QTEST_GUILESS_MAIN(TestBwctl)
#include "tst_bwctl.moc"
