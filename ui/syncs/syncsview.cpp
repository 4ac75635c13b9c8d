// SPDX-License-Identifier: MIT
#include "ui/syncs/syncsview.h"

#include "models/syncjobmodel.h"
#include "models/workspace.h"
#include "ui/common/areastatusline.h"
#include "ui/common/confirmactiondialog.h"
#include "ui/operations/bulkoperationdialog.h"
#include "ui/syncs/startsyncdialog.h"
#include "ui/syncs/syncprogressdelegate.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr SyncAction allActions[]
    = { SyncAction::Cancel, SyncAction::Pause, SyncAction::Resume, SyncAction::RetryFailed };

QString actionLabel(SyncAction action)
{
    switch (action) {
    case SyncAction::Cancel:
        return SyncsView::tr("Cancel");
    case SyncAction::Pause:
        return SyncsView::tr("Pause");
    case SyncAction::Resume:
        return SyncsView::tr("Resume");
    case SyncAction::RetryFailed:
        return SyncsView::tr("Retry failed");
    }
    return {};
}

QString confirmText(SyncAction action, int count)
{
    switch (action) {
    case SyncAction::Cancel:
        return SyncsView::tr("Cancel %n sync(s)", nullptr, count);
    case SyncAction::Pause:
        return SyncsView::tr("Pause %n sync(s)", nullptr, count);
    case SyncAction::Resume:
        return SyncsView::tr("Resume %n sync(s)", nullptr, count);
    case SyncAction::RetryFailed:
        return SyncsView::tr("Retry the failed items of %n sync(s)", nullptr, count);
    }
    return {};
}

int milestoneOf(const SyncJobRow &row)
{
    if (row.total <= 0)
        return 0;
    const int percent = int(row.processed * 100 / row.total);
    return percent >= 100 ? 100 : percent / 25 * 25;
}

} // namespace

SyncsView::SyncsView(QWidget *parent)
    : QWidget(parent)
    , m_status(new AreaStatusLine(DataArea::Syncs, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_start(new QAction(this))
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_start->setObjectName(u"start"_s);
    connect(m_start, &QAction::triggered, this, [this] { requestStart(); });
    toolbar->addAction(m_start);
    addAction(m_start);
    toolbar->addSeparator();
    for (SyncAction a : allActions) {
        auto *act = new QAction(this);
        act->setObjectName(syncActionName(a));
        connect(act, &QAction::triggered, this, [this, a] { requestAction(a); });
        m_actions[int(a)] = act;
        toolbar->addAction(act);
        addAction(act);
    }
    m_bulkCancel = new QAction(tr("Cancel selected…"), this);
    m_bulkCancel->setObjectName(u"bulkCancel"_s);
    m_bulkCancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_bulkCancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_bulkCancel, &QAction::triggered, this, [this] {
        const QStringList ids = selectedJobs();
        if (ids.isEmpty() || !m_workspace || !m_bulkCancel->isEnabled())
            return;
        OperationRequest request;
        request.kind = OperationKind::CancelSyncs;
        request.selector.names = ids;
        (new BulkOperationDialog(m_workspace, request,
             tr("%n selected sync job(s): %1", nullptr, int(ids.size())).arg(ids.join(u", "_s)),
             this))
            ->open();
    });
    toolbar->addAction(m_bulkCancel);
    addAction(m_bulkCancel);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
        [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    toolbar->addSeparator();
    toolbar->addWidget(m_search);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(SyncJobModel::SortRole);
    m_table->setObjectName(u"syncs"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new SyncProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A few dozen jobs at most: fitting to contents costs nothing and never clips a name.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SyncsView::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_status, &AreaStatusLine::availabilityChanged, this, &SyncsView::updateActions);
    retranslateUi();
}

void SyncsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncsView::retranslateUi()
{
    m_start->setText(tr("Start sync..."));
    for (SyncAction a : allActions)
        m_actions[int(a)]->setText(actionLabel(a));
    m_bulkCancel->setText(tr("Cancel selected…"));
    m_search->setPlaceholderText(tr("Filter by name, integration or state (Ctrl+F)"));
    updateActions(); // the tooltips say why an action is unavailable
}

void SyncsView::setWorkspace(Workspace *workspace)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_workspace = workspace;
    m_model = workspace ? workspace->syncs() : nullptr;
    m_status->setWorkspace(workspace);
    m_proxy->setSourceModel(m_model);
    m_seen.clear();
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &SyncsView::rememberProgress);
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { checkMilestones(first, last); });
        connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                checkMilestones(tl.row(), br.row());
            });
        rememberProgress();
        // Per-section modes need the columns: only once a model is set.
        m_table->horizontalHeader()->setSectionResizeMode(
            SyncJobModel::ProgressColumn, QHeaderView::Fixed);
        m_table->setColumnWidth(SyncJobModel::ProgressColumn, 240);
    }
    updateActions();
}

