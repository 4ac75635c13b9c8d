// SPDX-License-Identifier: MIT
#include "backends/rabbitmover.h"

#include "backends/rabbitdeadletter.h"
#include "backends/rabbitmovejournal.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QThread>
#include <QUuid>
#include <deque>
#include <map>

using namespace Qt::StringLiterals;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject countsJson(const RabbitMoveProgress &p)
{
    return QJsonObject {
        { u"limit"_s, p.limit },
        { u"considered"_s, p.considered },
        { u"matched"_s, p.matched },
        { u"republished"_s, p.republished },
        { u"keptBack"_s, p.keptBack },
        { u"deleted"_s, p.deleted },
        { u"failed"_s, p.failed },
        { u"alreadyDone"_s, p.alreadyDone },
    };
}

/**
 * One run of one operation: the state of the consume-republish-confirm-ack
 * pipeline. Deliveries are kept in delivery order; the source is acked with
 * `multiple` up to the longest finished prefix, so a delivery is never acked
 * before everything it depends on (its confirm, its journal row) is done.
 */
class MoveRun {
public:
    MoveRun(const RabbitMoveRequest &request,
        const std::function<void(const RabbitMoveProgress &)> &onProgress,
        const std::atomic<bool> *cancelFlag, const std::atomic<bool> *pauseFlag)
        : m_request(request)
        , m_onProgress(onProgress)
        , m_cancelFlag(cancelFlag)
        , m_pauseFlag(pauseFlag)
        , m_window(std::max(100, request.confirmWindow))
    {
        m_result.operationId = request.operationId;
    }

    RabbitMoveResult run();

private:
    enum class Kind { Republish, KeepBack, FailedBack, Delete, Done };
    struct Entry {
        quint64 deliveryTag = 0;
        quint64 sequence = 0;
        Kind kind = Kind::Done;
        QString stableId;
        RabbitMessage message; // kept until confirmed: an unroutable one goes back to the source
        bool returned = false;
        bool confirmed = false;
        bool done = false;
    };

    bool selects(const RabbitMessage &m) const;
    std::optional<AmqpError> onDelivery(AmqpDelivery &&delivery);
    std::optional<AmqpError> flushPublishes();
    std::optional<AmqpError> publishEntry(Entry &e);
    std::optional<AmqpError> onConfirm(const AmqpConfirm &c);
    void onReturn(const AmqpReturn &r);
    std::optional<AmqpError> journalAndAck(bool force);
    std::optional<AmqpError> stopReading();
    void emitProgress(bool force);
    RabbitMoveResult finish(RabbitMoveResult::State state, const QString &error);
    RabbitMoveResult fail(const AmqpError &e)
    {
        return finish(RabbitMoveResult::State::Failed, e.message);
    }
    RabbitMoveResult runPurge();
    /** True while more selected messages were read than the rate allows by now: wait, as if paused.
     */
    bool overRate() const
    {
        return m_request.ratePerSecond > 0 && !m_request.dryRun
            && double(m_p.matched)
            > m_request.ratePerSecond * double(m_clock.elapsed()) / 1000.0 + 1.0;
    }

    const RabbitMoveRequest &m_request;
    std::function<void(const RabbitMoveProgress &)> m_onProgress;
    const std::atomic<bool> *m_cancelFlag;
    const std::atomic<bool> *m_pauseFlag;
    const int m_window;

    AmqpConnection m_conn;
    std::unique_ptr<RabbitMoveJournal> m_journal;
    QHash<QString, RabbitMoveJournal::MessageCounts>
        m_previous; // from an earlier run of this operation
    RabbitMoveResult m_result;
    RabbitMoveProgress &m_p = m_result.counts;

    std::deque<Entry> m_entries; // unacked deliveries, in delivery order
    std::map<quint64, Entry *>
        m_bySequence; // published, not yet confirmed; ordered for multiple confirms
    qsizetype m_unjournaled = 0; // confirmed Republish/Delete entries not yet journaled
    QList<Entry *> m_toPublish; // read, to publish after their write-ahead row
    QHash<QString, QList<Entry *>>
        m_outstandingById; // published Republish entries, for basic.return
    QString m_consumerTag;
    bool m_reading = true;
    bool m_cancelled = false;
    quint64 m_lastDryRunTag = 0;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1000;
};

