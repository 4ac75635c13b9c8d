// SPDX-License-Identifier: MIT
#include "backends/rabbitmanagementtypes.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto xDeadLetterExchange = "x-dead-letter-exchange"_L1;
const auto xDeadLetterRoutingKey = "x-dead-letter-routing-key"_L1;
const auto policyDeadLetterExchange = "dead-letter-exchange"_L1;
const auto policyDeadLetterRoutingKey = "dead-letter-routing-key"_L1;

qint64 integer(const QJsonObject &o, QLatin1StringView key)
{
    return qint64(o.value(key).toDouble());
}

double rateOf(const QJsonObject &stats, QLatin1StringView key)
{
    return stats.value(key).toObject().value("rate"_L1).toDouble();
}

/** Tags come as a JSON array (3.10+) or a comma-separated string (older brokers). */
QStringList tagsOf(const QJsonValue &v)
{
    QStringList tags;
    if (v.isArray()) {
        for (const QJsonValue &t : v.toArray())
            tags.append(t.toString());
    } else {
        for (const QString &t : v.toString().split(u',', Qt::SkipEmptyParts))
            tags.append(t.trimmed());
    }
    return tags;
}

} // namespace

bool RabbitWhoAmI::mayChange() const
{
    return std::any_of(tags.cbegin(), tags.cend(), [](const QString &t) {
        return t == "administrator"_L1 || t == "policymaker"_L1 || t == "management"_L1;
    });
}

QString RabbitWhoAmI::role() const
{
    // The console's roles: an administrator may purge, as an Ops API admin token may.
    if (tags.contains("administrator"_L1))
        return u"admin"_s;
    return mayChange() ? u"operator"_s : u"viewer"_s;
}

std::optional<RabbitWhoAmI> RabbitWhoAmI::fromJson(const QJsonObject &o)
{
    if (!o.value("name"_L1).isString())
        return std::nullopt;
    return RabbitWhoAmI { o.value("name"_L1).toString(), tagsOf(o.value("tags"_L1)) };
}

std::optional<RabbitOverview> RabbitOverview::fromJson(const QJsonObject &o)
{
    if (!o.value("rabbitmq_version"_L1).isString() && !o.value("management_version"_L1).isString())
        return std::nullopt;
    RabbitOverview v;
    v.rabbitmqVersion
        = o.value("rabbitmq_version"_L1).toString(o.value("product_version"_L1).toString());
    v.erlangVersion = o.value("erlang_version"_L1).toString();
    v.managementVersion = o.value("management_version"_L1).toString();
    v.clusterName = o.value("cluster_name"_L1).toString();
    v.node = o.value("node"_L1).toString();
    return v;
}

std::optional<RabbitPolicy> RabbitPolicy::fromJson(const QJsonObject &o)
{
    if (!o.value("name"_L1).isString() || !o.value("definition"_L1).isObject())
        return std::nullopt;
    return RabbitPolicy { o.value("vhost"_L1).toString(), o.value("name"_L1).toString(),
        o.value("pattern"_L1).toString(), o.value("apply-to"_L1).toString(),
        o.value("priority"_L1).toInt(), o.value("definition"_L1).toObject() };
}

std::optional<RabbitBinding> RabbitBinding::fromJson(const QJsonObject &o)
{
    if (!o.value("source"_L1).isString() || !o.value("destination"_L1).isString())
        return std::nullopt;
    return RabbitBinding { o.value("source"_L1).toString(), o.value("destination"_L1).toString(),
        o.value("destination_type"_L1).toString() != "exchange"_L1,
        o.value("routing_key"_L1).toString() };
}

std::optional<RabbitExchange> RabbitExchange::fromJson(const QJsonObject &o)
{
    if (!o.value("name"_L1).isString())
        return std::nullopt;
    return RabbitExchange { o.value("name"_L1).toString(), o.value("type"_L1).toString() };
}

QString RabbitQueue::deadLetterExchange() const
{
    if (arguments.contains(xDeadLetterExchange))
        return arguments.value(xDeadLetterExchange).toString();
    return effectivePolicy.value(policyDeadLetterExchange).toString();
}

bool RabbitQueue::hasDeadLetterExchange() const
{
    return arguments.contains(xDeadLetterExchange)
        || effectivePolicy.contains(policyDeadLetterExchange);
}

bool RabbitQueue::deadLetterByArgument() const
{
    return arguments.contains(xDeadLetterExchange);
}

std::optional<QString> RabbitQueue::deadLetterRoutingKey() const
{
    // The key travels with the exchange's origin: an argument's key with the argument, a policy's
    // with the policy.
    const QJsonObject &from = deadLetterByArgument() ? arguments : effectivePolicy;
    const QLatin1StringView key
        = deadLetterByArgument() ? xDeadLetterRoutingKey : policyDeadLetterRoutingKey;
    if (!from.contains(key))
        return std::nullopt;
    return from.value(key).toString();
}

