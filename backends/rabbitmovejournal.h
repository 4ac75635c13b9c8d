// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

/**
 * The crash journal of RabbitMover: a SQLite file (WAL) with one row per
 * operation (its request without the password, state and counts) and one row
 * per stable message id with how many times it was published (written ahead)
 * and confirmed (two messages may share an id).
 *
 * One instance per thread: it owns a named QSqlDatabase connection opened on
 * the thread that constructs it.
 */
class RabbitMoveJournal {
public:
    struct Operation {
        QString id;
        QJsonObject request; ///< RabbitMoveRequest::toJson()
        QString state; ///< "running", or RabbitMoveResult::stateName()
        QJsonObject counts; ///< the last counts written
        qint64 startedMs = 0;
        qint64 updatedMs = 0;
    };

    explicit RabbitMoveJournal(const QString &path);
    ~RabbitMoveJournal();
    RabbitMoveJournal(const RabbitMoveJournal &) = delete;
    RabbitMoveJournal &operator=(const RabbitMoveJournal &) = delete;

    /** False with error() set when the file cannot be opened or created. */
    bool isOpen() const;
    QString error() const;

    /** Records an operation, or marks a known one running again; keeps its confirmed ids. */
    bool beginOperation(const QString &id, const QJsonObject &request, qint64 nowMs);
    bool updateOperation(
        const QString &id, const QString &state, const QJsonObject &counts, qint64 nowMs);
    std::optional<Operation> operation(const QString &id) const;
    QList<Operation> operations() const;

    /** How often one stable id was published (write-ahead) and confirmed in an operation. */
    struct MessageCounts {
        int sent = 0;
        int confirmed = 0;
    };
    QHash<QString, MessageCounts> messageCounts(const QString &operationId) const;
    /** Stable id -> how many confirms the journal holds for this operation. */
    QHash<QString, int> confirmedIds(const QString &operationId) const;
    /**
     * Write-ahead: commits, before they are published, the ids of a batch
     * (an id listed twice counts twice), so a resumed run knows which
     * unconfirmed ones may already be at the destination.
     */
    bool recordSent(const QString &operationId, const QList<QString> &stableIds);
    /**
     * Messages of an operation that may exist more than once at their
     * destination: for each id, every publish after the first (a resumed run
     * republishes only what a dead run sent without journaling its confirm).
     */
    qint64 possibleDuplicates(const QString &operationId) const;
    /** Commits one batch of confirmed ids (an id listed twice counts twice) in one transaction. */
    bool recordConfirmed(const QString &operationId, const QList<QString> &stableIds);

private:
    bool increment(
        const QString &operationId, const QList<QString> &stableIds, QLatin1StringView column);

    QString m_connectionName;
    QString m_error;
};
