// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendtypes.h"
#include "core/breaker.h"
#include "core/deadletter.h"
#include "core/metrichistory.h"
#include "core/result.h"
#include "core/syncjob.h"
#include "models/auditlog.h"
#include "models/connectionprofile.h"
#include "reports/redactionrules.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * Everything an incident report of one time range holds: what the renderers
 * draw, and the payload of a snapshot file (toJson()). Collected by
 * ReportCollector, already redacted: nothing in here is a secret the rules
 * know about.
 *
 * Times are epoch ms. Dead letters "in range" are the active letters whose
 * last failure lies in [fromMs, toMs).
 *
 * A snapshot must be able to serve the dead-letter views from this alone:
 * `deadLetters` keeps every summary field (DeadLetter::toSummaryJson());
 * `samples` are whole letters (payload, headers, stack) of each group.
 */
struct ReportData {
    /** The JSON format this build writes; fromJson() reads this version only (and says so). */
    static constexpr int currentFormatVersion = 1;
    /** The largest number of summaries a report keeps (`deadLettersCapped` says when it stopped
     * there). */
    static constexpr int deadLetterCap = 100000;
    /** Whole letters kept per group as samples. */
    static constexpr int samplesPerGroup = 3;

    int formatVersion = currentFormatVersion;
    qint64 generatedMs = 0;
    QString backendName; ///< Backend::displayName()
    QString backendUrl; ///< may be empty
    Environment environment = Environment::Development;
    BackendInfo info; ///< what /ops/v1/info said (name, version, apiVersion, scenario,
                      ///< capabilities, integrations, role, tokenId)

    qint64 fromMs = 0;
    qint64 toMs = 0;

    MetricHistory metrics;
    QList<BreakerSnapshot> breakers; ///< states at generation time
    BreakerTransitionLog transitions; ///< in range, oldest first
    QList<SyncJob> syncs; ///< jobs that overlap the range

    QList<DeadLetterGroup> deadLetterGroups; ///< in range, largest first
    qint64 deadLettersInRange
        = 0; ///< what the server counted (may exceed deadLetters.size() when capped)
    qint64 deadLettersTotal = 0; ///< active letters over all time, -1 unknown
    QList<DeadLetter> deadLetters; ///< summaries in range, newest first, at most deadLetterCap
    bool deadLettersCapped = false;
    QList<DeadLetter>
        samples; ///< whole letters, up to samplesPerGroup per group (match by fingerprint)

    QList<AuditRecord> operatorActions; ///< local audit entries in range, oldest first

    RedactionRules redaction;
    qint64 redactedValues = 0;

    /** What could not be collected ("metric history: not supported by this back end"), for the
     * report. */
    QStringList notes;

    /** The samples of one group, in the order kept. */
    QList<DeadLetter> samplesOf(const QString &fingerprint) const;

    QJsonObject toJson() const;
    /**
     * Strict: a wrong type, a missing required field or another format version
     * fails with a message saying why, for a person.
     */
    static Result<ReportData, QString> fromJson(const QJsonObject &o);
};
