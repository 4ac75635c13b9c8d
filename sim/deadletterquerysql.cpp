// SPDX-License-Identifier: MIT
#include "sim/deadletterquerysql.h"

#include "core/deadletterquery.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

class ConditionBuilder {
public:
    template<typename T> void values(QLatin1StringView column, const QueryValues<T> &values)
    {
        in(column, values.anyOf, false);
        in(column, values.noneOf, true);
    }

    void compare(QLatin1StringView column, QLatin1StringView op, qint64 value)
    {
        m_parts.append(column + u' ' + op + u" ?"_s);
        m_values.append(value);
    }

    /** The word must (or must not) occur in one of the searched columns. */
    void text(const QString &word, bool negated)
    {
        // LIKE never matches a BLOB, so the payload is read as text; it may be
        // NULL, and a NULL inside NOT (...) would drop the row.
        static const QLatin1StringView searched[] = { "ifnull(CAST(payload AS TEXT), '')"_L1,
            "error_message"_L1, "message_id"_L1, "request_id"_L1, "source"_L1 };
        QString pattern = word;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        QStringList ors;
        for (const auto column : searched) {
            ors.append(column + u" LIKE ? ESCAPE '\\'"_s);
            m_values.append(pattern);
        }
        m_parts.append((negated ? u"NOT ("_s : u"("_s) + ors.join(u" OR "_s) + u')');
    }

    void never() { m_parts.append(u"0"_s); }

    DeadLetterQuerySql result() const
    {
        return { m_parts.isEmpty() ? u"1"_s : m_parts.join(u" AND "_s), m_values };
    }

private:
    template<typename T> void in(QLatin1StringView column, const QList<T> &list, bool negated)
    {
        if (list.isEmpty())
            return;
        QStringList marks;
        for (const T &v : list) {
            marks.append(u"?"_s);
            m_values.append(QVariant::fromValue(v));
        }
        m_parts.append(
            column + (negated ? u" NOT IN ("_s : u" IN ("_s) + marks.join(u", "_s) + u')');
    }

    QStringList m_parts;
    QVariantList m_values;
};

} // namespace

DeadLetterQuerySql DeadLetterQuerySql::from(const DeadLetterQuery &query)
{
    ConditionBuilder b;
    if (query.matchesNothing)
        b.never();
    // The columns' NOCASE collation gives the case-insensitive match the syntax promises.
    b.values("source"_L1, query.sources);
    b.values("error_class"_L1, query.errorClasses);
    b.values("http_status"_L1, query.httpStatuses);
    b.values("vendor_code"_L1, query.vendorCodes);
    b.values("fingerprint"_L1, query.fingerprints);
    b.values("id"_L1, query.ids);
    if (const qint64 from = query.effectiveFromMs())
        b.compare("last_failure_ms"_L1, ">="_L1, from);
    if (query.toMs)
        b.compare("last_failure_ms"_L1, "<"_L1, query.toMs);
    for (const auto &w : query.words)
        b.text(w, false);
    for (const auto &w : query.excludedWords)
        b.text(w, true);
    return b.result();
}

void DeadLetterQuerySql::bindTo(QSqlQuery &query) const
{
    for (const auto &v : values)
        query.addBindValue(v);
}
