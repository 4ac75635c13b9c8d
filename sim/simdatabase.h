// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>
#include <variant>

/** Why the store could not do what was asked. */
struct StoreError {
    enum class Kind {
        Open, ///< the file could not be opened or is not a database
        NewerSchema, ///< the file was written by a newer breakwater-sim
        Sql, ///< a statement failed (disk full, I/O error, a bug)
        BadCursor, ///< a page cursor that this store did not hand out
    };
    Kind kind = Kind::Sql;
    QString message; ///< for the server log or a problem+json detail
};

/**
 * breakwater-sim's SQLite file: opens or creates it, applies the schema and
 * its migrations, and hands the stores (DeadLetterStore, EventLog,
 * DeliveryLedger, StateStore) their connection.
 *
 * Durability: WAL journal with synchronous=NORMAL, so whatever a store call
 * returns as done is in the WAL and survives the process being killed (not a
 * power cut). Each instance owns its own named QSqlDatabase connection, so
 * tests can open the same file twice as a restarted process would.
 *
 * Thread affinity: used from the thread that opened it only (the server's).
 */
class SimDatabase {
public:
    static constexpr int SchemaVersion = 1;
    static constexpr int BusyTimeoutMs = 5000;

    /** The file breakwater-sim keeps in its data folder. */
    static QString filePathIn(const QString &dataDir);

    /** Opens or creates the file (and its folder), then brings the schema up to date. */
    static std::variant<std::unique_ptr<SimDatabase>, StoreError> open(const QString &filePath);

    ~SimDatabase();
    Q_DISABLE_COPY_MOVE(SimDatabase)

    QString filePath() const { return m_filePath; }
    /** The schema version found in the file after opening (== SchemaVersion). */
    int schemaVersion() const;

    /** A forward-only statement on this connection, prepared; a failed prepare is logged and exec()
     * then fails. */
    QSqlQuery prepare(const QString &sql);
    /** Runs a prepared statement; on failure logs it, remembers lastError() and returns false. */
    bool exec(QSqlQuery &query);
    /** Runs one unprepared statement (PRAGMA, DDL). */
    bool exec(const QString &sql);
    /** The highest id an AUTOINCREMENT table ever handed out (0: none), even if that row is gone.
     */
    qint64 lastAutoIncrementId(const QString &table);
    /** The last failed statement, for a 500 answer or the log. */
    std::optional<StoreError> lastError() const { return m_lastError; }

    class Transaction;

private:
    SimDatabase(const QString &filePath, const QString &connectionName);
    std::optional<StoreError> configure();
    std::optional<StoreError> migrate();
    std::optional<QString> metaValue(const QString &key);

    QString m_filePath;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::optional<StoreError> m_lastError;
    int m_transactionDepth = 0;
    int m_savepointCounter = 0;
};

/**
 * RAII transaction: rolls back unless commit() is called. The outermost one
 * takes the write lock at once (BEGIN IMMEDIATE); nested ones are savepoints,
 * so work done inside a caller's transaction (an event appended while a
 * letter is stored) commits or rolls back with it.
 */
class SimDatabase::Transaction {
public:
    explicit Transaction(SimDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /** False when BEGIN failed: the work must not go on. */
    bool isActive() const { return m_active; }
    /** Commits (or releases the savepoint). True when the outermost commit reached the WAL. */
    bool commit();

private:
    void rollback();

    SimDatabase &m_db;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_active = false;
};
