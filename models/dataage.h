// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/** The areas of a Workspace whose data ages separately. */
enum class DataArea { Breakers, Syncs, DeadLetters, Metrics };

/**
 * How fresh one area's data is. `updatedMs` is the last time the area got
 * data from the back end (a snapshot, an event or a scrape), in ms since the
 * epoch, 0 before the first; `stale` is true while the back end is
 * unreachable, so what is shown may be out of date and actions are greyed out.
 */
struct DataAge {
    qint64 updatedMs = 0;
    bool stale = false;

    bool loaded() const { return updatedMs > 0; }
    bool operator==(const DataAge &) const = default;

    /**
     * What a view shows next to the area, translated: "back end unreachable,
     * data from 2 min ago", "updated 3 s ago", "not loaded yet".
     */
    QString describe(qint64 nowMs) const;
};
