// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendtypes.h"
#include "core/deadletter.h"
#include "models/keyedtablemodel.h"

/** One group of dead letters (one cause) as the table keeps it. */
struct DeadLetterGroupRow {
    QString fingerprint;
    QString source;
    QString errorClass;
    QString message; ///< normalised
    qint64 count = 0;
    qint64 firstFailureMs = 0;
    qint64 lastFailureMs = 0;

    static DeadLetterGroupRow from(const DeadLetterGroup &group);
    QString key() const { return fingerprint; }
    bool operator==(const DeadLetterGroupRow &) const = default;
};

/**
 * Dead letters counted by cause (fingerprint). The groups reload often
 * (after every burst of dead-letter events), so setGroups() merges: a
 * group keeps its row while it exists, its count changes in place, a new
 * cause is appended, a group emptied by retries is removed. No reset, so a
 * view keeps its selection.
 */
class DeadLetterGroupModel : public KeyedTableModel<DeadLetterGroupRow> {
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        ErrorClassColumn,
        MessageColumn,
        CountColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role {
        FingerprintRole = Qt::UserRole, ///< QString: the group key, for a dead-letter filter
        CountRole, ///< qint64
        SortRole, ///< a value that sorts naturally per column
        LastFailureMsRole, ///< qint64 ms since the epoch
    };

    explicit DeadLetterGroupModel(QObject *parent = nullptr);

    void setGroups(const DeadLetterGroups &groups);
    /** Letters over all groups, as the server counted them. */
    qint64 total() const { return m_total; }
    const DeadLetterGroupRow *group(const QString &fingerprint) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalChanged(qint64 total);

private:
    QVariant display(const DeadLetterGroupRow &row, int column) const;

    qint64 m_total = 0;
};