std::optional<RabbitQueue> RabbitQueue::fromJson(const QJsonObject &o)
{
    if (!o.value("name"_L1).isString())
        return std::nullopt;
    RabbitQueue q;
    q.vhost = o.value("vhost"_L1).toString();
    q.name = o.value("name"_L1).toString();
    q.type = o.value("type"_L1).toString();
    q.messages = integer(o, "messages"_L1);
    q.ready = integer(o, "messages_ready"_L1);
    q.unacked = integer(o, "messages_unacknowledged"_L1);
    q.consumers = o.value("consumers"_L1).toInt();
    const QJsonObject stats = o.value("message_stats"_L1).toObject();
    q.published = integer(stats, "publish"_L1);
    q.delivered = integer(stats, "deliver_get"_L1);
    q.acked = integer(stats, "ack"_L1);
    q.publishRate = rateOf(stats, "publish_details"_L1);
    q.deliverRate = rateOf(stats, "deliver_get_details"_L1);
    q.ackRate = rateOf(stats, "ack_details"_L1);
    q.arguments = o.value("arguments"_L1).toObject();
    q.policy = o.value("policy"_L1).toString();
    q.effectivePolicy = o.value("effective_policy_definition"_L1).toObject();
    return q;
}

bool topicMatches(QStringView bindingKey, QStringView routingKey)
{
    const QList<QStringView> pattern = bindingKey.split(u'.');
    const QList<QStringView> words
        = routingKey.isEmpty() ? QList<QStringView>() : routingKey.split(u'.');
    // match[i][j]: pattern[i..] matches words[j..]; filled from the end.
    const qsizetype P = pattern.size(), W = words.size();
    std::vector<std::vector<char>> match(size_t(P + 1), std::vector<char>(size_t(W + 1), 0));
    match[size_t(P)][size_t(W)] = 1;
    for (qsizetype i = P - 1; i >= 0; --i) {
        for (qsizetype j = W; j >= 0; --j) {
            const QStringView p = pattern[i];
            bool m = false;
            if (p == u"#")
                m = match[size_t(i + 1)][size_t(j)] || (j < W && match[size_t(i)][size_t(j + 1)]);
            else if (j < W && (p == u"*" || p == words[j]))
                m = match[size_t(i + 1)][size_t(j + 1)];
            match[size_t(i)][size_t(j)] = m;
        }
    }
    return match[0][0];
}

QList<RabbitQueue> RabbitTopology::deadLetterQueues() const
{
    QList<RabbitQueue> out;
    std::copy_if(queues.cbegin(), queues.cend(), std::back_inserter(out),
        [](const RabbitQueue &q) { return q.isDeadLetterQueue(); });
    return out;
}

const RabbitQueue *RabbitTopology::queue(const QString &name) const
{
    const auto it = std::find_if(
        queues.cbegin(), queues.cend(), [&](const RabbitQueue &q) { return q.name == name; });
    return it == queues.cend() ? nullptr : &*it;
}

RabbitTopology RabbitTopology::discover(QList<RabbitQueue> queues,
    const QList<RabbitPolicy> &policies, const QList<RabbitBinding> &bindings,
    const QList<RabbitExchange> &exchanges, const QRegularExpression &namePattern)
{
    std::sort(queues.begin(), queues.end(),
        [](const RabbitQueue &a, const RabbitQueue &b) { return a.name < b.name; });
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < queues.size(); ++i)
        byName.insert(queues[i].name, i);
    QHash<QString, QString> exchangeType;
    for (const RabbitExchange &e : exchanges)
        exchangeType.insert(e.name, e.type);

    // Which queues a message with `key` (nullopt: any key) sent to `exchange` may land in.
    const auto targetsOf = [&](const QString &exchange, const std::optional<QString> &key) {
        QStringList targets;
        if (exchange.isEmpty()) {
            // The default exchange routes by queue name; without a key the letter keeps its own:
            // unknown.
            if (key && byName.contains(*key))
                targets.append(*key);
            return targets;
        }
        const QString type = exchangeType.value(exchange, u"direct"_s);
        for (const RabbitBinding &b : bindings) {
            if (b.source != exchange || !b.toQueue)
                continue;
            bool routes = true;
            if (key && type == "direct"_L1)
                routes = b.routingKey == *key;
            else if (key && type == "topic"_L1)
                routes = topicMatches(b.routingKey, *key);
            if (routes)
                targets.append(b.destination);
        }
        return targets;
    };

    for (const RabbitQueue &q : std::as_const(queues)) {
        if (!q.hasDeadLetterExchange())
            continue;
        const DeadLetterEvidence how
            = q.deadLetterByArgument() ? DeadLetterEvidence::Argument : DeadLetterEvidence::Policy;
        for (const QString &target : targetsOf(q.deadLetterExchange(), q.deadLetterRoutingKey())) {
            const auto at = byName.constFind(target);
            if (at == byName.cend() || target == q.name)
                continue;
            RabbitQueue &dlq = queues[*at];
            dlq.deadLetterEvidence |= how;
            if (!dlq.deadLetterSources.contains(q.name))
                dlq.deadLetterSources.append(q.name);
        }
    }
    for (RabbitQueue &q : queues) {
        if (namePattern.isValid() && !namePattern.pattern().isEmpty()
            && namePattern.match(q.name).hasMatch())
            q.deadLetterEvidence |= DeadLetterEvidence::Name;
        q.deadLetterSources.sort();
    }
    return RabbitTopology { std::move(queues), policies };
}
