// SPDX-License-Identifier: MIT
#include "backends/eventstream.h"

#include "core/jsonlimits.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEvents, "breakwater.events")

EventStream::EventStream(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
{
    m_reconnectTimer.setSingleShot(true);
    m_handshakeTimer.setSingleShot(true);
    m_stableTimer.setSingleShot(true);
    m_pongTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectNow);
    connect(&m_handshakeTimer, &QTimer::timeout, this,
        [this] { connectionLost(tr("the server did not complete the handshake")); });
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_attempt = 0; });
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        m_socket->ping();
        if (!m_pongTimer.isActive())
            m_pongTimer.start(m_options.pongTimeoutMs);
    });
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        connectionLost(tr("no answer to pings for %1 s").arg(m_options.pongTimeoutMs / 1000.0));
    });
}

EventStream::~EventStream()
{
    dropSocket();
}

QUrl EventStream::eventsUrl() const
{
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/ops/v1/events"_s);
    QUrlQuery query;
    if (m_lastSeq >= 0)
        query.addQueryItem(u"since"_s, QString::number(m_lastSeq));
    url.setQuery(query);
    return url;
}

void EventStream::start(qint64 since)
{
    stop();
    m_lastSeq = since < 0 ? -1 : since;
    m_attempt = 0;
    connectNow();
}

void EventStream::stop()
{
    m_reconnectTimer.stop();
    m_handshakeTimer.stop();
    m_stableTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    dropSocket();
    // What was received is delivered: the seq it advanced past must not be lost.
    flush();
    setState(State::Stopped);
}

void EventStream::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void EventStream::connectNow()
{
    dropSocket();
    m_helloSeen = false;
    m_resyncSignalled = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
    connect(m_socket, &QWebSocket::connected, this, &EventStream::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        const QString reason = m_socket->closeReason();
        connectionLost(reason.isEmpty() ? m_socket->errorString() : reason);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
        [this](const QByteArray &message) { onMessage(QString::fromUtf8(message)); });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_pongTimer.stop(); });

    QNetworkRequest request(eventsUrl());
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    m_handshakeTimer.start(m_options.handshakeTimeoutMs);
    setState(State::Connecting);
    m_socket->open(request);
}

void EventStream::onConnected()
{
    m_handshakeTimer.stop();
    m_stableTimer.start(m_options.stableAfterMs);
    m_pingTimer.start(m_options.pingIntervalMs);
    setState(State::Connected);
}

void EventStream::connectionLost(const QString &why)
{
    if (!m_socket)
        return;
    dropSocket();
    m_handshakeTimer.stop();
    m_stableTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    flush();
    ++m_attempt;
    const qint64 delay = m_options.backoff.delayFor(m_attempt, *QRandomGenerator::global());
    m_reconnectTimer.start(int(delay));
    setState(State::Waiting,
        tr("Event stream lost (%1); reconnecting in %2 s")
            .arg(why)
            .arg(double(delay) / 1000.0, 0, 'f', 1));
}

void EventStream::onMessage(const QString &message)
{
    const auto parsed = parseJsonLimited(message.toUtf8(),
        JsonLimits { qsizetype(m_options.maxMessageBytes), m_options.maxJsonDepth });
    const auto *doc = std::get_if<QJsonDocument>(&parsed);
    const auto event = doc ? OpsEvent::fromJson(doc->object()) : std::nullopt;
    if (!event) {
        // A message we cannot read has no seq we could trust; skip it rather than stall the stream.
        qCWarning(lcEvents) << "ignoring an unreadable event message of" << message.size()
                            << "characters";
        return;
    }
    if (event->type == u"hello") {
        onHello(*event);
        return;
    }
    if (event->type == u"resync") {
        // After reloading, the snapshots are as new as the server's lastSeq.
        const QJsonValue last = event->data.value(u"lastSeq"_s);
        requireResync(last.isDouble() ? std::optional(last.toInteger()) : std::nullopt);
        return;
    }
    if (event->seq <= m_lastSeq)
        return; // replayed after a reconnect: already delivered
    m_lastSeq = event->seq;
    m_pending.append(*event);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &EventStream::flush, Qt::QueuedConnection);
    }
}

void EventStream::onHello(const OpsEvent &hello)
{
    m_helloSeen = true;
    const QJsonValue last = hello.data.value(u"lastSeq"_s);
    const qint64 serverLast = last.isDouble() ? last.toInteger() : hello.seq;
    const qint64 firstRetained = hello.data.value(u"firstRetainedSeq"_s).toInteger(0);
    if (m_lastSeq < 0) {
        m_lastSeq = serverLast; // started "from now on"
        return;
    }
    // Events we never saw are gone from the server, or the server's history is
    // behind ours (restored from a backup, or another server): snapshots are stale.
    // A server behind us would have its new events dropped as duplicates: follow it.
    if (serverLast < m_lastSeq)
        requireResync(serverLast);
    else if (firstRetained > m_lastSeq + 1)
        requireResync(std::nullopt); // the retained events still come, after the snapshots reload
}

void EventStream::requireResync(std::optional<qint64> newLastSeq)
{
    // Deliver what came before, so nothing older lands on top of the reloaded snapshots.
    flush();
    if (newLastSeq)
        m_lastSeq = *newLastSeq;
    if (m_resyncSignalled)
        return;
    m_resyncSignalled = true;
    Q_EMIT resyncRequired();
}

void EventStream::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    Q_EMIT eventsReceived(std::exchange(m_pending, {}));
}

void EventStream::setState(State state, const QString &detail)
{
    if (state == m_state && detail.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}
