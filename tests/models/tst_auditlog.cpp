// SPDX-License-Identifier: MIT
#include "core/audithash.h"
#include "models/auditlog.h"
#include "models/auditlogfilter.h"
#include "models/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AuditRecord action(const QString &backend, const QString &what, const QString &target, bool ok,
    const QString &reason = u"provider incident #4411"_s)
{
    AuditRecord r;
    r.tokenId = u"ops-token-1"_s;
    r.backendName = backend;
    r.backendUrl = u"https://"_s + backend + u".example.com"_s;
    r.environment = backend == u"prod" ? u"production"_s : u"staging"_s;
    r.action = what;
    r.target = target;
    r.reason = reason;
    r.succeeded = ok;
    r.resultMessage = ok ? u"done"_s : u"The server refused the token (401)"_s;
    return r;
}

/** Changes the file behind the AuditLog's back, as someone with a SQLite shell would. */
void tamper(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"audit-%1.sqlite"_s.arg(++m_file));
    }

    void appendAssignsSeqTimeUserAndHash()
    {
        qputenv("USER", "alice");
        AuditLog log(m_path);
        QVERIFY(log.open());
        QSignalSpy appended(&log, &AuditLog::appended);
        const auto first
            = log.append(action(u"prod"_s, u"breaker.force-open"_s, u"payments"_s, true));
        QVERIFY(first);
        QCOMPARE(first->seq, 1);
        QCOMPARE(first->osUser, u"alice"_s);
        QVERIFY(first->timeMs > 0);
        QCOMPARE(first->hash,
            AuditHash::link(AuditHash::genesis(), AuditHash::canonical(first->toCanonicalJson())));
        const auto second = log.append(action(u"prod"_s, u"breaker.reset"_s, u"payments"_s, false));
        QVERIFY(second);
        QCOMPARE(second->seq, 2);
        QCOMPARE(second->hash,
            AuditHash::link(first->hash, AuditHash::canonical(second->toCanonicalJson())));
        QCOMPARE(appended.size(), 2);
        QCOMPARE(log.count(), 2);
    }

    void appendsWithEmptyFieldsAndNoUserVariables()
    {
        // As under a service manager or in a container: no USER, LOGNAME or USERNAME.
        const QByteArray user = qgetenv("USER");
        for (const char *variable : { "USER", "LOGNAME", "USERNAME" })
            qunsetenv(variable);
        AuditLog log(m_path);
        QVERIFY(log.open());
        AuditRecord bare;
        bare.action = u"breaker.reset"_s;
        const auto stored = log.append(bare);
        qputenv("USER", user);
        QVERIFY2(stored, qPrintable(log.errorString()));
        QCOMPARE(stored->osUser, QDir::home().dirName());
        QCOMPARE(log.records().at(0).tokenId, QString());
        QVERIFY(log.verify().intact);
    }

    void recordsSurviveReopening()
    {
        {
            AuditLog log(m_path);
            QVERIFY(log.open());
            QVERIFY(
                log.append(action(u"prod"_s, u"deadletter.retry"_s, u"dead letter 42"_s, true)));
        }
        AuditLog log(m_path);
        QVERIFY(log.open());
        QVERIFY(log.append(action(u"staging"_s, u"sync.cancel"_s, u"sync-3"_s, false)));
        const QList<AuditRecord> all = log.records();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).target, u"dead letter 42"_s);
        QCOMPARE(all.at(0).reason, u"provider incident #4411"_s);
        QCOMPARE(all.at(1).seq, 2);
        QCOMPARE(all.at(1).resultMessage, u"The server refused the token (401)"_s);
        QVERIFY(log.verify().intact);
        QCOMPARE(log.verify().checked, 2);
    }

    void verifyFindsTheFirstBrokenLink_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBroken");
        QTest::addRow("reason edited")
            << u"UPDATE audit SET reason = 'routine' WHERE seq = 3"_s << 3LL;
        QTest::addRow("outcome flipped")
            << u"UPDATE audit SET succeeded = 1 WHERE seq = 2"_s << 2LL;
        QTest::addRow("record removed") << u"DELETE FROM audit WHERE seq = 2"_s << 3LL;
        QTest::addRow("first removed") << u"DELETE FROM audit WHERE seq = 1"_s << 2LL;
        QTest::addRow("hash rewritten with the edit")
            << u"UPDATE audit SET target = 'orders', hash = '%1' WHERE seq = 2"_s.arg(
                   QString(64, u'a'))
            << 2LL;
    }
    void verifyFindsTheFirstBrokenLink()
    {
        QFETCH(QString, sql);
        {
            AuditLog log(m_path);
            QVERIFY(log.open());
            for (int i = 0; i < 4; ++i)
                QVERIFY(log.append(
                    action(u"prod"_s, u"breaker.force-open"_s, u"payments"_s, i % 2 == 0)));
            QVERIFY(log.verify().intact);
        }
        tamper(m_path, sql);
        AuditLog log(m_path);
        QVERIFY(log.open());
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QTEST(v.firstBrokenSeq, "firstBroken");
        QVERIFY(v.message.contains(QString::number(v.firstBrokenSeq)));
    }

    void editWithARecomputedHashIsCaughtByTheNextLink()
    {
        QList<AuditRecord> written;
        {
            AuditLog log(m_path);
            QVERIFY(log.open());
            for (int i = 0; i < 3; ++i)
                written.append(
                    *log.append(action(u"prod"_s, u"breaker.force-open"_s, u"payments"_s, true)));
        }
        AuditRecord forged = written.at(1);
        forged.reason = u"routine check"_s;
        const QByteArray hash
            = AuditHash::link(written.at(0).hash, AuditHash::canonical(forged.toCanonicalJson()));
        tamper(m_path,
            u"UPDATE audit SET reason = 'routine check', hash = '%1' WHERE seq = 2"_s.arg(
                QString::fromLatin1(hash)));
        AuditLog log(m_path);
        QVERIFY(log.open());
        QCOMPARE(log.verify().firstBrokenSeq, 3);
    }

    void emptyLogIsIntact()
    {
        AuditLog log(m_path);
        QVERIFY(log.open());
        QVERIFY(log.verify().intact);
        QCOMPARE(log.verify().checked, 0);
    }

    void unwritableFileIsAnError()
    {
        AuditLog log(m_dir.path()); // a directory, not a file
        QVERIFY(!log.open());
        QVERIFY(!log.errorString().isEmpty());
        QVERIFY(!log.append(action(u"prod"_s, u"breaker.reset"_s, u"x"_s, true)));
    }

    void filterAccepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("accepted");
        const int any = int(AuditLogFilter::Outcome::Any);
        QTest::addRow("empty") << QString() << QString() << QString() << any << true;
        QTest::addRow("text in reason, any case")
            << u"INCIDENT"_s << QString() << QString() << any << true;
        QTest::addRow("text in target") << u"payments"_s << QString() << QString() << any << true;
        QTest::addRow("text nowhere") << u"orders"_s << QString() << QString() << any << false;
        QTest::addRow("same back end") << QString() << u"prod"_s << QString() << any << true;
        QTest::addRow("other back end") << QString() << u"staging"_s << QString() << any << false;
        QTest::addRow("same action")
            << QString() << QString() << u"breaker.force-open"_s << any << true;
        QTest::addRow("other action")
            << QString() << QString() << u"breaker.reset"_s << any << false;
        QTest::addRow("succeeded") << QString() << QString() << QString()
                                   << int(AuditLogFilter::Outcome::Succeeded) << true;
        QTest::addRow("failed only")
            << QString() << QString() << QString() << int(AuditLogFilter::Outcome::Failed) << false;
    }
    void filterAccepts()
    {
        QFETCH(QString, text);
        QFETCH(QString, backend);
        QFETCH(QString, action);
        QFETCH(int, outcome);
        AuditLogFilter f;
        f.text = text;
        f.backendName = backend;
        f.action = action;
        f.outcome = AuditLogFilter::Outcome(outcome);
        QTEST(f.accepts(::action(u"prod"_s, u"breaker.force-open"_s, u"payments"_s, true)),
            "accepted");
    }

    void modelShowsNewestFirstAndFollowsTheLog()
    {
        AuditLog log(m_path);
        QVERIFY(log.open());
        QVERIFY(log.append(action(u"prod"_s, u"breaker.force-open"_s, u"payments"_s, true)));
        QVERIFY(log.append(action(u"staging"_s, u"sync.cancel"_s, u"sync-3"_s, false)));
        AuditLogModel model(&log);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, AuditLogModel::TargetColumn)).toString(), u"sync-3"_s);
        QCOMPARE(model.data(model.index(1, AuditLogModel::TargetColumn)).toString(), u"payments"_s);
        QCOMPARE(model.data(model.index(0, AuditLogModel::ResultColumn)).toString(),
            u"failed: The server refused the token (401)"_s);
        QCOMPARE(model.data(model.index(0, 0), AuditLogModel::SucceededRole).toBool(), false);
        QCOMPARE(model.backendNames(), QStringList({ u"prod"_s, u"staging"_s }));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(log.append(action(u"prod"_s, u"deadletter.delete"_s, u"dead letter 9"_s, true)));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(
            model.data(model.index(0, AuditLogModel::TargetColumn)).toString(), u"dead letter 9"_s);

        AuditLogFilter prodOnly;
        prodOnly.backendName = u"prod"_s;
        model.setFilter(prodOnly);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.record(0).target, u"dead letter 9"_s);
        QCOMPARE(model.record(1).target, u"payments"_s);

        // A record the filter hides does not appear.
        QVERIFY(log.append(action(u"staging"_s, u"sync.pause"_s, u"sync-4"_s, true)));
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 4);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_file = 0;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
