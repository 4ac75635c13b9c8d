// SPDX-License-Identifier: MIT
#include "models/breakermodel.h"

#include "core/clock.h"
#include "models/durationtext.h"

#include <QDateTime>
#include <QLocale>

namespace {

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + u" %";
}

} // namespace

BreakerRow BreakerRow::from(const BreakerSnapshot &s)
{
    BreakerRow r;
    r.name = s.name;
    r.integration = s.integration;
    r.state = s.state;
    r.failureRate = s.failureRate;
    r.slowCallRate = s.slowCallRate;
    r.failureRateThreshold = s.config.failureRateThreshold;
    r.slowCallRateThreshold = s.config.slowCallRateThreshold;
    r.bufferedCalls = s.bufferedCalls;
    r.failedCalls = s.failedCalls;
    r.slowCalls = s.slowCalls;
    r.windowSize = s.config.windowSize;
    r.minimumCalls = s.config.minimumCalls;
    r.notPermittedCalls = s.notPermittedCalls;
    r.openedAtMs = s.openedAtMs;
    r.nextProbeAtMs = s.nextProbeAtMs;
    if (!s.transitions.isEmpty())
        r.lastTransition = s.transitions.constLast();
    return r;
}

BreakerModel::BreakerModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_clock(&SystemClock::instance())
{
}

void BreakerModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
    tick();
}

void BreakerModel::reset(const QList<BreakerSnapshot> &snapshots)
{
    resetRows(rowsFrom(snapshots));
}

void BreakerModel::update(const QList<BreakerSnapshot> &snapshots)
{
    upsertRows(rowsFrom(snapshots));
}

void BreakerModel::tick()
{
    std::vector<int> open;
    for (size_t i = 0; i < rows().size(); ++i) {
        if (rows()[i].state == BreakerState::Open && rows()[i].nextProbeAtMs > 0)
            open.push_back(int(i));
    }
    emitChanged(std::move(open), NextProbeColumn, NextProbeColumn);
}

const BreakerRow *BreakerModel::breaker(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &rowAt(row);
}

QString BreakerModel::stateLabel(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return tr("Closed");
    case BreakerState::Open:
        return tr("Open");
    case BreakerState::HalfOpen:
        return tr("Half open");
    case BreakerState::ForcedOpen:
        return tr("Forced open");
    case BreakerState::Disabled:
        return tr("Disabled");
    }
    return {};
}

qint64 BreakerModel::nextProbeInMs(const BreakerRow &row) const
{
    if (row.state != BreakerState::Open || row.nextProbeAtMs <= 0)
        return -1;
    return std::max<qint64>(0, row.nextProbeAtMs - m_clock->nowMs());
}

int BreakerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakerModel::display(const BreakerRow &r, int column) const
{
    switch (Column(column)) {
    case NameColumn:
        return r.name;
    case StateColumn:
        return stateLabel(r.state);
    case FailureRateColumn:
    case SlowCallRateColumn: {
        const bool failures = column == FailureRateColumn;
        const double rate = failures ? r.failureRate : r.slowCallRate;
        const QString threshold
            = percent(failures ? r.failureRateThreshold : r.slowCallRateThreshold);
        // Below minimumCalls the breaker does not judge: say so rather than show 0 %.
        return rate < 0 ? tr("n/a / %1").arg(threshold)
                        : tr("%1 / %2").arg(percent(rate), threshold);
    }
    case WindowColumn:
        return tr("%1/%2 calls, %3 failed, %4 slow")
            .arg(r.bufferedCalls)
            .arg(r.windowSize)
            .arg(r.failedCalls)
            .arg(r.slowCalls);
    case NextProbeColumn: {
        const qint64 in = nextProbeInMs(r);
        if (in < 0)
            return QString();
        return in == 0 ? tr("due now") : tr("in %1").arg(durationText(in + 999));
    }
    case LastTransitionColumn: {
        const BreakerTransition &t = r.lastTransition;
        if (t.timeMs <= 0)
            return QString();
        return tr("%1 → %2 at %3")
            .arg(stateLabel(t.from), stateLabel(t.to),
                QLocale().toString(
                    QDateTime::fromMSecsSinceEpoch(t.timeMs).time(), QLocale::ShortFormat));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BreakerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreakerRow &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case StateRole:
        return int(r.state);
    case NameRole:
        return r.name;
    case IntegrationRole:
        return r.integration;
    case NextProbeMsRole:
        return nextProbeInMs(r);
    case OverThresholdRole:
        if (index.column() == FailureRateColumn)
            return r.failureRate >= 0 && r.failureRate >= r.failureRateThreshold;
        if (index.column() == SlowCallRateColumn)
            return r.slowCallRate >= 0 && r.slowCallRate >= r.slowCallRateThreshold;
        return false;
    case SortRole:
        switch (Column(index.column())) {
        case StateColumn:
            return int(r.state);
        case FailureRateColumn:
            return r.failureRate;
        case SlowCallRateColumn:
            return r.slowCallRate;
        case WindowColumn:
            return r.bufferedCalls;
        case NextProbeColumn:
            return nextProbeInMs(r);
        case LastTransitionColumn:
            return r.lastTransition.timeMs;
        default:
            return display(r, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("%1 (integration %2)").arg(r.name, r.integration);
        if (index.column() == LastTransitionColumn && r.lastTransition.timeMs > 0) {
            const BreakerTransition &t = r.lastTransition;
            QString tip = t.cause;
            if (!t.reason.isEmpty())
                tip += u'\n' + tr("Reason: %1").arg(t.reason);
            if (!t.actor.isEmpty())
                tip += u'\n' + tr("By: %1").arg(t.actor);
            return tip;
        }
        if (index.column() == WindowColumn && r.notPermittedCalls > 0)
            return tr("%n call(s) not permitted while open", nullptr, int(r.notPermittedCalls));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn || index.column() == LastTransitionColumn)
            return QVariant();
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant BreakerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Breaker");
    case StateColumn:
        return tr("State");
    case FailureRateColumn:
        return tr("Failure rate / threshold");
    case SlowCallRateColumn:
        return tr("Slow calls / threshold");
    case WindowColumn:
        return tr("Window");
    case NextProbeColumn:
        return tr("Next probe");
    case LastTransitionColumn:
        return tr("Last transition");
    case ColumnCount:
        break;
    }
    return {};
}
