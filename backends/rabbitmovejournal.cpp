// SPDX-License-Identifier: MIT
#include "backends/rabbitmovejournal.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

RabbitMoveJournal::RabbitMoveJournal(const QString &path)
    : m_connectionName(u"rabbitmovejournal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    // WAL + NORMAL: a commit survives the process being killed (not a power cut), which is what -9
    // tests.
    const QStringList statements = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA busy_timeout=10000"_s,
        u"CREATE TABLE IF NOT EXISTS operations (id TEXT PRIMARY KEY, request TEXT NOT NULL, state "
        u"TEXT NOT NULL,"
        " counts TEXT NOT NULL DEFAULT '{}', started_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS messages (operation TEXT NOT NULL, stable_id TEXT NOT NULL,"
        " sent INTEGER NOT NULL DEFAULT 0, confirmed INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (operation, stable_id)) WITHOUT ROWID"_s,
    };
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            m_error = q.lastError().text();
            db.close();
            return;
        }
    }
}

RabbitMoveJournal::~RabbitMoveJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool RabbitMoveJournal::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString RabbitMoveJournal::error() const
{
    return m_error;
}

bool RabbitMoveJournal::beginOperation(const QString &id, const QJsonObject &request, qint64 nowMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        u"INSERT INTO operations (id, request, state, started_ms, updated_ms) VALUES (?, ?, "
        u"'running', ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET state = 'running', updated_ms = excluded.updated_ms"_s);
    q.addBindValue(id);
    q.addBindValue(toText(request));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool RabbitMoveJournal::updateOperation(
    const QString &id, const QString &state, const QJsonObject &counts, qint64 nowMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"UPDATE operations SET state = ?, counts = ?, updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(toText(counts));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<RabbitMoveJournal::Operation> RabbitMoveJournal::operation(const QString &id) const
{
    const auto all = operations();
    for (const Operation &o : all) {
        if (o.id == id)
            return o;
    }
    return std::nullopt;
}

QList<RabbitMoveJournal::Operation> RabbitMoveJournal::operations() const
{
    QList<Operation> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(
            u"SELECT id, request, state, counts, started_ms, updated_ms FROM operations ORDER BY started_ms"_s))
        return list;
    while (q.next()) {
        list.append(Operation { q.value(0).toString(), fromText(q.value(1).toString()),
            q.value(2).toString(), fromText(q.value(3).toString()), q.value(4).toLongLong(),
            q.value(5).toLongLong() });
    }
    return list;
}

QHash<QString, RabbitMoveJournal::MessageCounts> RabbitMoveJournal::messageCounts(
    const QString &operationId) const
{
    QHash<QString, MessageCounts> ids;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT stable_id, sent, confirmed FROM messages WHERE operation = ?"_s);
    q.addBindValue(operationId);
    if (!q.exec())
        return ids;
    while (q.next())
        ids.insert(q.value(0).toString(), MessageCounts { q.value(1).toInt(), q.value(2).toInt() });
    return ids;
}

QHash<QString, int> RabbitMoveJournal::confirmedIds(const QString &operationId) const
{
    QHash<QString, int> ids;
    const auto counts = messageCounts(operationId);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it->confirmed > 0)
            ids.insert(it.key(), it->confirmed);
    }
    return ids;
}

qint64 RabbitMoveJournal::possibleDuplicates(const QString &operationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        u"SELECT COALESCE(SUM(sent - 1), 0) FROM messages WHERE operation = ? AND sent > 1"_s);
    q.addBindValue(operationId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool RabbitMoveJournal::recordSent(const QString &operationId, const QList<QString> &stableIds)
{
    return increment(operationId, stableIds, "sent"_L1);
}

bool RabbitMoveJournal::recordConfirmed(const QString &operationId, const QList<QString> &stableIds)
{
    return increment(operationId, stableIds, "confirmed"_L1);
}

bool RabbitMoveJournal::increment(
    const QString &operationId, const QList<QString> &stableIds, QLatin1StringView column)
{
    if (stableIds.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO messages (operation, stable_id, "_s + column
        + u") VALUES (?, ?, 1)"
          " ON CONFLICT(operation, stable_id) DO UPDATE SET "_s
        + column + u" = "_s + column + u" + 1"_s);
    for (const QString &id : stableIds) {
        q.addBindValue(operationId);
        q.addBindValue(id);
        if (!q.exec()) {
            m_error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}
