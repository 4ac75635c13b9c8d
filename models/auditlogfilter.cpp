// SPDX-License-Identifier: MIT
#include "models/auditlogfilter.h"

bool AuditLogFilter::isEmpty() const
{
    return text.isEmpty() && backendName.isEmpty() && action.isEmpty() && outcome == Outcome::Any;
}

bool AuditLogFilter::accepts(const AuditRecord &r) const
{
    if (!backendName.isEmpty() && r.backendName != backendName)
        return false;
    if (!action.isEmpty() && r.action != action)
        return false;
    if (outcome == Outcome::Succeeded && !r.succeeded)
        return false;
    if (outcome == Outcome::Failed && r.succeeded)
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString *field : { &r.osUser, &r.tokenId, &r.backendName, &r.backendUrl,
             &r.environment, &r.action, &r.target, &r.reason, &r.resultMessage }) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
