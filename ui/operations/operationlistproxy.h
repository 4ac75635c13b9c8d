// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

/**
 * The Operations area's table over an OperationModel: sorts like it, and
 * names where a move goes in its Kind column ("Move to orders.retry"), so
 * the list tells two moves of the same letters apart.
 */
class OperationListProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
