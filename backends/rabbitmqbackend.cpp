// SPDX-License-Identifier: MIT
#include "backends/rabbitmqbackend.h"

#include "backends/rabbitdeadletter.h"
#include "core/deadletterquery.h"

#include <QDateTime>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QByteArray labelValue(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

} // namespace

QStringList RabbitMqBackend::queuesFor(
    const DeadLetterQuery &query, const QList<RabbitQueue> &deadLetterQueues)
{
    QStringList named;
    QStringList all;
    for (const RabbitQueue &q : deadLetterQueues) {
        all.append(q.name);
        const bool bySource = query.sources.anyOf.contains(q.name, Qt::CaseInsensitive);
        const bool byGroup
            = query.fingerprints.anyOf.contains(groupOf(q.name), Qt::CaseInsensitive);
        if (bySource || byGroup)
            named.append(q.name);
    }
    // Not by the listed depth: the broker refreshes it every few seconds, a peek or a mover is
    // exact.
    const bool namesSome = !query.sources.anyOf.isEmpty() || !query.fingerprints.anyOf.isEmpty();
    return namesSome ? named : all;
}

RabbitMqBackend::RabbitMqBackend(const Settings &settings, QObject *parent)
    : Backend(parent)
    , m_settings(settings)
    , m_management(new RabbitManagementClient(
          settings.managementUrl, settings.vhost, settings.user, settings.password, this))
    , m_operations(new RabbitOperations(this))
{
    connect(m_operations, &RabbitOperations::eventsReady, this, &Backend::eventsReceived);
    m_management->setDeadLetterNamePattern(settings.deadLetterNamePattern);
    connect(
        m_management, &RabbitManagementClient::unreachable, this, [this](const QString &message) {
            if (connectionState() == ConnectionState::Connected)
                setConnectionState(ConnectionState::Unreachable, message);
        });
    connect(m_management, &RabbitManagementClient::answered, this, [this](int, const QString &) {
        if (connectionState() == ConnectionState::Unreachable && m_whoami)
            setConnectionState(ConnectionState::Connected);
    });
}

RabbitMqBackend::~RabbitMqBackend()
{
    // A mover's destructor cancels its operation and waits: what is in flight is confirmed and
    // acked.
    delete m_operations; // before the peeks and settings it reads
    qDeleteAll(std::exchange(m_movers, {}));
}

Capabilities RabbitMqBackend::capabilities() const
{
    return Capabilities(Capability::Metrics) | Capability::DeadLetters | Capability::Operations
        | Capability::DeadLetterMove;
}

QString RabbitMqBackend::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    const QUrl &url = m_settings.managementUrl;
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

void RabbitMqBackend::open()
{
    cancel(m_openRequest);
    setConnectionState(ConnectionState::Connecting, tr("Checking %1").arg(displayName()));
    m_openRequest = fetchInfo(this, [this](const Result<BackendInfo> &r) { onOpened(r); });
}

void RabbitMqBackend::onOpened(const Result<BackendInfo> &result)
{
    m_openRequest = 0;
    if (!result.ok()) {
        const auto kind = result.error().kind;
        const bool refused = kind == BackendError::Kind::Unauthorized
            || kind == BackendError::Kind::Forbidden || kind == BackendError::Kind::Malformed
            || kind == BackendError::Kind::NotFound;
        setConnectionState(refused ? ConnectionState::Refused : ConnectionState::Unreachable,
            result.error().message);
        return;
    }
    const BackendInfo &info = result.value();
    setConnectionState(ConnectionState::Connected,
        tr("RabbitMQ %1, signed in as %2 (%3)").arg(info.version, m_settings.user, info.role));
}

void RabbitMqBackend::close()
{
    m_openRequest = 0;
    m_management->cancelAll();
    setConnectionState(ConnectionState::Disconnected);
}

void RabbitMqBackend::cancel(RequestId id)
{
    if (RabbitMover *mover = m_movers.take(id)) {
        // Its operation finishes safely (in-flight confirmed and acked); only our answer is
        // dropped.
        mover->cancel();
        disconnect(mover, nullptr, this, nullptr);
        connect(mover, &RabbitMover::finished, mover, &QObject::deleteLater);
    }
    m_operations->cancel(id);
    m_management->cancel(id);
    Backend::cancel(id);
}