void SyncsView::rememberProgress()
{
    m_seen.clear();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (const SyncJobRow *row = jobAt(r))
            m_seen.insert(row->id, { milestoneOf(*row), row->state == SyncState::Failed });
    }
}

void SyncsView::checkMilestones(int firstRow, int lastRow)
{
    for (int r = firstRow; r <= lastRow && r < m_model->rowCount(); ++r) {
        const SyncJobRow *job = jobAt(r);
        if (!job)
            continue;
        const SyncJobRow &row = *job;
        const QString label = row.name.isEmpty() ? row.id : row.name;
        const int milestone = milestoneOf(row);
        const bool failed = row.state == SyncState::Failed;
        const auto seen = m_seen.value(row.id, { 0, false });
        if (failed && !seen.second)
            Q_EMIT notify(tr("Sync failed"),
                row.error.isEmpty() ? tr("%1 failed.").arg(label)
                                    : tr("%1 failed: %2").arg(label, row.error));
        else if (milestone > seen.first && milestone > 0)
            Q_EMIT notify(tr("Sync progress"),
                milestone == 100 ? tr("%1 is complete.").arg(label)
                                 : tr("%1 reached %2 %.").arg(label).arg(milestone));
        m_seen.insert(row.id, { std::max(milestone, seen.first), failed });
    }
}

const SyncJobRow *SyncsView::jobAt(int row) const
{
    return m_model->job(m_model->index(row, 0).data(SyncJobModel::IdRole).toString());
}

QStringList SyncsView::selectedJobs() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(SyncJobModel::IdRole).toString());
    return ids;
}

QWidget *SyncsView::requestAction(SyncAction action)
{
    const QStringList ids = selectedJobs();
    if (ids.isEmpty() || !m_workspace || !m_status->actionsAvailable())
        return nullptr;
    const ConfirmRequest request { confirmText(action, int(ids.size())), ids.join(u", "_s),
        ids.size(), m_workspace->environment(), m_workspace->name() };
    QPointer<Workspace> workspace = m_workspace;
    return ConfirmActionDialog::confirm(
        this, request, this, [this, workspace, ids, action](const QString &reason) {
            if (!workspace)
                return;
            for (const QString &id : ids)
                workspace->actOnSync(id, action, reason, this);
        });
}

QWidget *SyncsView::requestStart()
{
    if (!m_workspace || !m_status->actionsAvailable())
        return nullptr;
    const QStringList integrations
        = m_workspace->info() ? m_workspace->info()->integrations : QStringList {};
    auto *dialog = new StartSyncDialog(integrations, this);
    QPointer<Workspace> workspace = m_workspace;
    connect(dialog, &QDialog::accepted, this, [this, dialog, workspace] {
        if (!workspace)
            return;
        const SyncRequest sync = dialog->request();
        const QString target = sync.name.isEmpty() ? sync.integration
                                                   : tr("%1 (%2)").arg(sync.name, sync.integration);
        ConfirmActionDialog::confirm(this,
            { tr("Start a sync of %n item(s)", nullptr, int(sync.total)), target, 1,
                workspace->environment(), workspace->name() },
            this, [this, workspace, sync](const QString &reason) {
                if (!workspace)
                    return;
                SyncRequest withReason = sync;
                withReason.reason = reason;
                workspace->startSync(withReason, this);
            });
    });
    dialog->open();
    return dialog;
}

void SyncsView::updateActions()
{
    const bool available = m_status->actionsAvailable();
    const bool selected = !selectedJobs().isEmpty();
    m_start->setEnabled(available);
    m_start->setToolTip(available ? tr("Start a new sync job") : m_status->unavailableReason());
    for (QAction *act : m_actions) {
        act->setEnabled(available && selected);
        act->setToolTip(!available ? m_status->unavailableReason()
                : !selected        ? tr("Select one or more sync jobs first")
                                   : act->text());
    }
    m_bulkCancel->setEnabled(available && selected);
    m_bulkCancel->setToolTip(!available ? m_status->unavailableReason()
            : !selected                 ? tr("Select one or more sync jobs first")
                                        : tr("Cancel the selected sync jobs as one bulk operation, "
                                                             "after a dry run"));
}
