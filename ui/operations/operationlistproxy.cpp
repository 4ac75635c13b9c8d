// SPDX-License-Identifier: MIT
#include "ui/operations/operationlistproxy.h"

#include "models/operationmodel.h"

QVariant OperationListProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() == OperationModel::KindColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        if (const auto *operations = qobject_cast<const OperationModel *>(sourceModel())) {
            const auto op = operations->operation(index.data(OperationModel::IdRole).toString());
            if (op && op->kind == OperationKind::Move && !op->target.isEmpty())
                return tr("%1 to %2").arg(OperationModel::kindLabel(op->kind), op->target);
        }
    }
    return QSortFilterProxyModel::data(index, role);
}
