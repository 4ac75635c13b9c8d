// SPDX-License-Identifier: MIT
#pragma once

#include "core/operation.h"

#include <QString>

/** Words for bulk operations, translated in the "OperationText" context, shared by the dialog and
 * the Operations area. */
namespace OperationText {
/** "12.5 items/s", or "—" before there is a rate. */
QString rate(double itemsPerSecond);
/** "2 min 5 s", or "unknown" for -1. */
QString eta(qint64 seconds);
/** What `kind` does to `count` items, for a heading: "Retry 2,500 dead letters". */
QString action(OperationKind kind, qint64 count);
/**
 * Like action(kind, count), naming the queue a move goes to:
 * "Move 1,234 dead letters to orders.retry". Other kinds, and a move whose
 * target is not known, read as action(kind, count).
 */
QString action(OperationKind kind, qint64 count, const QString &target);
/** The skipped-by reasons as "gone: 3, cancelled: 120"; "none" when empty. */
QString skippedBy(const Operation &operation);
} // namespace OperationText
