// SPDX-License-Identifier: MIT
#include "sim/deliveryledger.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

/** "" matches every source: lets one statement serve both the filtered and the whole ledger. */
const QString sourceCondition = u"(? = '' OR source = ?)"_s;

void bindSource(QSqlQuery &q, const QString &source)
{
    const QString s = source.isNull() ? u""_s : source;
    q.addBindValue(s);
    q.addBindValue(s);
}

} // namespace

DeliveryLedger::DeliveryLedger(SimDatabase &db)
    : m_db(db)
{
}

bool DeliveryLedger::record(
    const QString &source, const QString &messageId, qint64 nowMs, const QString &operation)
{
    if (!m_record) {
        m_record = m_db.prepare(
            u"INSERT INTO deliveries (source, message_id, delivered_ms, operation) VALUES (?, ?, ?, ?)"_s);
    }
    QSqlQuery &q = *m_record;
    q.bindValue(0, source.isNull() ? u""_s : source);
    q.bindValue(1, messageId.isNull() ? u""_s : messageId);
    q.bindValue(2, nowMs);
    q.bindValue(3, operation.isNull() ? u""_s : operation);
    return m_db.exec(q);
}

qint64 DeliveryLedger::deliveryCount(const QString &messageId, const QString &source)
{
    QSqlQuery q = m_db.prepare(
        u"SELECT COUNT(*) FROM deliveries WHERE message_id = ? AND "_s + sourceCondition);
    q.addBindValue(messageId);
    bindSource(q, source);
    if (!m_db.exec(q) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<Delivery> DeliveryLedger::list(const QString &source)
{
    QSqlQuery q = m_db.prepare(
        u"SELECT id, source, message_id, delivered_ms, operation FROM deliveries WHERE "_s
        + sourceCondition + u" ORDER BY id"_s);
    bindSource(q, source);
    QList<Delivery> deliveries;
    if (!m_db.exec(q))
        return deliveries;
    while (q.next()) {
        deliveries.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString() });
    }
    return deliveries;
}

QJsonObject DeliveryLedger::summary(const QString &source)
{
    qint64 deliveries = 0;
    qint64 distinct = 0;
    QJsonArray duplicates;
    // A message id is only unique within its source: two sources may share one.
    QSqlQuery q = m_db.prepare(u"SELECT message_id, COUNT(*) FROM deliveries WHERE "_s
        + sourceCondition + u" GROUP BY source, message_id ORDER BY message_id"_s);
    bindSource(q, source);
    if (m_db.exec(q)) {
        while (q.next()) {
            const qint64 n = q.value(1).toLongLong();
            deliveries += n;
            ++distinct;
            if (n > 1)
                duplicates.append(q.value(0).toString());
        }
    }
    return { { u"source"_s, source }, { u"deliveries"_s, deliveries },
        { u"distinctMessages"_s, distinct }, { u"duplicates"_s, duplicates } };
}
