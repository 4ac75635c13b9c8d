// SPDX-License-Identifier: MIT
#include "sim/simdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStringList>
#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "breakwater.sim.store")

namespace {

/**
 * Migration N (1-based) brings the schema from version N-1 to N. Never edit a
 * released step: append a new one, so files written by older builds upgrade.
 */
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            // Version 1. Text columns users filter on compare without case, so
            // source:Orders finds "orders" and the indexes still serve the filter.
            u"CREATE TABLE deadletters ("
            "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  source TEXT NOT NULL COLLATE NOCASE,"
            "  message_id TEXT NOT NULL,"
            "  request_id TEXT NOT NULL,"
            "  payload BLOB,"
            "  headers TEXT NOT NULL,"
            "  error_class TEXT NOT NULL COLLATE NOCASE,"
            "  error_message TEXT NOT NULL,"
            "  error_stack TEXT NOT NULL,"
            "  http_status INTEGER NOT NULL,"
            "  vendor_code TEXT NOT NULL COLLATE NOCASE,"
            "  attempts INTEGER NOT NULL,"
            "  first_failure_ms INTEGER NOT NULL,"
            "  last_failure_ms INTEGER NOT NULL,"
            "  destination TEXT NOT NULL,"
            "  fingerprint TEXT NOT NULL COLLATE NOCASE,"
            "  status INTEGER NOT NULL,"
            "  edited_payload BLOB)"_s,
            u"CREATE INDEX deadletters_status_id ON deadletters(status, id)"_s,
            u"CREATE INDEX deadletters_status_source_id ON deadletters(status, source, id)"_s,
            // Covers groups(): counts and first/last failure come from the index alone.
            u"CREATE INDEX deadletters_status_fingerprint "
            "ON deadletters(status, fingerprint, first_failure_ms, last_failure_ms)"_s,
            u"CREATE INDEX deadletters_status_error_class ON deadletters(status, error_class)"_s,
            u"CREATE TABLE events ("
            "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  type TEXT NOT NULL,"
            "  time_ms INTEGER NOT NULL,"
            "  data TEXT NOT NULL)"_s,
            u"CREATE TABLE deliveries ("
            "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  source TEXT NOT NULL,"
            "  message_id TEXT NOT NULL,"
            "  delivered_ms INTEGER NOT NULL,"
            "  operation TEXT NOT NULL)"_s,
            u"CREATE INDEX deliveries_message ON deliveries(message_id)"_s,
            u"CREATE INDEX deliveries_source_message ON deliveries(source, message_id)"_s,
            u"CREATE TABLE state ("
            "  kind TEXT NOT NULL,"
            "  key TEXT NOT NULL,"
            "  json TEXT NOT NULL,"
            "  PRIMARY KEY (kind, key)) WITHOUT ROWID"_s,
        },
    };
    static_assert(SimDatabase::SchemaVersion == 1, "add a migration step with the new version");
    return steps;
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return u"breakwater-sim-store-%1"_s.arg(++counter);
}

} // namespace

QString SimDatabase::filePathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"breakwater-sim.sqlite"_s);
}

SimDatabase::SimDatabase(const QString &filePath, const QString &connectionName)
    : m_filePath(filePath)
    , m_connectionName(connectionName)
    , m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName))
{
    m_db.setDatabaseName(filePath);
}

SimDatabase::~SimDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::variant<std::unique_ptr<SimDatabase>, StoreError> SimDatabase::open(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError { StoreError::Kind::Open,
            u"cannot create the data folder %1"_s.arg(info.absolutePath()) };

    std::unique_ptr<SimDatabase> db(new SimDatabase(info.absoluteFilePath(), nextConnectionName()));
    if (!db->m_db.isValid())
        return StoreError { StoreError::Kind::Open,
            u"the Qt SQLite driver (QSQLITE) is not installed"_s };
    if (!db->m_db.open()) {
        return StoreError { StoreError::Kind::Open,
            u"cannot open %1: %2"_s.arg(filePath, db->m_db.lastError().text()) };
    }
    if (auto error = db->configure())
        return *error;
    if (auto error = db->migrate())
        return *error;
    return db;
}

