// SPDX-License-Identifier: MIT
#include "models/syncjobmodel.h"

#include "models/durationtext.h"

#include <QLocale>
#include <algorithm>

namespace {

double progressOf(const SyncJobRow &r)
{
    if (r.total <= 0)
        return r.state == SyncState::Succeeded ? 1.0 : 0.0;
    return std::clamp(double(r.processed) / double(r.total), 0.0, 1.0);
}

} // namespace

SyncJobRow SyncJobRow::from(const SyncJob &job)
{
    SyncJobRow r;
    r.id = job.id;
    r.name = job.name;
    r.integration = job.integration;
    r.state = job.state;
    r.total = job.total;
    r.processed = job.processed;
    r.failed = job.failed;
    r.throughput = job.throughput;
    r.etaSeconds = job.etaSeconds;
    r.page = job.page;
    r.pages = job.pages;
    r.createdMs = job.createdMs;
    r.error = job.error;
    return r;
}

SyncJobModel::SyncJobModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void SyncJobModel::reset(const QList<SyncJob> &jobs)
{
    resetRows(rowsFrom(jobs));
}

void SyncJobModel::update(const QList<SyncJob> &jobs)
{
    upsertRows(rowsFrom(jobs));
}

const SyncJobRow *SyncJobModel::job(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &rowAt(row);
}

QString SyncJobModel::stateLabel(SyncState state)
{
    switch (state) {
    case SyncState::Queued:
        return tr("Queued");
    case SyncState::Running:
        return tr("Running");
    case SyncState::Paused:
        return tr("Paused");
    case SyncState::Succeeded:
        return tr("Succeeded");
    case SyncState::Failed:
        return tr("Failed");
    case SyncState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int SyncJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncJobModel::display(const SyncJobRow &r, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case NameColumn:
        return r.name.isEmpty() ? r.id : r.name;
    case IntegrationColumn:
        return r.integration;
    case StateColumn:
        return stateLabel(r.state);
    case ProgressColumn:
        return tr("%1 / %2 (%3 %)")
            .arg(locale.toString(r.processed), locale.toString(r.total),
                locale.toString(int(progressOf(r) * 100)));
    case FailedColumn:
        return locale.toString(r.failed);
    case ThroughputColumn:
        return r.state == SyncState::Running ? tr("%1/s").arg(locale.toString(r.throughput, 'f', 1))
                                             : QString();
    case EtaColumn:
        if (isFinished(r.state) || r.state == SyncState::Paused)
            return QString();
        return r.etaSeconds < 0 ? tr("unknown") : durationText(r.etaSeconds * 1000);
    case PageColumn:
        return r.pages > 0 ? tr("%1/%2").arg(r.page).arg(r.pages) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncJobRow &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case StateRole:
        return int(r.state);
    case ProgressRole:
        return progressOf(r);
    case IdRole:
        return r.id;
    case FinishedRole:
        return isFinished(r.state);
    case SortRole:
        switch (Column(index.column())) {
        case StateColumn:
            return int(r.state);
        case ProgressColumn:
            return progressOf(r);
        case FailedColumn:
            return r.failed;
        case ThroughputColumn:
            return r.throughput;
        case EtaColumn:
            return r.etaSeconds;
        case PageColumn:
            return r.page;
        default:
            return display(r, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !r.error.isEmpty())
            return r.error;
        if (index.column() == NameColumn)
            return tr("%1 (%2)").arg(r.name, r.id);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn || index.column() == IntegrationColumn
            || index.column() == StateColumn)
            return QVariant();
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SyncJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Job");
    case IntegrationColumn:
        return tr("Integration");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case FailedColumn:
        return tr("Failed");
    case ThroughputColumn:
        return tr("Throughput");
    case EtaColumn:
        return tr("ETA");
    case PageColumn:
        return tr("Page");
    case ColumnCount:
        break;
    }
    return {};
}