Backend::RequestId RabbitMqBackend::fetchInfo(QObject *context, Callback<BackendInfo> done)
{
    // whoami, then overview: the role decides what the console offers, the overview names the
    // broker.
    return m_management->whoami(context, [this, context, done](const Result<RabbitWhoAmI> &who) {
        if (!who.ok()) {
            done(who.error());
            return;
        }
        m_whoami = who.value();
        m_management->overview(
            context, [this, done, who = who.value()](const Result<RabbitOverview> &r) {
                if (!r.ok()) {
                    done(r.error());
                    return;
                }
                BackendInfo info;
                info.name = r.value().clusterName.isEmpty() ? u"RabbitMQ"_s : r.value().clusterName;
                info.version = r.value().rabbitmqVersion;
                info.apiVersion = u"rabbitmq-management/"_s + r.value().managementVersion;
                info.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
                info.capabilities = { capabilityName(Capability::Metrics),
                    capabilityName(Capability::DeadLetters), capabilityName(Capability::Operations),
                    capabilityName(Capability::DeadLetterMove) };
                info.role = who.role();
                info.tokenId = who.user;
                done(info);
            });
    });
}

QByteArray RabbitMqBackend::metricsText(const QList<RabbitQueue> &queues)
{
    struct Family {
        const char *name;
        const char *type;
        const char *help;
        std::function<double(const RabbitQueue &)> value;
    };
    const Family families[] = {
        { "rabbitmq_queue_messages", "gauge", "Messages ready and unacknowledged.",
            [](const RabbitQueue &q) { return q.messages; } },
        { "rabbitmq_queue_messages_ready", "gauge", "Messages ready for delivery.",
            [](const RabbitQueue &q) { return q.ready; } },
        { "rabbitmq_queue_messages_unacked", "gauge", "Messages delivered, not yet acknowledged.",
            [](const RabbitQueue &q) { return q.unacked; } },
        { "rabbitmq_queue_consumers", "gauge", "Consumers.",
            [](const RabbitQueue &q) { return q.consumers; } },
        { "rabbitmq_queue_messages_published_total", "counter",
            "Messages published into the queue.",
            [](const RabbitQueue &q) { return q.published; } },
        { "rabbitmq_queue_messages_delivered_total", "counter", "Messages delivered or fetched.",
            [](const RabbitQueue &q) { return q.delivered; } },
        { "rabbitmq_queue_messages_acked_total", "counter", "Messages acknowledged.",
            [](const RabbitQueue &q) { return q.acked; } },
        // The broker samples its counters every few seconds: its own smoothed rates chart better
        // than rates a scraper derives from counters that move in steps.
        { "rabbitmq_queue_messages_published_per_second", "gauge",
            "Publish rate, as the broker smooths it.",
            [](const RabbitQueue &q) { return q.publishRate; } },
        { "rabbitmq_queue_messages_delivered_per_second", "gauge",
            "Deliver and get rate, as the broker smooths it.",
            [](const RabbitQueue &q) { return q.deliverRate; } },
        { "rabbitmq_queue_messages_acked_per_second", "gauge",
            "Ack rate, as the broker smooths it.", [](const RabbitQueue &q) { return q.ackRate; } },
    };
    QByteArray text;
    for (const Family &f : families) {
        text
            += "# HELP "_ba + f.name + ' ' + f.help + "\n# TYPE "_ba + f.name + ' ' + f.type + '\n';
        for (const RabbitQueue &q : queues) {
            text += f.name + "{vhost=\""_ba + labelValue(q.vhost) + "\",queue=\""_ba
                + labelValue(q.name) + "\"} "_ba + QByteArray::number(f.value(q), 'g', 15) + '\n';
        }
    }
    // The console's dead-letter depth chart and Overview count read this family.
    text
        += "# HELP bw_deadletters Messages in each dead-letter queue.\n# TYPE bw_deadletters gauge\n"_ba;
    for (const RabbitQueue &q : queues) {
        if (q.isDeadLetterQueue())
            text += "bw_deadletters{source=\""_ba + labelValue(q.name) + "\"} "_ba
                + QByteArray::number(q.messages) + '\n';
    }
    return text;
}

Backend::RequestId RabbitMqBackend::fetchMetrics(QObject *context, Callback<QByteArray> done)
{
    return m_management->topology(context, [done](const Result<RabbitTopology> &r) {
        if (!r.ok())
            done(r.error());
        else
            done(metricsText(r.value().queues));
    });
}

QString RabbitMqBackend::groupOf(const QString &deadLetterQueue)
{
    return rabbitDeadLetterGroup(deadLetterQueue);
}

DeadLetter RabbitMqBackend::toDeadLetter(
    const RabbitMessage &message, const QString &deadLetterQueue, qint64 id)
{
    return rabbitDeadLetter(message, deadLetterQueue, id);
}

qint64 RabbitMqBackend::idFor(const QString &queue, const QString &stableId)
{
    const QString key = queue + u'\n' + stableId;
    auto it = m_ids.constFind(key);
    if (it == m_ids.cend())
        it = m_ids.insert(key, m_nextId--);
    return *it;
}

