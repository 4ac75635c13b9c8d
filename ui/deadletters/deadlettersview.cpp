// SPDX-License-Identifier: MIT
#include "ui/deadletters/deadlettersview.h"

#include "core/deadletterquery.h"
#include "models/deadlettergroupmodel.h"
#include "models/deadlettermodel.h"
#include "models/workspace.h"
#include "ui/common/confirmactiondialog.h"
#include "ui/deadletters/compactcelldelegate.h"
#include "ui/deadletters/deadletterbulkactions.h"
#include "ui/deadletters/deadletterdetailpane.h"
#include "ui/deadletters/editandretrydialog.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr auto errorStyle = "color: #c62828;";
constexpr auto successStyle = "color: #2e7d32;";

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

DeadLettersView::DeadLettersView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_age(new QLabel(this))
    , m_rows(new QLabel(this))
    , m_loading(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_groups(new QTableView(this))
    , m_groupsSorted(new QSortFilterProxyModel(this))
    , m_detail(new DeadLetterDetailPane(this))
    , m_retry(new QAction(this))
    , m_editRetry(new QAction(this))
    , m_delete(new QAction(this))
    , m_find(new QAction(this))
    , m_searchDelay(new QTimer(this))
    , m_detailDelay(new QTimer(this))
    , m_statusTimer(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_filterError->setStyleSheet(QString::fromLatin1(errorStyle));
    m_filterError->setWordWrap(true);
    m_filterError->hide();
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    m_loading->setRange(0, 0);
    m_loading->setMaximumWidth(80);
    m_loading->setMaximumHeight(12);
    m_loading->setTextVisible(false);
    m_loading->hide();

    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_delete->setShortcut(QKeySequence::Delete);
    m_find->setShortcut(QKeySequence::Find);
    for (QAction *action : { m_retry, m_editRetry, m_delete, m_find }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_retry, &QAction::triggered, this, &DeadLettersView::retryCurrent);
    connect(m_editRetry, &QAction::triggered, this, &DeadLettersView::editAndRetryCurrent);
    connect(m_delete, &QAction::triggered, this, &DeadLettersView::deleteCurrent);
    connect(m_find, &QAction::triggered, this, &DeadLettersView::focusSearch);

    // Uniform rows: a fixed height means no row is measured, at a million rows.
    m_table->setItemDelegate(new CompactCellDelegate(m_table));
    auto *firstLine = new CompactCellDelegate(m_table);
    firstLine->setTextRole(DeadLetterModel::MessageRole);
    m_table->setItemDelegateForColumn(DeadLetterModel::Message, firstLine);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(
        QAbstractItemView::ExtendedSelection); // bulk actions act on a selection
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_groups->setModel(m_groupsSorted);
    m_groupsSorted->setSortRole(DeadLetterGroupModel::SortRole);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->setWordWrap(false);
    m_groups->verticalHeader()->hide();
    m_groups->setSortingEnabled(true);
    m_groups->horizontalHeader()->setStretchLastSection(true);
    connect(m_groups, &QTableView::clicked, this, &DeadLettersView::onGroupActivated);
    connect(m_groups, &QTableView::activated, this, &DeadLettersView::onGroupActivated);
    auto *allLetters = m_allLetters = new QPushButton(this);
    connect(allLetters, &QPushButton::clicked, this, [this] {
        m_groups->clearSelection();
        setFilter(QString());
    });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(400);
    connect(m_searchDelay, &QTimer::timeout, this, &DeadLettersView::applySearch);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DeadLettersView::applySearch);
    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(120);
    connect(m_detailDelay, &QTimer::timeout, this, &DeadLettersView::loadDetail);
    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &DeadLettersView::updateStatus);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_loading);
    searchRow->addWidget(m_rows);
    searchRow->addWidget(m_age);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(buttonFor(m_retry, this));
    actionRow->addWidget(buttonFor(m_editRetry, this));
    actionRow->addWidget(buttonFor(m_delete, this));
    // Right click on a letter offers the actions on it, then the bulk entries.
    m_table->addActions({ m_retry, m_editRetry, m_delete });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_bulk = new DeadLetterBulkActions(this, m_table, m_groups);
    for (QAction *bulk : m_bulk->toolbarActions())
        actionRow->addWidget(buttonFor(bulk, this));
    actionRow->addStretch();

    auto *groupsBox = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsTitle = new QLabel(groupsBox);
    groupsLayout->addWidget(m_groupsTitle);
    groupsLayout->addWidget(m_groups, 1);
    groupsLayout->addWidget(allLetters);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(groupsBox);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);

    m_rabbitNote = new QLabel(this);
    m_rabbitNote->setObjectName(u"rabbitNote"_s);
    m_rabbitNote->setWordWrap(true);
    m_rabbitNote->setStyleSheet(u"color: #5c4400; background-color: #fff3cd; padding: 4px;"_s);
    m_rabbitNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rabbitNote);
    layout->addLayout(searchRow);
    layout->addWidget(m_filterError);
    layout->addLayout(actionRow);
    layout->addWidget(m_outcome);
    layout->addWidget(split, 1);

    retranslateUi();
}

void DeadLettersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeadLettersView::retranslateUi()
{
    m_retry->setText(tr("&Retry"));
    m_editRetry->setText(tr("&Edit and retry…"));
    m_delete->setText(tr("&Delete"));
    m_find->setText(tr("&Find"));
    m_search->setPlaceholderText(
        tr("Search, e.g. %1").arg(uR"(source:orders error:Timeout since:2h "customer 42")"_s));
    m_search->setToolTip(
        tr("Keys: source, error, status, vendor, group, id, since (90s, 15m, 2h, 7d), from, to "
           "(ISO 8601). Repeat a key for OR, prefix -key: to exclude; bare words and \"quoted "
           "phrases\" must all occur."));
    m_loading->setToolTip(tr("Loading dead letters…"));
    m_groups->setToolTip(tr("Dead letters by cause. Click a group to show its letters."));
    m_allLetters->setText(tr("All dead letters"));
    m_groupsTitle->setText(tr("Groups by cause"));
    m_rabbitNote->setText(tr("RabbitMQ: the list is a peek at the head of each dead-letter queue "
                             "through the management API, which is meant for diagnostics. A peek "
                             "requeues the messages it read and sets their redelivered flag."));
    if (m_detailId == 0)
        m_detail->showNotice(tr("Select a dead letter to read it."));
    updateActions();
    updateStatus();
}

DeadLettersView::~DeadLettersView() = default;

void DeadLettersView::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
        disconnect(m_workspace->deadLetters(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_detailId = 0;
    m_detail->showNotice(tr("Select a dead letter to read it."));
    m_table->setModel(workspace ? workspace->deadLetters() : nullptr);
    m_groupsSorted->setSourceModel(workspace ? workspace->deadLetterGroups() : nullptr);
    m_bulk->setWorkspace(workspace);
    const bool peeked = workspace && workspace->profile().kind == BackendKind::RabbitMq;
    m_rabbitNote->setVisible(peeked);
    m_detail->setPeeked(peeked);
    if (!workspace) {
        m_statusTimer->stop();
        updateActions();
        updateStatus();
        return;
    }

    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(DeadLetterModel::Id, 0);
    fitIdColumn(); // a ten-digit id (RabbitMQ's start at 1000000000) at least
    header->resizeSection(DeadLetterModel::LastFailure, 150);
    header->resizeSection(DeadLetterModel::Source, 140);
    header->resizeSection(DeadLetterModel::ErrorClass, 140);
    header->resizeSection(DeadLetterModel::Message, 320);
    header->resizeSection(DeadLetterModel::HttpStatus, 60);
    header->resizeSection(DeadLetterModel::Attempts, 70);
    QHeaderView *groupsHeader = m_groups->horizontalHeader();
    groupsHeader->moveSection(groupsHeader->visualIndex(DeadLetterGroupModel::CountColumn), 0);
    m_groups->sortByColumn(DeadLetterGroupModel::CountColumn, Qt::DescendingOrder);

    DeadLetterModel *model = workspace->deadLetters();
    m_search->setText(model->filter());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DeadLettersView::updateActions);
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DeadLettersView::updateActions, Qt::UniqueConnection);
    connect(model, &DeadLetterModel::filterError, this, &DeadLettersView::onFilterError);
    connect(model, &DeadLetterModel::loadingChanged, this, &DeadLettersView::updateStatus);
    connect(model, &DeadLetterModel::fetchFailed, this,
        [this](const QString &message) { showOutcome(message, false); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatus();
        fitIdColumn();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DeadLettersView::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        updateActions();
        fitIdColumn();
    });
    connect(workspace, &Workspace::infoChanged, this, &DeadLettersView::updateActions);
    connect(workspace, &Workspace::connectionStateChanged, this, &DeadLettersView::updateActions);
    connect(workspace, &Workspace::dataAgeChanged, this, [this](DataArea area) {
        if (area == DataArea::DeadLetters) {
            updateStatus();
            updateActions();
        }
    });
    connect(workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    onFilterError(model->filterErrorMessage());
    m_statusTimer->start();
    updateActions();
    updateStatus();
}

