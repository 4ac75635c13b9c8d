// SPDX-License-Identifier: MIT
#pragma once

#include "core/backoff.h"
#include "core/opsevent.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <optional>

class QWebSocket;

/**
 * The live Ops API event stream (WebSocket /ops/v1/events) that survives the
 * network: it reconnects with capped full-jitter backoff, resumes with
 * since=lastSeq so nothing the server still holds is lost, drops duplicates,
 * and notices a dead peer by pings that get no pong.
 *
 * Events come out in seq order, without duplicates, batched: one
 * eventsReceived() per event-loop turn however many messages arrived. When
 * events were lost for good (the server says "resync", or its oldest retained
 * event is past ours) it emits resyncRequired(), after delivering what came
 * before, so the owner reloads its snapshots.
 *
 * Lives on one thread (the backend's); the token is sent on the upgrade
 * request only, never logged.
 */
class EventStream : public QObject {
    Q_OBJECT
public:
    enum class State {
        Stopped, ///< not started, or stop() was called
        Connecting, ///< the WebSocket handshake is under way
        Connected, ///< the WebSocket is open; events flow
        Waiting, ///< lost the connection; reconnecting after a backoff delay
    };
    Q_ENUM(State)

    struct Options {
        Backoff backoff { 500, 2.0, 30'000, Backoff::Jitter::Full }; ///< between reconnect attempts
        int stableAfterMs = 10'000; ///< a connection that lasts this long resets the backoff
        int handshakeTimeoutMs = 10'000;
        int pingIntervalMs = 15'000;
        int pongTimeoutMs = 10'000; ///< no pong by then: the connection is dead
        qint64 maxMessageBytes = 1024 * 1024;
        int maxJsonDepth = 64;
    };

    /** `baseUrl`: the server's http(s) base; the stream uses ws(s) on the same origin. */
    explicit EventStream(const QUrl &baseUrl, QObject *parent = nullptr);
    ~EventStream() override;

    void setBearerToken(const QByteArray &token) { m_token = token; }
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    /**
     * Connects and keeps connected until stop(). Events after `since` are
     * delivered; since < 0: only events from now on (the hello's lastSeq).
     */
    void start(qint64 since);
    void stop();

    State state() const { return m_state; }
    /** The seq of the newest event accepted for delivery; 0 before any (or -1 before the hello with
     * start(-1)). */
    qint64 lastSeq() const { return m_lastSeq; }

Q_SIGNALS:
    void eventsReceived(const QList<OpsEvent> &events);
    void resyncRequired();
    /** `detail` says why, for a person (translated): the close reason, the next attempt. */
    void stateChanged(EventStream::State state, const QString &detail);

private:
    void connectNow();
    void onConnected();
    void onMessage(const QString &message);
    void onHello(const OpsEvent &hello);
    void connectionLost(const QString &why);
    void requireResync(std::optional<qint64> newLastSeq);
    void flush();
    void dropSocket();
    void setState(State state, const QString &detail = {});
    QUrl eventsUrl() const;

    QUrl m_baseUrl;
    QByteArray m_token;
    Options m_options;
    State m_state = State::Stopped;
    QWebSocket *m_socket = nullptr;
    qint64 m_lastSeq = -1; ///< -1: take the hello's lastSeq as the start
    int m_attempt = 0; ///< reconnect attempts since the last stable connection
    bool m_helloSeen = false; ///< on this connection
    bool m_resyncSignalled = false; ///< on this connection: one resyncRequired() is enough
    QList<OpsEvent> m_pending; ///< accepted, not yet delivered
    bool m_flushQueued = false;
    QTimer m_reconnectTimer;
    QTimer m_handshakeTimer;
    QTimer m_stableTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
};
