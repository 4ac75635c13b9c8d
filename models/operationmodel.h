// SPDX-License-Identifier: MIT
#pragma once

#include "core/operation.h"
#include "models/keyedtablemodel.h"

#include <QList>
#include <optional>

/** One bulk operation as the table keeps it: the server's whole value, keyed by id. */
struct OperationRow {
    Operation operation;

    static OperationRow from(const Operation &op) { return { op }; }
    QString key() const { return operation.id; }
    bool operator==(const OperationRow &) const = default;
};

/**
 * The bulk operations of one back end, in the order the console first saw
 * them (a snapshot lists newest first; operations that appear later are
 * appended: sort on SortRole of CreatedColumn for newest first).
 *
 * reset() loads a snapshot and merges it into the rows already shown (so a
 * reload after a reconnect keeps a view's selection); update() applies
 * "operation.*" events and action answers. A finished operation never goes
 * back to running: an older progress value that arrives after the final one
 * (an event delivered after a reload) is ignored.
 *
 * operationChanged() is emitted once per operation whose value changed (new
 * ones included), after the rows were updated.
 */
class OperationModel : public KeyedTableModel<OperationRow> {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        KindColumn,
        StateColumn,
        ProgressColumn, ///< "done/selected", done = succeeded + failed + skipped
        RateColumn, ///< items per second
        EtaColumn,
        ErrorsColumn, ///< failed items
        ReasonColumn,
        ActorColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole, ///< int(OperationState)
        ProgressRole, ///< double 0..1 for a progress-bar delegate
        IdRole, ///< QString, the key for actions
        SortRole, ///< a value that sorts naturally per column
        FinishedRole, ///< bool: succeeded, incomplete, failed or cancelled
    };

    explicit OperationModel(QObject *parent = nullptr);

    /** A snapshot of every operation the server holds (GET /ops/v1/operations). */
    void reset(const QList<Operation> &operations);
    void update(const QList<Operation> &operations);
    void update(const Operation &operation) { update(QList { operation }); }

    std::optional<Operation> operation(const QString &id) const;
    /** The operation shown in `row`; `row` must be in [0, rowCount()). */
    Operation operationAt(int row) const;

    /** "Retry", "Delete", "Purge", "Reset breakers", "Cancel syncs": translated. */
    static QString kindLabel(OperationKind kind);
    /** "Queued", "Running", ... "Incomplete": translated. */
    static QString stateLabel(OperationState state);
    /** Items that ended: succeeded + failed + skipped. */
    static qint64 doneCount(const Operation &op);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void operationChanged(const Operation &operation);

private:
    /** Drops values that would move a finished operation backwards; returns what changes. */
    QList<Operation> newer(const QList<Operation> &operations) const;
    QVariant display(const Operation &op, int column) const;
};
