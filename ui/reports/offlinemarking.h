// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class Workspace;

/**
 * How the console marks a Workspace that shows an offline snapshot, so that
 * nobody mistakes recorded data for live data: a grey banner
 * "OFFLINE — snapshot of prod-eu, 23 Nov 2026 00:00 – 01:00" across the
 * window and "offline" in place of the connection state.
 */
class OfflineMarking {
    Q_DECLARE_TR_FUNCTIONS(OfflineMarking)
public:
    /** The banner's text; empty for a live Workspace. */
    static QString bannerText(const Workspace *workspace);
    /** The banner's style sheet: neutral grey, unlike every environment's colour. */
    static QString bannerStyle();
    /** The status bar's state: "prod-eu (offline snapshot): offline, taken 23 Nov 2026 01:02". */
    static QString stateText(const Workspace *workspace);
    /** "23 Nov 2026 00:00 – 01:00" in the current locale, the second date only when it differs. */
    static QString rangeText(qint64 fromMs, qint64 toMs);
};
