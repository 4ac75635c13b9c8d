// SPDX-License-Identifier: MIT
// `bwctl ops ...` as operators' scripts run it: the real executable against a real breakwater-sim.
#include "tests/support/apiclient.h"
#include "tests/support/simprocess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr auto tokenVariable = "BWCTL_TEST_TOKEN";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(
            QString::number(exitCode), QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

QString executable()
{
    return qEnvironmentVariable("BREAKWATER_BINARY_DIR") + u"/app/bwctl"_s;
}

} // namespace

class TestBwctlOps : public QObject {
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_admin;

    QStringList globalArguments() const
    {
        return { u"--url"_s, m_sim.baseUrl().toString(), u"--token-env"_s,
            QLatin1StringView(tokenVariable) };
    }

    /** A bwctl process with the operator token, not started. Its stdin is not a terminal. */
    std::unique_ptr<QProcess> process(const QStringList &arguments)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(
            QLatin1StringView(tokenVariable), QString::fromUtf8(SimProcess::operatorToken()));
        p->setProcessEnvironment(env);
        p->setProgram(executable());
        p->setArguments(globalArguments() + arguments);
        return p;
    }

    static Run finish(QProcess &p)
    {
        Run run;
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            run.err = "test: bwctl did not finish within 60 s";
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    Run bwctl(const QStringList &arguments)
    {
        auto p = process(arguments);
        p->setStandardInputFile(QProcess::nullDevice());
        p->start();
        return finish(*p);
    }

    QList<qint64> generate(int count, const QString &source)
    {
        return m_admin->generateDeadLetters(count, source);
    }

    /** A file of ids, one per line, as --ids takes it. */
    static std::unique_ptr<QTemporaryFile> idsFile(const QList<qint64> &ids)
    {
        auto file = std::make_unique<QTemporaryFile>();
        if (!file->open())
            return nullptr;
        for (qint64 id : ids)
            file->write(QByteArray::number(id) + '\n');
        file->flush();
        return file;
    }

    qsizetype operationCount() { return m_admin->get(u"/ops/v1/operations"_s).items().size(); }

    /** Starts a slow delete straight through the API; its id. */
    QString startSlowDelete(const QString &source)
    {
        QJsonArray ids;
        for (qint64 id : generate(30, source))
            ids.append(id);
        const auto r = m_admin->post(u"/ops/v1/operations"_s,
            { { u"kind"_s, u"delete"_s }, { u"selector"_s, QJsonObject { { u"ids"_s, ids } } },
                { u"ratePerSecond"_s, 1 }, { u"reason"_s, u"slow on purpose"_s } });
        if (r.status != 201)
            qWarning() << r.describe();
        return r.json().value(u"id"_s).toString();
    }

    QString stateOf(const QString &id)
    {
        return m_admin->get(u"/ops/v1/operations/"_s + id).json().value(u"state"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(executable()).isExecutable(),
            qPrintable(u"%1 is missing: build the bwctl target"_s.arg(executable())));
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_admin = std::make_unique<ApiClient>(m_sim.baseUrl(), SimProcess::adminToken());
    }

    void dryRunPrintsTheExactCountAndStartsNothing_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addRow("table") << false;
        QTest::addRow("json") << true;
    }
    void dryRunPrintsTheExactCountAndStartsNothing()
    {
        QFETCH(bool, json);
        const QString source = json ? u"ops-plan-json"_s : u"ops-plan-table"_s;
        QCOMPARE(generate(42, source).size(), 42);
        generate(8, source + u"-other"_s); // a longer name: source: matches exactly, not by prefix
        const qsizetype before = operationCount();

        QStringList arguments { u"ops"_s, u"retry"_s, u"--filter"_s, u"source:"_s + source,
            u"--reason"_s, u"INC-1 look first"_s, u"--dry-run"_s };
        if (json)
            arguments.append(u"--json"_s);
        const Run run = bwctl(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        if (json) {
            QCOMPARE(run.json().value(u"selected"_s).toInteger(), 42);
            QCOMPARE(run.json().value(u"kind"_s).toString(), u"retry"_s);
        } else {
            QVERIFY2(run.out.contains("Selected: 42\n"), qPrintable(run.describe()));
            QVERIFY2(run.out.contains(source.toUtf8()), qPrintable(run.describe()));
        }
        QCOMPARE(operationCount(), before);
    }

    void withoutYesAndNoTerminalItRefusesAfterTheDryRun()
    {
        const auto ids = idsFile(generate(6, u"ops-refuse"_s));
        QVERIFY(ids);
        const qsizetype before = operationCount();
        const Run run = bwctl(
            { u"ops"_s, u"delete"_s, u"--ids"_s, ids->fileName(), u"--reason"_s, u"cleanup"_s });
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("Selected: 6\n"), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("--yes"), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("not a terminal"), qPrintable(run.describe()));
        QCOMPARE(operationCount(), before);
    }

    void withYesItRunsToSucceeded_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addRow("plain") << false;
        QTest::addRow("json") << true;
    }
    void withYesItRunsToSucceeded()
    {
        QFETCH(bool, json);
        const QList<qint64> letters = generate(12, json ? u"ops-yes-json"_s : u"ops-yes"_s);
        const auto ids = idsFile(letters);
        QVERIFY(ids);
        QStringList arguments { u"ops"_s, u"delete"_s, u"--ids"_s, ids->fileName(), u"--reason"_s,
            u"INC-2 cleanup"_s, u"--yes"_s, u"--rate"_s, u"1000"_s };
        if (json)
            arguments.append(u"--json"_s);
        const Run run = bwctl(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        if (json) {
            const QJsonObject op = run.json();
            QCOMPARE(op.value(u"state"_s).toString(), u"succeeded"_s);
            QCOMPARE(op.value(u"counts"_s).toObject().value(u"succeeded"_s).toInteger(), 12);
            QCOMPARE(op.value(u"reason"_s).toString(), u"INC-2 cleanup"_s);
        } else {
            QVERIFY2(
                run.out.contains(" succeeded: 12 selected, 12 succeeded, 0 failed, 0 skipped."),
                qPrintable(run.describe()));
            // Not a terminal: plain lines, no carriage returns.
            QVERIFY(!run.out.contains('\r'));
        }
        // The letters are gone from the active list.
        const auto letter = m_admin->get(u"/ops/v1/deadletters/%1"_s.arg(letters.first()));
        QVERIFY2(letter.json().value(u"status"_s).toString() != u"active"_s, letter.describe());
    }

    void listStatusAndCancel()
    {
        const QString id = startSlowDelete(u"ops-steer"_s);
        QVERIFY(!id.isEmpty());

        const Run list = bwctl({ u"ops"_s, u"list"_s });
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(list.out.contains(QByteArray(id.toUtf8() + ' ')), qPrintable(list.describe()));
        QVERIFY(list.out.contains("slow on purpose"));

        const Run status = bwctl({ u"ops"_s, u"status"_s, id, u"--json"_s });
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QCOMPARE(status.json().value(u"id"_s).toString(), id);
        QCOMPARE(status.json().value(u"counts"_s).toObject().value(u"selected"_s).toInteger(), 30);

        const Run cancel = bwctl({ u"ops"_s, u"cancel"_s, id });
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        QVERIFY2(cancel.out.contains(id.toUtf8()), qPrintable(cancel.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"cancelled"_s, 30000);

        const Run missing = bwctl({ u"ops"_s, u"status"_s, u"op-no-such"_s });
        QVERIFY2(missing.exitCode == 1, qPrintable(missing.describe()));
        QVERIFY2(missing.err.contains("(HTTP 404)"), qPrintable(missing.describe()));
    }

    void exportWritesTheItemsThatDidNotSucceed_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("csv") << u"csv"_s;
        QTest::addRow("json") << u"json"_s;
    }
    void exportWritesTheItemsThatDidNotSucceed()
    {
        QFETCH(QString, format);
        const QString id = startSlowDelete(u"ops-export-"_s + format);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_admin->post(u"/ops/v1/operations/%1/cancel"_s.arg(id), {}).status == 200);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"cancelled"_s, 30000);
        const QJsonObject counts
            = m_admin->get(u"/ops/v1/operations/"_s + id).json().value(u"counts"_s).toObject();
        const qint64 skipped = counts.value(u"skipped"_s).toInteger();
        QVERIFY(skipped > 0);

        const Run run = bwctl({ u"ops"_s, u"status"_s, id, u"--export"_s, format });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        if (format == u"json") {
            QCOMPARE(run.json().value(u"operation"_s).toObject().value(u"id"_s).toString(), id);
            QCOMPARE(run.json().value(u"items"_s).toArray().size(), skipped);
            QCOMPARE(run.json().value(u"reconciled"_s).toBool(), true);
        } else {
            QVERIFY2(run.out.contains("state,cancelled\n"), qPrintable(run.describe()));
            QVERIFY2(run.out.contains(QByteArray("skipped," + QByteArray::number(skipped) + '\n')),
                qPrintable(run.describe()));
            QCOMPARE(run.out.count(",skipped,"), skipped);
        }
    }

    void aFollowedOperationThatIsCancelledExitsWithItsOwnCode()
    {
        const auto ids = idsFile(generate(30, u"ops-follow"_s));
        QVERIFY(ids);
        const qsizetype before = operationCount();
        auto follower = process({ u"ops"_s, u"delete"_s, u"--ids"_s, ids->fileName(), u"--reason"_s,
            u"will be cancelled"_s, u"--yes"_s, u"--rate"_s, u"1"_s });
        follower->setStandardInputFile(QProcess::nullDevice());
        follower->start();
        QVERIFY(follower->waitForStarted(30'000));

        QTRY_VERIFY_WITH_TIMEOUT(operationCount() > before, 30000);
        const QString id = m_admin->get(u"/ops/v1/operations"_s)
                               .items()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        const auto r = m_admin->post(u"/ops/v1/operations/%1/cancel"_s.arg(id), {});
        QVERIFY2(r.status == 200, r.describe());

        const Run run = finish(*follower);
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QByteArray(id.toUtf8() + " cancelled: 30 selected")),
            qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestBwctlOps)
#include "tst_bwctlops.moc"
