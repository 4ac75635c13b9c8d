// SPDX-License-Identifier: MIT
#include "sim/deadletterstore.h"

#include "core/deadletterquery.h"
#include "sim/deadletterquerysql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Stored status codes: part of the file format, independent of the enum's order.
int statusCode(DeadLetterStatus s)
{
    switch (s) {
    case DeadLetterStatus::Active:
        return 0;
    case DeadLetterStatus::Resolved:
        return 1;
    case DeadLetterStatus::Deleted:
        return 2;
    }
    return 0;
}

DeadLetterStatus statusFromCode(int code)
{
    switch (code) {
    case 1:
        return DeadLetterStatus::Resolved;
    case 2:
        return DeadLetterStatus::Deleted;
    default:
        return DeadLetterStatus::Active;
    }
}

const QString activeCondition = u"status = 0"_s;

// Summary columns first: list() reads only these, get() reads them and the rest.
const QString summaryColumns
    = u"id, source, message_id, request_id, error_class, error_message, http_status, "
      "vendor_code, attempts, first_failure_ms, last_failure_ms, destination, "
      "fingerprint, status"_s;
const QString detailColumns
    = u", payload, payload IS NOT NULL, headers, error_stack, edited_payload, "
      "edited_payload IS NOT NULL"_s;

/** Qt binds a null QString as SQL NULL; text columns are NOT NULL, so "" it is. */
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

/** A null QByteArray is SQL NULL (none), an empty one a zero-length blob. */
QVariant blob(const QByteArray &b)
{
    return b.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
}

QByteArray blobAt(const QSqlQuery &q, int column, int isNotNullColumn)
{
    if (!q.value(isNotNullColumn).toBool())
        return {};
    QByteArray b = q.value(column).toByteArray();
    return b.isNull() ? QByteArray("") : b; // SQLite hands a zero-length blob back as null
}

QString headersJson(const HeaderList &headers)
{
    QJsonArray a;
    for (const auto &[name, value] : headers)
        a.append(QJsonArray { name, value });
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

HeaderList headersFromJson(const QString &json)
{
    HeaderList headers;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    headers.reserve(a.size());
    for (const auto &h : a) {
        const QJsonArray pair = h.toArray();
        headers.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return headers;
}

DeadLetter letterAt(const QSqlQuery &q, bool withDetails)
{
    DeadLetter d;
    d.id = q.value(0).toLongLong();
    d.source = q.value(1).toString();
    d.messageId = q.value(2).toString();
    d.requestId = q.value(3).toString();
    d.error.errorClass = q.value(4).toString();
    d.error.message = q.value(5).toString();
    d.error.httpStatus = q.value(6).toInt();
    d.error.vendorCode = q.value(7).toString();
    d.attempts = q.value(8).toInt();
    d.firstFailureMs = q.value(9).toLongLong();
    d.lastFailureMs = q.value(10).toLongLong();
    d.destination = q.value(11).toString();
    d.fingerprint = q.value(12).toString();
    d.status = statusFromCode(q.value(13).toInt());
    if (withDetails) {
        d.payload = blobAt(q, 14, 15);
        d.headers = headersFromJson(q.value(16).toString());
        d.error.stack = q.value(17).toString();
        d.editedPayload = blobAt(q, 18, 19);
    }
    return d;
}

void bindLetter(QSqlQuery &q, const DeadLetter &d)
{
    const QString fingerprint = d.fingerprint.isEmpty()
        ? fingerprintOf(d.source, d.error.errorClass, d.error.message)
        : d.fingerprint;
    const QVariant values[] = {
        text(d.source),
        text(d.messageId),
        text(d.requestId),
        blob(d.payload),
        headersJson(d.headers),
        text(d.error.errorClass),
        text(d.error.message),
        text(d.error.stack),
        d.error.httpStatus,
        text(d.error.vendorCode),
        d.attempts,
        d.firstFailureMs,
        d.lastFailureMs,
        text(d.destination),
        fingerprint,
        statusCode(d.status),
        blob(d.editedPayload),
    };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
}

} // namespace

DeadLetterStore::DeadLetterStore(SimDatabase &db)
    : m_db(db)
{
}

qint64 DeadLetterStore::insert(const DeadLetter &letter)
{
    return insertMany({ letter }).value(0, 0);
}

QList<qint64> DeadLetterStore::insertMany(const QList<DeadLetter> &letters)
{
    if (letters.isEmpty())
        return {};
    SimDatabase::Transaction tx(m_db);
    if (!tx.isActive())
        return {};
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO deadletters (source, message_id, request_id, payload, headers, error_class, "
        "error_message, error_stack, http_status, vendor_code, attempts, first_failure_ms, "
        "last_failure_ms, "
        "destination, fingerprint, status, edited_payload) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QList<qint64> ids;
    ids.reserve(letters.size());
    for (const auto &letter : letters) {
        bindLetter(q, letter);
        if (!m_db.exec(q))
            return {};
        ids.append(q.lastInsertId().toLongLong());
    }
    if (!tx.commit())
        return {};
    return ids;
}

std::optional<DeadLetter> DeadLetterStore::get(qint64 id)
{
    QSqlQuery q = m_db.prepare(
        u"SELECT "_s + summaryColumns + detailColumns + u" FROM deadletters WHERE id = ?"_s);
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return letterAt(q, true);
}

std::variant<DeadLetterStore::Page, StoreError> DeadLetterStore::list(
    const DeadLetterQuery &query, const QString &cursor, int limit)
{
    std::optional<qint64> after;
    if (!cursor.isEmpty()) {
        after = idFromCursor(cursor);
        if (!after)
            return StoreError { StoreError::Kind::BadCursor,
                u"the cursor \"%1\" does not come from this server's lists"_s.arg(cursor) };
    }
    limit = std::clamp(limit, 1, MaxPageSize);

    const auto filter = DeadLetterQuerySql::from(query);
    QSqlQuery q = m_db.prepare(u"SELECT "_s + summaryColumns + u" FROM deadletters WHERE "_s
        + activeCondition + u" AND ("_s + filter.condition + u')'
        + (after ? u" AND id < ?"_s : QString()) + u" ORDER BY id DESC LIMIT ?"_s);
    filter.bindTo(q);
    if (after)
        q.addBindValue(*after);
    // One more than asked tells whether another page follows, so the last page has no cursor.
    q.addBindValue(limit + 1);
    if (!m_db.exec(q))
        return *m_db.lastError();

    Page page;
    page.items.reserve(limit);
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextCursor = cursorAfter(page.items.constLast().id);
            break;
        }
        page.items.append(letterAt(q, false));
    }
    return page;
}

