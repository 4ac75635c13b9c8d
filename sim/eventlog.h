// SPDX-License-Identifier: MIT
#pragma once

#include "core/opsevent.h"
#include "sim/simdatabase.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * The Ops API event stream, durable: seq increases by one per event, carries
 * on after a restart and is never reused, even after trim(). An event appended
 * inside a caller's SimDatabase::Transaction commits or rolls back with it.
 * Same thread as the SimDatabase.
 */
class EventLog {
public:
    /** What a resuming client gets. */
    struct Since {
        QList<OpsEvent> events; ///< in seq order, after the client's seq
        /**
         * The client's seq is outside what this log can continue from (its
         * next events were trimmed, or it is ahead of lastSeq(), as after the
         * server's data was reset): answer `resync`.
         */
        bool gap = false;
    };

    explicit EventLog(SimDatabase &db);

    /** Stores an event and returns it with its seq; seq 0 when it could not be stored. `timeMs`:
     * epoch ms. */
    OpsEvent append(const QString &type, const QJsonObject &data, qint64 timeMs);
    /** Events with seq > `seq`, at most `limit` (a client sends the last seq it saw; 0 for all). */
    Since since(qint64 seq, int limit);
    /** The seq of the newest event ever appended (0 when none): the `hello` message's lastSeq. */
    qint64 lastSeq();
    /** The oldest seq still held; lastSeq() + 1 when the log is empty. */
    qint64 firstRetainedSeq();
    /** Drops all but the newest `keepLast` events. Returns how many were dropped (-1 on failure).
     */
    qint64 trim(qint64 keepLast);

private:
    SimDatabase &m_db;
};
