// SPDX-License-Identifier: MIT
#include "backends/amqpconnection.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <cmath>
#include <cstring>
#include <sys/time.h>

using namespace Qt::StringLiterals;

namespace {

constexpr amqp_channel_t kChannel = 1;

amqp_bytes_t bytesOf(const QByteArray &b)
{
    return amqp_bytes_t { size_t(b.size()), const_cast<char *>(b.constData()) };
}

QByteArray toByteArray(amqp_bytes_t b)
{
    return QByteArray(static_cast<const char *>(b.bytes), qsizetype(b.len));
}

QString toString(amqp_bytes_t b)
{
    return QString::fromUtf8(static_cast<const char *>(b.bytes), qsizetype(b.len));
}

timeval timevalOf(int ms)
{
    timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

QVariant fieldToVariant(const amqp_field_value_t &f);

QVariantMap tableToVariant(const amqp_table_t &t)
{
    QVariantMap map;
    for (int i = 0; i < t.num_entries; ++i)
        map.insert(toString(t.entries[i].key), fieldToVariant(t.entries[i].value));
    return map;
}

QVariant fieldToVariant(const amqp_field_value_t &f)
{
    switch (f.kind) {
    case AMQP_FIELD_KIND_BOOLEAN:
        return bool(f.value.boolean);
    case AMQP_FIELD_KIND_I8:
        return int(f.value.i8);
    case AMQP_FIELD_KIND_U8:
        return uint(f.value.u8);
    case AMQP_FIELD_KIND_I16:
        return int(f.value.i16);
    case AMQP_FIELD_KIND_U16:
        return uint(f.value.u16);
    case AMQP_FIELD_KIND_I32:
        return int(f.value.i32);
    case AMQP_FIELD_KIND_U32:
        return uint(f.value.u32);
    case AMQP_FIELD_KIND_I64:
        return qint64(f.value.i64);
    case AMQP_FIELD_KIND_U64:
        return quint64(f.value.u64);
    case AMQP_FIELD_KIND_F32:
        return double(f.value.f32);
    case AMQP_FIELD_KIND_F64:
        return f.value.f64;
    case AMQP_FIELD_KIND_DECIMAL:
        return double(f.value.decimal.value) / std::pow(10.0, f.value.decimal.decimals);
    case AMQP_FIELD_KIND_UTF8:
        return toString(f.value.bytes);
    case AMQP_FIELD_KIND_BYTES:
        return toByteArray(f.value.bytes);
    case AMQP_FIELD_KIND_TIMESTAMP:
        return QDateTime::fromSecsSinceEpoch(qint64(f.value.u64), Qt::UTC);
    case AMQP_FIELD_KIND_TABLE:
        return tableToVariant(f.value.table);
    case AMQP_FIELD_KIND_ARRAY: {
        QVariantList list;
        for (int i = 0; i < f.value.array.num_entries; ++i)
            list.append(fieldToVariant(f.value.array.entries[i]));
        return list;
    }
    case AMQP_FIELD_KIND_VOID:
    default:
        return {};
    }
}

// One entry's wire form: rabbitmq-c encodes a one-entry table (4-byte length
// first); what follows the length is the entry exactly as it travels.
QByteArray entryWire(const amqp_table_entry_t &entry)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    for (;;) {
        amqp_table_t one { 1, const_cast<amqp_table_entry_t *>(&entry) };
        size_t offset = 0;
        const int rc = amqp_encode_table(bytesOf(buffer), &one, &offset);
        if (rc == AMQP_STATUS_OK)
            return buffer.mid(4, qsizetype(offset) - 4);
        if (rc != AMQP_STATUS_TABLE_TOO_BIG || buffer.size() > (64 << 20))
            return {};
        buffer.resize(buffer.size() * 4);
    }
}

RabbitMessage messageFrom(const amqp_basic_properties_t &p, amqp_bytes_t body)
{
    RabbitMessage m;
    m.body = toByteArray(body);
    auto &o = m.properties;
    const auto flag = [&](amqp_flags_t f) { return (p._flags & f) != 0; };
    if (flag(AMQP_BASIC_CONTENT_TYPE_FLAG))
        o.contentType = toByteArray(p.content_type);
    if (flag(AMQP_BASIC_CONTENT_ENCODING_FLAG))
        o.contentEncoding = toByteArray(p.content_encoding);
    if (flag(AMQP_BASIC_DELIVERY_MODE_FLAG))
        o.deliveryMode = p.delivery_mode;
    if (flag(AMQP_BASIC_PRIORITY_FLAG))
        o.priority = p.priority;
    if (flag(AMQP_BASIC_CORRELATION_ID_FLAG))
        o.correlationId = toByteArray(p.correlation_id);
    if (flag(AMQP_BASIC_REPLY_TO_FLAG))
        o.replyTo = toByteArray(p.reply_to);
    if (flag(AMQP_BASIC_EXPIRATION_FLAG))
        o.expiration = toByteArray(p.expiration);
    if (flag(AMQP_BASIC_MESSAGE_ID_FLAG))
        o.messageId = toByteArray(p.message_id);
    if (flag(AMQP_BASIC_TIMESTAMP_FLAG))
        o.timestamp = p.timestamp;
    if (flag(AMQP_BASIC_TYPE_FLAG))
        o.type = toByteArray(p.type);
    if (flag(AMQP_BASIC_USER_ID_FLAG))
        o.userId = toByteArray(p.user_id);
    if (flag(AMQP_BASIC_APP_ID_FLAG))
        o.appId = toByteArray(p.app_id);
    if (flag(AMQP_BASIC_CLUSTER_ID_FLAG))
        o.clusterId = toByteArray(p.cluster_id);
    if (flag(AMQP_BASIC_HEADERS_FLAG)) {
        for (int i = 0; i < p.headers.num_entries; ++i) {
            const amqp_table_entry_t &e = p.headers.entries[i];
            RabbitHeader h;
            h.name = toString(e.key);
            h.value = fieldToVariant(e.value);
            h.wire = entryWire(e);
            if (h.name == u"x-death"_s)
                m.xDeath = XDeathEntry::listFromVariant(h.value);
            m.headers.append(std::move(h));
        }
    }
    return m;
}

// Fills rabbitmq-c properties that point into `keep` (which must outlive the publish).
amqp_basic_properties_t propertiesFor(const RabbitProperties &o)
{
    amqp_basic_properties_t p;
    std::memset(&p, 0, sizeof p);
    const auto setBytes
        = [&](const std::optional<QByteArray> &v, amqp_bytes_t &field, amqp_flags_t f) {
              if (v) {
                  field = bytesOf(*v);
                  p._flags |= f;
              }
          };
    setBytes(o.contentType, p.content_type, AMQP_BASIC_CONTENT_TYPE_FLAG);
    setBytes(o.contentEncoding, p.content_encoding, AMQP_BASIC_CONTENT_ENCODING_FLAG);
    if (o.deliveryMode) {
        p.delivery_mode = *o.deliveryMode;
        p._flags |= AMQP_BASIC_DELIVERY_MODE_FLAG;
    }
    if (o.priority) {
        p.priority = *o.priority;
        p._flags |= AMQP_BASIC_PRIORITY_FLAG;
    }
    setBytes(o.correlationId, p.correlation_id, AMQP_BASIC_CORRELATION_ID_FLAG);
    setBytes(o.replyTo, p.reply_to, AMQP_BASIC_REPLY_TO_FLAG);
    setBytes(o.expiration, p.expiration, AMQP_BASIC_EXPIRATION_FLAG);
    setBytes(o.messageId, p.message_id, AMQP_BASIC_MESSAGE_ID_FLAG);
    if (o.timestamp) {
        p.timestamp = *o.timestamp;
        p._flags |= AMQP_BASIC_TIMESTAMP_FLAG;
    }
    setBytes(o.type, p.type, AMQP_BASIC_TYPE_FLAG);
    setBytes(o.userId, p.user_id, AMQP_BASIC_USER_ID_FLAG);
    setBytes(o.appId, p.app_id, AMQP_BASIC_APP_ID_FLAG);
    setBytes(o.clusterId, p.cluster_id, AMQP_BASIC_CLUSTER_ID_FLAG);
    return p;
}

AmqpError libraryError(int status, const QString &what)
{
    AmqpError e;
    switch (status) {
    case AMQP_STATUS_TIMEOUT:
    case AMQP_STATUS_HEARTBEAT_TIMEOUT:
        e.kind = AmqpError::Kind::Timeout;
        break;
    case AMQP_STATUS_CONNECTION_CLOSED:
    case AMQP_STATUS_SOCKET_CLOSED:
    case AMQP_STATUS_SOCKET_ERROR:
        e.kind = AmqpError::Kind::ConnectionClosed;
        break;
    default:
        e.kind = AmqpError::Kind::Protocol;
    }
    e.message = what + u": "_s + QString::fromUtf8(amqp_error_string2(status));
    return e;
}

AmqpError::Kind kindForReplyCode(int code)
{
    switch (code) {
    case 403:
        return AmqpError::Kind::AccessRefused;
    case 404:
        return AmqpError::Kind::NotFound;
    default:
        return AmqpError::Kind::ChannelClosed;
    }
}

} // namespace