QList<DeadLetterGroup> DeadLetterStore::groups(const DeadLetterQuery &query)
{
    const auto filter = DeadLetterQuerySql::from(query);
    // Unfiltered, the covering fingerprint index yields the groups in order
    // without touching the table. Filtered, "+fingerprint" keeps SQLite from
    // walking that index with a table lookup per letter (seconds at 1M): it
    // uses the filter's own index and sorts the few matches instead.
    const QString groupBy = query.isEmpty() ? u"fingerprint"_s : u"+fingerprint"_s;
    // source, error_class and error_message are the same across a group up to
    // the variable parts fingerprintOf() ignores: the newest letter speaks for it.
    QSqlQuery q = m_db.prepare(
        u"SELECT g.fingerprint, d.source, d.error_class, d.error_message, g.n, g.first, g.last "
        "FROM (SELECT fingerprint, COUNT(*) AS n, MIN(first_failure_ms) AS first, "
        "MAX(last_failure_ms) AS last, MAX(id) AS newest FROM deadletters WHERE "_s
        + activeCondition + u" AND ("_s + filter.condition + u") GROUP BY "_s + groupBy
        + u") g JOIN deadletters d ON d.id = g.newest ORDER BY g.n DESC, g.fingerprint"_s);
    filter.bindTo(q);
    QList<DeadLetterGroup> groups;
    if (!m_db.exec(q))
        return groups;
    while (q.next()) {
        groups.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            normalisedErrorMessage(q.value(3).toString()), q.value(4).toLongLong(),
            q.value(5).toLongLong(), q.value(6).toLongLong() });
    }
    return groups;
}

qint64 DeadLetterStore::count(const DeadLetterQuery &query)
{
    const auto filter = DeadLetterQuerySql::from(query);
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM deadletters WHERE "_s + activeCondition
        + u" AND ("_s + filter.condition + u')');
    filter.bindTo(q);
    if (!m_db.exec(q) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QHash<QString, qint64> DeadLetterStore::activeCountBySource()
{
    QSqlQuery q = m_db.prepare(u"SELECT source, COUNT(*) FROM deadletters WHERE "_s
        + activeCondition + u" GROUP BY source"_s);
    QHash<QString, qint64> counts;
    if (!m_db.exec(q))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

qint64 DeadLetterStore::lastId()
{
    return m_db.lastAutoIncrementId(u"deadletters"_s);
}

bool DeadLetterStore::recordFailedRetry(qint64 id, const DeadLetterError &error, qint64 nowMs)
{
    SimDatabase::Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    QSqlQuery &q
        = statement(u"SELECT source FROM deadletters WHERE id = ? AND "_s + activeCondition);
    q.bindValue(0, id);
    if (!m_db.exec(q) || !q.next()) {
        q.finish();
        return false;
    }
    const QString source = q.value(0).toString();
    q.finish();
    // A different error may put the letter in another group.
    const bool changed = changeActive(id,
        u"attempts = attempts + 1, last_failure_ms = ?, error_class = ?, "
        "error_message = ?, error_stack = ?, http_status = ?, vendor_code = ?, "
        "fingerprint = ?"_s,
        { nowMs, text(error.errorClass), text(error.message), text(error.stack), error.httpStatus,
            text(error.vendorCode), fingerprintOf(source, error.errorClass, error.message) });
    return changed && tx.commit();
}

bool DeadLetterStore::markResolved(qint64 id, const QByteArray &editedPayload)
{
    return changeActive(id, u"status = 1, edited_payload = ?"_s, { blob(editedPayload) });
}

bool DeadLetterStore::markDeleted(qint64 id)
{
    return changeActive(id, u"status = 2"_s, {});
}

bool DeadLetterStore::changeActive(
    qint64 id, const QString &assignments, const QVariantList &values)
{
    QSqlQuery &q = statement(
        u"UPDATE deadletters SET "_s + assignments + u" WHERE id = ? AND "_s + activeCondition);
    int i = 0;
    for (const auto &v : values)
        q.bindValue(i++, v);
    q.bindValue(i, id);
    return m_db.exec(q) && q.numRowsAffected() > 0;
}

QSqlQuery &DeadLetterStore::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, m_db.prepare(sql));
    return *it;
}

QString DeadLetterStore::cursorAfter(qint64 lastId)
{
    const QByteArray raw = "dl:" + QByteArray::number(lastId);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> DeadLetterStore::idFromCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("dl:"))
        return std::nullopt;
    const QByteArray number = decoded.decoded.mid(3);
    bool ok = false;
    const qint64 id = number.toLongLong(&ok);
    // Only the exact text cursorAfter() writes: no sign, no leading zeros, nothing after.
    if (!ok || id <= 0 || number != QByteArray::number(id))
        return std::nullopt;
    return id;
}
