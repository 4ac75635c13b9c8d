// SPDX-License-Identifier: MIT
#include "sim/operationjournal.h"

#include "core/deadletter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Stored outcome codes: part of the file format, independent of the enum's order.
int outcomeCode(OperationItemOutcome o)
{
    switch (o) {
    case OperationItemOutcome::Pending:
        return 0;
    case OperationItemOutcome::Succeeded:
        return 1;
    case OperationItemOutcome::Failed:
        return 2;
    case OperationItemOutcome::Skipped:
        return 3;
    }
    return 0;
}

OperationItemOutcome outcomeFromCode(int code)
{
    switch (code) {
    case 1:
        return OperationItemOutcome::Succeeded;
    case 2:
        return OperationItemOutcome::Failed;
    case 3:
        return OperationItemOutcome::Skipped;
    default:
        return OperationItemOutcome::Pending;
    }
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

OperationJournal::OperationJournal(SimDatabase &db)
    : m_db(db)
{
}

bool OperationJournal::ensureSchema()
{
    // Created here rather than as a schema migration: files written before
    // bulk operations existed gain the tables on first use, and nothing else
    // in the file depends on them.
    const QString statements[] = {
        u"CREATE TABLE IF NOT EXISTS operations ("
        "  number INTEGER PRIMARY KEY AUTOINCREMENT,"
        "  idempotency_key TEXT NOT NULL,"
        "  request TEXT NOT NULL,"
        "  state TEXT NOT NULL,"
        "  json TEXT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX IF NOT EXISTS operations_idempotency_key "
        "ON operations(idempotency_key) WHERE idempotency_key <> ''"_s,
        u"CREATE TABLE IF NOT EXISTS operation_items ("
        "  operation INTEGER NOT NULL,"
        "  position INTEGER NOT NULL,"
        "  key TEXT NOT NULL,"
        "  source TEXT NOT NULL,"
        "  outcome INTEGER NOT NULL DEFAULT 0,"
        "  detail TEXT NOT NULL DEFAULT '',"
        "  finished_ms INTEGER NOT NULL DEFAULT 0,"
        "  PRIMARY KEY (operation, position)) WITHOUT ROWID"_s,
        // The runner's "next pending items" and the outcome-filtered item pages.
        u"CREATE INDEX IF NOT EXISTS operation_items_outcome ON operation_items(operation, outcome, position)"_s,
    };
    SimDatabase::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    for (const QString &statement : statements)
        if (!m_db.exec(statement))
            return false;
    return tx.commit();
}

OperationJournal::LetterSelection OperationJournal::lettersById(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return { u"status = 0 AND id IN (SELECT value FROM json_each(?))"_s,
        { QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)) } };
}

OperationJournal::LetterSelection OperationJournal::lettersMatching(
    const QString &condition, const QVariantList &values, qint64 highWater)
{
    QVariantList all { highWater };
    all.append(values);
    return { u"status = 0 AND id <= ? AND ("_s + condition + u')', all };
}

OperationJournal::Breakdown OperationJournal::breakdown(const LetterSelection &selection)
{
    // One scan: counts per (source, group); a group's fingerprint already includes its source.
    QSqlQuery q
        = m_db.prepare(u"SELECT source, fingerprint, COUNT(*), MAX(id) FROM deadletters WHERE "_s
            + selection.condition + u" GROUP BY source, fingerprint"_s);
    bindAll(q, selection.values);
    Breakdown b;
    if (!m_db.exec(q))
        return b;
    QHash<QString, qint64> bySource;
    QHash<QString, OperationBreakdownEntry> byGroup;
    QHash<QString, qint64> newest;
    while (q.next()) {
        const QString source = q.value(0).toString();
        const QString fingerprint = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        b.count += n;
        bySource[source] += n;
        OperationBreakdownEntry &g = byGroup[fingerprint];
        g.key = fingerprint;
        g.source = source;
        g.count += n;
        newest[fingerprint] = std::max(newest.value(fingerprint), q.value(3).toLongLong());
    }
    q.finish();
    auto largestFirst = [](const OperationBreakdownEntry &a, const OperationBreakdownEntry &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    };
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        b.bySource.append({ it.key(), it.key(), it.key(), it.value() });
    std::sort(b.bySource.begin(), b.bySource.end(), largestFirst);
    // As DeadLetterStore::groups(): the newest letter of a group speaks for it.
    QSqlQuery label
        = m_db.prepare(u"SELECT error_class, error_message FROM deadletters WHERE id = ?"_s);
    for (OperationBreakdownEntry g : std::as_const(byGroup)) {
        label.bindValue(0, newest.value(g.key));
        if (m_db.exec(label) && label.next())
            g.label = label.value(0).toString() + u": "_s
                + normalisedErrorMessage(label.value(1).toString());
        label.finish();
        b.byGroup.append(g);
    }
    std::sort(b.byGroup.begin(), b.byGroup.end(), largestFirst);
    return b;
}