Backend::RequestId RabbitMqBackend::fetchDeadLetters(
    const DeadLetterPageRequest &request, QObject *context, Callback<DeadLetterPage> done)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto parsed = DeadLetterQuery::parse(request.text, now);
    if (auto *error = std::get_if<QueryError>(&parsed))
        return answerLater<DeadLetterPage>(context, std::move(done),
            BackendError { BackendError::Kind::Http, 0, error->message, std::nullopt });
    const DeadLetterQuery query = std::get<DeadLetterQuery>(std::move(parsed));
    // request.limit is a page size; a peek is always the head of the queue, as deep as configured.
    const int count = std::clamp(m_settings.peekCount, 1, RabbitManagementClient::maxPeekCount);

    return m_management->topology(
        context, [this, context, done, query, count](const Result<RabbitTopology> &r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            const QStringList queues = queuesFor(query, r.value().deadLetterQueues());
            if (queues.isEmpty()) {
                done(DeadLetterPage {});
                return;
            }
            struct Join {
                QHash<QString, QList<RabbitMessage>> byQueue;
                int waiting = 0;
                bool failed = false;
            };
            auto join = std::make_shared<Join>();
            join->waiting = int(queues.size());
            for (const QString &queue : std::as_const(queues)) {
                m_management->peek(queue, count, RabbitManagementClient::defaultTruncateBytes,
                    context,
                    [this, join, queue, queues, query, done](
                        const Result<QList<RabbitMessage>> &peeked) {
                        if (join->failed)
                            return;
                        if (!peeked.ok()) {
                            join->failed = true;
                            done(peeked.error());
                            return;
                        }
                        join->byQueue.insert(queue, peeked.value());
                        if (--join->waiting > 0)
                            return;
                        DeadLetterPage page;
                        for (const QString &q : queues) {
                            for (const RabbitMessage &m : std::as_const(join->byQueue[q])) {
                                const qint64 id = idFor(q, m.stableId());
                                DeadLetter letter = toDeadLetter(m, q, id);
                                m_peeked.insert(id, Peeked { q, m, letter });
                                if (query.matches(letter)) {
                                    letter.payload.clear();
                                    letter.headers.clear();
                                    page.items.append(std::move(letter));
                                }
                            }
                        }
                        done(page);
                    });
            }
        });
}

Backend::RequestId RabbitMqBackend::fetchDeadLetterGroups(
    const QString &text, QObject *context, Callback<DeadLetterGroups> done)
{
    Q_UNUSED(text) // a group is a whole queue: its count is the broker's depth, not a peek's
    return m_management->topology(context, [done](const Result<RabbitTopology> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        DeadLetterGroups groups;
        for (const RabbitQueue &q : r.value().deadLetterQueues()) {
            DeadLetterGroup g;
            g.fingerprint = groupOf(q.name);
            g.source = q.name;
            g.errorClass = tr("dead-letter queue");
            g.message = q.deadLetterSources.isEmpty()
                ? tr("matched by name")
                : tr("from %1").arg(q.deadLetterSources.join(u", "_s));
            g.count = q.messages;
            groups.total += q.messages;
            groups.items.append(g);
        }
        done(groups);
    });
}

Backend::RequestId RabbitMqBackend::fetchDeadLetter(
    qint64 id, QObject *context, Callback<DeadLetter> done)
{
    const auto it = m_peeked.constFind(id);
    if (it == m_peeked.cend()) {
        return answerLater<DeadLetter>(context, std::move(done),
            BackendError { BackendError::Kind::NotFound, 404,
                tr("Dead letter %1 was not in the last peek; refresh the list.").arg(id),
                std::nullopt });
    }
    return answerLater<DeadLetter>(context, std::move(done), it->letter);
}

std::optional<BackendError> RabbitMqBackend::refusal() const
{
    if (mayChange())
        return std::nullopt;
    return BackendError { BackendError::Kind::Forbidden, 0,
        tr("%1 is a monitoring-only user on %2: it can look, not change anything.")
            .arg(m_settings.user, displayName()),
        std::nullopt };
}

RabbitMoveRequest RabbitMqBackend::moveRequest(
    RabbitMoveRequest::Mode mode, const QString &queue, const QString &reason) const
{
    RabbitMoveRequest request;
    request.mode = mode;
    request.endpoint.setUrl(m_settings.amqpUrl);
    request.endpoint.vhost = m_settings.vhost;
    request.endpoint.user = m_settings.user;
    request.endpoint.password = QString::fromUtf8(m_settings.password);
    request.sourceQueue = queue;
    request.reason = reason;
    request.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.journalPath = m_settings.journalPath;
    return request;
}

