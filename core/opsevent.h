// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

/**
 * One message of the Ops API event stream: `{seq, type, time, data}`.
 * seq increases by one per event and survives server restarts, so a client
 * that resumes with since=seq misses nothing the server still holds.
 *
 * Types: "breaker.transition" (data: breaker snapshot), "sync.updated" (data:
 * job), "sync.milestone" (data: {job, percent}), "deadletter.created" (data:
 * letter without payload), "deadletter.retried" / "deadletter.deleted" (data:
 * {id, outcome}), "deadletters.generated" (data: {count, source}),
 * "faults.changed" (data: integration faults), "operation.created" /
 * "operation.progress" (at most ~2 a second per operation) /
 * "operation.finished" (data: Operation, core/operation.h). The server sends "hello"
 * (data: {lastSeq}) on connect and "resync" when it cannot fill a gap.
 */
struct OpsEvent {
    qint64 seq = 0;
    QString type;
    qint64 timeMs = 0;
    QJsonObject data;

    QJsonObject toJson() const;
    static std::optional<OpsEvent> fromJson(const QJsonObject &o);
};
