// SPDX-License-Identifier: MIT
#pragma once

#include "sim/tokenauth.h"

#include <QByteArray>
#include <memory>
#include <optional>

class OperationRunner;
class Router;
class SimEngine;

/**
 * The `/ops/v1/operations` routes of the Ops API (docs/ops-api.md, "Bulk
 * operations") over an OperationRunner it owns: reading needs the viewer
 * role, starting and acting the operator role, a purge the admin role.
 * Same thread as the SimEngine.
 */
class OperationRoutes {
public:
    OperationRoutes(SimEngine &engine, const TokenAuth &auth);
    ~OperationRoutes();
    Q_DISABLE_COPY_MOVE(OperationRoutes)

    /** Creates the journal's tables and resumes running operations; an error message on failure. */
    std::optional<QString> start();
    void addTo(Router &router);
    /** The operations' series for /metrics, in Prometheus text. */
    QByteArray metricsText() const;

private:
    const TokenAuth &m_auth;
    std::unique_ptr<OperationRunner> m_runner;
};
