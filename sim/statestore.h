// SPDX-License-Identifier: MIT
#pragma once

#include "sim/simdatabase.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

/**
 * Small durable JSON documents by kind and key: breaker snapshots (so a
 * FORCED_OPEN breaker stays forced after a restart), sync jobs, fault
 * profiles. put() replaces the whole document. Same thread as the SimDatabase.
 */
class StateStore {
public:
    explicit StateStore(SimDatabase &db);

    /** Stores (or replaces) the document; true once committed. */
    bool put(const QString &kind, const QString &key, const QJsonObject &value);
    std::optional<QJsonObject> get(const QString &kind, const QString &key);
    /** Every document of a kind, by key. */
    QMap<QString, QJsonObject> all(const QString &kind);
    /** True when there was such a document. */
    bool remove(const QString &kind, const QString &key);

private:
    SimDatabase &m_db;
};
