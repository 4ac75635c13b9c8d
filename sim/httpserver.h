// SPDX-License-Identifier: MIT
#pragma once

#include "core/problem.h"
#include "sim/httprequest.h"
#include "sim/httpresponse.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

/**
 * The sim's HTTP/1.1 server: a small one on QTcpServer, because Qt 6.4's
 * QHttpServer reads whole bodies with no cap (see docs/decisions.md).
 *
 * - Keep-alive and pipelining: requests on one connection are answered in
 *   order, one at a time; a client that stops reading its responses stops
 *   being read.
 * - Bodies only with Content-Length (Transfer-Encoding is answered 411);
 *   a Content-Length over Limits::maxBodyBytes is answered 413 before any of
 *   the body is read. Request line and headers over Limits::maxHeaderBytes:
 *   431. Malformed: 400. Each of these closes the connection.
 * - A request must arrive whole within Limits::requestTimeoutMs (else 408),
 *   and an idle keep-alive connection is closed after the same time.
 * - Past Limits::maxConnections, new connections get 503 and are closed.
 * - A handler that throws gets a 500 problem; the server carries on.
 * - `Upgrade: websocket` requests are recognised from the header block
 *   without consuming it, run through the upgrade filter (so 401 and 404 are
 *   plain HTTP answers), and on success handed to a QWebSocketServer; then
 *   newWebSocket() is emitted.
 *
 * All errors are application/problem+json. Lives on the thread that created
 * it; handlers run synchronously on that thread.
 */
class HttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /** Returns nullopt to allow a WebSocket upgrade, or the problem to answer instead. */
    using UpgradeFilter = std::function<std::optional<Problem>(const HttpRequest &)>;

    struct Limits {
        qsizetype maxHeaderBytes = 16 * 1024; ///< request line + headers
        qsizetype maxBodyBytes = 1024 * 1024; ///< Content-Length cap
        int maxConnections = 256; ///< open HTTP connections (upgraded ones not counted)
        int requestTimeoutMs = 30'000; ///< whole-request deadline, and keep-alive idle time
        int lingerMs = 2'000; ///< how long a closing connection drains input
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    /** Called for every complete request. Without one, everything is 404. */
    void setHandler(Handler handler);
    /** Without one, every upgrade request is answered 404. */
    void setUpgradeFilter(UpgradeFilter filter);
    /** Applies to requests read after the call. */
    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }

    /** Listens on @p address only (use 127.0.0.1 unless told otherwise); port 0 picks a free one.
     */
    bool listen(const QHostAddress &address, quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;
    /** Stops listening and closes every HTTP connection (upgraded sockets belong to their owner).
     */
    void close();
    /** Open HTTP connections, for tests and metrics. */
    int connectionCount() const { return m_activeConnections; }

Q_SIGNALS:
    /**
     * A WebSocket upgrade passed the filter and the handshake. The receiver
     * takes ownership of @p socket (until then it is a child of this server);
     * @p request holds the original path, query, headers and peer.
     */
    void newWebSocket(QWebSocket *socket, const HttpRequest &request);

private:
    class Connection;
    friend class Connection;

    void acceptConnections();
    HttpResponse respondTo(const HttpRequest &request) const;
    std::optional<Problem> filterUpgrade(const HttpRequest &request) const;
    void handOff(QTcpSocket *socket, const HttpRequest &request);
    void adoptWebSockets();
    void forget(Connection *connection);

    QTcpServer *m_tcpServer;
    QWebSocketServer *m_webSocketServer;
    Handler m_handler;
    UpgradeFilter m_upgradeFilter;
    Limits m_limits;
    QSet<Connection *> m_connections;
    int m_activeConnections = 0;
    QHash<QTcpSocket *, HttpRequest> m_upgrading;
};
