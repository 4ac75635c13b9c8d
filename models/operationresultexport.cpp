// SPDX-License-Identifier: MIT
#include "models/operationresultexport.h"

#include "core/wiretime.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

/** One CSV cell of free text (reasons, error messages come from users and upstreams). */
QByteArray textCell(const QString &text)
{
    QByteArray cell = text.toUtf8();
    // A spreadsheet runs "=...", "+...", "-...", "@..." as formulas: an error message must not.
    if (!cell.isEmpty() && QByteArrayView("=+-@\t\r").contains(cell.front()))
        cell.prepend('\'');
    const bool quoted
        = cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r');
    return quoted ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
}

QByteArray timeCell(qint64 ms)
{
    return ms > 0 ? WireTime::format(ms).toUtf8() : QByteArray();
}

QByteArray selectorText(const OperationSelector &s)
{
    if (s.filter)
        return textCell(u"filter:%1 highWater:%2"_s.arg(*s.filter).arg(s.highWater));
    if (!s.names.isEmpty())
        return textCell(s.names.join(u' '));
    QStringList ids;
    ids.reserve(s.ids.size());
    for (qint64 id : s.ids)
        ids.append(QString::number(id));
    return textCell(ids.join(u' '));
}

bool writeAll(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (device && device->isWritable() && device->write(bytes) == bytes.size())
        return true;
    if (error)
        *error = device ? device->errorString() : u"no device"_s;
    return false;
}

} // namespace

OperationResultExport::OperationResultExport(Operation operation, QList<OperationItem> items)
    : m_operation(std::move(operation))
{
    m_items.reserve(items.size());
    for (OperationItem &item : items)
        if (item.outcome != OperationItemOutcome::Succeeded)
            m_items.append(std::move(item));
}

bool OperationResultExport::isReconciled() const
{
    const OperationCounts &c = m_operation.counts;
    return isFinished(m_operation.state) && c.pending() == 0;
}

QByteArray OperationResultExport::toCsv() const
{
    const Operation &op = m_operation;
    QByteArray csv = "field,value\n";
    const auto field = [&csv](const char *name, const QByteArray &value) {
        csv += name;
        csv += ',';
        csv += value;
        csv += '\n';
    };
    field("id", textCell(op.id));
    field("kind", operationKindName(op.kind).toUtf8());
    field("state", operationStateName(op.state).toUtf8());
    field("selector", selectorText(op.selector));
    field("reason", textCell(op.reason));
    field("actor", textCell(op.actor));
    field("idempotencyKey", textCell(op.idempotencyKey));
    field("createdAt", timeCell(op.createdMs));
    field("startedAt", timeCell(op.startedMs));
    field("finishedAt", timeCell(op.finishedMs));
    field("selected", QByteArray::number(op.counts.selected));
    field("succeeded", QByteArray::number(op.counts.succeeded));
    field("failed", QByteArray::number(op.counts.failed));
    field("skipped", QByteArray::number(op.counts.skipped));
    field("pending", QByteArray::number(op.counts.pending()));
    field("reconciled", isReconciled() ? "true" : "false");
    field("reconciliation", textCell(op.reconciliation));
    for (auto it = op.skippedBy.begin(); it != op.skippedBy.end(); ++it)
        csv += textCell(u"skipped."_s + it.key()) + ',' + QByteArray::number(it.value().toInteger())
            + '\n';

    csv += "\nkey,source,outcome,detail,finishedAt\n";
    for (const OperationItem &item : m_items) {
        csv += textCell(item.key) + ',' + textCell(item.source) + ','
            + operationItemOutcomeName(item.outcome).toUtf8() + ',' + textCell(item.detail) + ','
            + timeCell(item.finishedMs) + '\n';
    }
    return csv;
}

QJsonObject OperationResultExport::toJson(qint64 exportedAtMs) const
{
    QJsonArray items;
    for (const OperationItem &item : m_items)
        items.append(item.toJson());
    return { { u"operation"_s, m_operation.toJson() }, { u"reconciled"_s, isReconciled() },
        { u"items"_s, items }, { u"exportedAt"_s, WireTime::format(exportedAtMs) } };
}

bool OperationResultExport::writeCsv(QIODevice *device, QString *error) const
{
    return writeAll(device, toCsv(), error);
}

bool OperationResultExport::writeJson(QIODevice *device, qint64 exportedAtMs, QString *error) const
{
    return writeAll(
        device, QJsonDocument(toJson(exportedAtMs)).toJson(QJsonDocument::Indented), error);
}
