// SPDX-License-Identifier: MIT
#include "models/deadlettergroupmodel.h"

#include <QDateTime>
#include <QLocale>

DeadLetterGroupRow DeadLetterGroupRow::from(const DeadLetterGroup &g)
{
    return { g.fingerprint, g.source, g.errorClass, g.message, g.count, g.firstFailureMs,
        g.lastFailureMs };
}

DeadLetterGroupModel::DeadLetterGroupModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void DeadLetterGroupModel::setGroups(const DeadLetterGroups &groups)
{
    mergeRows(rowsFrom(groups.items));
    if (groups.total != m_total) {
        m_total = groups.total;
        Q_EMIT totalChanged(m_total);
    }
}

const DeadLetterGroupRow *DeadLetterGroupModel::group(const QString &fingerprint) const
{
    const int row = rowOf(fingerprint);
    return row < 0 ? nullptr : &rowAt(row);
}

int DeadLetterGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterGroupModel::display(const DeadLetterGroupRow &r, int column) const
{
    switch (Column(column)) {
    case SourceColumn:
        return r.source;
    case ErrorClassColumn:
        return r.errorClass;
    case MessageColumn:
        return r.message;
    case CountColumn:
        return QLocale().toString(r.count);
    case LastSeenColumn:
        return r.lastFailureMs > 0 ? QLocale().toString(
                   QDateTime::fromMSecsSinceEpoch(r.lastFailureMs), QLocale::ShortFormat)
                                   : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeadLetterGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadLetterGroupRow &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case FingerprintRole:
        return r.fingerprint;
    case CountRole:
        return r.count;
    case LastFailureMsRole:
        return r.lastFailureMs;
    case SortRole:
        if (index.column() == CountColumn)
            return r.count;
        if (index.column() == LastSeenColumn)
            return r.lastFailureMs;
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return r.message;
        if (index.column() == LastSeenColumn && r.firstFailureMs > 0)
            return tr("First seen %1")
                .arg(QLocale().toString(
                    QDateTime::fromMSecsSinceEpoch(r.firstFailureMs), QLocale::ShortFormat));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    default:
        return {};
    }
}

QVariant DeadLetterGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SourceColumn:
        return tr("Source");
    case ErrorClassColumn:
        return tr("Error class");
    case MessageColumn:
        return tr("Message");
    case CountColumn:
        return tr("Count");
    case LastSeenColumn:
        return tr("Last seen");
    case ColumnCount:
        break;
    }
    return {};
}