std::optional<StoreError> SimDatabase::configure()
{
    // WAL with synchronous=NORMAL: a commit is in the WAL (the OS's hands) when
    // it returns, which survives a killed process; only a power cut may lose
    // the last commits, and never corrupts the file.
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()) {
        return StoreError { StoreError::Kind::Open,
            u"%1 is not a breakwater-sim database: %2"_s.arg(m_filePath, q.lastError().text()) };
    }
    if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return StoreError { StoreError::Kind::Open,
            u"%1: SQLite refused write-ahead logging (journal mode %2); "
            "put the data folder on a local disk"_s.arg(m_filePath, q.value(0).toString()) };
    }
    q.finish();
    const QString pragmas[] = {
        u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA busy_timeout=%1"_s.arg(BusyTimeoutMs),
        u"PRAGMA foreign_keys=ON"_s,
        // 64 MiB of page cache (negative: KiB): a million letters' indexes stay in memory.
        u"PRAGMA cache_size=-65536"_s,
        u"PRAGMA temp_store=MEMORY"_s,
    };
    for (const auto &pragma : pragmas)
        if (!exec(pragma))
            return m_lastError;
    return std::nullopt;
}

std::optional<QString> SimDatabase::metaValue(const QString &key)
{
    QSqlQuery q = prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<StoreError> SimDatabase::migrate()
{
    if (!exec(
            u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s))
        return m_lastError;

    Transaction tx(*this);
    if (!tx.isActive())
        return m_lastError;
    const int found = metaValue(u"schema_version"_s).value_or(u"0"_s).toInt();
    if (found > SchemaVersion) {
        return StoreError { StoreError::Kind::NewerSchema,
            u"%1 was written by a newer breakwater-sim (schema version %2; this build reads "
            "up to %3): run the newer build, or start this one with another data folder"_s
                .arg(m_filePath)
                .arg(found)
                .arg(SchemaVersion) };
    }
    for (int version = found + 1; version <= SchemaVersion; ++version) {
        for (const auto &statement : migrations().at(version - 1))
            if (!exec(statement))
                return m_lastError;
    }
    if (found < SchemaVersion) {
        QSqlQuery q
            = prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)"_s);
        q.addBindValue(QString::number(SchemaVersion));
        if (!exec(q))
            return m_lastError;
    }
    if (!tx.commit())
        return m_lastError;
    return std::nullopt;
}

int SimDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

qint64 SimDatabase::lastAutoIncrementId(const QString &table)
{
    QSqlQuery q = prepare(u"SELECT seq FROM sqlite_sequence WHERE name = ?"_s);
    q.addBindValue(table);
    if (!exec(q) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QSqlQuery SimDatabase::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_lastError
            = StoreError { StoreError::Kind::Sql, u"%1 (in %2)"_s.arg(q.lastError().text(), sql) };
        qCWarning(lcStore).noquote() << m_lastError->message;
    }
    return q;
}

bool SimDatabase::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = StoreError { StoreError::Kind::Sql,
        u"%1 (in %2)"_s.arg(query.lastError().text(), query.lastQuery()) };
    qCWarning(lcStore).noquote() << m_lastError->message;
    return false;
}

bool SimDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_lastError
        = StoreError { StoreError::Kind::Sql, u"%1 (in %2)"_s.arg(q.lastError().text(), sql) };
    qCWarning(lcStore).noquote() << m_lastError->message;
    return false;
}

SimDatabase::Transaction::Transaction(SimDatabase &db)
    : m_db(db)
{
    if (m_db.m_transactionDepth > 0)
        m_savepoint = u"nested_%1"_s.arg(++m_db.m_savepointCounter);
    // IMMEDIATE takes the write lock now, so a second connection waits on
    // busy_timeout here instead of failing with SQLITE_BUSY at the first write.
    m_active
        = m_db.exec(m_savepoint.isEmpty() ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_savepoint);
    if (m_active)
        ++m_db.m_transactionDepth;
}

SimDatabase::Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool SimDatabase::Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint)) {
        rollback();
        return false;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return true;
}

void SimDatabase::Transaction::rollback()
{
    if (m_savepoint.isEmpty()) {
        m_db.exec(u"ROLLBACK"_s);
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE ends it.
        m_db.exec(u"ROLLBACK TO "_s + m_savepoint);
        m_db.exec(u"RELEASE "_s + m_savepoint);
    }
    m_active = false;
    --m_db.m_transactionDepth;
}
