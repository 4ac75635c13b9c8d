// SPDX-License-Identifier: MIT
#include "ui/operations/operationsview.h"

#include "core/wiretime.h"
#include "models/operationmodel.h"
#include "models/workspace.h"
#include "ui/operations/bulkoperationdialog.h"
#include "ui/operations/operationlistproxy.h"
#include "ui/operations/operationtext.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString actionLabel(OperationAction action)
{
    switch (action) {
    case OperationAction::Pause:
        return OperationsView::tr("&Pause");
    case OperationAction::Resume:
        return OperationsView::tr("Res&ume");
    case OperationAction::Cancel:
        return OperationsView::tr("&Cancel operation…");
    }
    return {};
}

QKeySequence actionShortcut(OperationAction action)
{
    switch (action) {
    case OperationAction::Pause:
        return QKeySequence(Qt::CTRL | Qt::Key_P);
    case OperationAction::Resume:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    case OperationAction::Cancel:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    }
    return {};
}

constexpr OperationAction allActions[]
    = { OperationAction::Pause, OperationAction::Resume, OperationAction::Cancel };

QString timeText(qint64 ms)
{
    return ms > 0 ? WireTime::format(ms) : OperationsView::tr("\u2014");
}

} // namespace

OperationsView::OperationsView(QWidget *parent)
    : QWidget(parent)
    , m_unavailable(new QLabel(this))
    , m_table(new QTableView(this))
    , m_proxy(new OperationListProxy(this))
    , m_details(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_show(new QAction(tr("&Show progress or result…"), this))
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_show->setObjectName(u"show"_s);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_show->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_show, &QAction::triggered, this, [this] { showSelected(); });
    toolbar->addAction(m_show);
    addAction(m_show);
    toolbar->addSeparator();
    for (OperationAction a : allActions) {
        auto *act = new QAction(actionLabel(a), this);
        act->setObjectName(operationActionName(a));
        act->setShortcut(actionShortcut(a));
        act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(act, &QAction::triggered, this, [this, a] { requestAction(a); });
        m_actions[int(a)] = act;
        toolbar->addAction(act);
        addAction(act); // the Actions menu shows a view's actions()
    }

    m_unavailable->setObjectName(u"unavailable"_s);
    m_unavailable->setStyleSheet(u"color: #b26a00;"_s);
    m_unavailable->hide();

    m_proxy->setSortRole(OperationModel::SortRole);
    m_table->setObjectName(u"operations"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_show);
    for (QAction *act : m_actions)
        m_table->addAction(act);
    connect(m_table, &QTableView::activated, this, [this] { showSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &OperationsView::onSelectionChanged);
    // Progress, state and counts of the shown operation change under the selection.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &OperationsView::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OperationsView::onSelectionChanged);

    m_details->setObjectName(u"details"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    // Every line of the details stays visible without scrolling.
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 11);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 1000);
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(m_progress);
    detailLayout->addWidget(m_details, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_unavailable);
    layout->addWidget(splitter, 1);

    onSelectionChanged();
}

void OperationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OperationsView::retranslateUi()
{
    m_show->setText(tr("&Show progress or result…"));
    for (OperationAction a : allActions)
        m_actions[int(a)]->setText(actionLabel(a));
    onSelectionChanged(); // details, progress and tooltips
}

void OperationsView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_proxy->setSourceModel(workspace ? workspace->operations() : nullptr);
    if (workspace) {
        m_table->sortByColumn(OperationModel::CreatedColumn, Qt::DescendingOrder);
        connect(workspace, &Workspace::infoChanged, this, &OperationsView::updateActions);
        connect(
            workspace, &Workspace::connectionStateChanged, this, &OperationsView::updateActions);
        connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    onSelectionChanged();
}

std::optional<Operation> OperationsView::selected() const
{
    const QString id = selectedOperation();
    if (!m_workspace || id.isEmpty())
        return std::nullopt;
    return m_workspace->operations()->operation(id);
}

QString OperationsView::selectedOperation() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(OperationModel::IdRole).toString();
}

