// SPDX-License-Identifier: MIT
#include "sim/eventhub.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEvents, "breakwater.sim.events")

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<qint64> sinceOf(const HttpRequest &request)
{
    bool ok = false;
    const qint64 since = request.queryValue(u"since"_s).toLongLong(&ok);
    if (!ok || since < 0)
        return std::nullopt;
    return since;
}

} // namespace

EventHub::EventHub(PastEvents past, CurrentBounds bounds, QObject *parent)
    : QObject(parent)
    , m_past(std::move(past))
    , m_bounds(std::move(bounds))
{
    connect(&m_pingTimer, &QTimer::timeout, this, &EventHub::pingAll);
    m_pingTimer.start(m_limits.pingIntervalMs);
}

EventHub::~EventHub()
{
    close();
}

void EventHub::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_pingTimer.start(m_limits.pingIntervalMs);
}

std::optional<Problem> EventHub::validateRequest(const HttpRequest &request)
{
    if (!request.query.hasQueryItem(u"since"_s) || sinceOf(request))
        return std::nullopt;
    return Problem { 400, {},
        QCoreApplication::translate(
            "EventHub", "since must be a whole number >= 0, the seq of the last event seen"),
        {} };
}

int EventHub::clientCount() const
{
    return int(std::count_if(
        m_clients.cbegin(), m_clients.cend(), [](const Client &c) { return !c.closing; }));
}

void EventHub::addClient(QWebSocket *socket, const HttpRequest &request)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(m_limits.maxIncomingBytes);
    socket->setMaxAllowedIncomingMessageSize(m_limits.maxIncomingBytes);
    // Queued: a socket can disconnect inside one of our loops over m_clients.
    connect(
        socket, &QWebSocket::disconnected, this, [this, socket] { remove(socket); },
        Qt::QueuedConnection);
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_clients.find(socket); it != m_clients.end())
            it->lastHeard.start();
    });
    connect(socket, &QWebSocket::bytesWritten, this, [this, socket] {
        auto it = m_clients.find(socket);
        if (it != m_clients.end() && it->replaying && !it->replayScheduled)
            scheduleReplay(socket);
    });

    Client &client = m_clients[socket];
    client.lastHeard.start();
    const Bounds bounds = m_bounds();
    sendControl(socket, u"hello"_s, bounds, -1);

    const bool hasSince = request.query.hasQueryItem(u"since"_s);
    const auto since = sinceOf(request);
    client.cursor = bounds.lastSeq;
    if (hasSince && (!since || *since > bounds.lastSeq || *since < bounds.firstRetainedSeq - 1)) {
        resync(socket, client, since.value_or(-1));
    } else if (since && *since < bounds.lastSeq) {
        client.cursor = *since;
        client.replaying = true;
        scheduleReplay(socket);
    }
    Q_EMIT clientCountChanged(clientCount());
}

void EventHub::publish(const OpsEvent &event)
{
    QString text; // serialised once, for the first client that needs it
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        Client &client = *it;
        if (client.closing || client.replaying || event.seq <= client.cursor)
            continue;
        if (event.seq != client.cursor + 1) {
            // Missed something (published out of order?): the source has it.
            client.replaying = true;
            scheduleReplay(it.key());
            continue;
        }
        if (text.isNull())
            text = compact(event.toJson());
        send(it.key(), text);
        client.cursor = event.seq;
        if (isOverCap(it.key()))
            cutOff(it.key(), client);
    }
}

void EventHub::close()
{
    m_pingTimer.stop();
    const bool hadClients = clientCount() > 0;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (!it->closing) {
            endStream(it.key(), *it, QWebSocketProtocol::CloseCodeGoingAway,
                QCoreApplication::translate(
                    "EventHub", "server shutting down; reconnect with since=%1")
                    .arg(it->cursor));
        }
    }
    if (hadClients)
        Q_EMIT clientCountChanged(0);
}

void EventHub::send(QWebSocket *socket, const QString &text)
{
    socket->sendTextMessage(text);
}