bool MoveRun::selects(const RabbitMessage &m) const
{
    if (m_request.filter && !m_request.filter->matches(rabbitDeadLetter(m, m_request.sourceQueue)))
        return false;
    return m_request.selectedIds.isEmpty() || m_request.selectedIds.contains(m.stableId());
}

std::optional<AmqpError> MoveRun::onDelivery(AmqpDelivery &&delivery)
{
    if (!m_reading || m_p.considered >= m_p.limit) {
        // Prefetched past the limit (our own kept-back copies, or new arrivals): not ours to touch.
        return m_conn.nack(delivery.deliveryTag, false, true);
    }
    ++m_p.considered;
    const bool selected = selects(delivery.message);
    if (selected)
        ++m_p.matched;
    if (m_request.dryRun) {
        m_lastDryRunTag = delivery.deliveryTag;
        return m_p.considered >= m_p.limit ? stopReading() : std::nullopt;
    }

    m_entries.push_back(Entry {});
    Entry &e = m_entries.back();
    e.deliveryTag = delivery.deliveryTag;
    e.stableId = delivery.message.stableId();
    e.message = std::move(delivery.message);
    if (selected) {
        // A redelivered message an earlier run already confirmed: its copy is at the
        // destination, only the ack was lost. Fresh dead letters are never redelivered.
        auto previous = m_previous.find(e.stableId);
        if (previous != m_previous.end() && e.message.redelivered && previous->confirmed > 0) {
            --previous->confirmed;
            --previous->sent;
            ++m_p.alreadyDone;
            e.kind = Kind::Done;
            e.done = true;
            e.message = {};
        } else {
            if (previous != m_previous.end() && e.message.redelivered && previous->sent > 0) {
                // Published before a crash, never confirmed in the journal: it may be there
                // already.
                --previous->sent;
                ++m_result.duplicatesPossible;
            }
            switch (m_request.mode) {
            case RabbitMoveRequest::Mode::Delete:
                e.kind = Kind::Delete;
                e.confirmed = true; // nothing to confirm: journal, then ack
                ++m_unjournaled;
                break;
            case RabbitMoveRequest::Mode::RetryToOrigin:
                e.kind = e.message.xDeath.isEmpty() ? Kind::FailedBack : Kind::Republish;
                break;
            default:
                e.kind = Kind::Republish;
            }
            if (e.kind != Kind::Delete)
                m_toPublish.append(&e);
        }
    } else {
        e.kind = Kind::KeepBack;
        m_toPublish.append(&e);
    }
    if (m_p.considered >= m_p.limit)
        return stopReading();
    return std::nullopt;
}

std::optional<AmqpError> MoveRun::publishEntry(Entry &e)
{
    AmqpResult<quint64> seq = quint64(0);
    const RabbitMessage &m = e.message;
    if (e.kind == Kind::Republish) {
        QList<RabbitHeader> headers = m.applicationHeaders();
        headers.append(
            RabbitMessage::stringHeader(RabbitMessage::operationHeader(), m_request.operationId));
        headers.append(
            RabbitMessage::stringHeader(RabbitMessage::originalMessageIdHeader(), e.stableId));
        const QByteArray table = RabbitMessage::encodeTable(headers);
        if (m_request.mode == RabbitMoveRequest::Mode::MoveToQueue) {
            seq = m_conn.publish(
                QString(), m_request.targetQueue, m.body, m.properties, table, true);
        } else {
            const XDeathEntry &origin = m.xDeath.constFirst();
            seq = m_conn.publish(origin.exchange, origin.routingKeys.value(0, origin.queue), m.body,
                m.properties, table, true);
        }
        m_outstandingById[e.stableId].append(&e);
    } else {
        // Back to the tail of the source exactly as it was, death history included.
        seq = m_conn.publish(QString(), m_request.sourceQueue, m, true);
    }
    if (auto *err = std::get_if<AmqpError>(&seq))
        return *err;
    e.sequence = std::get<quint64>(seq);
    m_bySequence.emplace(e.sequence, &e);
    return std::nullopt;
}

