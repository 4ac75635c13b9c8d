// SPDX-License-Identifier: MIT
#include "ui/deadletters/deadletterbulkactions.h"

#include "core/backendtypes.h"
#include "core/deadletterquery.h"
#include "models/deadlettergroupmodel.h"
#include "models/deadlettermodel.h"
#include "models/workspace.h"
#include "ui/operations/bulkoperationdialog.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <algorithm>
#include <functional>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

QString entryText(DeadLetterBulkActions::Entry entry)
{
    switch (entry) {
    case DeadLetterBulkActions::RetrySelected:
        return DeadLetterBulkActions::tr("Retry selected…");
    case DeadLetterBulkActions::DeleteSelected:
        return DeadLetterBulkActions::tr("Delete selected…");
    case DeadLetterBulkActions::RetryMatching:
        return DeadLetterBulkActions::tr("Retry all matching…");
    case DeadLetterBulkActions::DeleteMatching:
        return DeadLetterBulkActions::tr("Delete all matching…");
    case DeadLetterBulkActions::PurgeSource:
        return DeadLetterBulkActions::tr("Purge source…");
    case DeadLetterBulkActions::RetryGroup:
        return DeadLetterBulkActions::tr("Retry this group…");
    case DeadLetterBulkActions::DeleteGroup:
        return DeadLetterBulkActions::tr("Delete this group…");
    case DeadLetterBulkActions::MoveSelected:
        return DeadLetterBulkActions::tr("Move selected to queue…");
    case DeadLetterBulkActions::MoveMatching:
        return DeadLetterBulkActions::tr("Move all matching to queue…");
    case DeadLetterBulkActions::EntryCount:
        break;
    }
    return {};
}

QString entryHelp(DeadLetterBulkActions::Entry entry)
{
    switch (entry) {
    case DeadLetterBulkActions::RetrySelected:
        return DeadLetterBulkActions::tr("Retry the selected dead letters, after a dry run");
    case DeadLetterBulkActions::DeleteSelected:
        return DeadLetterBulkActions::tr("Delete the selected dead letters, after a dry run");
    case DeadLetterBulkActions::RetryMatching:
        return DeadLetterBulkActions::tr(
            "Retry every dead letter matching the search, as counted by a dry run");
    case DeadLetterBulkActions::DeleteMatching:
        return DeadLetterBulkActions::tr(
            "Delete every dead letter matching the search, as counted by a dry run");
    case DeadLetterBulkActions::PurgeSource:
        return DeadLetterBulkActions::tr(
            "Delete every dead letter of the current letter's source (administrators)");
    case DeadLetterBulkActions::RetryGroup:
        return DeadLetterBulkActions::tr("Retry every dead letter of the selected group");
    case DeadLetterBulkActions::DeleteGroup:
        return DeadLetterBulkActions::tr("Delete every dead letter of the selected group");
    case DeadLetterBulkActions::MoveSelected:
        return DeadLetterBulkActions::tr(
            "Move the selected dead letters to a queue you name, after a dry run");
    case DeadLetterBulkActions::MoveMatching:
        return DeadLetterBulkActions::tr("Move every dead letter matching the search to a queue "
                                         "you name, as counted by a dry run");
    case DeadLetterBulkActions::EntryCount:
        break;
    }
    return {};
}

QKeySequence entryShortcut(DeadLetterBulkActions::Entry entry)
{
    switch (entry) {
    case DeadLetterBulkActions::RetrySelected:
        return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R);
    case DeadLetterBulkActions::DeleteSelected:
        return QKeySequence(Qt::SHIFT | Qt::Key_Delete);
    case DeadLetterBulkActions::RetryMatching:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case DeadLetterBulkActions::DeleteMatching:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete);
    case DeadLetterBulkActions::MoveSelected:
        return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M);
    case DeadLetterBulkActions::MoveMatching:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    default:
        return {};
    }
}

/** `filter` (a query the server took) narrowed by `narrow`; nullopt when it does not parse. */
std::optional<QString> narrowed(
    const QString &filter, const std::function<void(DeadLetterQuery &)> &narrow)
{
    auto parsed = DeadLetterQuery::parse(filter, QDateTime::currentMSecsSinceEpoch());
    auto *query = std::get_if<DeadLetterQuery>(&parsed);
    if (!query)
        return std::nullopt;
    narrow(*query);
    return query->toString();
}

