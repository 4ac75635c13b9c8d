// SPDX-License-Identifier: MIT
#pragma once

#include "models/auditlog.h"
#include "models/auditlogfilter.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The audit log as a table, newest first, narrowed by an AuditLogFilter.
 * Loads the records once and then follows AuditLog::appended(): a new record
 * is one beginInsertRows() at row 0. Changing the filter resets the model.
 */
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        BackendColumn,
        EnvironmentColumn,
        ActionColumn,
        TargetColumn,
        CountColumn,
        ReasonColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role {
        SeqRole = Qt::UserRole, ///< qint64
        SucceededRole, ///< bool
        EnvironmentRole, ///< "production"...: views colour the row
        SortRole, ///< a value that sorts naturally (time as ms, count as a number)
    };

    /** `log` is not owned and must outlive the model. */
    explicit AuditLogModel(AuditLog *log, QObject *parent = nullptr);

    void setFilter(const AuditLogFilter &filter);
    AuditLogFilter filter() const { return m_filter; }
    /** Reads the whole log again. */
    void reload();

    /** The record shown at `row` (0 is the newest). */
    const AuditRecord &record(int row) const;
    /** Distinct back-end names and actions in the log, sorted: for the filter's choices. */
    QStringList backendNames() const;
    QStringList actions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool event(QEvent *event) override;

private:
    void onAppended(const AuditRecord &record);
    void rebuildVisible();
    QStringList distinct(QString AuditRecord::*field) const;
    qsizetype indexOfRow(int row) const { return m_visible.at(m_visible.size() - 1 - row); }

    AuditLog *m_log;
    AuditLogFilter m_filter;
    QList<AuditRecord> m_all; ///< oldest first, so appending is cheap
    QList<qsizetype> m_visible; ///< indexes into m_all that pass the filter, ascending
};