void EventHub::sendControl(
    QWebSocket *socket, const QString &type, const Bounds &bounds, qint64 since)
{
    QJsonObject data { { u"lastSeq"_s, bounds.lastSeq },
        { u"firstRetainedSeq"_s, bounds.firstRetainedSeq } };
    if (since >= 0)
        data.insert(u"requestedSince"_s, since);
    send(socket, compact(OpsEvent { bounds.lastSeq, type, m_clock->nowMs(), data }.toJson()));
}

void EventHub::resync(QWebSocket *socket, Client &client, qint64 since)
{
    const Bounds bounds = m_bounds();
    sendControl(socket, u"resync"_s, bounds, since);
    client.replaying = false;
    client.cursor = bounds.lastSeq;
}

void EventHub::scheduleReplay(QWebSocket *socket)
{
    m_clients[socket].replayScheduled = true;
    // One batch per event-loop turn, so a long replay never starves the server.
    QMetaObject::invokeMethod(
        socket, [this, socket] { replayStep(socket); }, Qt::QueuedConnection);
}

void EventHub::replayStep(QWebSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &client = *it;
    client.replayScheduled = false;
    if (!client.replaying || client.closing)
        return;
    // Replay goes at the client's pace: wait for bytesWritten below half the cap.
    const qint64 watermark = m_limits.maxPendingBytes / 2;
    if (socket->bytesToWrite() > watermark)
        return;

    const qint64 requested = client.cursor;
    const Page page = m_past(client.cursor, m_limits.replayBatch);
    for (const OpsEvent &event : page.events) {
        if (event.seq <= client.cursor)
            continue;
        if (page.gap || event.seq != client.cursor + 1) {
            resync(socket, client, requested);
            return;
        }
        send(socket, compact(event.toJson()));
        client.cursor = event.seq;
        if (socket->bytesToWrite() > watermark) {
            socket->flush();
            if (socket->bytesToWrite() > watermark)
                return; // resumed by bytesWritten; the rest of the page is read again
        }
    }
    const qint64 lastSeq = m_bounds().lastSeq;
    if (client.cursor >= lastSeq) {
        client.replaying = false; // caught up: live from here
    } else if (page.gap || client.cursor == requested) {
        resync(socket, client, requested); // no progress: the source cannot fill the hole
    } else {
        scheduleReplay(socket);
    }
}

bool EventHub::isOverCap(QWebSocket *socket) const
{
    if (socket->bytesToWrite() <= m_limits.maxPendingBytes)
        return false;
    // A burst of publish() calls queues up before the event loop writes
    // anything: hand the kernel what it takes before judging the client.
    socket->flush();
    return socket->bytesToWrite() > m_limits.maxPendingBytes;
}

void EventHub::cutOff(QWebSocket *socket, Client &client)
{
    qCInfo(lcEvents) << "closing slow event client" << socket->peerAddress() << socket->peerPort()
                     << "at seq" << client.cursor;
    endStream(socket, client, QWebSocketProtocol::CloseCodePolicyViolated,
        QCoreApplication::translate(
            "EventHub", "too slow: over %1 KiB unread; reconnect with since=%2")
            .arg(m_limits.maxPendingBytes / 1024)
            .arg(client.cursor));
    Q_EMIT clientCountChanged(clientCount());
}

void EventHub::endStream(QWebSocket *socket, Client &client, int code, const QString &reason)
{
    client.closing = true;
    client.replaying = false;
    // The close frame waits behind what is queued; a client that never reads it is aborted.
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
    QTimer::singleShot(m_limits.closeTimeoutMs, socket, [socket] { socket->abort(); });
}

void EventHub::pingAll()
{
    const qint64 silentLimit = 3LL * m_limits.pingIntervalMs;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->closing)
            continue;
        if (it->lastHeard.elapsed() > silentLimit) {
            qCInfo(lcEvents) << "dropping silent event client" << it.key()->peerAddress()
                             << it.key()->peerPort();
            it.key()->abort();
        } else {
            it.key()->ping();
        }
    }
}

void EventHub::remove(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const bool wasCounted = !it->closing;
    m_clients.erase(it);
    socket->deleteLater();
    if (wasCounted)
        Q_EMIT clientCountChanged(clientCount());
}
