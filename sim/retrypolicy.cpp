// SPDX-License-Identifier: MIT
#include "sim/retrypolicy.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

bool RetryPolicy::isRetryable(const CallOutcome &outcome)
{
    if (outcome.ok)
        return false;
    if (outcome.timedOut || outcome.notPermitted)
        return true;
    const int status = outcome.httpStatus;
    if (status >= 500)
        return true;
    if (status == 408 || status == 429)
        return true;
    // Other 4xx say the request itself is wrong; an HTTP-less failure (connection refused) may pass
    // later.
    return status < 400;
}

RetryDecision RetryPolicy::decide(
    const CallOutcome &outcome, int attemptsSoFar, QRandomGenerator &rng) const
{
    using Action = RetryDecision::Action;
    if (outcome.ok)
        return { Action::Delivered, 0, {} };
    if (!isRetryable(outcome)) {
        return { Action::DeadLetter, 0,
            u"HTTP %1 %2 is not retryable"_s.arg(outcome.httpStatus)
                .arg(CallOutcome::statusText(outcome.httpStatus)) };
    }
    if (attemptsSoFar >= maxAttempts)
        return { Action::DeadLetter, 0,
            u"retries exhausted after %1 attempts"_s.arg(attemptsSoFar) };

    qint64 delay = backoff.delayFor(attemptsSoFar, rng);
    const bool honoursRetryAfter = outcome.httpStatus == 429 || outcome.httpStatus == 503;
    if (honoursRetryAfter && outcome.retryAfterMs > delay)
        delay = outcome.retryAfterMs; // coming back earlier would only be refused again
    return { Action::Retry, delay, {} };
}

std::optional<QString> RetryPolicy::validate() const
{
    if (maxAttempts < 1)
        return u"maxAttempts must be at least 1 (got %1)"_s.arg(maxAttempts);
    return backoff.validate();
}

QJsonObject RetryPolicy::toJson() const
{
    return { { u"maxAttempts"_s, maxAttempts }, { u"backoff"_s, backoff.toJson() } };
}

std::optional<RetryPolicy> RetryPolicy::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<RetryPolicy> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    RetryPolicy p;
    if (o.contains(u"maxAttempts"_s) && !o.value(u"maxAttempts"_s).isDouble())
        return fail(u"maxAttempts must be a number"_s);
    p.maxAttempts = o.value(u"maxAttempts"_s).toInt(p.maxAttempts);
    if (o.contains(u"backoff"_s)) {
        if (!o.value(u"backoff"_s).isObject())
            return fail(u"backoff must be an object"_s);
        QString why;
        const auto b = Backoff::fromJson(o.value(u"backoff"_s).toObject(), &why);
        if (!b)
            return fail(u"backoff: "_s + why);
        p.backoff = *b;
    }
    if (const auto why = p.validate())
        return fail(*why);
    return p;
}