std::optional<AmqpError> MoveRun::flushPublishes()
{
    // Never more than the window unconfirmed: it bounds what a crash can duplicate.
    const qsizetype room
        = std::min<qsizetype>(m_toPublish.size(), m_window - qsizetype(m_bySequence.size()));
    if (room <= 0)
        return std::nullopt;
    const QList<Entry *> batch = m_toPublish.first(room);
    if (m_journal) {
        QList<QString> ids;
        for (const Entry *e : batch) {
            if (e->kind == Kind::Republish)
                ids.append(e->stableId);
        }
        if (!m_journal->recordSent(m_request.operationId, ids))
            return AmqpError { AmqpError::Kind::Protocol, 0, u"journal: "_s + m_journal->error() };
    }
    for (Entry *e : batch) {
        if (auto err = publishEntry(*e))
            return err;
    }
    m_toPublish.remove(0, room);
    return std::nullopt;
}

std::optional<AmqpError> MoveRun::onConfirm(const AmqpConfirm &c)
{
    // Taken out first: a refused one is published again (a new sequence) inside the loop.
    QList<Entry *> confirmed;
    auto first = m_bySequence.begin();
    auto last = m_bySequence.upper_bound(c.sequence);
    if (!c.multiple) {
        first = m_bySequence.find(c.sequence);
        last = first == m_bySequence.end() ? first : std::next(first);
    }
    for (auto it = first; it != last; ++it)
        confirmed.append(it->second);
    m_bySequence.erase(first, last);
    for (Entry *e : std::as_const(confirmed)) {
        if (e->kind == Kind::Republish) {
            auto &list = m_outstandingById[e->stableId];
            list.removeOne(e);
            if (list.isEmpty())
                m_outstandingById.remove(e->stableId);
        }
        if (e->kind == Kind::Republish && (e->returned || !c.acked)) {
            // Unroutable or refused at the destination: it stays in the source, counted as failed.
            e->kind = Kind::FailedBack;
            e->returned = false;
            if (auto err = publishEntry(*e))
                return err;
            continue;
        }
        if (!c.acked) {
            // The source refused its own copy back: try again; nothing is acked until it is taken.
            if (auto err = publishEntry(*e))
                return err;
            continue;
        }
        e->confirmed = true;
        e->message = {};
        if (e->kind == Kind::Republish)
            ++m_unjournaled;
        if (e->kind == Kind::KeepBack) {
            ++m_p.keptBack;
            e->done = true;
        } else if (e->kind == Kind::FailedBack) {
            ++m_p.failed;
            e->done = true;
        }
    }
    return std::nullopt;
}

void MoveRun::onReturn(const AmqpReturn &r)
{
    const QString id = r.message.header(RabbitMessage::originalMessageIdHeader()).toString();
    auto it = m_outstandingById.find(id);
    if (it == m_outstandingById.end())
        return;
    for (Entry *e : std::as_const(*it)) {
        if (!e->returned) {
            e->returned = true;
            return;
        }
    }
}

std::optional<AmqpError> MoveRun::journalAndAck(bool force)
{
    // Journaled in batches (one SQLite transaction each); an entry is acked only once journaled.
    if (m_unjournaled > 0 && (force || m_unjournaled >= m_window / 2 || m_bySequence.empty())) {
        QList<Entry *> toJournal;
        toJournal.reserve(m_unjournaled);
        for (Entry &e : m_entries) {
            if (!e.done && e.confirmed && (e.kind == Kind::Republish || e.kind == Kind::Delete))
                toJournal.append(&e);
        }
        if (m_journal) {
            QList<QString> ids;
            ids.reserve(toJournal.size());
            for (const Entry *e : std::as_const(toJournal))
                ids.append(e->stableId);
            if (!m_journal->recordConfirmed(m_request.operationId, ids))
                return AmqpError { AmqpError::Kind::Protocol, 0,
                    u"journal: "_s + m_journal->error() };
        }
        for (Entry *e : std::as_const(toJournal)) {
            e->done = true;
            if (e->kind == Kind::Delete)
                ++m_p.deleted;
            else
                ++m_p.republished;
        }
        m_unjournaled = 0;
    }
    quint64 lastTag = 0;
    while (!m_entries.empty() && m_entries.front().done) {
        lastTag = m_entries.front().deliveryTag;
        m_entries.pop_front();
    }
    if (lastTag)
        return m_conn.ack(lastTag, true);
    return std::nullopt;
}

