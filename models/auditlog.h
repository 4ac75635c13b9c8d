// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

/** One operator action as the local audit log keeps it. */
struct AuditRecord {
    qint64 seq = 0; ///< 1, 2, 3... in the order written; assigned by AuditLog::append()
    qint64 timeMs = 0; ///< ms since the epoch
    QString osUser; ///< who was logged in to the workstation
    QString tokenId; ///< which API token acted (the server's name for it, never the secret)
    QString backendName;
    QString backendUrl;
    QString environment; ///< "production", "staging", "development"
    QString action; ///< "breaker.force-open", "deadletter.retry"...
    QString target; ///< breaker name, job id, "dead letter 42"
    qint64 count = 1; ///< how many items the action touched or meant to
    QString reason; ///< the operator's reason
    bool succeeded = false;
    QString resultMessage; ///< what the back end answered, for a person
    QByteArray hash; ///< hex SHA-256 link, see core/audithash.h

    /** Every field but `hash`, in the form the hash chain covers. */
    QJsonObject toCanonicalJson() const;
    bool operator==(const AuditRecord &) const = default;
};

/**
 * The console's local, tamper-evident record of operator actions: a SQLite
 * file (the app keeps it in AppDataLocation/audit.sqlite) that only grows.
 * Each record is chained to the one before by a SHA-256 hash (core/audithash),
 * so verify() notices a record edited or deleted behind the console's back.
 *
 * Several workspaces share one AuditLog; several console processes may share
 * one file: append() reads the previous hash and writes in one IMMEDIATE
 * transaction, so two writers never fork the chain. Writes are synchronous
 * (synchronous=FULL): an action is on disk before its outcome is shown.
 *
 * GUI thread; appends are small and rare (one per operator action).
 */
class AuditLog : public QObject {
    Q_OBJECT
public:
    explicit AuditLog(const QString &filePath, QObject *parent = nullptr);
    ~AuditLog() override;

    /** Opens (creating if needed) the file. False with errorString() set. */
    bool open();
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString filePath() const { return m_filePath; }

    /**
     * Writes `record` at the end of the chain: assigns seq and hash, and the
     * time and OS user when they are empty. Returns the stored record, or
     * nullopt with errorString() set.
     */
    std::optional<AuditRecord> append(AuditRecord record);

    /** All records, oldest first. */
    QList<AuditRecord> records() const;
    qint64 count() const;

    struct Verification {
        bool intact = true;
        qint64 checked = 0; ///< records read
        qint64 firstBrokenSeq = 0; ///< seq of the first record that does not chain; 0 when intact
        QString message; ///< for a person, translated
    };
    /** Walks the whole chain and reports the first broken link. */
    Verification verify() const;

    /** The workstation login ($USER, $LOGNAME or $USERNAME, else the home folder's name). */
    static QString currentOsUser();

Q_SIGNALS:
    /** A record was written by this object. */
    void appended(const AuditRecord &record);

private:
    QString m_filePath;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
};
