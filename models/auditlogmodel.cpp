// SPDX-License-Identifier: MIT
#include "models/auditlogmodel.h"

#include "models/headerretranslation.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

AuditLogModel::AuditLogModel(AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(m_log, &AuditLog::appended, this, &AuditLogModel::onAppended);
    reload();
}

void AuditLogModel::setFilter(const AuditLogFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildVisible();
    endResetModel();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_all = m_log->records();
    rebuildVisible();
    endResetModel();
}

void AuditLogModel::rebuildVisible()
{
    m_visible.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (m_filter.accepts(m_all.at(i)))
            m_visible.append(i);
    }
}

void AuditLogModel::onAppended(const AuditRecord &record)
{
    m_all.append(record);
    if (!m_filter.accepts(record))
        return;
    beginInsertRows({}, 0, 0);
    m_visible.append(m_all.size() - 1);
    endInsertRows();
}

const AuditRecord &AuditLogModel::record(int row) const
{
    return m_all.at(indexOfRow(row));
}

QStringList AuditLogModel::distinct(QString AuditRecord::*field) const
{
    QSet<QString> values;
    for (const AuditRecord &r : m_all)
        values.insert(r.*field);
    QStringList out(values.begin(), values.end());
    out.sort();
    return out;
}

QStringList AuditLogModel::backendNames() const
{
    return distinct(&AuditRecord::backendName);
}

QStringList AuditLogModel::actions() const
{
    return distinct(&AuditRecord::action);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &r = record(index.row());
    switch (role) {
    case SeqRole:
        return r.seq;
    case SucceededRole:
        return r.succeeded;
    case EnvironmentRole:
        return r.environment;
    case SortRole:
        if (index.column() == TimeColumn)
            return r.timeMs;
        if (index.column() == CountColumn)
            return r.count;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn || index.column() == ReasonColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == BackendColumn)
            return r.backendUrl;
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(r.timeMs), u"yyyy-MM-dd HH:mm:ss");
        case UserColumn:
            return r.tokenId.isEmpty() ? r.osUser : tr("%1 (token %2)").arg(r.osUser, r.tokenId);
        case BackendColumn:
            return r.backendName;
        case EnvironmentColumn:
            return r.environment;
        case ActionColumn:
            return r.action;
        case TargetColumn:
            return r.target;
        case CountColumn:
            return QLocale().toString(r.count);
        case ReasonColumn:
            return r.reason;
        case ResultColumn:
            return r.resultMessage.isEmpty()
                ? (r.succeeded ? tr("succeeded") : tr("failed"))
                : (r.succeeded ? tr("succeeded: %1") : tr("failed: %1")).arg(r.resultMessage);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

bool AuditLogModel::event(QEvent *event)
{
    retranslateHeaders(this, event);
    return QAbstractTableModel::event(event);
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case BackendColumn:
        return tr("Back end");
    case EnvironmentColumn:
        return tr("Environment");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case CountColumn:
        return tr("Count");
    case ReasonColumn:
        return tr("Reason");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}