std::optional<AmqpError> MoveRun::stopReading()
{
    if (!m_reading)
        return std::nullopt;
    m_reading = false;
    if (m_consumerTag.isEmpty())
        return std::nullopt;
    const QString tag = std::exchange(m_consumerTag, QString());
    return m_conn.cancel(tag);
}

void MoveRun::emitProgress(bool force)
{
    const qint64 elapsed = m_clock.elapsed();
    if (!force && elapsed - m_lastProgressMs < 100)
        return;
    m_lastProgressMs = elapsed;
    m_p.confirmedPending = m_bySequence.size();
    m_p.ratePerSecond = elapsed > 0 ? double(m_p.considered) * 1000.0 / double(elapsed) : 0.0;
    if (m_journal)
        m_journal->updateOperation(m_request.operationId, u"running"_s, countsJson(m_p), nowMs());
    if (m_onProgress)
        m_onProgress(m_p);
}

RabbitMoveResult MoveRun::finish(RabbitMoveResult::State state, const QString &error)
{
    m_p.confirmedPending = m_bySequence.size();
    m_p.ratePerSecond
        = m_clock.elapsed() > 0 ? double(m_p.considered) * 1000.0 / double(m_clock.elapsed()) : 0.0;
    m_result.state = state;
    m_result.error = error;
    if (state == RabbitMoveResult::State::Failed) {
        // What was published but not journaled may be at its destination already.
        for (const Entry &e : m_entries) {
            if (e.kind == Kind::Republish && (e.sequence || e.confirmed) && !e.done)
                ++m_result.duplicatesPossible;
        }
    }
    if (m_journal) {
        // Across every run of this operation, not just this one: a run killed -9 reports nothing.
        m_result.duplicatesPossible = std::max(
            m_result.duplicatesPossible, m_journal->possibleDuplicates(m_request.operationId));
    }
    const qint64 accounted
        = m_p.republished + m_p.keptBack + m_p.deleted + m_p.failed + m_p.alreadyDone;
    if (m_request.dryRun) {
        m_result.reconciliation
            = u"dry run: considered %1, %2 would be %3, %4 would stay"_s.arg(m_p.considered)
                  .arg(m_p.matched)
                  .arg(RabbitMoveRequest::modeName(m_request.mode))
                  .arg(m_p.considered - m_p.matched);
    } else {
        m_result.reconciliation
            = u"considered %1 = republished %2 + kept back %3 + deleted %4 + failed %5 + already done %6"_s
                  .arg(m_p.considered)
                  .arg(m_p.republished)
                  .arg(m_p.keptBack)
                  .arg(m_p.deleted)
                  .arg(m_p.failed)
                  .arg(m_p.alreadyDone);
        if (accounted != m_p.considered) {
            m_result.reconciliation
                += u"; %1 unaccounted (left unacked in the source, requeued by the broker)"_s.arg(
                    m_p.considered - accounted);
            if (m_result.state == RabbitMoveResult::State::Succeeded) {
                m_result.state = RabbitMoveResult::State::Incomplete;
                m_result.error = u"counts do not reconcile"_s;
            }
        }
    }
    if (m_conn.isOpen()) {
        // Re-read the depth on a fresh channel state: the consumer is gone, what we hold is
        // settled.
        auto info = m_conn.declareQueuePassive(m_request.sourceQueue);
        if (auto *i = std::get_if<AmqpQueueInfo>(&info))
            m_result.sourceDepthAfter = i->messageCount;
    }
    if (m_journal)
        m_journal->updateOperation(m_request.operationId,
            RabbitMoveResult::stateName(m_result.state), countsJson(m_p), nowMs());
    if (m_onProgress)
        m_onProgress(m_p);
    return m_result;
}

