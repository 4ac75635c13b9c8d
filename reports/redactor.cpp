// SPDX-License-Identifier: MIT
#include "reports/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Deeper payloads are masked whole rather than walked: a report must never
// leak a secret because a document was nested past what we look at.
constexpr int maxDepth = 64;

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

} // namespace

Redactor::Redactor(const RedactionRules &rules)
    : m_rules(rules)
{
    for (const QString &p : rules.valuePatterns) {
        QRegularExpression re(p);
        if (re.isValid() && !p.isEmpty())
            m_patterns.append(re);
    }
    QStringList names;
    for (const QString &n : rules.fieldNames)
        if (!n.isEmpty())
            names.append(QRegularExpression::escape(n));
    if (!names.isEmpty()) {
        // name=value, name: value, "name": "value" (also x-name, name_ prefixes like access_token).
        m_namedPair = QRegularExpression(
            uR"((?<![\w-])((?:[\w.]*[-_.])?(?:%1))(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&,;"'}\]]+))"_s
                .arg(names.join(u'|')),
            QRegularExpression::CaseInsensitiveOption);
    }
}

QString Redactor::mask()
{
    return u"[REDACTED]"_s;
}

bool Redactor::isSecretName(const QString &name) const
{
    for (const QString &field : m_rules.fieldNames) {
        if (field.isEmpty())
            continue;
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return true;
        // x-api-key, access_token, client.secret: the rule's name as the last part.
        if (name.size() > field.size() && name.endsWith(field, Qt::CaseInsensitive)) {
            const QChar sep = name.at(name.size() - field.size() - 1);
            if (sep == u'-' || sep == u'_' || sep == u'.')
                return true;
        }
    }
    return false;
}

QString Redactor::redactText(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    if (m_rules.bearerTokens) {
        static const QRegularExpression bearer(
            uR"(\bBearer\s+(?!\[REDACTED\])[A-Za-z0-9\-._~+/]+=*)"_s,
            QRegularExpression::CaseInsensitiveOption);
        qsizetype n = 0;
        out.replace(bearer, u"Bearer "_s + mask());
        for (auto it = bearer.globalMatch(text); it.hasNext(); it.next())
            ++n;
        m_count += n;
    }
    if (m_rules.cardNumbers) {
        static const QRegularExpression card(uR"((?<![\d])\d(?:[ -]?\d){12,18}(?![\d]))"_s);
        QString result;
        qsizetype last = 0;
        for (auto it = card.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            QString digits = m.captured();
            digits.remove(u' ').remove(u'-');
            if (digits.size() < 13 || digits.size() > 19 || !passesLuhn(digits))
                continue;
            result += QStringView(out).mid(last, m.capturedStart() - last) + mask();
            last = m.capturedEnd();
            ++m_count;
        }
        if (last > 0) {
            result += QStringView(out).mid(last);
            out = result;
        }
    }
    for (const QRegularExpression &re : std::as_const(m_patterns)) {
        qsizetype n = 0;
        for (auto it = re.globalMatch(out); it.hasNext(); it.next())
            ++n;
        if (n) {
            out.replace(re, mask());
            m_count += n;
        }
    }
    if (m_namedPair.isValid() && !m_namedPair.pattern().isEmpty()) {
        QString result;
        qsizetype last = 0;
        for (auto it = m_namedPair.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            const QString value = m.captured(3);
            if (value == mask() || value == u'"' + mask() + u'"')
                continue;
            const bool quoted = value.startsWith(u'"') || value.startsWith(u'\'');
            result += QStringView(out).mid(last, m.capturedStart(3) - last)
                + (quoted ? value.at(0) + mask() + value.at(0) : mask());
            last = m.capturedEnd(3);
            ++m_count;
        }
        if (last > 0) {
            result += QStringView(out).mid(last);
            out = result;
        }
    }
    return out;
}

QJsonValue Redactor::redactJson(const QJsonValue &value, int depth)
{
    if (depth > maxDepth) {
        ++m_count;
        return mask();
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretName(it.key())) {
                ++m_count;
                it.value() = mask();
            } else {
                it.value() = redactJson(it.value(), depth + 1);
            }
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactJson(*it, depth + 1);
        return a;
    }
    if (value.isString())
        return redactText(value.toString());
    if (value.isDouble() && m_rules.cardNumbers) {
        // A card number sent as a JSON number.
        const double d = value.toDouble();
        if (d >= 1e12 && d < 1e19) {
            const QString digits = QString::number(qint64(d));
            if (digits.size() >= 13 && passesLuhn(digits)) {
                ++m_count;
                return mask();
            }
        }
    }
    return value;
}

QByteArray Redactor::redactPayload(const QByteArray &payload)
{
    if (payload.isEmpty())
        return payload;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const qint64 before = m_count;
        const QJsonValue out
            = redactJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
        if (m_count == before)
            return payload; // keep the sender's formatting when nothing was hidden
        const bool indented = payload.contains('\n');
        const auto format = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
        return out.isObject() ? QJsonDocument(out.toObject()).toJson(format)
                              : QJsonDocument(out.toArray()).toJson(format);
    }
    return redactText(QString::fromUtf8(payload)).toUtf8();
}

HeaderList Redactor::redactHeaders(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (isSecretName(name)) {
            ++m_count;
            out.append({ name, mask() });
        } else {
            out.append({ name, redactText(value) });
        }
    }
    return out;
}

void Redactor::redactLetter(DeadLetter &letter)
{
    letter.payload = redactPayload(letter.payload);
    if (!letter.editedPayload.isNull())
        letter.editedPayload = redactPayload(letter.editedPayload);
    letter.headers = redactHeaders(letter.headers);
    letter.error.message = redactText(letter.error.message);
    letter.error.stack = redactText(letter.error.stack);
    letter.destination = redactText(letter.destination);
}
