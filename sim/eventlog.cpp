// SPDX-License-Identifier: MIT
#include "sim/eventlog.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

EventLog::EventLog(SimDatabase &db)
    : m_db(db)
{
}

OpsEvent EventLog::append(const QString &type, const QJsonObject &data, qint64 timeMs)
{
    // AUTOINCREMENT keeps the high-water mark in sqlite_sequence, in the same
    // transaction as the row: a rolled-back event frees its seq, a trimmed one does not.
    QSqlQuery q = m_db.prepare(u"INSERT INTO events (type, time_ms, data) VALUES (?, ?, ?)"_s);
    q.addBindValue(type);
    q.addBindValue(timeMs);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!m_db.exec(q))
        return {};
    return { q.lastInsertId().toLongLong(), type, timeMs, data };
}

EventLog::Since EventLog::since(qint64 seq, int limit)
{
    Since result;
    const qint64 last = lastSeq();
    if (seq > last || seq + 1 < firstRetainedSeq()) {
        result.gap = true;
        return result;
    }
    QSqlQuery q = m_db.prepare(
        u"SELECT seq, type, time_ms, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(seq);
    q.addBindValue(std::max(limit, 0));
    if (!m_db.exec(q))
        return result;
    while (q.next()) {
        result.events.append(
            { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object() });
    }
    return result;
}

qint64 EventLog::lastSeq()
{
    return m_db.lastAutoIncrementId(u"events"_s);
}

qint64 EventLog::firstRetainedSeq()
{
    QSqlQuery q = m_db.prepare(u"SELECT MIN(seq) FROM events"_s);
    if (m_db.exec(q) && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return lastSeq() + 1;
}

qint64 EventLog::trim(qint64 keepLast)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM events WHERE seq <= ?"_s);
    q.addBindValue(lastSeq() - std::max<qint64>(keepLast, 0));
    if (!m_db.exec(q))
        return -1;
    return q.numRowsAffected();
}