Backend::RequestId RabbitMqBackend::runMover(
    const RabbitMoveRequest &request, QObject *context, Callback<RabbitMoveResult> done)
{
    const RequestId id = newRequestId();
    auto *mover = new RabbitMover(this);
    m_movers.insert(id, mover);
    QPointer<QObject> alive(context);
    connect(mover, &RabbitMover::finished, this,
        [this, id, mover, alive, done](const RabbitMoveResult &result) {
            m_movers.remove(id);
            mover->deleteLater();
            if (alive)
                done(result);
        });
    mover->start(request);
    return id;
}

Backend::RequestId RabbitMqBackend::retryDeadLetter(qint64 id, const QString &reason,
    const std::optional<QByteArray> &editedPayload, QObject *context,
    Callback<DeadLetterRetry> done)
{
    if (auto refused = refusal())
        return answerLater<DeadLetterRetry>(context, std::move(done), *refused);
    if (editedPayload) {
        return answerLater<DeadLetterRetry>(context, std::move(done),
            BackendError { BackendError::Kind::Unsupported, 0,
                tr("RabbitMQ letters are retried as they are: editing the payload is not offered."),
                std::nullopt });
    }
    const auto it = m_peeked.constFind(id);
    if (it == m_peeked.cend())
        return fetchDeadLetter(
            id, context, [done](const Result<DeadLetter> &r) { done(r.error()); });

    RabbitMoveRequest request
        = moveRequest(RabbitMoveRequest::Mode::RetryToOrigin, it->queue, reason);
    request.selectedIds = { it->message.stableId() };
    const DeadLetter letter = it->letter;
    return runMover(request, context, [this, id, letter, done](const Result<RabbitMoveResult> &r) {
        const RabbitMoveResult &result = r.value();
        if (result.state == RabbitMoveResult::State::Failed) {
            done(BackendError { BackendError::Kind::Http, 0, result.error, std::nullopt });
            return;
        }
        DeadLetterRetry retry;
        retry.letter = letter;
        retry.delivered = result.counts.republished + result.counts.alreadyDone > 0;
        if (retry.delivered) {
            retry.letter.status = DeadLetterStatus::Resolved;
            m_peeked.remove(id);
        } else {
            retry.error = result.error.isEmpty()
                ? tr("The message was not in %1 any more, or could not be routed "
                     "to its origin: %2")
                      .arg(letter.source, result.reconciliation)
                : result.error;
        }
        done(retry);
    });
}

Backend::RequestId RabbitMqBackend::deleteDeadLetter(
    qint64 id, const QString &reason, QObject *context, Callback<DeadLetterDeletion> done)
{
    if (auto refused = refusal())
        return answerLater<DeadLetterDeletion>(context, std::move(done), *refused);
    const auto it = m_peeked.constFind(id);
    if (it == m_peeked.cend())
        return fetchDeadLetter(
            id, context, [done](const Result<DeadLetter> &r) { done(r.error()); });
    RabbitMoveRequest request = moveRequest(RabbitMoveRequest::Mode::Delete, it->queue, reason);
    request.selectedIds = { it->message.stableId() };
    return runMover(request, context, [this, id, done](const Result<RabbitMoveResult> &r) {
        const RabbitMoveResult &result = r.value();
        if (result.state == RabbitMoveResult::State::Failed || result.counts.deleted == 0) {
            done(BackendError { BackendError::Kind::Conflict, 0,
                result.error.isEmpty() ? result.reconciliation : result.error, std::nullopt });
            return;
        }
        m_peeked.remove(id);
        done(DeadLetterDeletion { id, DeadLetterStatus::Deleted });
    });
}

// ---- bulk operations: RabbitOperations -------------------------------------------------------

Backend::RequestId RabbitMqBackend::planOperation(
    const OperationRequest &request, QObject *context, Callback<OperationPlan> done)
{
    return m_operations->plan(request, context, std::move(done));
}

Backend::RequestId RabbitMqBackend::startOperation(
    const OperationRequest &request, QObject *context, Callback<Operation> done)
{
    return m_operations->start(request, context, std::move(done));
}

Backend::RequestId RabbitMqBackend::fetchOperations(
    QObject *context, Callback<QList<Operation>> done)
{
    return m_operations->list(context, std::move(done));
}

Backend::RequestId RabbitMqBackend::fetchOperation(
    const QString &id, QObject *context, Callback<Operation> done)
{
    return m_operations->get(id, context, std::move(done));
}

Backend::RequestId RabbitMqBackend::actOnOperation(
    const QString &id, OperationAction action, QObject *context, Callback<Operation> done)
{
    return m_operations->act(id, action, context, std::move(done));
}

Backend::RequestId RabbitMqBackend::fetchOperationItems(
    const OperationItemsRequest &request, QObject *context, Callback<OperationItemPage> done)
{
    return m_operations->items(request, context, std::move(done));
}