bool AmqpEndpoint::setUrl(const QUrl &url)
{
    if (url.scheme() != u"amqp"_s)
        return false;
    if (!url.host().isEmpty())
        host = url.host();
    if (url.port() > 0)
        port = quint16(url.port());
    if (!url.userName().isEmpty())
        user = url.userName();
    if (!url.password().isEmpty())
        password = url.password();
    const QString path = url.path(QUrl::FullyEncoded);
    if (path.size() > 1)
        vhost = QUrl::fromPercentEncoding(path.mid(1).toUtf8());
    return true;
}

struct AmqpConnection::Private {
    amqp_connection_state_t conn = nullptr;
    bool open = false;
    bool confirming = false;
    quint64 nextSequence = 0;
    quint64 confirmedFloor = 0; // every sequence <= this is confirmed
    QSet<quint64> confirmedAbove; // confirmed out of order, above the floor
    quint64 nackedSinceWait = 0;

    // The broker's reply to an RPC as an error, or nullopt when it succeeded.
    std::optional<AmqpError> check(const amqp_rpc_reply_t &reply, const QString &what)
    {
        switch (reply.reply_type) {
        case AMQP_RESPONSE_NORMAL:
            return std::nullopt;
        case AMQP_RESPONSE_NONE:
            open = false;
            return AmqpError { AmqpError::Kind::Protocol, 0, what + u": missing RPC reply"_s };
        case AMQP_RESPONSE_LIBRARY_EXCEPTION:
            open = false;
            return libraryError(reply.library_error, what);
        case AMQP_RESPONSE_SERVER_EXCEPTION:
            break;
        }
        open = false;
        if (reply.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            const auto *c = static_cast<amqp_connection_close_t *>(reply.reply.decoded);
            amqp_connection_close_ok_t ok;
            amqp_send_method(conn, 0, AMQP_CONNECTION_CLOSE_OK_METHOD, &ok);
            return AmqpError { c->reply_code == 403 ? AmqpError::Kind::AccessRefused
                                                    : AmqpError::Kind::ConnectionClosed,
                c->reply_code, what + u": "_s + toString(c->reply_text) };
        }
        if (reply.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            const auto *c = static_cast<amqp_channel_close_t *>(reply.reply.decoded);
            amqp_channel_close_ok_t ok;
            amqp_send_method(conn, kChannel, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
            return AmqpError { kindForReplyCode(c->reply_code), c->reply_code,
                what + u": "_s + toString(c->reply_text) };
        }
        return AmqpError { AmqpError::Kind::Protocol, 0,
            what + u": unexpected method from the broker"_s };
    }

    std::optional<AmqpError> checkStatus(int status, const QString &what)
    {
        if (status == AMQP_STATUS_OK)
            return std::nullopt;
        open = false;
        return libraryError(status, what);
    }

    void noteConfirm(quint64 tag, bool multiple)
    {
        if (multiple) {
            if (tag > confirmedFloor)
                confirmedFloor = tag;
        } else {
            confirmedAbove.insert(tag);
        }
        while (confirmedAbove.remove(confirmedFloor + 1))
            ++confirmedFloor;
        for (auto it = confirmedAbove.begin(); it != confirmedAbove.end();) {
            if (*it <= confirmedFloor)
                it = confirmedAbove.erase(it);
            else
                ++it;
        }
    }
};

AmqpConnection::AmqpConnection()
    : d(std::make_unique<Private>())
{
}

AmqpConnection::~AmqpConnection()
{
    close();
}

bool AmqpConnection::isOpen() const
{
    return d->open;
}

std::optional<AmqpError> AmqpConnection::open(const AmqpEndpoint &endpoint)
{
    close();
    d->conn = amqp_new_connection();
    amqp_socket_t *socket = amqp_tcp_socket_new(d->conn);
    if (!socket)
        return AmqpError { AmqpError::Kind::Protocol, 0, u"cannot create a TCP socket"_s };
    const QString where = u"%1:%2"_s.arg(endpoint.host).arg(endpoint.port);
    timeval connectTimeout = timevalOf(endpoint.connectTimeoutMs);
    const int rc = amqp_socket_open_noblock(
        socket, endpoint.host.toUtf8().constData(), endpoint.port, &connectTimeout);
    if (rc != AMQP_STATUS_OK) {
        AmqpError e = libraryError(rc, u"cannot connect to %1"_s.arg(where));
        e.kind = rc == AMQP_STATUS_TIMEOUT ? AmqpError::Kind::Timeout
                                           : AmqpError::Kind::ConnectionRefused;
        close();
        return e;
    }
    timeval handshake = timevalOf(endpoint.connectTimeoutMs);
    amqp_set_handshake_timeout(d->conn, &handshake);
    // A broker that stops answering must not hang a worker forever.
    timeval rpc = timevalOf(120000);
    amqp_set_rpc_timeout(d->conn, &rpc);

    const amqp_rpc_reply_t login = amqp_login(d->conn, endpoint.vhost.toUtf8().constData(), 0,
        131072, endpoint.heartbeatSeconds, AMQP_SASL_METHOD_PLAIN,
        endpoint.user.toUtf8().constData(), endpoint.password.toUtf8().constData());
    if (login.reply_type != AMQP_RESPONSE_NORMAL) {
        std::optional<AmqpError> e
            = d->check(login, u"login to %1 as %2 refused"_s.arg(where, endpoint.user));
        // RabbitMQ may drop the socket instead of sending connection.close on a bad password.
        if (e->kind == AmqpError::Kind::ConnectionClosed && e->replyCode == 0)
            e->kind = AmqpError::Kind::AccessRefused;
        if (e->kind == AmqpError::Kind::AccessRefused && e->replyCode == 0)
            e->message
                = u"login to %1 as %2 refused: wrong user or password, or no access to vhost %3"_s
                      .arg(where, endpoint.user, endpoint.vhost);
        close();
        return e;
    }
    d->open = true;
    amqp_channel_open(d->conn, kChannel);
    if (auto e = d->check(amqp_get_rpc_reply(d->conn), u"cannot open a channel"_s)) {
        close();
        return e;
    }
    return std::nullopt;
}

void AmqpConnection::close()
{
    if (!d->conn)
        return;
    if (d->open) {
        amqp_channel_close(d->conn, kChannel, AMQP_REPLY_SUCCESS);
        amqp_connection_close(d->conn, AMQP_REPLY_SUCCESS);
    }
    amqp_destroy_connection(d->conn);
    d->conn = nullptr;
    d->open = false;
    d->confirming = false;
    d->nextSequence = 0;
    d->confirmedFloor = 0;
    d->confirmedAbove.clear();
}

std::optional<AmqpError> AmqpConnection::confirmSelect()
{
    amqp_confirm_select(d->conn, kChannel);
    if (auto e = d->check(amqp_get_rpc_reply(d->conn), u"confirm.select"_s))
        return e;
    d->confirming = true;
    return std::nullopt;
}

std::optional<AmqpError> AmqpConnection::setPrefetch(quint16 count)
{
    amqp_basic_qos(d->conn, kChannel, 0, count, 0);
    return d->check(amqp_get_rpc_reply(d->conn), u"basic.qos"_s);
}

AmqpResult<AmqpQueueInfo> AmqpConnection::declareQueuePassive(const QString &queue)
{
    const QByteArray name = queue.toUtf8();
    amqp_queue_declare_ok_t *ok
        = amqp_queue_declare(d->conn, kChannel, bytesOf(name), 1, 0, 0, 0, amqp_empty_table);
    if (auto e = d->check(amqp_get_rpc_reply(d->conn), u"queue %1"_s.arg(queue)))
        return *e;
    return AmqpQueueInfo { queue, ok->message_count, ok->consumer_count };
}

AmqpResult<AmqpQueueInfo> AmqpConnection::declareQueue(
    const QString &queue, const QVariantMap &arguments, bool durable)
{
    QList<QByteArray> keep;
    QList<amqp_table_entry_t> entries;
    for (auto it = arguments.cbegin(); it != arguments.cend(); ++it) {
        keep.append(it.key().toUtf8());
        amqp_table_entry_t e;
        std::memset(&e, 0, sizeof e);
        e.key = bytesOf(keep.constLast());
        if (it.value().typeId() == QMetaType::QString) {
            keep.append(it.value().toString().toUtf8());
            e.value.kind = AMQP_FIELD_KIND_UTF8;
            e.value.value.bytes = bytesOf(keep.constLast());
        } else {
            e.value.kind = AMQP_FIELD_KIND_I64;
            e.value.value.i64 = it.value().toLongLong();
        }
        entries.append(e);
    }
    amqp_table_t table { int(entries.size()), entries.data() };
    const QByteArray name = queue.toUtf8();
    amqp_queue_declare_ok_t *ok
        = amqp_queue_declare(d->conn, kChannel, bytesOf(name), 0, durable ? 1 : 0, 0, 0, table);
    if (auto e = d->check(amqp_get_rpc_reply(d->conn), u"declare queue %1"_s.arg(queue)))
        return *e;
    return AmqpQueueInfo { queue, ok->message_count, ok->consumer_count };
}

std::optional<AmqpError> AmqpConnection::declareExchange(
    const QString &exchange, const QString &type, bool durable)
{
    const QByteArray name = exchange.toUtf8();
    const QByteArray t = type.toUtf8();
    amqp_exchange_declare(
        d->conn, kChannel, bytesOf(name), bytesOf(t), 0, durable ? 1 : 0, 0, 0, amqp_empty_table);
    return d->check(amqp_get_rpc_reply(d->conn), u"declare exchange %1"_s.arg(exchange));
}

std::optional<AmqpError> AmqpConnection::bindQueue(
    const QString &queue, const QString &exchange, const QString &routingKey)
{
    const QByteArray q = queue.toUtf8(), x = exchange.toUtf8(), k = routingKey.toUtf8();
    amqp_queue_bind(d->conn, kChannel, bytesOf(q), bytesOf(x), bytesOf(k), amqp_empty_table);
    return d->check(amqp_get_rpc_reply(d->conn), u"bind %1 to %2"_s.arg(queue, exchange));
}

std::optional<AmqpError> AmqpConnection::deleteQueue(const QString &queue)
{
    const QByteArray q = queue.toUtf8();
    amqp_queue_delete(d->conn, kChannel, bytesOf(q), 0, 0);
    return d->check(amqp_get_rpc_reply(d->conn), u"delete queue %1"_s.arg(queue));
}

AmqpResult<quint32> AmqpConnection::purgeQueue(const QString &queue)
{
    const QByteArray q = queue.toUtf8();
    amqp_queue_purge_ok_t *ok = amqp_queue_purge(d->conn, kChannel, bytesOf(q));
    if (auto e = d->check(amqp_get_rpc_reply(d->conn), u"purge queue %1"_s.arg(queue)))
        return *e;
    return quint32(ok->message_count);
}

AmqpResult<std::optional<AmqpDelivery>> AmqpConnection::get(const QString &queue, bool autoAck)
{
    amqp_maybe_release_buffers(d->conn);
    const QByteArray q = queue.toUtf8();
    const amqp_rpc_reply_t reply = amqp_basic_get(d->conn, kChannel, bytesOf(q), autoAck ? 1 : 0);
    if (auto e = d->check(reply, u"basic.get from %1"_s.arg(queue)))
        return *e;
    if (reply.reply.id == AMQP_BASIC_GET_EMPTY_METHOD)
        return std::optional<AmqpDelivery> {};
    const auto *ok = static_cast<amqp_basic_get_ok_t *>(reply.reply.decoded);
    AmqpDelivery delivery;
    delivery.deliveryTag = ok->delivery_tag;
    const bool redelivered = ok->redelivered;
    const QString exchange = toString(ok->exchange), routingKey = toString(ok->routing_key);
    amqp_message_t msg;
    if (auto e = d->check(
            amqp_read_message(d->conn, kChannel, &msg, 0), u"basic.get from %1"_s.arg(queue)))
        return *e;
    delivery.message = messageFrom(msg.properties, msg.body);
    amqp_destroy_message(&msg);
    delivery.message.redelivered = redelivered;
    delivery.message.exchange = exchange;
    delivery.message.routingKey = routingKey;
    return std::optional<AmqpDelivery> { std::move(delivery) };
}

AmqpResult<QString> AmqpConnection::consume(const QString &queue)
{
    const QByteArray q = queue.toUtf8();
    amqp_basic_consume_ok_t *ok = amqp_basic_consume(
        d->conn, kChannel, bytesOf(q), amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
    if (auto e = d->check(amqp_get_rpc_reply(d->conn), u"consume from %1"_s.arg(queue)))
        return *e;
    return toString(ok->consumer_tag);
}

std::optional<AmqpError> AmqpConnection::cancel(const QString &consumerTag)
{
    const QByteArray tag = consumerTag.toUtf8();
    amqp_basic_cancel(d->conn, kChannel, bytesOf(tag));
    return d->check(amqp_get_rpc_reply(d->conn), u"basic.cancel"_s);
}

AmqpResult<quint64> AmqpConnection::publish(const QString &exchange, const QString &routingKey,
    const QByteArray &body, const RabbitProperties &properties, const QByteArray &headerTable,
    bool mandatory)
{
    amqp_basic_properties_t p = propertiesFor(properties);
    amqp_pool_t pool;
    init_amqp_pool(&pool, 4096);
    if (!headerTable.isEmpty()) {
        size_t offset = 0;
        const int rc = amqp_decode_table(bytesOf(headerTable), &pool, &p.headers, &offset);
        if (rc != AMQP_STATUS_OK) {
            empty_amqp_pool(&pool);
            return AmqpError { AmqpError::Kind::Protocol, 0,
                u"invalid header table: "_s + QString::fromUtf8(amqp_error_string2(rc)) };
        }
        p._flags |= AMQP_BASIC_HEADERS_FLAG;
    }
    const QByteArray x = exchange.toUtf8(), k = routingKey.toUtf8();
    const int rc = amqp_basic_publish(
        d->conn, kChannel, bytesOf(x), bytesOf(k), mandatory ? 1 : 0, 0, &p, bytesOf(body));
    empty_amqp_pool(&pool);
    if (auto e = d->checkStatus(rc, u"publish to %1/%2"_s.arg(exchange, routingKey)))
        return *e;
    return d->confirming ? ++d->nextSequence : quint64(0);
}

AmqpResult<quint64> AmqpConnection::publish(const QString &exchange, const QString &routingKey,
    const RabbitMessage &message, bool mandatory)
{
    return publish(exchange, routingKey, message.body, message.properties,
        message.headers.isEmpty() ? QByteArray() : RabbitMessage::encodeTable(message.headers),
        mandatory);
}

AmqpResult<std::optional<AmqpEvent>> AmqpConnection::readEvent(int timeoutMs)
{
    if (!d->open)
        return AmqpError { AmqpError::Kind::ConnectionClosed, 0, u"the connection is closed"_s };
    amqp_maybe_release_buffers(d->conn);
    amqp_frame_t frame;
    timeval tv = timevalOf(timeoutMs);
    const int rc = amqp_simple_wait_frame_noblock(d->conn, &frame, &tv);
    if (rc == AMQP_STATUS_TIMEOUT)
        return std::optional<AmqpEvent> {};
    if (auto e = d->checkStatus(rc, u"reading from the broker"_s))
        return *e;
    if (frame.frame_type != AMQP_FRAME_METHOD)
        return std::optional<AmqpEvent> {}; // a stray content frame cannot happen outside a
                                            // message; ignore
    switch (frame.payload.method.id) {
    case AMQP_BASIC_DELIVER_METHOD: {
        const auto *m = static_cast<amqp_basic_deliver_t *>(frame.payload.method.decoded);
        AmqpDelivery delivery;
        delivery.deliveryTag = m->delivery_tag;
        const bool redelivered = m->redelivered;
        const QString exchange = toString(m->exchange), routingKey = toString(m->routing_key);
        amqp_message_t msg;
        if (auto e
            = d->check(amqp_read_message(d->conn, frame.channel, &msg, 0), u"reading a delivery"_s))
            return *e;
        delivery.message = messageFrom(msg.properties, msg.body);
        amqp_destroy_message(&msg);
        delivery.message.redelivered = redelivered;
        delivery.message.exchange = exchange;
        delivery.message.routingKey = routingKey;
        return std::optional<AmqpEvent> { std::move(delivery) };
    }
    case AMQP_BASIC_ACK_METHOD: {
        const auto *m = static_cast<amqp_basic_ack_t *>(frame.payload.method.decoded);
        d->noteConfirm(m->delivery_tag, m->multiple);
        return std::optional<AmqpEvent> { AmqpConfirm {
            m->delivery_tag, bool(m->multiple), true } };
    }
    case AMQP_BASIC_NACK_METHOD: {
        const auto *m = static_cast<amqp_basic_nack_t *>(frame.payload.method.decoded);
        d->noteConfirm(m->delivery_tag, m->multiple);
        return std::optional<AmqpEvent> { AmqpConfirm {
            m->delivery_tag, bool(m->multiple), false } };
    }
    case AMQP_BASIC_RETURN_METHOD: {
        const auto *m = static_cast<amqp_basic_return_t *>(frame.payload.method.decoded);
        AmqpReturn ret;
        ret.replyCode = m->reply_code;
        ret.replyText = toString(m->reply_text);
        ret.exchange = toString(m->exchange);
        ret.routingKey = toString(m->routing_key);
        amqp_message_t msg;
        if (auto e = d->check(amqp_read_message(d->conn, frame.channel, &msg, 0),
                u"reading a returned message"_s))
            return *e;
        ret.message = messageFrom(msg.properties, msg.body);
        amqp_destroy_message(&msg);
        return std::optional<AmqpEvent> { std::move(ret) };
    }
    case AMQP_BASIC_CANCEL_METHOD:
        d->open = false;
        return AmqpError { AmqpError::Kind::ChannelClosed, 0,
            u"the broker cancelled the consumer (queue deleted?)"_s };
    case AMQP_CHANNEL_CLOSE_METHOD: {
        const auto *c = static_cast<amqp_channel_close_t *>(frame.payload.method.decoded);
        AmqpError e { kindForReplyCode(c->reply_code), c->reply_code,
            u"the broker closed the channel: "_s + toString(c->reply_text) };
        amqp_channel_close_ok_t ok;
        amqp_send_method(d->conn, kChannel, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
        d->open = false;
        return e;
    }
    case AMQP_CONNECTION_CLOSE_METHOD: {
        const auto *c = static_cast<amqp_connection_close_t *>(frame.payload.method.decoded);
        AmqpError e { AmqpError::Kind::ConnectionClosed, c->reply_code,
            u"the broker closed the connection: "_s + toString(c->reply_text) };
        amqp_connection_close_ok_t ok;
        amqp_send_method(d->conn, 0, AMQP_CONNECTION_CLOSE_OK_METHOD, &ok);
        d->open = false;
        return e;
    }
    default:
        return std::optional<AmqpEvent> {};
    }
}

AmqpResult<quint64> AmqpConnection::waitForConfirms(
    quint64 sequence, int timeoutMs, const std::function<void(AmqpEvent &&)> &onOther)
{
    quint64 nacked = 0;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    while (d->confirmedFloor < sequence) {
        const qint64 left = deadline - QDateTime::currentMSecsSinceEpoch();
        if (left <= 0)
            return AmqpError { AmqpError::Kind::Timeout, 0,
                u"no publisher confirm within %1 ms"_s.arg(timeoutMs) };
        auto event = readEvent(int(std::min<qint64>(left, 1000)));
        if (auto *e = std::get_if<AmqpError>(&event))
            return *e;
        auto &maybe = std::get<std::optional<AmqpEvent>>(event);
        if (!maybe)
            continue;
        if (auto *c = std::get_if<AmqpConfirm>(&*maybe)) {
            if (!c->acked)
                ++nacked;
        } else if (onOther) {
            onOther(std::move(*maybe));
        }
    }
    return nacked;
}

quint64 AmqpConnection::confirmedUpTo() const
{
    return d->confirmedFloor;
}

std::optional<AmqpError> AmqpConnection::ack(quint64 deliveryTag, bool multiple)
{
    return d->checkStatus(
        amqp_basic_ack(d->conn, kChannel, deliveryTag, multiple ? 1 : 0), u"basic.ack"_s);
}

std::optional<AmqpError> AmqpConnection::nack(quint64 deliveryTag, bool multiple, bool requeue)
{
    return d->checkStatus(
        amqp_basic_nack(d->conn, kChannel, deliveryTag, multiple ? 1 : 0, requeue ? 1 : 0),
        u"basic.nack"_s);
}

std::optional<AmqpError> AmqpConnection::reject(quint64 deliveryTag, bool requeue)
{
    return d->checkStatus(
        amqp_basic_reject(d->conn, kChannel, deliveryTag, requeue ? 1 : 0), u"basic.reject"_s);
}
