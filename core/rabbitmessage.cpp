// SPDX-License-Identifier: MIT
#include "core/rabbitmessage.h"

#include "core/deadletterquery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

QString headerText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QString::fromUtf8(value.toByteArray());
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QVariantList: {
        QStringList parts;
        const auto list = value.toList();
        for (const QVariant &v : list)
            parts.append(headerText(v));
        return parts.join(u", "_s);
    }
    case QMetaType::QVariantMap: {
        QStringList parts;
        const auto map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(it.key() + u'=' + headerText(it.value()));
        return parts.join(u", "_s);
    }
    default:
        return value.toString();
    }
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

QList<XDeathEntry> XDeathEntry::listFromVariant(const QVariant &xDeath)
{
    QList<XDeathEntry> entries;
    const QVariantList list = xDeath.toList();
    for (const QVariant &item : list) {
        const QVariantMap m = item.toMap();
        if (m.isEmpty())
            continue;
        XDeathEntry e;
        const auto text = [&](const QString &key) {
            const QVariant v = m.value(key);
            return v.typeId() == QMetaType::QByteArray ? QString::fromUtf8(v.toByteArray())
                                                       : v.toString();
        };
        e.reason = text(u"reason"_s);
        e.queue = text(u"queue"_s);
        e.exchange = text(u"exchange"_s);
        const QVariantList keys = m.value(u"routing-keys"_s).toList();
        for (const QVariant &k : keys)
            e.routingKeys.append(k.typeId() == QMetaType::QByteArray
                    ? QString::fromUtf8(k.toByteArray())
                    : k.toString());
        e.count = m.value(u"count"_s).toLongLong();
        const QVariant time = m.value(u"time"_s);
        if (time.typeId() == QMetaType::QDateTime)
            e.timeMs = time.toDateTime().toMSecsSinceEpoch();
        else if (time.isValid())
            e.timeMs = time.toLongLong() * 1000; // the management API's JSON: epoch seconds
        entries.append(e);
    }
    return entries;
}

QString RabbitMessage::stableId() const
{
    if (properties.messageId && !properties.messageId->isEmpty())
        return QString::fromUtf8(*properties.messageId);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(body);
    for (const XDeathEntry &e : xDeath) {
        hash.addData("\0"_ba);
        hash.addData(e.queue.toUtf8());
        hash.addData("\0"_ba);
        hash.addData(e.reason.toUtf8());
        hash.addData("\0"_ba);
        hash.addData(QByteArray::number(e.timeMs / 1000));
    }
    return u"sha1:"_s + QString::fromLatin1(hash.result().toHex().left(20));
}

bool RabbitMessage::isDeathHeader(QStringView name)
{
    return name == u"x-death"_s || name.startsWith(u"x-first-death-"_s)
        || name.startsWith(u"x-last-death-"_s);
}

QString RabbitMessage::operationHeader()
{
    return u"x-breakwater-operation"_s;
}

QString RabbitMessage::originalMessageIdHeader()
{
    return u"x-breakwater-original-message-id"_s;
}

QList<RabbitHeader> RabbitMessage::applicationHeaders() const
{
    QList<RabbitHeader> kept;
    kept.reserve(headers.size());
    for (const RabbitHeader &h : headers) {
        if (!isDeathHeader(h.name) && h.name != operationHeader()
            && h.name != originalMessageIdHeader())
            kept.append(h);
    }
    return kept;
}

QVariant RabbitMessage::header(QStringView name) const
{
    for (const RabbitHeader &h : headers) {
        if (h.name == name)
            return h.value;
    }
    return {};
}

QByteArray RabbitMessage::encodeTable(const QList<RabbitHeader> &headers)
{
    QByteArray entries;
    for (const RabbitHeader &h : headers)
        entries.append(h.wire);
    QByteArray table;
    table.reserve(entries.size() + 4);
    appendBigEndian32(table, quint32(entries.size()));
    table.append(entries);
    return table;
}

RabbitHeader RabbitMessage::stringHeader(const QString &name, const QString &value)
{
    const QByteArray n = name.toUtf8().left(255);
    const QByteArray v = value.toUtf8();
    RabbitHeader h;
    h.name = name;
    h.value = v;
    h.wire.append(char(n.size()));
    h.wire.append(n);
    h.wire.append('S'); // long string
    appendBigEndian32(h.wire, quint32(v.size()));
    h.wire.append(v);
    return h;
}

DeadLetter RabbitMessage::toDeadLetter() const
{
    DeadLetter letter;
    letter.messageId = stableId();
    letter.payload = body;
    const XDeathEntry first = xDeath.value(0);
    letter.source = first.queue;
    letter.error.errorClass = first.reason;
    letter.firstFailureMs = xDeath.isEmpty() ? 0 : xDeath.constLast().timeMs;
    letter.lastFailureMs = first.timeMs;
    letter.attempts = int(first.count);
    letter.destination = first.exchange + u'/' + first.routingKeys.value(0);
    QStringList lines;
    for (const RabbitHeader &h : headers) {
        letter.headers.append({ h.name, headerText(h.value) });
        lines.append(h.name + u": "_s + headerText(h.value));
    }
    letter.error.message = lines.join(u'\n');
    letter.error.httpStatus = header(u"x-http-status").toInt();
    letter.error.vendorCode = headerText(header(u"x-vendor-code"));
    letter.fingerprint = fingerprintOf(letter.source, letter.error.errorClass, QString());
    return letter;
}

bool RabbitMessage::matches(const DeadLetterQuery &query) const
{
    return query.matches(toDeadLetter());
}
