// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrichistory.h"

class SimEngine;
struct HttpRequest;
class HttpResponse;

/**
 * Every breaker transition in a time range, for `GET
 * /ops/v1/breakers/transitions?from=&to=`: read from the persisted event
 * log's `breaker.transition` events (each carries the breaker's snapshot,
 * whose last transition is the one that happened), merged with the
 * transitions the breakers still hold in memory, so a range older than the
 * event log's retention still shows what the breakers remember.
 */
class BreakerTransitionHistory {
public:
    static BreakerTransitionLog between(SimEngine &engine, qint64 fromMs, qint64 toMs);
    static HttpResponse respond(SimEngine &engine, const HttpRequest &request);
};
