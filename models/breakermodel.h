// SPDX-License-Identifier: MIT
#pragma once

#include "core/breaker.h"
#include "models/keyedtablemodel.h"

#include <QList>

class Clock;

/** One breaker as the table keeps it: what the columns and roles show, nothing more. */
struct BreakerRow {
    QString name;
    QString integration;
    BreakerState state = BreakerState::Closed;
    double failureRate = -1; ///< percent; -1 while fewer than minimumCalls
    double slowCallRate = -1;
    double failureRateThreshold = 0;
    double slowCallRateThreshold = 0;
    int bufferedCalls = 0;
    int failedCalls = 0;
    int slowCalls = 0;
    int windowSize = 0;
    int minimumCalls = 0;
    qint64 notPermittedCalls = 0;
    qint64 openedAtMs = 0;
    qint64 nextProbeAtMs = 0;
    BreakerTransition lastTransition; ///< timeMs 0 when none is known

    static BreakerRow from(const BreakerSnapshot &s);
    QString key() const { return name; }
    bool operator==(const BreakerRow &) const = default;
};

/**
 * The breakers of one back end, one row each, for the Breakers view.
 * Fed by the Workspace: reset() with a snapshot list, update() with
 * snapshots from actions and breaker.transition events (precise row
 * changes). "Next probe in" depends on the time: tick() refreshes that
 * column for open breakers, once a second from the Workspace.
 */
class BreakerModel : public KeyedTableModel<BreakerRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        FailureRateColumn, ///< "62.5 % / 50 %": rate against threshold
        SlowCallRateColumn,
        WindowColumn, ///< "12/20 calls, 5 failed, 2 slow"
        NextProbeColumn, ///< "in 7 s" while OPEN
        LastTransitionColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole, ///< int(BreakerState)
        NameRole, ///< QString, the key for actions
        IntegrationRole,
        SortRole, ///< a value that sorts naturally per column
        OverThresholdRole, ///< bool: this column's rate is at or over its threshold
        NextProbeMsRole, ///< qint64 ms until the probe; -1 when none is due
    };

    /** Uses SystemClock until setClock(). */
    explicit BreakerModel(QObject *parent = nullptr);

    /** Not owned; must outlive the model. */
    void setClock(const Clock *clock);

    void reset(const QList<BreakerSnapshot> &snapshots);
    void update(const QList<BreakerSnapshot> &snapshots);
    void update(const BreakerSnapshot &snapshot) { update(QList { snapshot }); }
    /** The time moved on: the next-probe column of open breakers changes. */
    void tick();

    const BreakerRow *breaker(const QString &name) const;

    /** "Closed", "Open", "Half open", "Forced open", "Disabled", translated. */
    static QString stateLabel(BreakerState state);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 nextProbeInMs(const BreakerRow &row) const;
    QVariant display(const BreakerRow &row, int column) const;

    const Clock *m_clock;
};
