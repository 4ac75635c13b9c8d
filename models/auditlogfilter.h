// SPDX-License-Identifier: MIT
#pragma once

#include "models/auditlog.h"

#include <QString>

/**
 * Which audit records a view shows: free text (any of user, token, back end,
 * action, target, reason or result, case-insensitive), one back end, one
 * action, succeeded or failed. Empty fields match everything. No GUI
 * dependency, so the model and tests use it as is.
 */
class AuditLogFilter {
public:
    enum class Outcome { Any, Succeeded, Failed };

    QString text;
    QString backendName; ///< exact name; empty: all
    QString action; ///< exact action ("breaker.force-open"); empty: all
    Outcome outcome = Outcome::Any;

    bool isEmpty() const;
    bool accepts(const AuditRecord &record) const;
    bool operator==(const AuditLogFilter &) const = default;
};
