// SPDX-License-Identifier: MIT
#pragma once

#include "core/clock.h"
#include "core/opsevent.h"
#include "core/problem.h"
#include "sim/httprequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class QWebSocket;

/**
 * Fans the Ops API event stream out to WebSocket clients
 * (`/ops/v1/events?since=SEQ`).
 *
 * On connect a client gets `hello` (data: lastSeq, firstRetainedSeq), then
 * the events after `since` read from the past-events source in bounded
 * batches, then live events from publish(). Each client sees seq strictly
 * ascending with no duplicates and no holes: while a client replays, live
 * events are left to the source, which must already hold every published
 * event (append to the log first, then publish). When `since` is older than
 * the source retains, or ahead of lastSeq, the client gets `resync` and
 * continues live from lastSeq. Without `since`: hello, then live only.
 *
 * A client whose unsent bytes pass Limits::maxPendingBytes is closed with
 * 1008 and a reason naming the seq to resume from; replay itself waits for
 * the client to read, so only live traffic can trip it. Clients are pinged
 * every Limits::pingIntervalMs and dropped after three silent intervals.
 * close() ends every stream with 1001.
 *
 * Lives on one thread with its sockets; publish() must be called there.
 */
class EventHub : public QObject {
    Q_OBJECT
public:
    struct Page {
        QList<OpsEvent> events; ///< seq > since, ascending, at most limit
        bool gap = false; ///< events right after since are no longer retained
    };
    struct Bounds {
        qint64 lastSeq = 0; ///< newest event's seq, 0 when none ever
        qint64 firstRetainedSeq = 1; ///< oldest retained seq; lastSeq + 1 when none retained
    };
    using PastEvents = std::function<Page(qint64 since, int limit)>;
    using CurrentBounds = std::function<Bounds()>;

    struct Limits {
        qint64 maxPendingBytes = 4 * 1024 * 1024; ///< unsent bytes per client before it is cut off
        int replayBatch = 500; ///< events read from the source per step
        int pingIntervalMs = 20'000;
        int closeTimeoutMs = 10'000; ///< a closed client that does not read is aborted after this
        quint64 maxIncomingBytes = 4096; ///< clients send nothing but control frames
    };

    EventHub(PastEvents past, CurrentBounds bounds, QObject *parent = nullptr);
    ~EventHub() override;

    /** Time source for hello/resync messages; must outlive the hub. */
    void setClock(const Clock *clock) { m_clock = clock; }
    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }

    /** A 400 problem when `since` is present but not a whole number >= 0; for the upgrade filter.
     */
    static std::optional<Problem> validateRequest(const HttpRequest &request);

    /** Takes ownership of @p socket and starts its stream from @p request's `since`. */
    void addClient(QWebSocket *socket, const HttpRequest &request);
    /** A new event, already in the past-events source. */
    void publish(const OpsEvent &event);
    /** Ends every stream with 1001 (going away) and stops pinging. */
    void close();

    /** Clients currently streaming (not counting ones being closed). */
    int clientCount() const;

Q_SIGNALS:
    void clientCountChanged(int count);

private:
    struct Client {
        qint64 cursor = 0; ///< seq of the last event sent
        bool replaying = false;
        bool replayScheduled = false;
        bool closing = false;
        QElapsedTimer lastHeard;
    };

    void send(QWebSocket *socket, const QString &text);
    void sendControl(QWebSocket *socket, const QString &type, const Bounds &bounds, qint64 since);
    void resync(QWebSocket *socket, Client &client, qint64 since);
    void scheduleReplay(QWebSocket *socket);
    void replayStep(QWebSocket *socket);
    bool isOverCap(QWebSocket *socket) const;
    void cutOff(QWebSocket *socket, Client &client);
    void endStream(QWebSocket *socket, Client &client, int code, const QString &reason);
    void pingAll();
    void remove(QWebSocket *socket);

    PastEvents m_past;
    CurrentBounds m_bounds;
    const Clock *m_clock = &SystemClock::instance();
    Limits m_limits;
    QHash<QWebSocket *, Client> m_clients;
    QTimer m_pingTimer;
};
