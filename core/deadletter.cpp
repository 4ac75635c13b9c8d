// SPDX-License-Identifier: MIT
#include "core/deadletter.h"

#include "core/wiretime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QJsonObject DeadLetterError::toJson() const
{
    QJsonObject o { { u"class"_s, errorClass }, { u"message"_s, message } };
    o.insert(u"stack"_s, stack);
    o.insert(u"httpStatus"_s, httpStatus ? QJsonValue(httpStatus) : QJsonValue());
    o.insert(u"vendorCode"_s, vendorCode.isEmpty() ? QJsonValue() : QJsonValue(vendorCode));
    return o;
}

DeadLetterError DeadLetterError::fromJson(const QJsonObject &o)
{
    return { o.value(u"class"_s).toString(), o.value(u"message"_s).toString(),
        o.value(u"stack"_s).toString(), o.value(u"httpStatus"_s).toInt(),
        o.value(u"vendorCode"_s).toString() };
}

QString deadLetterStatusName(DeadLetterStatus s)
{
    switch (s) {
    case DeadLetterStatus::Active:
        return u"active"_s;
    case DeadLetterStatus::Resolved:
        return u"resolved"_s;
    case DeadLetterStatus::Deleted:
        return u"deleted"_s;
    }
    return {};
}

std::optional<DeadLetterStatus> deadLetterStatusFromName(QStringView name)
{
    for (auto s :
        { DeadLetterStatus::Active, DeadLetterStatus::Resolved, DeadLetterStatus::Deleted })
        if (name == deadLetterStatusName(s))
            return s;
    return std::nullopt;
}

QJsonObject DeadLetter::toJson() const
{
    QJsonArray hs;
    for (const auto &[k, v] : headers)
        hs.append(QJsonObject { { u"name"_s, k }, { u"value"_s, v } });
    QJsonObject o { { u"id"_s, id }, { u"source"_s, source }, { u"messageId"_s, messageId },
        { u"requestId"_s, requestId }, { u"payload"_s, QString::fromUtf8(payload) },
        { u"headers"_s, hs }, { u"error"_s, error.toJson() }, { u"attempts"_s, attempts },
        { u"firstFailure"_s, WireTime::format(firstFailureMs) },
        { u"lastFailure"_s, WireTime::format(lastFailureMs) }, { u"destination"_s, destination },
        { u"fingerprint"_s, fingerprint }, { u"status"_s, deadLetterStatusName(status) } };
    if (!editedPayload.isNull())
        o.insert(u"editedPayload"_s, QString::fromUtf8(editedPayload));
    return o;
}

QJsonObject DeadLetter::toSummaryJson() const
{
    QJsonObject o = toJson();
    o.remove(u"payload"_s);
    o.remove(u"headers"_s);
    o.remove(u"editedPayload"_s);
    QJsonObject e = o.value(u"error"_s).toObject();
    e.remove(u"stack"_s);
    o.insert(u"error"_s, e);
    return o;
}

std::optional<DeadLetter> DeadLetter::fromJson(const QJsonObject &o)
{
    DeadLetter d;
    d.id = o.value(u"id"_s).toInteger(-1);
    d.source = o.value(u"source"_s).toString();
    if (d.id < 0 || d.source.isEmpty())
        return std::nullopt;
    d.messageId = o.value(u"messageId"_s).toString();
    d.requestId = o.value(u"requestId"_s).toString();
    d.payload = o.value(u"payload"_s).toString().toUtf8();
    for (const auto &h : o.value(u"headers"_s).toArray()) {
        const auto ho = h.toObject();
        d.headers.append({ ho.value(u"name"_s).toString(), ho.value(u"value"_s).toString() });
    }
    d.error = DeadLetterError::fromJson(o.value(u"error"_s).toObject());
    d.attempts = o.value(u"attempts"_s).toInt();
    d.firstFailureMs = WireTime::parse(o.value(u"firstFailure"_s).toString()).value_or(0);
    d.lastFailureMs = WireTime::parse(o.value(u"lastFailure"_s).toString()).value_or(0);
    d.destination = o.value(u"destination"_s).toString();
    d.fingerprint = o.value(u"fingerprint"_s).toString();
    d.status = deadLetterStatusFromName(o.value(u"status"_s).toString())
                   .value_or(DeadLetterStatus::Active);
    if (o.contains(u"editedPayload"_s))
        d.editedPayload = o.value(u"editedPayload"_s).toString().toUtf8();
    return d;
}

QString normalisedErrorMessage(const QString &message)
{
    static const QRegularExpression quoted(uR"("[^"]*"|'[^']*')"_s);
    static const QRegularExpression uuid(
        uR"(\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)"_s);
    static const QRegularExpression hex(uR"(\b(0x)?[0-9a-fA-F]*[0-9][0-9a-fA-F]*\b)"_s);
    static const QRegularExpression number(uR"(\d+(\.\d+)?)"_s);
    QString m = message.simplified();
    m.replace(quoted, u"\"…\""_s);
    m.replace(uuid, u"<id>"_s);
    m.replace(hex, u"#"_s);
    m.replace(number, u"#"_s);
    return m;
}

QString fingerprintOf(const QString &source, const QString &errorClass, const QString &message)
{
    const QByteArray key = source.toUtf8() + '\x1f' + errorClass.toUtf8() + '\x1f'
        + normalisedErrorMessage(message).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject DeadLetterGroup::toJson() const
{
    return { { u"fingerprint"_s, fingerprint }, { u"source"_s, source },
        { u"errorClass"_s, errorClass }, { u"message"_s, message }, { u"count"_s, count },
        { u"firstFailure"_s, WireTime::format(firstFailureMs) },
        { u"lastFailure"_s, WireTime::format(lastFailureMs) } };
}

std::optional<DeadLetterGroup> DeadLetterGroup::fromJson(const QJsonObject &o)
{
    DeadLetterGroup g;
    g.fingerprint = o.value(u"fingerprint"_s).toString();
    if (g.fingerprint.isEmpty())
        return std::nullopt;
    g.source = o.value(u"source"_s).toString();
    g.errorClass = o.value(u"errorClass"_s).toString();
    g.message = o.value(u"message"_s).toString();
    g.count = o.value(u"count"_s).toInteger();
    g.firstFailureMs = WireTime::parse(o.value(u"firstFailure"_s).toString()).value_or(0);
    g.lastFailureMs = WireTime::parse(o.value(u"lastFailure"_s).toString()).value_or(0);
    return g;
}
