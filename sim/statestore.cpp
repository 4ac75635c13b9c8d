// SPDX-License-Identifier: MIT
#include "sim/statestore.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QJsonObject objectFrom(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

} // namespace

StateStore::StateStore(SimDatabase &db)
    : m_db(db)
{
}

bool StateStore::put(const QString &kind, const QString &key, const QJsonObject &value)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO state (kind, key, json) VALUES (?, ?, ?) "
                               "ON CONFLICT (kind, key) DO UPDATE SET json = excluded.json"_s);
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    return m_db.exec(q);
}

std::optional<QJsonObject> StateStore::get(const QString &kind, const QString &key)
{
    QSqlQuery q = m_db.prepare(u"SELECT json FROM state WHERE kind = ? AND key = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(key);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return objectFrom(q.value(0));
}

QMap<QString, QJsonObject> StateStore::all(const QString &kind)
{
    QSqlQuery q = m_db.prepare(u"SELECT key, json FROM state WHERE kind = ?"_s);
    q.addBindValue(kind);
    QMap<QString, QJsonObject> documents;
    if (!m_db.exec(q))
        return documents;
    while (q.next())
        documents.insert(q.value(0).toString(), objectFrom(q.value(1)));
    return documents;
}

bool StateStore::remove(const QString &kind, const QString &key)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM state WHERE kind = ? AND key = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(key);
    return m_db.exec(q) && q.numRowsAffected() > 0;
}