bool OperationsView::selectOperation(const QString &id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(OperationModel::IdRole).toString() == id) {
            m_table->selectRow(r);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString OperationsView::detailText() const
{
    return m_details->text();
}

void OperationsView::onSelectionChanged()
{
    updateDetails();
    updateActions();
}

void OperationsView::updateDetails()
{
    const auto op = selected();
    if (!op) {
        m_progress->hide();
        m_details->setText(m_proxy->rowCount() == 0
                ? tr("No bulk operations on this back end yet. Start one from the Dead letters, "
                     "Breakers or Syncs area.")
                : tr("Select an operation to see its details."));
        return;
    }
    const OperationCounts &c = op->counts;
    const qint64 done = OperationModel::doneCount(*op);
    const QLocale locale;
    m_progress->show();
    m_progress->setValue(c.selected > 0 ? int(done * 1000 / c.selected) : 0);
    m_progress->setFormat(tr("%1 of %2").arg(locale.toString(done), locale.toString(c.selected)));
    const QString selection = op->selector.filter
        ? tr("dead letters matching \u201c%1\u201d up to id %2")
              .arg(*op->selector.filter, locale.toString(op->selector.highWater))
        : !op->selector.ids.isEmpty()
        ? tr("%n dead letter(s) by id", nullptr, int(op->selector.ids.size()))
        : op->selector.names.isEmpty() ? tr("all")
                                       : op->selector.names.join(u", "_s);
    QStringList lines {
        tr("Operation %1: %2").arg(op->id, OperationText::action(op->kind, c.selected, op->target)),
        tr("State: %1").arg(OperationModel::stateLabel(op->state)),
        tr("Selection: %1").arg(selection),
        tr("Done: %1 of %2 (%3 succeeded, %4 failed, %5 skipped)")
            .arg(locale.toString(done), locale.toString(c.selected), locale.toString(c.succeeded),
                locale.toString(c.failed), locale.toString(c.skipped)),
        tr("Rate: %1; time left: %2")
            .arg(OperationText::rate(op->itemsPerSecond), OperationText::eta(op->etaSeconds)),
        tr("Reason: %1").arg(op->reason),
        tr("Started by: %1").arg(op->actor),
        tr("Created: %1; started: %2; finished: %3")
            .arg(timeText(op->createdMs), timeText(op->startedMs), timeText(op->finishedMs)),
    };
    if (isFinished(op->state)) {
        lines.append(tr("Reconciliation: %1").arg(op->reconciliation));
        lines.append(tr("Skipped because: %1").arg(OperationText::skippedBy(*op)));
    }
    m_details->setText(lines.join(u'\n'));
}

void OperationsView::updateActions()
{
    const QString unavailable
        = m_workspace ? m_workspace->actionsUnavailableReason() : tr("No back end is open.");
    m_unavailable->setText(tr("Unavailable: %1").arg(unavailable));
    m_unavailable->setVisible(m_workspace && !unavailable.isEmpty());
    const auto op = selected();
    const bool running = op && !isFinished(op->state);
    const bool paused = op && op->state == OperationState::Paused;
    const bool enabled[] = { running && !paused, paused, running };
    for (OperationAction a : allActions) {
        QAction *act = m_actions[int(a)];
        act->setEnabled(unavailable.isEmpty() && enabled[int(a)]);
        act->setToolTip(!unavailable.isEmpty() ? tr("Unavailable: %1").arg(unavailable)
                : !op                          ? tr("Select an operation first")
                                               : act->text().remove(u'&'));
    }
    m_show->setEnabled(op.has_value());
}

QWidget *OperationsView::requestAction(OperationAction action)
{
    const auto op = selected();
    if (!op || !m_workspace || !m_actions[int(action)]->isEnabled())
        return nullptr;
    if (action == OperationAction::Cancel)
        return BulkOperationDialog::confirmCancel(this, m_workspace, *op, {});
    // Pause and resume change no item: they are audited with the operation's own reason.
    m_workspace->actOnOperation(op->id, action, op->reason, this);
    return nullptr;
}

BulkOperationDialog *OperationsView::showSelected()
{
    const auto op = selected();
    if (!op || !m_workspace)
        return nullptr;
    auto *dialog = new BulkOperationDialog(m_workspace, *op, this);
    dialog->open();
    return dialog;
}