QList<qint64> OperationJournal::sampleLetterIds(const LetterSelection &selection, int limit)
{
    QSqlQuery q = m_db.prepare(u"SELECT id FROM deadletters WHERE "_s + selection.condition
        + u" ORDER BY id DESC LIMIT ?"_s);
    bindAll(q, selection.values);
    q.addBindValue(limit);
    QList<qint64> ids;
    if (!m_db.exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

qint64 OperationJournal::insertOperation(const QString &idempotencyKey, const QJsonObject &request)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO operations (idempotency_key, request, state, json) VALUES (?, ?, 'queued', '{}')"_s);
    q.addBindValue(text(idempotencyKey));
    q.addBindValue(compact(request));
    if (!m_db.exec(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool OperationJournal::saveOperation(qint64 number, const Operation &operation)
{
    QSqlQuery q = m_db.prepare(u"UPDATE operations SET state = ?, json = ? WHERE number = ?"_s);
    q.addBindValue(operationStateName(operation.state));
    q.addBindValue(compact(operation.toJson()));
    q.addBindValue(number);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

qint64 OperationJournal::selectLetters(qint64 number, const LetterSelection &selection)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO operation_items (operation, position, key, source) "
                               "SELECT ?, id, CAST(id AS TEXT), source FROM deadletters WHERE "_s
        + selection.condition + u" ORDER BY id"_s);
    q.addBindValue(number);
    bindAll(q, selection.values);
    if (!m_db.exec(q))
        return -1;
    return q.numRowsAffected();
}

qint64 OperationJournal::selectNames(qint64 number, const QStringList &names)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO operation_items (operation, position, key, source) VALUES (?, ?, ?, '')"_s);
    for (qsizetype i = 0; i < names.size(); ++i) {
        q.bindValue(0, number);
        q.bindValue(1, qint64(i + 1));
        q.bindValue(2, names.at(i));
        if (!m_db.exec(q))
            return -1;
    }
    return names.size();
}

std::optional<OperationJournal::Stored> OperationJournal::storedAt(QSqlQuery &q)
{
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    auto operation = Operation::fromJson(objectFrom(q.value(0).toString()));
    if (!operation)
        return std::nullopt;
    return Stored { *operation, objectFrom(q.value(1).toString()) };
}

std::optional<OperationJournal::Stored> OperationJournal::get(qint64 number)
{
    QSqlQuery q = m_db.prepare(u"SELECT json, request FROM operations WHERE number = ?"_s);
    q.addBindValue(number);
    return storedAt(q);
}

std::optional<OperationJournal::Stored> OperationJournal::byIdempotencyKey(const QString &key)
{
    QSqlQuery q
        = m_db.prepare(u"SELECT json, request FROM operations WHERE idempotency_key = ? AND "
                       "idempotency_key <> ''"_s);
    q.addBindValue(key);
    return storedAt(q);
}

QList<Operation> OperationJournal::all()
{
    QSqlQuery q = m_db.prepare(u"SELECT json FROM operations ORDER BY number DESC"_s);
    return operationsFrom(q);
}

QList<Operation> OperationJournal::operationsFrom(QSqlQuery &q)
{
    QList<Operation> out;
    if (!m_db.exec(q))
        return out;
    while (q.next())
        if (auto op = Operation::fromJson(objectFrom(q.value(0).toString())))
            out.append(*op);
    return out;
}

QList<Operation> OperationJournal::inStates(const QList<OperationState> &states)
{
    QStringList names;
    for (OperationState s : states)
        names.append(u'\'' + operationStateName(s) + u'\'');
    QSqlQuery q = m_db.prepare(u"SELECT json FROM operations WHERE state IN ("_s + names.join(u',')
        + u") ORDER BY number"_s);
    return operationsFrom(q);
}

QList<OperationJournal::PendingItem> OperationJournal::pendingItems(
    qint64 number, bool withLetters, int limit)
{
    // The primary key would also serve "operation = ?", walking every item already done
    // before the first pending one: slower with each slice. The outcome index starts there.
    QSqlQuery &q = withLetters
        ? cached(m_pendingLetters,
            u"SELECT i.position, i.key, i.source, d.status = 0, d.message_id "
            "FROM operation_items i INDEXED BY operation_items_outcome "
            "LEFT JOIN deadletters d ON d.id = i.position "
            "WHERE i.operation = ? AND i.outcome = 0 ORDER BY i.position LIMIT ?"_s)
        : cached(m_pendingNames,
            u"SELECT position, key, source, 0, '' FROM operation_items INDEXED BY "
            u"operation_items_outcome "
            "WHERE operation = ? AND outcome = 0 ORDER BY position LIMIT ?"_s);
    q.bindValue(0, number);
    q.bindValue(1, limit);
    QList<PendingItem> out;
    if (!m_db.exec(q))
        return out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toBool(), q.value(4).toString() });
    }
    q.finish();
    return out;
}

