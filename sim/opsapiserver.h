// SPDX-License-Identifier: MIT
#pragma once

#include "sim/tokenauth.h"

#include <QObject>
#include <memory>

class EventHub;
class OperationRoutes;
class HttpServer;
class Router;
class SimEngine;
struct HttpRequest;
class HttpResponse;

/**
 * The Ops API v1 (docs/openapi.yaml) over a SimEngine: routes, authorisation
 * by role, request validation, problem+json errors, the event stream and
 * /metrics. A rejected request changes nothing.
 */
class OpsApiServer : public QObject {
    Q_OBJECT
public:
    OpsApiServer(SimEngine &engine, TokenAuth auth, QObject *parent = nullptr);
    ~OpsApiServer() override;

    /** Binds; false with errorString() on failure. */
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    /** Closes the listener and every WebSocket (code 1001). */
    void close();

private:
    void addRoutes();
    HttpResponse handle(const HttpRequest &request);

    SimEngine &m_engine;
    TokenAuth m_auth;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<EventHub> m_hub;
    std::unique_ptr<OperationRoutes> m_operations; ///< /ops/v1/operations
};
