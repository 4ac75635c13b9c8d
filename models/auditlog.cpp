// SPDX-License-Identifier: MIT
#include "models/auditlog.h"

#include "core/audithash.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

constexpr auto columns = "seq, time_ms, os_user, token_id, backend_name, backend_url, environment, "
                         "action, target, count, reason, succeeded, result_message, hash";

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.timeMs = q.value(1).toLongLong();
    r.osUser = q.value(2).toString();
    r.tokenId = q.value(3).toString();
    r.backendName = q.value(4).toString();
    r.backendUrl = q.value(5).toString();
    r.environment = q.value(6).toString();
    r.action = q.value(7).toString();
    r.target = q.value(8).toString();
    r.count = q.value(9).toLongLong();
    r.reason = q.value(10).toString();
    r.succeeded = q.value(11).toBool();
    r.resultMessage = q.value(12).toString();
    r.hash = q.value(13).toString().toLatin1();
    return r;
}

/** SQLite stores a null QString as NULL; the columns are NOT NULL and "" is what we mean. */
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

QJsonObject AuditRecord::toCanonicalJson() const
{
    return QJsonObject {
        { u"seq"_s, seq },
        { u"timeMs"_s, timeMs },
        { u"osUser"_s, osUser },
        { u"tokenId"_s, tokenId },
        { u"backendName"_s, backendName },
        { u"backendUrl"_s, backendUrl },
        { u"environment"_s, environment },
        { u"action"_s, action },
        { u"target"_s, target },
        { u"count"_s, count },
        { u"reason"_s, reason },
        { u"succeeded"_s, succeeded },
        { u"resultMessage"_s, resultMessage },
    };
}

AuditLog::AuditLog(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    static std::atomic<int> instances { 0 };
    m_connectionName = u"breakwater-audit-%1"_s.arg(++instances);
}

AuditLog::~AuditLog()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool AuditLog::open()
{
    if (m_open)
        return true;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        m_error = tr("Cannot open the audit log %1: %2").arg(m_filePath, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // Another console process may be appending: wait for its lock rather than fail.
    const QString statements[] = {
        u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = FULL"_s,
        u"CREATE TABLE IF NOT EXISTS audit ("
        "seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, os_user TEXT NOT NULL, "
        "token_id TEXT NOT NULL, backend_name TEXT NOT NULL, backend_url TEXT NOT NULL, "
        "environment TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, "
        "count INTEGER NOT NULL, reason TEXT NOT NULL, succeeded INTEGER NOT NULL, "
        "result_message TEXT NOT NULL, hash TEXT NOT NULL)"_s,
    };
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            m_error = tr("Cannot prepare the audit log %1: %2").arg(m_filePath, sqlError(q));
            return false;
        }
    }
    m_open = true;
    return true;
}

std::optional<AuditRecord> AuditLog::append(AuditRecord record)
{
    if (!m_open && !open())
        return std::nullopt;
    if (record.timeMs == 0)
        record.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (record.osUser.isEmpty())
        record.osUser = currentOsUser();

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock before reading the last hash, so two
    // processes appending at once cannot both chain from the same record.
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_error = tr("Cannot write the audit log: %1").arg(sqlError(q));
        return std::nullopt;
    }
    auto fail = [&](const QSqlQuery &failed) {
        m_error = tr("Cannot write the audit log: %1").arg(sqlError(failed));
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return std::nullopt;
    };
    if (!q.exec(u"SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"_s))
        return fail(q);
    QByteArray previous = AuditHash::genesis();
    record.seq = 1;
    if (q.next()) {
        record.seq = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString().toLatin1();
    }
    record.hash = AuditHash::link(previous, AuditHash::canonical(record.toCanonicalJson()));

    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            QLatin1StringView(columns)));
    const QVariant values[] = { record.seq, record.timeMs, text(record.osUser),
        text(record.tokenId), text(record.backendName), text(record.backendUrl),
        text(record.environment), text(record.action), text(record.target), record.count,
        text(record.reason), record.succeeded ? 1 : 0, text(record.resultMessage),
        QString::fromLatin1(record.hash) };
    for (const QVariant &value : values)
        insert.addBindValue(value);
    if (!insert.exec())
        return fail(insert);
    if (!q.exec(u"COMMIT"_s))
        return fail(q);
    Q_EMIT appended(record);
    return record;
}

QList<AuditRecord> AuditLog::records() const
{
    QList<AuditRecord> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM audit ORDER BY seq"_s.arg(QLatin1StringView(columns))))
        return out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

qint64 AuditLog::count() const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(u"SELECT COUNT(*) FROM audit"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    const QList<AuditRecord> all = records();
    QList<AuditHash::Link> chain;
    chain.reserve(all.size());
    std::optional<qsizetype> broken;
    for (qsizetype i = 0; i < all.size(); ++i) {
        // A missing seq is a removed record even when the hashes were rewritten around it.
        if (!broken && all.at(i).seq != i + 1)
            broken = i;
        chain.append({ AuditHash::canonical(all.at(i).toCanonicalJson()), all.at(i).hash });
    }
    const std::optional<qsizetype> hashBroken = AuditHash::firstBrokenLink(chain);
    if (hashBroken && (!broken || *hashBroken < *broken))
        broken = hashBroken;
    v.checked = all.size();
    if (!broken) {
        v.message = tr("The audit log is intact: %n record(s) checked.", nullptr, int(v.checked));
        return v;
    }
    v.intact = false;
    v.firstBrokenSeq = all.at(*broken).seq;
    v.message = tr("The audit log was changed outside the console: record %1 (%2) or the one "
                   "before it was edited or removed.")
                    .arg(v.firstBrokenSeq)
                    .arg(QDateTime::fromMSecsSinceEpoch(all.at(*broken).timeMs, Qt::UTC)
                             .toString(Qt::ISODate));
    return v;
}

QString AuditLog::currentOsUser()
{
    for (const char *variable : { "USER", "LOGNAME", "USERNAME" }) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    // Services and containers often run without any of those: the home folder still says who.
    return QDir::home().dirName();
}
