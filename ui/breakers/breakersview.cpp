// SPDX-License-Identifier: MIT
#include "ui/breakers/breakersview.h"

#include "models/breakermodel.h"
#include "models/workspace.h"
#include "ui/breakers/breakerdelegate.h"
#include "ui/breakers/breakertimeline.h"
#include "ui/common/areastatusline.h"
#include "ui/common/confirmactiondialog.h"
#include "ui/operations/bulkoperationdialog.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString actionLabel(BreakerAction action)
{
    switch (action) {
    case BreakerAction::Reset:
        return BreakersView::tr("Reset");
    case BreakerAction::ForceOpen:
        return BreakersView::tr("Force open");
    case BreakerAction::Disable:
        return BreakersView::tr("Disable");
    case BreakerAction::Release:
        return BreakersView::tr("Release");
    }
    return {};
}

QString actionHelp(BreakerAction action)
{
    switch (action) {
    case BreakerAction::Reset:
        return BreakersView::tr("Close the breaker and clear its window");
    case BreakerAction::ForceOpen:
        return BreakersView::tr("Reject every call until released");
    case BreakerAction::Disable:
        return BreakersView::tr("Let every call through, whatever the failures");
    case BreakerAction::Release:
        return BreakersView::tr("End a forced open or disabled state");
    }
    return {};
}

QString confirmText(BreakerAction action, int count)
{
    switch (action) {
    case BreakerAction::Reset:
        return BreakersView::tr("Reset %n breaker(s)", nullptr, count);
    case BreakerAction::ForceOpen:
        return BreakersView::tr("Force open %n breaker(s)", nullptr, count);
    case BreakerAction::Disable:
        return BreakersView::tr("Disable %n breaker(s)", nullptr, count);
    case BreakerAction::Release:
        return BreakersView::tr("Release %n breaker(s)", nullptr, count);
    }
    return {};
}

constexpr BreakerAction allActions[] = { BreakerAction::Reset, BreakerAction::ForceOpen,
    BreakerAction::Disable, BreakerAction::Release };

} // namespace

BreakersView::BreakersView(QWidget *parent)
    : QWidget(parent)
    , m_status(new AreaStatusLine(DataArea::Breakers, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_timeline(new BreakerTimeline(this))
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (BreakerAction a : allActions) {
        auto *act = new QAction(this);
        act->setObjectName(breakerActionName(a));
        connect(act, &QAction::triggered, this, [this, a] { requestAction(a); });
        m_actions[int(a)] = act;
        toolbar->addAction(act);
        addAction(act); // the Actions menu shows a view's actions()
    }
    m_bulkReset = new QAction(tr("Reset selected…"), this);
    m_bulkReset->setObjectName(u"bulkReset"_s);
    m_bulkReset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_bulkReset->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_bulkReset, &QAction::triggered, this, [this] {
        const QStringList names = selectedBreakers();
        if (names.isEmpty() || !m_workspace || !m_bulkReset->isEnabled())
            return;
        OperationRequest request;
        request.kind = OperationKind::ResetBreakers;
        request.selector.names = names;
        (new BulkOperationDialog(m_workspace, request,
             tr("%n selected breaker(s): %1", nullptr, int(names.size())).arg(names.join(u", "_s)),
             this))
            ->open();
    });
    toolbar->addAction(m_bulkReset);
    addAction(m_bulkReset);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    connect(m_search, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    toolbar->addSeparator();
    toolbar->addWidget(m_search);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(BreakerModel::SortRole);
    m_table->setObjectName(u"breakers"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new BreakerDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BreakerModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BreakersView::onSelectionChanged);
    // A snapshot reload (after an outage, F5) must not drop what the operator selected.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_keepSelected = selectedBreakers(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex index = m_proxy->index(r, 0);
            if (m_keepSelected.contains(index.data(BreakerModel::NameRole).toString()))
                m_table->selectionModel()->select(
                    index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        m_keepSelected.clear();
        onSelectionChanged();
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_status, &AreaStatusLine::availabilityChanged, this, &BreakersView::updateActions);
    retranslateUi();
}

void BreakersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BreakersView::retranslateUi()
{
    for (BreakerAction a : allActions) {
        m_actions[int(a)]->setText(actionLabel(a));
        m_actions[int(a)]->setStatusTip(actionHelp(a));
    }
    m_bulkReset->setText(tr("Reset selected…"));
    m_search->setPlaceholderText(tr("Filter by name or integration (Ctrl+F)"));
    updateActions(); // the tooltips say why an action is unavailable
}

void BreakersView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_table->clearSelection();
    m_status->setWorkspace(workspace);
    BreakerModel *model = workspace ? workspace->breakers() : nullptr;
    m_proxy->setSourceModel(model);
    m_timeline->setModel(model);
    m_table->resizeColumnsToContents();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BreakersView::onSelectionChanged, Qt::UniqueConnection);
    if (model) {
        // Fit the columns once the first snapshot arrives.
        connect(
            model, &QAbstractItemModel::modelReset, m_table,
            [this] { m_table->resizeColumnsToContents(); }, Qt::SingleShotConnection);
    }
    onSelectionChanged();
}

void BreakersView::setFilter(const QString &text)
{
    m_search->setText(text);
}

QStringList BreakersView::selectedBreakers() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList names;
    for (const QModelIndex &index : std::as_const(rows))
        names.append(index.data(BreakerModel::NameRole).toString());
    return names;
}

QAction *BreakersView::action(BreakerAction action) const
{
    return m_actions[int(action)];
}

QWidget *BreakersView::requestAction(BreakerAction action)
{
    const QStringList names = selectedBreakers();
    if (names.isEmpty() || !m_workspace || !m_status->actionsAvailable())
        return nullptr;
    const ConfirmRequest request { confirmText(action, int(names.size())), names.join(u", "_s),
        names.size(), m_workspace->environment(), m_workspace->name() };
    QPointer<Workspace> workspace = m_workspace;
    return ConfirmActionDialog::confirm(
        this, request, this, [this, workspace, names, action](const QString &reason) {
            if (!workspace)
                return;
            for (const QString &name : names)
                workspace->actOnBreaker(name, action, reason, this);
        });
}

void BreakersView::onSelectionChanged()
{
    const QStringList names = selectedBreakers();
    m_timeline->setBreaker(names.size() == 1 ? names.first() : QString());
    updateActions();
}

void BreakersView::updateActions()
{
    const bool available = m_status->actionsAvailable();
    const bool selected = !selectedBreakers().isEmpty();
    for (BreakerAction a : allActions) {
        QAction *act = m_actions[int(a)];
        act->setEnabled(available && selected);
        act->setToolTip(!available ? m_status->unavailableReason()
                : !selected        ? tr("Select one or more breakers first")
                                   : actionHelp(a));
    }
    m_bulkReset->setEnabled(available && selected);
    m_bulkReset->setToolTip(!available ? m_status->unavailableReason()
            : !selected                ? tr("Select one or more breakers first")
                                       : tr("Reset the selected breakers as one bulk operation, "
                                                           "after a dry run"));
}
