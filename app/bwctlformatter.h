// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendtypes.h"
#include "core/breaker.h"
#include "core/deadletter.h"
#include "core/operation.h"
#include "core/syncjob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

/**
 * What bwctl prints for each answer: aligned tables and labelled fields for
 * people (times in local time, long messages elided), or with Style::Json
 * one JSON document of the server's objects (the wire format of core/'s
 * toJson), for scripts. Every text ends with a newline.
 */
class BwctlFormatter {
    Q_DECLARE_TR_FUNCTIONS(bwctl)
public:
    enum class Style { Human, Json };

    explicit BwctlFormatter(Style style)
        : m_style(style)
    {
    }
    Style style() const { return m_style; }

    QString info(const BackendInfo &info, const QUrl &url) const;
    QString breakers(const QList<BreakerSnapshot> &breakers) const;
    QString breaker(const BreakerSnapshot &breaker) const;
    QString breakerActedOn(const BreakerSnapshot &breaker) const;

    /** `nextCursor` non-empty: more letters match than were listed. */
    QString deadLetters(const QList<DeadLetter> &letters, const QString &nextCursor) const;
    QString deadLetterGroups(const DeadLetterGroups &groups) const;
    QString deadLetter(const DeadLetter &letter) const;
    QString deadLetterRetried(const DeadLetterRetry &retry) const;
    QString deadLetterDeleted(const DeadLetterDeletion &deletion) const;

    QString syncs(const QList<SyncJob> &jobs) const;
    QString sync(const SyncJob &job) const;
    /** After start or retry-failed (`created`), or another action on an existing job. */
    QString syncActedOn(const SyncJob &job, bool created) const;

    // Bulk operations.
    QString operations(const QList<Operation> &operations) const;
    QString operation(const Operation &op) const;
    /** A dry run: count, breakdowns by source and error group, sample. */
    QString operationPlan(const OperationPlan &plan) const;
    QString operationStarted(const Operation &op) const;
    QString operationActedOn(const Operation &op) const;
    /**
     * One progress line without a newline, for people (also in Json style:
     * progress goes to a terminal, never into the JSON document):
     * "op-12 running 1234/5000 (24%) 125.4/s ETA 1m 15s errors 30".
     */
    QString operationProgress(const Operation &op) const;
    /** The summary of a finished operation: counts, skip reasons, reconciliation. */
    QString operationFinished(const Operation &op) const;

    /** GET /ops/v1/info as the server sends it, rebuilt from what BackendInfo keeps. */
    static QJsonObject infoJson(const BackendInfo &info);
    /** A letter as the list endpoint sends it: no payload, headers, stack or edited payload. */
    static QJsonObject summaryJson(const DeadLetter &letter);
    /** Epoch ms as local "yyyy-MM-dd HH:mm:ss"; "-" for 0 (none). */
    static QString localTime(qint64 ms);

private:
    static QString document(const QJsonObject &object);

    Style m_style;
};