void DeadLettersView::fitIdColumn()
{
    // Ids come newest first, so the first row's is the widest; a wider one widens the column, never
    // narrows it.
    const QString widest = m_workspace && m_workspace->deadLetters()->rowCount() > 0
        ? QString::number(m_workspace->deadLetters()->idAt(0))
        : QString();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int needed
        = std::max(metrics.horizontalAdvance(u"0000000000"_s), metrics.horizontalAdvance(widest))
        + 2 * CompactCellDelegate::padding + 4;
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sectionSize(DeadLetterModel::Id) < needed)
        header->resizeSection(DeadLetterModel::Id, needed);
}

void DeadLettersView::setFilter(const QString &query)
{
    m_search->setText(query);
    applySearch();
}

void DeadLettersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DeadLettersView::applySearch()
{
    m_searchDelay->stop();
    if (!m_workspace)
        return;
    const QString text = m_search->text().trimmed();
    // A refused query leaves the rows as they are; the model says why through filterError.
    if (!m_workspace->deadLetters()->setFilter(text))
        return;
    // The groups follow the search, but not its group: terms: a chosen group keeps its siblings in
    // view.
    const auto parsed = DeadLetterQuery::parse(text, QDateTime::currentMSecsSinceEpoch());
    if (const auto *query = std::get_if<DeadLetterQuery>(&parsed)) {
        DeadLetterQuery forGroups = *query;
        forGroups.fingerprints = {};
        const QString groupFilter = forGroups.isEmpty() ? QString() : forGroups.toString();
        if (groupFilter != m_workspace->deadLetterGroupFilter())
            m_workspace->setDeadLetterGroupFilter(groupFilter);
    }
}

QString DeadLettersView::filterErrorText() const
{
    return m_filterError->isHidden() ? QString() : m_filterError->text();
}

void DeadLettersView::onFilterError(const QString &message)
{
    m_filterError->setText(message);
    m_filterError->setVisible(!message.isEmpty());
}

void DeadLettersView::onGroupActivated(const QModelIndex &index)
{
    const QString fingerprint = index.data(DeadLetterGroupModel::FingerprintRole).toString();
    if (!fingerprint.isEmpty())
        setFilter(u"group:"_s + fingerprint);
}

qint64 DeadLettersView::currentId() const
{
    if (!m_workspace)
        return 0;
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_workspace->deadLetters()->idAt(current.row()) : 0;
}

bool DeadLettersView::selectId(qint64 id)
{
    if (!m_workspace)
        return false;
    const int row = m_workspace->deadLetters()->rowOfId(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_workspace->deadLetters()->index(row, DeadLetterModel::Id));
    return true;
}

void DeadLettersView::onCurrentChanged(const QModelIndex &current)
{
    updateActions();
    const qint64 id
        = current.isValid() && m_workspace ? m_workspace->deadLetters()->idAt(current.row()) : 0;
    if (id == m_detailId)
        return; // a refresh moved the row, not the operator
    m_detailId = id;
    if (id == 0) {
        m_detail->showNotice(tr("Select a dead letter to read it."));
        return;
    }
    m_detail->showNotice(tr("Loading dead letter %1…").arg(id));
    m_detailDelay->start();
}

void DeadLettersView::loadDetail()
{
    const qint64 id = m_detailId;
    if (!m_workspace || id == 0)
        return;
    m_workspace->fetchDeadLetter(id, this, [this, id](const Result<DeadLetter> &result) {
        if (id != m_detailId)
            return; // the operator moved on
        if (result.ok())
            m_detail->showLetter(result.value());
        else
            m_detail->showNotice(
                tr("Could not load dead letter %1: %2").arg(id).arg(result.error().message));
    });
}

void DeadLettersView::updateActions()
{
    const QString unavailable
        = m_workspace ? m_workspace->actionsUnavailableReason() : tr("No back end is open.");
    const bool hasLetter = currentId() != 0;
    for (QAction *action : { m_retry, m_editRetry, m_delete }) {
        action->setEnabled(unavailable.isEmpty() && hasLetter);
        action->setToolTip(!unavailable.isEmpty()
                ? tr("Unavailable: %1").arg(unavailable)
                : (hasLetter ? action->text().remove(u'&') : tr("Select a dead letter first.")));
    }
    if (m_bulk)
        m_bulk->updateActions();
}

void DeadLettersView::updateStatus()
{
    if (!m_workspace) {
        m_age->clear();
        m_rows->clear();
        m_loading->hide();
        return;
    }
    const DeadLetterModel *model = m_workspace->deadLetters();
    m_loading->setVisible(model->isLoading());
    const int rows = model->rowCount();
    m_rows->setText(model->isComplete()
            ? tr("%n dead letter(s)", nullptr, rows)
            : tr("%n dead letter(s) loaded, more on scroll", nullptr, rows));
    const DataAge age = m_workspace->dataAge(DataArea::DeadLetters);
    m_age->setText(age.describe(QDateTime::currentMSecsSinceEpoch()));
    m_age->setStyleSheet(age.stale ? QString::fromLatin1(errorStyle) : QString());
}

