// SPDX-License-Identifier: MIT
#pragma once

#include "sim/simdatabase.h"

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <optional>

/** One message accepted by a simulated upstream. */
struct Delivery {
    qint64 id = 0;
    QString source;
    QString messageId;
    qint64 deliveredMs = 0; ///< epoch ms
    QString operation; ///< what delivered it ("retry by alice", an operation id); empty for live
                       ///< traffic

    bool operator==(const Delivery &) const = default;
};

/**
 * What the simulated upstreams received, per message id: the evidence that a
 * bulk retry delivered every message once, none twice and lost none.
 * Same thread as the SimDatabase.
 */
class DeliveryLedger {
public:
    explicit DeliveryLedger(SimDatabase &db);

    /** Notes that `source`'s upstream accepted `messageId`; true once committed. */
    bool record(const QString &source, const QString &messageId, qint64 nowMs,
        const QString &operation = {});
    /** How many times `messageId` was delivered (by any source when `source` is empty). */
    qint64 deliveryCount(const QString &messageId, const QString &source = {});
    /** Every delivery of `source` (all sources when empty), oldest first. */
    QList<Delivery> list(const QString &source = {});
    /**
     * `{source, deliveries, distinctMessages, duplicates: [messageId...]}`
     * where duplicates are the ids delivered more than once (sorted); all
     * sources when `source` is empty.
     */
    QJsonObject summary(const QString &source = {});

private:
    SimDatabase &m_db;
    /** record()'s statement, prepared once: a bulk retry records up to 100,000 deliveries. */
    std::optional<QSqlQuery> m_record;
};