bool OperationJournal::finishItem(qint64 number, qint64 position, OperationItemOutcome outcome,
    const QString &detail, qint64 nowMs)
{
    QSqlQuery &q = cached(m_finishItem,
        u"UPDATE operation_items SET outcome = ?, detail = ?, finished_ms = ? "
        "WHERE operation = ? AND position = ? AND outcome = 0"_s);
    q.bindValue(0, outcomeCode(outcome));
    q.bindValue(1, text(detail));
    q.bindValue(2, nowMs);
    q.bindValue(3, number);
    q.bindValue(4, position);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

qint64 OperationJournal::skipPending(qint64 number, const QString &detail, qint64 nowMs)
{
    QSqlQuery q
        = m_db.prepare(u"UPDATE operation_items SET outcome = ?, detail = ?, finished_ms = ? "
                       "WHERE operation = ? AND outcome = 0"_s);
    q.addBindValue(outcomeCode(OperationItemOutcome::Skipped));
    q.addBindValue(text(detail));
    q.addBindValue(nowMs);
    q.addBindValue(number);
    if (!m_db.exec(q))
        return -1;
    return q.numRowsAffected();
}

OperationJournal::Tally OperationJournal::tally(qint64 number)
{
    Tally t;
    QSqlQuery q = m_db.prepare(
        u"SELECT outcome, CASE WHEN outcome = 3 THEN detail ELSE '' END AS why, COUNT(*) "
        "FROM operation_items WHERE operation = ? GROUP BY outcome, why"_s);
    q.addBindValue(number);
    if (m_db.exec(q)) {
        while (q.next()) {
            const qint64 n = q.value(2).toLongLong();
            t.items += n;
            switch (outcomeFromCode(q.value(0).toInt())) {
            case OperationItemOutcome::Pending:
                t.pending += n;
                break;
            case OperationItemOutcome::Succeeded:
                t.counts.succeeded += n;
                break;
            case OperationItemOutcome::Failed:
                t.counts.failed += n;
                break;
            case OperationItemOutcome::Skipped:
                t.counts.skipped += n;
                t.skippedBy.insert(q.value(1).toString(), n);
                break;
            }
        }
    }
    t.counts.selected = t.items;
    if (t.pending > 0) {
        QSqlQuery p
            = m_db.prepare(u"SELECT key FROM operation_items WHERE operation = ? AND outcome = 0 "
                           "ORDER BY position LIMIT 20"_s);
        p.addBindValue(number);
        if (m_db.exec(p))
            while (p.next())
                t.firstPendingKeys.append(p.value(0).toString());
    }
    return t;
}

OperationJournal::ItemPage OperationJournal::items(
    qint64 number, std::optional<OperationItemOutcome> outcome, qint64 afterPosition, int limit)
{
    QSqlQuery q = m_db.prepare(
        u"SELECT position, key, source, outcome, detail, finished_ms FROM operation_items "
        "WHERE operation = ? AND position > ?"_s
        + (outcome ? u" AND outcome = ?"_s : QString()) + u" ORDER BY position LIMIT ?"_s);
    q.addBindValue(number);
    q.addBindValue(afterPosition);
    if (outcome)
        q.addBindValue(outcomeCode(*outcome));
    q.addBindValue(limit + 1); // one more tells whether another page follows
    ItemPage page;
    if (!m_db.exec(q))
        return page;
    qint64 lastPosition = 0;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.lastPosition = lastPosition;
            break;
        }
        lastPosition = q.value(0).toLongLong();
        page.items.append({ q.value(1).toString(), q.value(2).toString(),
            outcomeFromCode(q.value(3).toInt()), q.value(4).toString(), q.value(5).toLongLong() });
    }
    return page;
}

QSqlQuery &OperationJournal::cached(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot)
        slot = m_db.prepare(sql);
    return *slot;
}

QString OperationJournal::idOf(qint64 number)
{
    return u"op-%1"_s.arg(number);
}

qint64 OperationJournal::numberOf(const QString &id)
{
    if (!id.startsWith(u"op-"_s))
        return 0;
    bool ok = false;
    const qint64 n = id.mid(3).toLongLong(&ok);
    return ok && n > 0 && id == idOf(n) ? n : 0;
}
