// SPDX-License-Identifier: MIT
#include "backends/rabbitmanagementclient.h"

#include "core/jsonlimits.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString segment(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

RabbitManagementClient::RabbitManagementClient(const QUrl &managementUrl, const QString &vhost,
    const QString &user, const QByteArray &password, QObject *parent)
    : QObject(parent)
    , m_http(new HttpClient(managementUrl, this))
    , m_vhost(vhost.isEmpty() ? u"/"_s : vhost)
    , m_user(user)
{
    m_http->setBasicCredentials(user, password);
    setDeadLetterNamePattern(defaultDeadLetterNamePattern.toString());
    connect(m_http, &HttpClient::answered, this, &RabbitManagementClient::answered);
    connect(m_http, &HttpClient::unreachable, this, &RabbitManagementClient::unreachable);
}

RabbitManagementClient::~RabbitManagementClient() = default;

void RabbitManagementClient::setDeadLetterNamePattern(const QString &pattern)
{
    m_namePattern = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

QString RabbitManagementClient::vhostPath(const QString &collection) const
{
    // The vhost is one path segment: "/" travels as %2F.
    return u"/api/"_s + collection + u'/' + segment(m_vhost);
}

BackendError RabbitManagementClient::errorFromReply(
    int status, const QByteArray &body, const QString &what)
{
    // The broker answers {"error":"not_authorised","reason":"ACCESS_REFUSED - ..."}: its reason is
    // what a person needs.
    QString reason;
    const auto parsed = parseJsonLimited(body, JsonLimits { 64 * 1024, 8 });
    if (const auto *doc = std::get_if<QJsonDocument>(&parsed); doc && doc->isObject())
        reason
            = doc->object().value("reason"_L1).toString(doc->object().value("error"_L1).toString());
    if (reason.isEmpty())
        reason = QString::fromUtf8(body.left(300)).trimmed();
    if (reason.isEmpty())
        return BackendError::fromHttpStatus(status, std::nullopt);

    BackendError e { BackendError::Kind::Http, status, {}, std::nullopt };
    if (status == 401 || status == 403) {
        const bool loginFailed = reason.contains("Login failed"_L1, Qt::CaseInsensitive);
        e.kind = loginFailed ? BackendError::Kind::Unauthorized : BackendError::Kind::Forbidden;
        e.message = loginFailed
            ? tr("RabbitMQ refused the user name or password (%1): %2").arg(status).arg(reason)
            : tr("RabbitMQ refused this (%1): %2").arg(status).arg(reason);
    } else if (status == 404) {
        e.kind = BackendError::Kind::NotFound;
        e.message = tr("Not found on %1 (404): %2").arg(what, reason);
    } else {
        e.message = tr("RabbitMQ answered %1: %2").arg(status).arg(reason);
    }
    return e;
}

template<class T>
Backend::RequestId RabbitManagementClient::sendDecoded(const HttpClient::Request &request,
    QObject *context, std::function<std::optional<T>(const QJsonDocument &)> decode,
    Callback<T> done)
{
    return m_http->sendForReply<T>(
        request, context,
        [decode = std::move(decode)](const HttpClient::Reply &reply) -> Result<T> {
            if (reply.failure)
                return *reply.failure;
            if (reply.status < 200 || reply.status >= 300)
                return errorFromReply(reply.status, reply.body, reply.what);
            auto doc = reply.json();
            if (auto *error = std::get_if<BackendError>(&doc))
                return *error;
            if (auto value = decode(std::get<QJsonDocument>(doc)))
                return std::move(*value);
            // Qualified: lupdate cannot tell the class of a template member's lambda.
            return BackendError::malformed(
                reply.what, RabbitManagementClient::tr("fields are missing or of the wrong type"));
        },
        std::move(done));
}

template<class T>
Backend::RequestId RabbitManagementClient::sendList(
    const QString &collection, QObject *context, Callback<QList<T>> done)
{
    return sendDecoded<QList<T>>(
        { "GET", vhostPath(collection), {}, std::nullopt }, context,
        [](const QJsonDocument &doc) -> std::optional<QList<T>> {
            if (!doc.isArray())
                return std::nullopt;
            QList<T> items;
            for (const QJsonValue &v : doc.array()) {
                auto item = T::fromJson(v.toObject());
                if (!item)
                    return std::nullopt;
                items.append(std::move(*item));
            }
            return items;
        },
        std::move(done));
}

Backend::RequestId RabbitManagementClient::whoami(QObject *context, Callback<RabbitWhoAmI> done)
{
    return sendDecoded<RabbitWhoAmI>(
        { "GET", u"/api/whoami"_s, {}, std::nullopt }, context,
        [](const QJsonDocument &doc) { return RabbitWhoAmI::fromJson(doc.object()); },
        std::move(done));
}

Backend::RequestId RabbitManagementClient::overview(QObject *context, Callback<RabbitOverview> done)
{
    return sendDecoded<RabbitOverview>(
        { "GET", u"/api/overview"_s, {}, std::nullopt }, context,
        [](const QJsonDocument &doc) { return RabbitOverview::fromJson(doc.object()); },
        std::move(done));
}

Backend::RequestId RabbitManagementClient::queues(
    QObject *context, Callback<QList<RabbitQueue>> done)
{
    return sendList<RabbitQueue>(u"queues"_s, context, std::move(done));
}

Backend::RequestId RabbitManagementClient::policies(
    QObject *context, Callback<QList<RabbitPolicy>> done)
{
    return sendList<RabbitPolicy>(u"policies"_s, context, std::move(done));
}

Backend::RequestId RabbitManagementClient::bindings(
    QObject *context, Callback<QList<RabbitBinding>> done)
{
    return sendList<RabbitBinding>(u"bindings"_s, context, std::move(done));
}

Backend::RequestId RabbitManagementClient::exchanges(
    QObject *context, Callback<QList<RabbitExchange>> done)
{
    return sendList<RabbitExchange>(u"exchanges"_s, context, std::move(done));
}

Backend::RequestId RabbitManagementClient::topology(QObject *context, Callback<RabbitTopology> done)
{
    struct Join {
        std::optional<QList<RabbitQueue>> queues;
        std::optional<QList<RabbitPolicy>> policies;
        std::optional<QList<RabbitBinding>> bindings;
        std::optional<QList<RabbitExchange>> exchanges;
        bool failed = false;
    };
    const RequestId id = Backend::newRequestId();
    auto join = std::make_shared<Join>();
    // Each part lands in `join`; the last one to arrive answers, the first failure answers and
    // drops the rest.
    const auto part = [this, id, join, done, pattern = m_namePattern](auto member) {
        return [this, id, join, done, pattern, member](const auto &result) {
            if (join->failed)
                return;
            if (!result.ok()) {
                join->failed = true;
                cancel(id);
                done(result.error());
                return;
            }
            (*join).*member = result.value();
            if (join->queues && join->policies && join->bindings && join->exchanges) {
                m_joined.remove(id);
                done(RabbitTopology::discover(
                    *join->queues, *join->policies, *join->bindings, *join->exchanges, pattern));
            }
        };
    };
    QList<RequestId> parts;
    parts.append(queues(context, part(&Join::queues)));
    parts.append(policies(context, part(&Join::policies)));
    parts.append(bindings(context, part(&Join::bindings)));
    parts.append(exchanges(context, part(&Join::exchanges)));
    m_joined.insert(id, parts);
    return id;
}

Backend::RequestId RabbitManagementClient::peek(const QString &queue, int count, int truncateBytes,
    QObject *context, Callback<QList<RabbitMessage>> done)
{
    const QJsonObject body { { u"count"_s, std::clamp(count, 1, maxPeekCount) },
        { u"ackmode"_s, u"ack_requeue_true"_s }, { u"encoding"_s, u"auto"_s },
        { u"truncate"_s, std::max(1, truncateBytes) } };
    return sendDecoded<QList<RabbitMessage>>(
        { "POST", vhostPath(u"queues"_s) + u'/' + segment(queue) + u"/get"_s, {}, body }, context,
        [](const QJsonDocument &doc) -> std::optional<QList<RabbitMessage>> {
            if (!doc.isArray())
                return std::nullopt;
            QList<RabbitMessage> messages;
            messages.reserve(doc.array().size());
            for (const QJsonValue &v : doc.array()) {
                auto m = messageFromJson(v.toObject());
                if (!m)
                    return std::nullopt;
                messages.append(std::move(*m));
            }
            return messages;
        },
        std::move(done));
}

Backend::RequestId RabbitManagementClient::purge(
    const QString &queue, QObject *context, Callback<bool> done)
{
    HttpClient::Request request { "DELETE",
        vhostPath(u"queues"_s) + u'/' + segment(queue) + u"/contents"_s, {}, std::nullopt };
    // The broker answers a DELETE with no body and refuses (406) an Accept that does not allow any
    // type.
    request.accept = "*/*";
    return m_http->sendForReply<bool>(
        request, context,
        [](const HttpClient::Reply &reply) -> Result<bool> {
            if (reply.failure)
                return *reply.failure;
            if (reply.status < 200 || reply.status >= 300)
                return errorFromReply(reply.status, reply.body, reply.what);
            return true;
        },
        std::move(done));
}

void RabbitManagementClient::cancel(RequestId id)
{
    const QList<RequestId> parts = m_joined.take(id);
    for (RequestId part : parts)
        m_http->cancel(part);
    m_http->cancel(id);
}

void RabbitManagementClient::cancelAll()
{
    m_joined.clear();
    m_http->cancelAll();
}

std::optional<RabbitMessage> RabbitManagementClient::messageFromJson(const QJsonObject &o)
{
    if (!o.value("payload"_L1).isString())
        return std::nullopt;
    RabbitMessage m;
    const QString payload = o.value("payload"_L1).toString();
    m.body = o.value("payload_encoding"_L1).toString() == "base64"_L1
        ? QByteArray::fromBase64(payload.toLatin1())
        : payload.toUtf8();
    m.redelivered = o.value("redelivered"_L1).toBool();
    m.exchange = o.value("exchange"_L1).toString();
    m.routingKey = o.value("routing_key"_L1).toString();

    const QJsonObject p = o.value("properties"_L1).toObject();
    const auto bytes = [&p](QLatin1StringView key) -> std::optional<QByteArray> {
        if (!p.value(key).isString())
            return std::nullopt;
        return p.value(key).toString().toUtf8();
    };
    const auto octet = [&p](QLatin1StringView key) -> std::optional<quint8> {
        if (!p.value(key).isDouble())
            return std::nullopt;
        return quint8(p.value(key).toInt());
    };
    RabbitProperties &props = m.properties;
    props.contentType = bytes("content_type"_L1);
    props.contentEncoding = bytes("content_encoding"_L1);
    props.deliveryMode = octet("delivery_mode"_L1);
    props.priority = octet("priority"_L1);
    props.correlationId = bytes("correlation_id"_L1);
    props.replyTo = bytes("reply_to"_L1);
    props.expiration = bytes("expiration"_L1);
    props.messageId = bytes("message_id"_L1);
    if (p.value("timestamp"_L1).isDouble())
        props.timestamp = quint64(p.value("timestamp"_L1).toDouble());
    props.type = bytes("type"_L1);
    props.userId = bytes("user_id"_L1);
    props.appId = bytes("app_id"_L1);
    props.clusterId = bytes("cluster_id"_L1);

    // JSON has no wire form (and sorts the names): headers come without `wire`, for reading only.
    const QJsonObject headers = p.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        m.headers.append(RabbitHeader { it.key(), it.value().toVariant(), {} });
    m.xDeath = XDeathEntry::listFromVariant(headers.value("x-death"_L1).toVariant());
    return m;
}
