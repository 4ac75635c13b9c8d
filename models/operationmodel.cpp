// SPDX-License-Identifier: MIT
#include "models/operationmodel.h"

#include "models/durationtext.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

double progressOf(const Operation &op)
{
    if (op.counts.selected <= 0)
        return op.state == OperationState::Succeeded ? 1.0 : 0.0;
    return std::clamp(double(OperationModel::doneCount(op)) / double(op.counts.selected), 0.0, 1.0);
}

} // namespace

OperationModel::OperationModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

QList<Operation> OperationModel::newer(const QList<Operation> &operations) const
{
    QList<Operation> out;
    out.reserve(operations.size());
    for (const Operation &op : operations) {
        const int row = rowOf(op.id);
        if (row >= 0) {
            const Operation &known = rowAt(row).operation;
            if (known == op || (isFinished(known.state) && !isFinished(op.state)))
                continue;
        }
        // The same id twice in one burst: the later one wins, announced once.
        if (const auto it = std::find_if(
                out.begin(), out.end(), [&](const Operation &o) { return o.id == op.id; });
            it != out.end()) {
            if (isFinished(it->state) && !isFinished(op.state))
                continue;
            *it = op;
            continue;
        }
        out.append(op);
    }
    return out;
}

void OperationModel::reset(const QList<Operation> &operations)
{
    // Changes are worked out before the rows move, so that only real changes are announced.
    const QList<Operation> changed = newer(operations);
    std::vector<OperationRow> rows = rowsFrom(operations);
    // A snapshot taken before a final event was applied must not undo it.
    for (OperationRow &row : rows) {
        const int at = rowOf(row.key());
        if (at >= 0 && isFinished(rowAt(at).operation.state) && !isFinished(row.operation.state))
            row.operation = rowAt(at).operation;
    }
    mergeRows(rows);
    for (const Operation &op : changed)
        Q_EMIT operationChanged(op);
}

void OperationModel::update(const QList<Operation> &operations)
{
    const QList<Operation> changed = newer(operations);
    if (changed.isEmpty())
        return;
    upsertRows(rowsFrom(changed));
    for (const Operation &op : changed)
        Q_EMIT operationChanged(op);
}

std::optional<Operation> OperationModel::operation(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return rowAt(row).operation;
}

Operation OperationModel::operationAt(int row) const
{
    return rowAt(row).operation;
}

qint64 OperationModel::doneCount(const Operation &op)
{
    return op.counts.succeeded + op.counts.failed + op.counts.skipped;
}

QString OperationModel::kindLabel(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Retry:
        return tr("Retry");
    case OperationKind::Delete:
        return tr("Delete");
    case OperationKind::Purge:
        return tr("Purge");
    case OperationKind::ResetBreakers:
        return tr("Reset breakers");
    case OperationKind::CancelSyncs:
        return tr("Cancel syncs");
    case OperationKind::Move:
        return tr("Move");
    }
    return {};
}

QString OperationModel::stateLabel(OperationState state)
{
    switch (state) {
    case OperationState::Queued:
        return tr("Queued");
    case OperationState::Running:
        return tr("Running");
    case OperationState::Paused:
        return tr("Paused");
    case OperationState::Succeeded:
        return tr("Succeeded");
    case OperationState::Incomplete:
        return tr("Incomplete");
    case OperationState::Failed:
        return tr("Failed");
    case OperationState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int OperationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationModel::display(const Operation &op, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case IdColumn:
        return op.id;
    case KindColumn:
        return kindLabel(op.kind);
    case StateColumn:
        return stateLabel(op.state);
    case ProgressColumn:
        return tr("%1/%2").arg(locale.toString(doneCount(op)), locale.toString(op.counts.selected));
    case RateColumn:
        return op.state == OperationState::Running
            ? tr("%1/s").arg(locale.toString(op.itemsPerSecond, 'f', 1))
            : QString();
    case EtaColumn:
        if (op.state != OperationState::Running && op.state != OperationState::Queued)
            return QString();
        return op.etaSeconds < 0 ? tr("unknown") : durationText(op.etaSeconds * 1000);
    case ErrorsColumn:
        return locale.toString(op.counts.failed);
    case ReasonColumn:
        return op.reason;
    case ActorColumn:
        return op.actor;
    case CreatedColumn:
        return op.createdMs > 0
            ? locale.toString(QDateTime::fromMSecsSinceEpoch(op.createdMs), QLocale::ShortFormat)
            : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OperationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operation &op = rowAt(index.row()).operation;
    switch (role) {
    case Qt::DisplayRole:
        return display(op, index.column());
    case StateRole:
        return int(op.state);
    case ProgressRole:
        return progressOf(op);
    case IdRole:
        return op.id;
    case FinishedRole:
        return isFinished(op.state);
    case SortRole:
        switch (Column(index.column())) {
        case StateColumn:
            return int(op.state);
        case ProgressColumn:
            return progressOf(op);
        case RateColumn:
            return op.itemsPerSecond;
        case EtaColumn:
            return op.etaSeconds;
        case ErrorsColumn:
            return op.counts.failed;
        case CreatedColumn:
            return op.createdMs;
        default:
            return display(op, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !op.reconciliation.isEmpty())
            return op.reconciliation;
        return {};
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case ProgressColumn:
        case RateColumn:
        case EtaColumn:
        case ErrorsColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OperationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("Operation");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("ETA");
    case ErrorsColumn:
        return tr("Errors");
    case ReasonColumn:
        return tr("Reason");
    case ActorColumn:
        return tr("Actor");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}
