// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

enum class SyncState { Queued, Running, Paused, Succeeded, Failed, Cancelled };
QString syncStateName(SyncState s); ///< "queued", "running", ...
std::optional<SyncState> syncStateFromName(QStringView name);
bool isFinished(SyncState s);

/** A paged synchronisation job (catalogue, orders...) and its progress. */
struct SyncJob {
    QString id; ///< e.g. "sync-17"
    QString name; ///< e.g. "Marketplace catalogue"
    QString integration; ///< the integration it calls
    SyncState state = SyncState::Queued;
    qint64 total = 0;
    qint64 processed = 0; ///< items done, failed ones included
    qint64 failed = 0;
    double throughput = 0; ///< items per second over the recent window
    qint64 etaSeconds = -1; ///< -1 when unknown
    int page = 0; ///< current page, 1-based; 0 before the first
    int pages = 0;
    int pageSize = 0;
    double itemsPerSecond
        = 0; ///< the configured rate; kept so a restarted server runs the job at it again
    QList<int> milestones; ///< percentages reached: 25, 50, 75, 100
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QString error; ///< why it failed, when it did

    QJsonObject toJson() const;
    static std::optional<SyncJob> fromJson(const QJsonObject &o);
    bool operator==(const SyncJob &) const = default;
};