RabbitMoveResult MoveRun::runPurge()
{
    m_p.limit = m_result.sourceDepthBefore;
    if (m_request.dryRun) {
        m_p.considered = m_p.matched = m_p.limit;
        return finish(RabbitMoveResult::State::Succeeded, {});
    }
    auto purged = m_conn.purgeQueue(m_request.sourceQueue);
    if (auto *e = std::get_if<AmqpError>(&purged))
        return fail(*e);
    m_p.considered = m_p.matched = m_p.deleted = std::get<quint32>(purged);
    return finish(RabbitMoveResult::State::Succeeded, {});
}

RabbitMoveResult MoveRun::run()
{
    m_clock.start();
    if (!m_request.journalPath.isEmpty() && !m_request.dryRun) {
        m_journal = std::make_unique<RabbitMoveJournal>(m_request.journalPath);
        if (!m_journal->isOpen()) {
            m_result.error = u"cannot open the journal %1: %2"_s.arg(
                m_request.journalPath, m_journal->error());
            return m_result;
        }
        m_previous = m_journal->messageCounts(m_request.operationId);
        m_journal->beginOperation(m_request.operationId, m_request.toJson(), nowMs());
    }
    if (auto e = m_conn.open(m_request.endpoint))
        return fail(*e);
    auto info = m_conn.declareQueuePassive(m_request.sourceQueue);
    if (auto *e = std::get_if<AmqpError>(&info))
        return fail(*e);
    m_result.sourceDepthBefore = std::get<AmqpQueueInfo>(info).messageCount;
    if (m_request.mode == RabbitMoveRequest::Mode::Purge)
        return runPurge();
    if (m_request.mode == RabbitMoveRequest::Mode::MoveToQueue) {
        if (m_request.targetQueue.isEmpty() || m_request.targetQueue == m_request.sourceQueue)
            return fail(AmqpError { AmqpError::Kind::NotFound, 0,
                u"a move needs a target queue other than the source"_s });
        auto target = m_conn.declareQueuePassive(m_request.targetQueue);
        if (auto *e = std::get_if<AmqpError>(&target))
            return fail(*e);
    }
    m_p.limit = m_result.sourceDepthBefore;
    if (m_request.maxMessages >= 0)
        m_p.limit = std::min(m_p.limit, m_request.maxMessages);
    if (m_p.limit == 0)
        return finish(RabbitMoveResult::State::Succeeded, {});
    if (!m_request.dryRun) {
        if (auto e = m_conn.confirmSelect())
            return fail(*e);
    }
    // A dry run holds every message until the end, so it takes them all at once. A paced run
    // holds about one second's worth, so a burst never exceeds the rate by much.
    int prefetch = std::clamp(m_request.prefetch, 1, 65535);
    if (m_request.ratePerSecond > 0)
        prefetch = std::clamp(int(std::ceil(m_request.ratePerSecond)), 1, prefetch);
    if (auto e = m_conn.setPrefetch(m_request.dryRun ? 0 : quint16(prefetch)))
        return fail(*e);
    auto tag = m_conn.consume(m_request.sourceQueue);
    if (auto *e = std::get_if<AmqpError>(&tag))
        return fail(*e);
    m_consumerTag = std::get<QString>(tag);

    qint64 idleSinceMs = -1;
    for (;;) {
        if (!m_cancelled && m_cancelFlag && m_cancelFlag->load()) {
            m_cancelled = true;
            if (auto e = stopReading())
                return fail(*e);
        }
        const bool paused = (m_pauseFlag && m_pauseFlag->load() && !m_cancelled) || overRate();
        const bool busy = !m_bySequence.empty() || !m_toPublish.isEmpty() || !m_entries.empty();
        if (!m_reading && !busy && m_lastDryRunTag == 0)
            break;
        if (m_request.dryRun && !m_reading) {
            // Everything read: hand it all back, in order, untouched but for the redelivered flag.
            if (auto e = m_conn.nack(m_lastDryRunTag, true, true))
                return fail(*e);
            m_lastDryRunTag = 0;
            continue;
        }
        // Paused: what is in flight completes, what was read waits unpublished (at most
        // the prefetch), so the broker stops sending.
        const bool windowFull = qsizetype(m_bySequence.size()) >= m_window;
        const bool canPublish = !paused && !windowFull && !m_toPublish.isEmpty();
        auto event = m_conn.readEvent(canPublish ? 0 : 200);
        if (auto *e = std::get_if<AmqpError>(&event))
            return fail(*e);
        auto &maybe = std::get<std::optional<AmqpEvent>>(event);
        if (maybe) {
            idleSinceMs = -1;
            if (auto *d = std::get_if<AmqpDelivery>(&*maybe)) {
                if (auto e = onDelivery(std::move(*d)))
                    return fail(*e);
            } else if (auto *c = std::get_if<AmqpConfirm>(&*maybe)) {
                if (auto e = onConfirm(*c))
                    return fail(*e);
            } else if (auto *r = std::get_if<AmqpReturn>(&*maybe)) {
                onReturn(*r);
            }
        } else if (!busy && m_reading) {
            // Nothing unacked and nothing arriving: someone else took the rest of the queue.
            if (idleSinceMs < 0)
                idleSinceMs = m_clock.elapsed();
            else if (m_clock.elapsed() - idleSinceMs > 5000) {
                if (auto e = stopReading())
                    return fail(*e);
            }
        }
        // Publish in batches (one write-ahead commit each) when the window has room.
        if (!paused && (!maybe || m_toPublish.size() >= 64 || !m_reading)) {
            if (auto e = flushPublishes())
                return fail(*e);
        }
        if (auto e = journalAndAck(!m_reading))
            return fail(*e);
        emitProgress(false);
    }
    if (m_cancelled)
        return finish(RabbitMoveResult::State::Cancelled, {});
    if (m_p.considered < m_p.limit && !m_request.dryRun)
        return finish(RabbitMoveResult::State::Incomplete,
            u"read %1 of the %2 messages the queue held at the start (another consumer took the rest?)"_s
                .arg(m_p.considered)
                .arg(m_p.limit));
    return finish(RabbitMoveResult::State::Succeeded, {});
}

} // namespace

