// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * A span of time for people, translated, at most two units and rounded
 * down: "0 s", "7 s", "2 min 5 s", "3 h 12 min", "2 d 4 h". Negative spans
 * read as 0 s. Used for "updated 3 s ago", "next probe in 7 s" and ETAs.
 */
QString durationText(qint64 ms);