/**
 * Shows or hides `action` in menus and in the view's buttons: a QToolButton
 * with the action as its default action copies its text and state, but not
 * its visibility.
 */
void showAction(QAction *action, bool visible)
{
    action->setVisible(visible);
    for (QObject *o : action->associatedObjects()) {
        if (auto *button = qobject_cast<QToolButton *>(o);
            button && button->defaultAction() == action)
            button->setVisible(visible);
    }
}

} // namespace

DeadLetterBulkActions::DeadLetterBulkActions(QWidget *view, QTableView *letters, QTableView *groups)
    : QObject(view)
    , m_view(view)
    , m_letters(letters)
    , m_groups(groups)
{
    static const char *const names[]
        = { "retrySelected", "deleteSelected", "retryMatching", "deleteMatching", "purgeSource",
              "retryGroup", "deleteGroup", "moveSelected", "moveMatching" };
    static_assert(std::size(names) == EntryCount);
    for (int e = 0; e < EntryCount; ++e) {
        const auto entry = Entry(e);
        auto *act = new QAction(entryText(entry), view);
        act->setObjectName(QString::fromLatin1(names[e]));
        act->setStatusTip(entryHelp(entry));
        act->setShortcut(entryShortcut(entry));
        act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(act, &QAction::triggered, this, [this, entry] { open(entry); });
        m_actions[e] = act;
        view->addAction(act);
    }
    // Right click on letters offers the letter-wide entries; on a group, the group's.
    letters->setContextMenuPolicy(Qt::ActionsContextMenu);
    letters->addActions({ m_actions[RetrySelected], m_actions[DeleteSelected],
        m_actions[MoveSelected], m_actions[RetryMatching], m_actions[DeleteMatching],
        m_actions[MoveMatching], m_actions[PurgeSource] });
    groups->setContextMenuPolicy(Qt::ActionsContextMenu);
    groups->addActions({ m_actions[RetryGroup], m_actions[DeleteGroup] });
    updateActions();
}

void DeadLetterBulkActions::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    updateActions();
}

bool DeadLetterBulkActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::event(event);
}

void DeadLetterBulkActions::retranslateUi()
{
    for (int e = 0; e < EntryCount; ++e) {
        m_actions[e]->setText(entryText(Entry(e)));
        m_actions[e]->setStatusTip(entryHelp(Entry(e)));
    }
    updateActions(); // the tooltips say why an entry is unavailable
}

QList<QAction *> DeadLetterBulkActions::toolbarActions() const
{
    return { m_actions[RetrySelected], m_actions[DeleteSelected], m_actions[MoveSelected],
        m_actions[RetryMatching], m_actions[DeleteMatching], m_actions[MoveMatching],
        m_actions[PurgeSource] };
}