QJsonObject RabbitMoveRequest::toJson() const
{
    QJsonArray ids;
    for (const QString &id : selectedIds)
        ids.append(id);
    return QJsonObject {
        { u"mode"_s, modeName(mode) },
        { u"host"_s, endpoint.host },
        { u"port"_s, endpoint.port },
        { u"vhost"_s, endpoint.vhost },
        { u"user"_s, endpoint.user },
        { u"sourceQueue"_s, sourceQueue },
        { u"targetQueue"_s, targetQueue },
        { u"filter"_s, filter ? QJsonValue(filter->toString()) : QJsonValue() },
        { u"selectedIds"_s, ids },
        { u"dryRun"_s, dryRun },
        { u"reason"_s, reason },
        { u"operationId"_s, operationId },
        { u"prefetch"_s, prefetch },
        { u"confirmWindow"_s, confirmWindow },
        { u"journalPath"_s, journalPath },
        { u"ratePerSecond"_s, ratePerSecond },
        { u"maxMessages"_s, maxMessages },
    };
}

RabbitMoveRequest RabbitMoveRequest::fromJson(const QJsonObject &o, qint64 nowMs)
{
    RabbitMoveRequest r;
    r.mode = modeFromName(o.value(u"mode"_s).toString()).value_or(Mode::RetryToOrigin);
    r.endpoint.host = o.value(u"host"_s).toString(r.endpoint.host);
    r.endpoint.port = quint16(o.value(u"port"_s).toInt(r.endpoint.port));
    r.endpoint.vhost = o.value(u"vhost"_s).toString(r.endpoint.vhost);
    r.endpoint.user = o.value(u"user"_s).toString();
    r.sourceQueue = o.value(u"sourceQueue"_s).toString();
    r.targetQueue = o.value(u"targetQueue"_s).toString();
    if (o.value(u"filter"_s).isString()) {
        auto parsed = DeadLetterQuery::parse(o.value(u"filter"_s).toString(), nowMs);
        if (auto *q = std::get_if<DeadLetterQuery>(&parsed))
            r.filter = *q;
    }
    const QJsonArray ids = o.value(u"selectedIds"_s).toArray();
    for (const QJsonValue &v : ids)
        r.selectedIds.insert(v.toString());
    r.dryRun = o.value(u"dryRun"_s).toBool();
    r.reason = o.value(u"reason"_s).toString();
    r.operationId = o.value(u"operationId"_s).toString();
    r.prefetch = o.value(u"prefetch"_s).toInt(r.prefetch);
    r.confirmWindow = o.value(u"confirmWindow"_s).toInt(r.confirmWindow);
    r.journalPath = o.value(u"journalPath"_s).toString();
    r.ratePerSecond = std::max(0.0, o.value(u"ratePerSecond"_s).toDouble());
    r.maxMessages = o.value(u"maxMessages"_s).toInteger(-1);
    return r;
}

