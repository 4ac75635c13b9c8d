// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"
#include "reports/redactionrules.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

/**
 * Applies RedactionRules and counts what it hid. Every value it hides becomes
 * Redactor::mask(). Not thread-safe (it counts); cheap to copy and to build.
 */
class Redactor {
public:
    explicit Redactor(const RedactionRules &rules = RedactionRules::defaults());

    static QString mask(); ///< "[REDACTED]"

    /**
     * A JSON payload has the values of named keys (any depth, objects and
     * arrays included) replaced by the mask and patterns applied to every
     * string value; anything else is redacted as text.
     */
    QByteArray redactPayload(const QByteArray &payload);
    /** Named headers get a masked value; patterns apply to every value. */
    HeaderList redactHeaders(const HeaderList &headers);
    /** Patterns, cards, Bearer tokens and `name=value` pairs of named fields. */
    QString redactText(const QString &text);
    /** Payload, edited payload, headers, error message, stack, destination. */
    void redactLetter(DeadLetter &letter);

    /** How many values were hidden so far. */
    qint64 redactedCount() const { return m_count; }
    const RedactionRules &rules() const { return m_rules; }

private:
    bool isSecretName(const QString &name) const;
    QJsonValue redactJson(const QJsonValue &value, int depth);

    RedactionRules m_rules;
    QList<QRegularExpression> m_patterns;
    QRegularExpression m_namedPair;
    qint64 m_count = 0;
};
