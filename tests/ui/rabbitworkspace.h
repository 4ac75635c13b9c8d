// SPDX-License-Identifier: MIT
#pragma once

#include "backends/rabbitmqbackend.h"
#include "models/workspace.h"
#include "tests/support/rabbitbroker.h"

#include <memory>

/**
 * A Workspace over a RabbitMqBackend on `broker` (staging, display name
 * "rabbit (staging)"), opened: as its administrator, or as the
 * monitoring-only user (a read-only console). `journalPath` is the movers'
 * journal; empty: none. The audit log is not owned.
 */
inline std::unique_ptr<Workspace> openRabbitWorkspace(
    const RabbitBroker &broker, AuditLog *audit, bool asAdmin, const QString &journalPath = {})
{
    using namespace Qt::StringLiterals;
    ConnectionProfile profile = ConnectionProfile::create(
        u"rabbit"_s, broker.managementUrl(), Environment::Staging, BackendKind::RabbitMq);
    profile.amqpUrl = broker.amqpUrl();
    profile.user = asAdmin ? broker.adminUser() : broker.monitoringUser();
    RabbitMqBackend::Settings settings;
    settings.managementUrl = profile.url;
    settings.amqpUrl = profile.amqpUrl;
    settings.user = profile.user;
    settings.password = (asAdmin ? broker.adminPassword() : broker.monitoringPassword()).toUtf8();
    settings.journalPath = journalPath;
    auto *backend = new RabbitMqBackend(settings);
    backend->setDisplayName(u"rabbit (staging)"_s);
    auto ws = std::make_unique<Workspace>(profile, backend, audit);
    ws->open();
    return ws;
}