QString RabbitMoveRequest::modeName(Mode mode)
{
    switch (mode) {
    case Mode::RetryToOrigin:
        return u"retry"_s;
    case Mode::MoveToQueue:
        return u"move"_s;
    case Mode::Delete:
        return u"delete"_s;
    case Mode::Purge:
        return u"purge"_s;
    }
    return {};
}

std::optional<RabbitMoveRequest::Mode> RabbitMoveRequest::modeFromName(const QString &name)
{
    for (Mode m : { Mode::RetryToOrigin, Mode::MoveToQueue, Mode::Delete, Mode::Purge }) {
        if (modeName(m) == name)
            return m;
    }
    return std::nullopt;
}

QString RabbitMoveResult::stateName(State state)
{
    switch (state) {
    case State::Succeeded:
        return u"succeeded"_s;
    case State::Incomplete:
        return u"incomplete"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

RabbitMover::RabbitMover(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RabbitMoveProgress>();
    qRegisterMetaType<RabbitMoveResult>();
}

RabbitMover::~RabbitMover()
{
    if (m_thread) {
        m_cancel->store(true);
        m_pause->store(false);
        m_thread->wait();
        delete m_thread;
    }
}

RabbitMoveResult RabbitMover::run(const RabbitMoveRequest &request,
    const std::function<void(const RabbitMoveProgress &)> &onProgress,
    const std::atomic<bool> *cancelFlag, const std::atomic<bool> *pauseFlag)
{
    RabbitMoveRequest r = request;
    if (r.operationId.isEmpty())
        r.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    MoveRun run(r, onProgress, cancelFlag, pauseFlag);
    return run.run();
}

QString RabbitMover::start(const RabbitMoveRequest &request)
{
    if (isRunning())
        return {};
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    RabbitMoveRequest r = request;
    if (r.operationId.isEmpty())
        r.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_pause = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    auto pause = m_pause;
    QPointer<RabbitMover> self(this);
    m_thread = QThread::create([r, cancel, pause, self] {
        const auto onProgress = [self](const RabbitMoveProgress &p) {
            QMetaObject::invokeMethod(
                self,
                [self, p] {
                    if (self)
                        self->onWorkerProgress(p);
                },
                Qt::QueuedConnection);
        };
        const RabbitMoveResult result = run(r, onProgress, cancel.get(), pause.get());
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                if (self)
                    self->onWorkerFinished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"RabbitMover"_s);
    m_thread->start();
    return r.operationId;
}

QString RabbitMover::resume(
    const QString &journalPath, const QString &operationId, const AmqpEndpoint &endpoint)
{
    std::optional<RabbitMoveJournal::Operation> op;
    {
        RabbitMoveJournal journal(journalPath);
        op = journal.operation(operationId);
    }
    if (!op)
        return {};
    RabbitMoveRequest r
        = RabbitMoveRequest::fromJson(op->request, QDateTime::currentMSecsSinceEpoch());
    r.endpoint = endpoint;
    r.journalPath = journalPath;
    r.operationId = operationId;
    return start(r);
}

void RabbitMover::pause()
{
    if (m_pause)
        m_pause->store(true);
}

void RabbitMover::resumeWork()
{
    if (m_pause)
        m_pause->store(false);
}

void RabbitMover::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool RabbitMover::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool RabbitMover::isPaused() const
{
    return m_pause && m_pause->load();
}

void RabbitMover::onWorkerProgress(const RabbitMoveProgress &progress)
{
    Q_EMIT this->progress(progress);
}

void RabbitMover::onWorkerFinished(const RabbitMoveResult &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT finished(result);
}
