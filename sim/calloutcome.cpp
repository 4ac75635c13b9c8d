// SPDX-License-Identifier: MIT
#include "sim/calloutcome.h"

#include "core/problem.h"

using namespace Qt::StringLiterals;

QString CallOutcome::statusText(int httpStatus)
{
    // Problem only names the statuses the Ops API itself answers with; upstreams say more.
    switch (httpStatus) {
    case 408:
        return u"Request Timeout"_s;
    case 410:
        return u"Gone"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 504:
        return u"Gateway Timeout"_s;
    }
    return Problem::titleFor(httpStatus);
}