QList<qint64> DeadLetterBulkActions::selectedIds() const
{
    Workspace *workspace = m_workspace;
    QItemSelectionModel *selection = m_letters->selectionModel();
    if (!workspace || !selection)
        return {};
    QList<qint64> ids;
    for (const QModelIndex &row : selection->selectedRows())
        ids.append(workspace->deadLetters()->idAt(row.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString DeadLetterBulkActions::currentSource() const
{
    const QModelIndex current = m_letters->currentIndex();
    return current.isValid() ? current.data(DeadLetterModel::SourceRole).toString() : QString();
}

QString DeadLetterBulkActions::currentGroupFilter() const
{
    Workspace *workspace = m_workspace;
    const QModelIndex group = m_groups->currentIndex();
    if (!workspace || !group.isValid())
        return {};
    const QString fingerprint = group.data(DeadLetterGroupModel::FingerprintRole).toString();
    if (fingerprint.isEmpty())
        return {};
    // The group was counted under the groups' filter: keep it, narrowed to this group.
    return narrowed(workspace->deadLetterGroupFilter(), [&](DeadLetterQuery &q) {
        q.fingerprints = {};
        q.fingerprints.anyOf = { fingerprint };
    }).value_or(QString());
}

std::optional<DeadLetterBulkActions::Selection> DeadLetterBulkActions::selectionFor(
    Entry entry) const
{
    Workspace *workspace = m_workspace;
    if (!workspace)
        return std::nullopt;
    const bool retry = entry == RetrySelected || entry == RetryMatching || entry == RetryGroup;
    const bool move = entry == MoveSelected || entry == MoveMatching;
    if (move && !workspace->has(Capability::DeadLetterMove))
        return std::nullopt;
    Selection s { move ? OperationKind::Move
            : retry    ? OperationKind::Retry
                       : OperationKind::Delete,
        {}, {} };
    switch (entry) {
    case RetrySelected:
    case DeleteSelected:
    case MoveSelected: {
        s.selector.ids = selectedIds();
        if (s.selector.ids.isEmpty())
            return std::nullopt;
        s.size = s.selector.ids.size();
        s.target = tr("%n selected dead letter(s)", nullptr, int(s.size));
        return s;
    }
    case RetryMatching:
    case DeleteMatching:
    case MoveMatching: {
        const QString filter = workspace->deadLetters()->filter();
        // A filter the server refused is not what the table shows: nothing to act on.
        if (!workspace->deadLetters()->filterErrorMessage().isEmpty())
            return std::nullopt;
        s.selector.filter = filter;
        s.target = filter.isEmpty() ? tr("every dead letter")
                                    : tr("dead letters matching \u201c%1\u201d").arg(filter);
        return s;
    }
    case PurgeSource: {
        const QString source = currentSource();
        if (source.isEmpty() || workspace->role() != u"admin"_s)
            return std::nullopt;
        s.kind = OperationKind::Purge;
        DeadLetterQuery query;
        query.sources.anyOf = { source };
        s.selector.filter = query.toString();
        s.target = tr("every dead letter of source %1").arg(source);
        return s;
    }
    case RetryGroup:
    case DeleteGroup: {
        const QString filter = currentGroupFilter();
        if (filter.isEmpty())
            return std::nullopt;
        s.selector.filter = filter;
        s.target = tr("the dead letters of group \u201c%1\u201d")
                       .arg(m_groups->currentIndex()
                                .siblingAtColumn(DeadLetterGroupModel::MessageColumn)
                                .data()
                                .toString());
        return s;
    }
    case EntryCount:
        break;
    }
    return std::nullopt;
}

BulkOperationDialog *DeadLetterBulkActions::open(Entry entry)
{
    Workspace *workspace = m_workspace;
    if (!workspace || !m_actions[entry]->isEnabled())
        return nullptr;
    const auto selection = selectionFor(entry);
    if (!selection)
        return nullptr;
    OperationRequest request;
    request.kind = selection->kind;
    request.selector = selection->selector;
    auto *dialog = new BulkOperationDialog(workspace, request, selection->target, m_view);
    dialog->open();
    return dialog;
}

void DeadLetterBulkActions::updateActions()
{
    Workspace *workspace = m_workspace;
    const QString unavailable
        = workspace ? workspace->actionsUnavailableReason() : tr("No back end is open.");
    for (int e = 0; e < EntryCount; ++e) {
        const auto entry = Entry(e);
        const bool possible = selectionFor(entry).has_value();
        QAction *act = m_actions[e];
        act->setEnabled(unavailable.isEmpty() && possible);
        const bool move = entry == MoveSelected || entry == MoveMatching;
        if (move)
            showAction(act, workspace && workspace->has(Capability::DeadLetterMove));
        QString why;
        if (!unavailable.isEmpty())
            why = tr("Unavailable: %1").arg(unavailable);
        else if (possible)
            why = entryHelp(entry);
        else if (move && workspace && !workspace->has(Capability::DeadLetterMove))
            why = tr("This back end cannot move dead letters to another queue.");
        else if (entry == RetrySelected || entry == DeleteSelected || entry == MoveSelected)
            why = tr("Select dead letters first (Ctrl+click, Shift+click).");
        else if (entry == PurgeSource)
            why = tr(
                "Select a dead letter of the source to purge; purging needs an administrator.");
        else if (entry == RetryGroup || entry == DeleteGroup)
            why = tr("Select a group in the side panel first.");
        else
            why = tr("Fix the search first: the server refused it.");
        act->setToolTip(why);
    }
}
