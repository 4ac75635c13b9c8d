// SPDX-License-Identifier: MIT
#pragma once

#include "core/breaker.h"
#include "core/deadletter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

/**
 * What a simulated back end runs: its integrations (traffic, upstream faults,
 * breaker, retry policy), the sync jobs it starts, and timed fault changes
 * ("phases") that make breakers open and recover.
 *
 * Scenarios are JSON files (resources/scenarios/NAME.json, or any path given
 * to --scenario). A scenario may "include" others by name; their parts are
 * merged, the including file's own entries last.
 */
struct Scenario {
    struct Integration {
        QString name; ///< also the dead-letter source and the breaker's name
        QString description;
        QString destination; ///< e.g. "POST https://erp.example/api/orders"
        double ratePerSecond = 0; ///< new messages per second; 0: only syncs and retries use it
        QJsonObject faults; ///< FaultProfile JSON
        std::optional<BreakerConfig> breaker; ///< absent: calls go straight through
        QJsonObject retry; ///< RetryPolicy JSON
        QString payloadTemplate; ///< "{n}" becomes the message number
        HeaderList headers;
    };
    struct Sync {
        QString name;
        QString integration;
        qint64 total = 0;
        int pageSize = 100;
        double itemsPerSecond = 50;
        qint64 startAfterMs = 0;
    };
    struct Phase {
        qint64 atMs = 0; ///< after the start of the scenario
        qint64 cycleMs = 0; ///< repeats every cycleMs (the file's phaseCycleMs); 0: once
        QString integration;
        QJsonObject faults; ///< replaces the integration's FaultProfile
    };

    QString name;
    QString description;
    QList<Integration> integrations;
    QList<Sync> syncs;
    QList<Phase> phases;
    bool traffic = true; ///< false: no generated messages, syncs or phases (tests)

    const Integration *integration(const QString &name) const;

    /** Loads a built-in scenario by name (":/scenarios/NAME.json") or a file path. */
    static std::variant<Scenario, QString> load(const QString &nameOrPath);
    static std::variant<Scenario, QString> fromJson(const QJsonObject &o, int includeDepth = 0);
    static QStringList builtInNames();
};