void DeadLettersView::confirmThen(
    const QString &action, qint64 id, std::function<void(const QString &)> onConfirmed)
{
    ConfirmRequest request;
    request.action = action;
    request.target = tr("dead letter %1").arg(id);
    request.count = 1;
    request.environment = m_workspace->environment();
    request.profileName = m_workspace->name();
    ConfirmActionDialog::confirm(this, request, this,
        [onConfirmed = std::move(onConfirmed)](const QString &reason) { onConfirmed(reason); });
}

void DeadLettersView::retryCurrent()
{
    const qint64 id = currentId();
    if (!m_workspace || id == 0 || !m_retry->isEnabled())
        return;
    confirmThen(tr("Retry dead letter"), id, [this, id](const QString &reason) {
        if (!m_workspace)
            return;
        m_workspace->retryDeadLetter(id, reason, std::nullopt, this,
            [this, id](const Result<DeadLetterRetry> &result) { onRetried(id, false, result); });
    });
}

void DeadLettersView::editAndRetryCurrent()
{
    const qint64 id = currentId();
    if (!m_workspace || id == 0 || !m_editRetry->isEnabled())
        return;
    if (m_detail->letter().id == id) {
        openEditor(m_detail->letter());
        return;
    }
    m_workspace->fetchDeadLetter(id, this, [this, id](const Result<DeadLetter> &result) {
        if (result.ok())
            openEditor(result.value());
        else
            showOutcome(
                tr("Could not load dead letter %1: %2").arg(id).arg(result.error().message), false);
    });
}

void DeadLettersView::openEditor(const DeadLetter &letter)
{
    auto *dialog = new EditAndRetryDialog(letter.id, letter.payload, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->letterId();
        const QByteArray payload = dialog->editedPayload();
        if (!m_workspace)
            return;
        confirmThen(tr("Retry dead letter with an edited payload"), id,
            [this, id, payload](const QString &reason) {
                if (!m_workspace)
                    return;
                m_workspace->retryDeadLetter(
                    id, reason, payload, this, [this, id](const Result<DeadLetterRetry> &result) {
                        onRetried(id, true, result);
                    });
            });
    });
    dialog->open();
}

void DeadLettersView::deleteCurrent()
{
    const qint64 id = currentId();
    if (!m_workspace || id == 0 || !m_delete->isEnabled())
        return;
    confirmThen(tr("Delete dead letter"), id, [this, id](const QString &reason) {
        if (!m_workspace)
            return;
        m_workspace->deleteDeadLetter(id, reason, this,
            [this, id](const Result<DeadLetterDeletion> &result) { onDeleted(id, result); });
    });
}

void DeadLettersView::onRetried(qint64 id, bool edited, const Result<DeadLetterRetry> &result)
{
    if (!result.ok()) {
        showOutcome(
            tr("Retrying dead letter %1 failed: %2").arg(id).arg(result.error().message), false);
        return;
    }
    const DeadLetterRetry &retry = result.value();
    if (retry.delivered) {
        showOutcome(edited
                ? tr("Dead letter %1 was delivered with the edited payload and left the queue.")
                      .arg(id)
                : tr("Dead letter %1 was delivered and left the queue.").arg(id),
            true);
    } else {
        showOutcome(tr("Dead letter %1 failed again: %2").arg(id).arg(retry.error), false);
        if (m_detailId == id)
            m_detail->showLetter(retry.letter);
    }
    refreshAfterAction();
}

void DeadLettersView::onDeleted(qint64 id, const Result<DeadLetterDeletion> &result)
{
    if (!result.ok()) {
        showOutcome(
            tr("Deleting dead letter %1 failed: %2").arg(id).arg(result.error().message), false);
        return;
    }
    showOutcome(tr("Dead letter %1 was deleted.").arg(id), true);
    refreshAfterAction();
}

void DeadLettersView::refreshAfterAction()
{
    // The Workspace refreshes on the server's events too, up to a second later; the operator
    // who just acted should not wait for that.
    if (m_workspace)
        m_workspace->deadLetters()->invalidate();
}

void DeadLettersView::showOutcome(const QString &message, bool succeeded)
{
    m_lastOutcome = message;
    m_outcome->setText(message);
    m_outcome->setStyleSheet(QString::fromLatin1(succeeded ? successStyle : errorStyle));
    m_outcome->show();
    Q_EMIT outcomeShown(message, succeeded);
}
