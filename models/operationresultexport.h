// SPDX-License-Identifier: MIT
#pragma once

#include "core/operation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

/**
 * An operation's result summary for people and tools outside the console:
 * the operation's fields, its counts, the reconciliation, why items were
 * skipped, and every item that did not succeed (failed, skipped, or still
 * pending when it stopped). Used by the bulk dialog's Export buttons and by
 * `bwctl ops status --export`.
 *
 * `items` is what the caller fetched from /items (any outcomes, any order);
 * succeeded items are left out here, so a caller may pass all pages.
 *
 * CSV: first a "field,value" block (one line per field, skip reasons as
 * "skipped.<why>"), an empty line, then one row per item under the header
 * "key,source,outcome,detail,finishedAt". UTF-8, CRLF-free, RFC 4180
 * quoting; a text cell that a spreadsheet would run as a formula gets a
 * leading apostrophe. Times are the wire format (UTC, ISO 8601).
 *
 * JSON: {"operation": Operation JSON, "reconciled": bool,
 * "items": [OperationItem JSON...], "exportedAt": time}.
 */
class OperationResultExport {
public:
    OperationResultExport(Operation operation, QList<OperationItem> items);

    /** selected = succeeded + failed + skipped and the operation ended. */
    bool isReconciled() const;
    /** The items that did not succeed, in the order given. */
    const QList<OperationItem> &items() const { return m_items; }

    QByteArray toCsv() const;
    QJsonObject toJson(qint64 exportedAtMs) const;

    /** Writes to an open device; false with `error` set when the device refused. */
    bool writeCsv(QIODevice *device, QString *error = nullptr) const;
    bool writeJson(QIODevice *device, qint64 exportedAtMs, QString *error = nullptr) const;

private:
    Operation m_operation;
    QList<OperationItem> m_items;
};
