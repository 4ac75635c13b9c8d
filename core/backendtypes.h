// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"

#include <QFlags>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * What a back end can do. Connectors differ (RabbitMQ has dead letters but no
 * breakers; Prometheus has metrics only), so the UI asks before it shows an area.
 */
enum class Capability {
    Metrics = 0x01,
    Syncs = 0x02,
    DeadLetters = 0x04,
    Breakers = 0x08,
    Operations = 0x10,
    Events = 0x20,
    /// Dead letters can be moved to a named queue (OperationKind::Move): RabbitMQ.
    DeadLetterMove = 0x40,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

/** "metrics", "syncs", "deadletters", "breakers", "operations", "events", "deadletter-move": the
 * names in /ops/v1/info. */
QString capabilityName(Capability c);
std::optional<Capability> capabilityFromName(QStringView name);
/** Names the server lists that this client does not know are ignored. */
Capabilities capabilitiesFromNames(const QStringList &names);

/**
 * Decodes the `items` array of a list answer (`{"items":[...]}`) with
 * T::fromJson into `out`. False when it is missing or any item is invalid:
 * a list is only shown whole.
 */
template<class T> bool itemsFromJson(const QJsonObject &o, QList<T> &out)
{
    if (!o.value(QLatin1StringView("items")).isArray())
        return false;
    for (const QJsonValue &v : o.value(QLatin1StringView("items")).toArray()) {
        auto item = T::fromJson(v.toObject());
        if (!item)
            return false;
        out.append(std::move(*item));
    }
    return true;
}

/** How a back end's connection looks to the operator. */
enum class ConnectionState {
    Disconnected, ///< not opened yet, or closed
    Connecting, ///< the first check of the server is under way
    Connected, ///< the server answers and accepted the token
    Unreachable, ///< it answered before, but now requests fail or the event stream is reconnecting
    Refused, ///< the server answered but will not serve us (token refused, unsupported API)
};

/** What GET /ops/v1/info says about a server and about who we are to it. */
struct BackendInfo {
    QString name;
    QString version;
    QString apiVersion; ///< "1", "1.2"...: the major version must match
    qint64 serverTimeMs = 0;
    QString scenario; ///< the sim's scenario; empty on real servers
    QStringList capabilities; ///< as the server names them
    QStringList integrations;
    QString role; ///< "viewer", "operator" or "admin"
    QString tokenId; ///< which token we are, never the secret itself

    static std::optional<BackendInfo> fromJson(const QJsonObject &o);
};

enum class BreakerAction { Reset, ForceOpen, Disable, Release };
/** "reset", "force-open", "disable", "release": the last path segment of the action. */
QString breakerActionName(BreakerAction a);

enum class SyncAction { Cancel, Pause, Resume, RetryFailed };
/** "cancel", "pause", "resume", "retry-failed". */
QString syncActionName(SyncAction a);

/** The body of POST /ops/v1/syncs. Zero/empty optional fields are left to the server. */
struct SyncRequest {
    QString integration;
    QString name;
    qint64 total = 0;
    int pageSize = 0;
    double itemsPerSecond = 0;
    QString reason;

    QJsonObject toJson() const;
};

/** One page request of the dead-letter list. */
struct DeadLetterPageRequest {
    QString text; ///< the server-side filter (`q`); empty: all
    int limit = 0; ///< 0: the server's default page size
    QString cursor; ///< from the previous page's nextCursor; empty: the first page
};

/** One page of dead letters: summaries (no payload, headers or stack). */
struct DeadLetterPage {
    QList<DeadLetter> items;
    QString nextCursor; ///< empty on the last page

    bool hasMore() const { return !nextCursor.isEmpty(); }
    static std::optional<DeadLetterPage> fromJson(const QJsonObject &o);
};

/** Dead letters counted by cause. */
struct DeadLetterGroups {
    QList<DeadLetterGroup> items;
    qint64 total = 0; ///< letters matching the filter, over all groups

    static std::optional<DeadLetterGroups> fromJson(const QJsonObject &o);
};

/** The outcome of retrying one dead letter: it was delivered, or it failed again. */
struct DeadLetterRetry {
    bool delivered = false;
    DeadLetter letter; ///< as stored after the attempt
    QString error; ///< why the attempt failed; empty when delivered

    static std::optional<DeadLetterRetry> fromJson(const QJsonObject &o);
};

/** The answer to deleting one dead letter. */
struct DeadLetterDeletion {
    qint64 id = 0;
    DeadLetterStatus status = DeadLetterStatus::Deleted;

    static std::optional<DeadLetterDeletion> fromJson(const QJsonObject &o);
};
