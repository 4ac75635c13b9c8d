// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantList>

struct DeadLetterQuery;
class QSqlQuery;

/**
 * A DeadLetterQuery as an SQL condition on the deadletters table, with every
 * user-supplied value as a bound parameter (never spliced into the text).
 * Free text becomes LIKE ... ESCAPE '\', which folds case for ASCII letters
 * only, where DeadLetterQuery::matches() folds all of Unicode.
 */
struct DeadLetterQuerySql {
    QString condition; ///< "1" when the query is empty; ready to AND with more
    QVariantList values; ///< for the condition's `?` placeholders, in order

    static DeadLetterQuerySql from(const DeadLetterQuery &query);
    /** Binds values, after any placeholders the caller bound before. */
    void bindTo(QSqlQuery &query) const;
};
