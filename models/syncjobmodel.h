// SPDX-License-Identifier: MIT
#pragma once

#include "core/syncjob.h"
#include "models/keyedtablemodel.h"

#include <QList>

/** One sync job as the table keeps it. */
struct SyncJobRow {
    QString id;
    QString name;
    QString integration;
    SyncState state = SyncState::Queued;
    qint64 total = 0;
    qint64 processed = 0;
    qint64 failed = 0;
    double throughput = 0; ///< items per second
    qint64 etaSeconds = -1;
    int page = 0;
    int pages = 0;
    qint64 createdMs = 0;
    QString error;

    static SyncJobRow from(const SyncJob &job);
    QString key() const { return id; }
    bool operator==(const SyncJobRow &) const = default;
};

/**
 * The sync jobs of one back end, in the order the console first saw them.
 * reset() on a snapshot reload; update() for sync.updated events and action
 * answers (one dataChanged per run of changed rows, one insert per batch).
 */
class SyncJobModel : public KeyedTableModel<SyncJobRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IntegrationColumn,
        StateColumn,
        ProgressColumn, ///< "1,234 / 10,000 (12 %)"
        FailedColumn,
        ThroughputColumn, ///< items per second
        EtaColumn,
        PageColumn, ///< "3/10"
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole, ///< int(SyncState)
        ProgressRole, ///< double 0..1 for a progress-bar delegate
        IdRole, ///< QString, the key for actions
        SortRole, ///< a value that sorts naturally per column
        FinishedRole, ///< bool: succeeded, failed or cancelled
    };

    explicit SyncJobModel(QObject *parent = nullptr);

    void reset(const QList<SyncJob> &jobs);
    void update(const QList<SyncJob> &jobs);
    void update(const SyncJob &job) { update(QList { job }); }

    const SyncJobRow *job(const QString &id) const;

    /** "Queued", "Running"...: translated. */
    static QString stateLabel(SyncState state);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SyncJobRow &row, int column) const;
};
