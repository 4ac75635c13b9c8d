// SPDX-License-Identifier: MIT
#include "ui/operations/bulkoperationdialog.h"

#include "core/deadletterquery.h"
#include "models/operationmodel.h"
#include "models/operationresultexport.h"
#include "models/workspace.h"
#include "ui/common/confirmactiondialog.h"
#include "ui/common/environmentbanner.h"
#include "ui/operations/operationtext.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr auto errorStyle = "color: #c62828;";
constexpr auto successStyle = "color: #2e7d32;";
constexpr auto warningStyle = "color: #b26a00;";

QLabel *selectableLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QTableWidget *readOnlyTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void appendRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

/** A later report of the same operation: finished beats running, more done beats less. */
bool isNewer(const Operation &candidate, const Operation &current)
{
    if (isFinished(current.state))
        return false;
    if (isFinished(candidate.state))
        return true;
    return candidate.counts.pending() <= current.counts.pending();
}

} // namespace

BulkOperationDialog::BulkOperationDialog(
    Workspace *workspace, const OperationRequest &request, const QString &target, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_request(request)
    , m_target(target)
    , m_pages(new QStackedWidget(this))
    , m_banner(new EnvironmentBanner(this))
{
    m_request.dryRun = false;
    m_request.reason.clear();
    // One key per dialog: a second click on Run, or a retried request, starts nothing new.
    m_request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    buildFrame();
    buildPlanPage();
    buildConfirmPage();
    buildProgressPage();
    buildResultPage();
    setPage(PlanPage);
    if (isMove()) {
        // Nothing to count for until the operator names where the letters go.
        m_planCount->setText(tr("Name the queue to move to, then run the dry run."));
        updatePlanButtons();
        m_targetQueue->setFocus();
    } else {
        runPlan();
    }
}

BulkOperationDialog::BulkOperationDialog(
    Workspace *workspace, const Operation &operation, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_target(tr("operation %1").arg(operation.id))
    , m_pages(new QStackedWidget(this))
    , m_banner(new EnvironmentBanner(this))
{
    m_request.kind = operation.kind;
    m_request.selector = operation.selector;
    m_request.reason = operation.reason;
    m_request.target = operation.target;
    buildFrame();
    buildPlanPage();
    buildConfirmPage();
    buildProgressPage();
    buildResultPage();
    follow(operation);
}

BulkOperationDialog::~BulkOperationDialog() = default;

void BulkOperationDialog::buildFrame()
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Bulk operation: %1").arg(OperationModel::kindLabel(m_request.kind)));
    setMinimumSize(720, 560);
    m_banner->setObjectName(u"environment"_s);
    if (m_workspace)
        m_banner->setEnvironment(m_workspace->environment(), m_workspace->name());

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_banner);
    outer->addWidget(m_pages, 1);

    if (m_workspace) {
        connect(m_workspace, &Workspace::operationChanged, this, [this](const Operation &op) {
            if (m_operation && op.id == m_operation->id && isNewer(op, *m_operation))
                follow(op);
        });
    }
    // Events are the fast path; the model's copy also catches a final event that arrived
    // before the answer to Run did.
    auto *catchUp = new QTimer(this);
    catchUp->setInterval(1000);
    connect(catchUp, &QTimer::timeout, this, [this] {
        if (!m_workspace || !m_operation || isFinished(m_operation->state))
            return;
        if (const auto latest = m_workspace->operations()->operation(m_operation->id);
            latest && isNewer(*latest, *m_operation))
            follow(*latest);
    });
    catchUp->start();
}

void BulkOperationDialog::buildPlanPage()
{
    auto *page = new QWidget(m_pages);
    m_planTitle = selectableLabel(page, u"planTitle"_s);
    m_planTitle->setText(tr("Dry run of %1: counting what the operation would act on. Nothing "
                            "changes on the server until you run it.")
                             .arg(m_target));
    QFormLayout *targetForm = nullptr;
    if (isMove()) {
        m_targetQueue = new QLineEdit(m_request.target, page);
        m_targetQueue->setObjectName(u"targetQueue"_s);
        m_targetQueue->setMaxLength(255); // AMQP's longest queue name
        m_targetQueue->setClearButtonEnabled(true);
        m_targetQueue->setPlaceholderText(
            tr("The queue to move the dead letters to, e.g. orders.retry"));
        m_targetHint = selectableLabel(page, u"targetHint"_s);
        connect(m_targetQueue, &QLineEdit::textChanged, this, &BulkOperationDialog::onTargetEdited);
        connect(m_targetQueue, &QLineEdit::returnPressed, this, [this] {
            if (!m_plan && !m_planning && targetProblem().isEmpty())
                runPlan();
        });
        auto *targetLabel = new QLabel(tr("&Target queue:"), page);
        targetLabel->setBuddy(m_targetQueue);
        targetForm = new QFormLayout;
        targetForm->addRow(targetLabel, m_targetQueue);
    }
    m_planCount = selectableLabel(page, u"planCount"_s);
    m_planCount->setStyleSheet(u"font-size: 15pt; font-weight: bold;"_s);
    m_planCount->setText(tr("Counting…"));
    m_planError = selectableLabel(page, u"planError"_s);
    m_planError->setStyleSheet(QString::fromLatin1(errorStyle));
    m_planError->hide();
    m_bySource = readOnlyTable(page, u"bySource"_s, { tr("Source"), tr("Count") });
    m_byGroup = readOnlyTable(page, u"byGroup"_s, { tr("Count"), tr("Source"), tr("Error group") });
    m_sample = readOnlyTable(page, u"sample"_s, { tr("Item"), tr("Source"), tr("Detail") });

    auto *breakdown = new QHBoxLayout;
    auto *sourceBox = new QVBoxLayout;
    sourceBox->addWidget(new QLabel(tr("By source"), page));
    sourceBox->addWidget(m_bySource);
    auto *groupBox = new QVBoxLayout;
    groupBox->addWidget(new QLabel(tr("By error group"), page));
    groupBox->addWidget(m_byGroup);
    breakdown->addLayout(sourceBox, 2);
    breakdown->addLayout(groupBox, 3);

    m_replan = new QPushButton(tr("Count &again"), page);
    m_replan->setObjectName(u"replan"_s);
    m_replan->setToolTip(tr("Run the dry run again (the selection is frozen anew)"));
    connect(m_replan, &QPushButton::clicked, this, &BulkOperationDialog::runPlan);
    auto *close = new QPushButton(tr("Close"), page);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_next = new QPushButton(tr("&Next…"), page);
    m_next->setObjectName(u"next"_s);
    m_next->setDefault(true);
    m_next->setEnabled(false);
    connect(m_next, &QPushButton::clicked, this, [this] { setPage(ConfirmPage); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replan);
    buttons->addStretch();
    buttons->addWidget(close);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_planTitle);
    if (targetForm) {
        layout->addLayout(targetForm);
        layout->addWidget(m_targetHint);
    }
    layout->addWidget(m_planCount);
    layout->addWidget(m_planError);
    layout->addLayout(breakdown, 2);
    layout->addWidget(new QLabel(tr("Sample"), page));
    layout->addWidget(m_sample, 2);
    layout->addLayout(buttons);
    m_pages->addWidget(page);
}

void BulkOperationDialog::buildConfirmPage()
{
    auto *page = new QWidget(m_pages);
    m_confirmSummary = selectableLabel(page, u"confirmSummary"_s);
    m_confirmSummary->setStyleSheet(u"font-size: 13pt; font-weight: bold;"_s);
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setMaxLength(ConfirmActionDialog::MaxReasonLength);
    m_reason->setPlaceholderText(tr("Why? Recorded in the audit log and sent to the server"));
    m_typedLabel = new QLabel(page);
    m_typed = new QLineEdit(page);
    m_typed->setObjectName(u"typedConfirmation"_s);
    m_typedLabel->setBuddy(m_typed);
    m_confirmHint = selectableLabel(page, u"confirmHint"_s);
    connect(m_reason, &QLineEdit::textChanged, this, &BulkOperationDialog::updateConfirmState);
    connect(m_typed, &QLineEdit::textChanged, this, &BulkOperationDialog::updateConfirmState);
    connect(m_reason, &QLineEdit::returnPressed, this, &BulkOperationDialog::run);
    connect(m_typed, &QLineEdit::returnPressed, this, &BulkOperationDialog::run);

    m_rate = new QSpinBox(page);
    m_rate->setObjectName(u"rate"_s);
    m_rate->setRange(0, 100000);
    m_rate->setSingleStep(10);
    m_rate->setSuffix(tr(" items/s"));
    m_rate->setSpecialValueText(tr("As fast as the server goes"));
    m_rate->setToolTip(tr("A rate limit spares the upstream systems the items are sent to"));

    auto *form = new QFormLayout;
    form->setObjectName(u"confirmForm"_s);
    auto *rateLabel = new QLabel(tr("Rate &limit:"), page);
    rateLabel->setBuddy(m_rate);
    form->addRow(rateLabel, m_rate);
    auto *reasonLabel = new QLabel(tr("&Reason:"), page);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->addRow(m_typedLabel, m_typed);

    auto *back = new QPushButton(tr("&Back"), page);
    connect(back, &QPushButton::clicked, this, [this] { setPage(PlanPage); });
    auto *close = new QPushButton(tr("Close"), page);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_run = new QPushButton(tr("&Run"), page);
    m_run->setObjectName(u"run"_s);
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &BulkOperationDialog::run);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(close);
    buttons->addWidget(m_run);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_confirmSummary);
    layout->addLayout(form);
    layout->addWidget(m_confirmHint);
    layout->addStretch();
    layout->addLayout(buttons);
    m_pages->addWidget(page);
}

void BulkOperationDialog::buildProgressPage()
{
    auto *page = new QWidget(m_pages);
    m_progressTitle = selectableLabel(page, u"progressTitle"_s);
    m_progressTitle->setStyleSheet(u"font-size: 13pt; font-weight: bold;"_s);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(true);
    m_progressCounts = selectableLabel(page, u"progressCounts"_s);
    m_progressRate = selectableLabel(page, u"progressRate"_s);
    m_progressEta = selectableLabel(page, u"progressEta"_s);
    m_progressErrors = selectableLabel(page, u"progressErrors"_s);
    m_progressState = selectableLabel(page, u"progressState"_s);
    m_progressError = selectableLabel(page, u"progressError"_s);
    m_progressError->setStyleSheet(QString::fromLatin1(errorStyle));
    m_progressError->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_progressState);
    form->addRow(tr("Done:"), m_progressCounts);
    form->addRow(tr("Rate:"), m_progressRate);
    form->addRow(tr("Time left:"), m_progressEta);
    form->addRow(tr("Errors so far:"), m_progressErrors);

    auto *note = selectableLabel(page, u"keepsRunningNote"_s);
    note->setText(tr("The operation runs on the server. Closing this window does not stop it: "
                     "it keeps running, and the Operations area (Ctrl+7) shows its progress "
                     "and result, also after the console restarts."));

    m_pause = new QPushButton(tr("&Pause"), page);
    m_pause->setObjectName(u"pause"_s);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pause, &QPushButton::clicked, this, &BulkOperationDialog::togglePause);
    m_cancel = new QPushButton(tr("&Cancel operation…"), page);
    m_cancel->setObjectName(u"cancelOperation"_s);
    m_cancel->setToolTip(tr("Stop the operation: items already done stay done"));
    connect(m_cancel, &QPushButton::clicked, this, [this] { requestCancel(); });
    auto *close = new QPushButton(tr("C&lose (keeps running)"), page);
    close->setObjectName(u"closeProgress"_s);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progressTitle);
    layout->addWidget(m_progressBar);
    layout->addLayout(form);
    layout->addWidget(m_progressError);
    layout->addStretch();
    layout->addWidget(note);
    layout->addLayout(buttons);
    m_pages->addWidget(page);
}

void BulkOperationDialog::buildResultPage()
{
    auto *page = new QWidget(m_pages);
    m_resultTitle = selectableLabel(page, u"resultTitle"_s);
    m_resultCounts = selectableLabel(page, u"resultCounts"_s);
    m_reconciliation = selectableLabel(page, u"reconciliation"_s);
    m_skippedBy = selectableLabel(page, u"skippedBy"_s);
    m_resultError = selectableLabel(page, u"resultError"_s);
    m_resultError->setStyleSheet(QString::fromLatin1(errorStyle));
    m_resultError->hide();
    m_failed = readOnlyTable(page, u"failedItems"_s, { tr("Item"), tr("Source"), tr("Error") });

    auto *form = new QFormLayout;
    form->addRow(tr("Counts:"), m_resultCounts);
    form->addRow(tr("Reconciliation:"), m_reconciliation);
    form->addRow(tr("Skipped because:"), m_skippedBy);

    auto *exportCsv = new QPushButton(tr("Export &CSV…"), page);
    exportCsv->setObjectName(u"exportCsv"_s);
    connect(exportCsv, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    auto *exportJson = new QPushButton(tr("Export &JSON…"), page);
    exportJson->setObjectName(u"exportJson"_s);
    connect(exportJson, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    auto *close = new QPushButton(tr("Close"), page);
    close->setObjectName(u"closeResult"_s);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(exportCsv);
    buttons->addWidget(exportJson);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_resultTitle);
    layout->addLayout(form);
    layout->addWidget(m_resultError);
    layout->addWidget(new QLabel(tr("First failed items"), page));
    layout->addWidget(m_failed, 1);
    layout->addLayout(buttons);
    m_pages->addWidget(page);
}

BulkOperationDialog::Page BulkOperationDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void BulkOperationDialog::setPage(Page page)
{
    if (m_pages->currentIndex() == int(page))
        return;
    m_pages->setCurrentIndex(int(page));
    if (page == ConfirmPage) {
        updateConfirmState();
        m_reason->setFocus();
    }
    Q_EMIT pageChanged(page);
}

QString BulkOperationDialog::errorText() const
{
    for (const QLabel *label : { m_planError, m_progressError, m_resultError }) {
        if (!label->isHidden() && !label->text().isEmpty())
            return label->text();
    }
    return page() == ConfirmPage && m_confirmHint->property("error").toBool()
        ? m_confirmHint->text()
        : QString();
}

void BulkOperationDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString BulkOperationDialog::typedTarget() const
{
    return m_targetQueue ? m_targetQueue->text().trimmed() : QString();
}

QString BulkOperationDialog::targetProblem() const
{
    if (!isMove())
        return {};
    const QString target = typedTarget();
    if (target.isEmpty())
        return tr("Name the queue to move the dead letters to.");
    // The sources the selection names, and those the dry run found.
    QStringList sources;
    if (m_request.selector.filter) {
        const auto parsed = DeadLetterQuery::parse(
            *m_request.selector.filter, QDateTime::currentMSecsSinceEpoch());
        if (const auto *query = std::get_if<DeadLetterQuery>(&parsed))
            sources = query->sources.anyOf;
    }
    if (m_plan) {
        for (const OperationBreakdownEntry &e : m_plan->bySource)
            sources.append(e.key);
    }
    if (sources.contains(target))
        return tr(
            "The target queue must differ from the source: the dead letters are already in %1.")
            .arg(target);
    return {};
}

void BulkOperationDialog::onTargetEdited()
{
    // A plan counted for another target does not vouch for this one.
    if (m_plan && typedTarget() != m_request.target) {
        m_plan.reset();
        m_planCount->setText(tr("The target queue changed: run the dry run again."));
    }
    updatePlanButtons();
}

void BulkOperationDialog::updatePlanButtons()
{
    const QString problem = targetProblem();
    if (m_targetHint)
        showError(m_targetHint, problem);
    const bool planFits = m_plan && (!isMove() || m_request.target == typedTarget());
    m_next->setEnabled(planFits && m_plan->selected > 0 && problem.isEmpty());
    m_replan->setEnabled(!m_planning && problem.isEmpty());
    m_replan->setText(isMove() && !m_plan ? tr("&Dry run") : tr("Count &again"));
}

QString BulkOperationDialog::actionText(OperationKind kind, qint64 count) const
{
    const QString target
        = m_operation && !m_operation->target.isEmpty() ? m_operation->target : m_request.target;
    return OperationText::action(kind, count, target);
}

void BulkOperationDialog::runPlan()
{
    if (!m_workspace || m_planning)
        return;
    if (isMove()) {
        if (!targetProblem().isEmpty()) {
            updatePlanButtons();
            return;
        }
        m_request.target = typedTarget();
    }
    m_plan.reset();
    m_planning = true;
    updatePlanButtons();
    m_planCount->setText(tr("Counting…"));
    showError(m_planError, {});
    OperationRequest dryRun = m_request;
    dryRun.dryRun = true;
    dryRun.idempotencyKey.clear();
    dryRun.reason = tr("dry run");
    m_workspace->planOperation(
        dryRun, this, [this, target = dryRun.target](const Result<OperationPlan> &result) {
            m_planning = false;
            if (isMove() && target != typedTarget()) {
                m_planCount->setText(tr("The target queue changed: run the dry run again."));
                updatePlanButtons();
                return;
            }
            updatePlanButtons();
            if (!result.ok()) {
                m_planCount->setText(tr("The dry run failed."));
                showError(m_planError, result.error().message);
                return;
            }
            showPlan(result.value());
        });
}

void BulkOperationDialog::showPlan(const OperationPlan &plan)
{
    m_plan = plan;
    m_planCount->setText(plan.selected == 0
            ? tr("Nothing matches: the operation would act on no item.")
            : tr("%1 (the exact count, just now)").arg(actionText(plan.kind, plan.selected)));
    if (m_request.selector.filter)
        m_planTitle->setText(tr("Dry run of %1. The selection is frozen at dead letter %2: letters "
                                "arriving later are not included. Nothing has changed yet.")
                                 .arg(m_target, count(plan.highWater)));
    else
        m_planTitle->setText(tr("Dry run of %1. Nothing has changed yet.").arg(m_target));

    m_bySource->setRowCount(0);
    for (const OperationBreakdownEntry &e : plan.bySource)
        appendRow(m_bySource, { e.label.isEmpty() ? e.key : e.label, count(e.count) });
    m_byGroup->setRowCount(0);
    for (const OperationBreakdownEntry &e : plan.byGroup)
        appendRow(m_byGroup, { count(e.count), e.source, e.label.isEmpty() ? e.key : e.label });
    m_sample->setRowCount(0);
    for (const QJsonObject &s : plan.sample) {
        const QJsonValue id = s.value(u"id"_s);
        const QString item
            = id.isUndefined() ? s.value(u"name"_s).toString() : QString::number(id.toInteger());
        const QJsonObject error = s.value(u"error"_s).toObject();
        const QString detail = error.isEmpty()
            ? s.value(u"state"_s).toString()
            : tr("%1: %2").arg(
                error.value(u"class"_s).toString(), error.value(u"message"_s).toString());
        appendRow(m_sample, { item, s.value(u"source"_s).toString(), detail });
    }
    for (QTableWidget *table : { m_bySource, m_byGroup, m_sample })
        table->resizeColumnsToContents();
    updatePlanButtons();

    // What the confirmation asks for follows the count that was just shown.
    const Environment environment
        = m_workspace ? m_workspace->environment() : Environment::Development;
    if (environment == Environment::Production)
        m_required = environmentName(environment);
    else if (plan.selected > LargeCount)
        m_required = QString::number(plan.selected);
    else
        m_required.clear();
    m_typed->clear();
    m_typed->setPlaceholderText(m_required);
    m_typedLabel->setText(environment == Environment::Production
            ? tr("Type %1 to confirm:").arg(m_required)
            : tr("Type the count (%1) to confirm:").arg(m_required));
    m_typedLabel->setVisible(!m_required.isEmpty());
    m_typed->setVisible(!m_required.isEmpty());
    const QString backEnd = m_workspace
        ? tr("%1 (%2)").arg(m_workspace->name(), environmentLabel(environment))
        : QString();
    m_confirmSummary->setText(
        tr("%1 on %2\nSelection: %3").arg(actionText(plan.kind, plan.selected), backEnd, m_target));
}

void BulkOperationDialog::updateConfirmState()
{
    const bool hasReason = !m_reason->text().trimmed().isEmpty();
    const bool typed = m_required.isEmpty()
        || m_typed->text().trimmed().compare(m_required, Qt::CaseInsensitive) == 0;
    const QString unavailable
        = m_workspace ? m_workspace->actionsUnavailableReason() : tr("The back end is closed.");
    m_run->setEnabled(m_plan && hasReason && typed && unavailable.isEmpty());
    m_confirmHint->setProperty("error", false);
    m_confirmHint->setStyleSheet(QString());
    if (!unavailable.isEmpty())
        m_confirmHint->setText(tr("Unavailable: %1").arg(unavailable));
    else if (!hasReason)
        m_confirmHint->setText(tr("A reason is required."));
    else if (!typed)
        m_confirmHint->setText(tr("Type %1 exactly to enable Run.").arg(m_required));
    else
        m_confirmHint->setText(tr("Run acts on exactly the %n item(s) counted by the dry run.",
            nullptr, int(std::min<qint64>(m_plan ? m_plan->selected : 0, INT_MAX))));
}

void BulkOperationDialog::run()
{
    updateConfirmState();
    if (!m_workspace || !m_plan || !m_run->isEnabled())
        return;
    OperationRequest request = m_request;
    request.reason = m_reason->text().trimmed();
    request.ratePerSecond = m_rate->value();
    // Exactly what the dry run counted: nothing that arrived after it.
    if (request.selector.filter)
        request.selector.highWater = m_plan->highWater;
    m_request = request;
    m_run->setEnabled(false);
    m_workspace->startOperation(request, this, [this](const Result<Operation> &result) {
        if (!result.ok()) {
            updateConfirmState();
            m_confirmHint->setProperty("error", true);
            m_confirmHint->setStyleSheet(QString::fromLatin1(errorStyle));
            m_confirmHint->setText(
                tr("The operation did not start: %1").arg(result.error().message));
            return;
        }
        Operation op = result.value();
        if (m_workspace) {
            if (const auto latest = m_workspace->operations()->operation(op.id);
                latest && isNewer(*latest, op))
                op = *latest;
        }
        follow(op);
    });
}

void BulkOperationDialog::follow(const Operation &operation)
{
    m_operation = operation;
    m_request.kind = operation.kind;
    if (!operation.target.isEmpty())
        m_request.target = operation.target;
    if (isFinished(operation.state)) {
        showResult();
        return;
    }
    setPage(ProgressPage);
    updateProgress();
}

void BulkOperationDialog::updateProgress()
{
    const Operation &op = *m_operation;
    const OperationCounts &c = op.counts;
    const qint64 done = c.succeeded + c.failed + c.skipped;
    m_progressTitle->setText(tr("%1 (operation %2)").arg(actionText(op.kind, c.selected), op.id));
    m_progressBar->setValue(c.selected > 0 ? int(done * 1000 / c.selected) : 0);
    m_progressBar->setFormat(tr("%1 of %2").arg(count(done), count(c.selected)));
    m_progressCounts->setText(
        tr("%1 of %2 (%3 succeeded, %4 skipped)")
            .arg(count(done), count(c.selected), count(c.succeeded), count(c.skipped)));
    m_progressRate->setText(OperationText::rate(op.itemsPerSecond));
    m_progressEta->setText(
        op.state == OperationState::Paused ? tr("paused") : OperationText::eta(op.etaSeconds));
    m_progressErrors->setText(count(c.failed));
    m_progressErrors->setStyleSheet(c.failed > 0 ? QString::fromLatin1(errorStyle) : QString());
    m_progressState->setText(OperationModel::stateLabel(op.state));
    const bool paused = op.state == OperationState::Paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    const QString unavailable
        = m_workspace ? m_workspace->actionsUnavailableReason() : tr("The back end is closed.");
    for (QPushButton *b : { m_pause, m_cancel }) {
        b->setEnabled(unavailable.isEmpty() && !m_acting);
        if (!unavailable.isEmpty())
            b->setToolTip(tr("Unavailable: %1").arg(unavailable));
    }
}

void BulkOperationDialog::togglePause()
{
    if (!m_workspace || !m_operation || isFinished(m_operation->state) || m_acting)
        return;
    const OperationAction action = m_operation->state == OperationState::Paused
        ? OperationAction::Resume
        : OperationAction::Pause;
    m_acting = true;
    updateProgress();
    m_workspace->actOnOperation(m_operation->id, action, m_operation->reason, this,
        [this](const Result<Operation> &result) { onActed(result); });
}

QWidget *BulkOperationDialog::confirmCancel(QWidget *parent, Workspace *workspace,
    const Operation &operation, std::function<void(const Result<Operation> &)> done)
{
    if (!workspace || isFinished(operation.state))
        return nullptr;
    ConfirmRequest request;
    request.action = tr("Cancel operation");
    request.target = tr("Operation %1: %2. The %3 item(s) not done yet are skipped; items already "
                        "done stay done.")
                         .arg(operation.id,
                             OperationText::action(
                                 operation.kind, operation.counts.selected, operation.target),
                             count(operation.counts.pending()));
    request.count = 1; // one operation; its items are named in the target
    request.environment = workspace->environment();
    request.profileName = workspace->name();
    QPointer<Workspace> guarded = workspace;
    const QString id = operation.id;
    return ConfirmActionDialog::confirm(parent, request, parent,
        [parent, guarded, id, done = std::move(done)](const QString &reason) {
            if (guarded)
                guarded->actOnOperation(id, OperationAction::Cancel, reason, parent, done);
        });
}

QWidget *BulkOperationDialog::requestCancel()
{
    if (!m_operation || isFinished(m_operation->state))
        return nullptr;
    return confirmCancel(this, m_workspace, *m_operation,
        [this](const Result<Operation> &result) { onActed(result); });
}

void BulkOperationDialog::onActed(const Result<Operation> &result)
{
    m_acting = false;
    showError(m_progressError, result.ok() ? QString() : result.error().message);
    if (result.ok() && m_operation && isNewer(result.value(), *m_operation))
        follow(result.value());
    else if (m_operation && !isFinished(m_operation->state))
        updateProgress();
}

void BulkOperationDialog::showResult()
{
    const Operation &op = *m_operation;
    const OperationCounts &c = op.counts;
    const bool clean = op.state == OperationState::Succeeded;
    m_resultTitle->setText(
        tr("%1: %2 (operation %3)")
            .arg(OperationModel::stateLabel(op.state), actionText(op.kind, c.selected), op.id));
    m_resultTitle->setStyleSheet(u"font-size: 13pt; font-weight: bold; "_s
        + QString::fromLatin1(clean && c.failed == 0    ? successStyle
                : op.state == OperationState::Cancelled ? warningStyle
                                                        : errorStyle));
    QString counts
        = tr("%1 selected, %2 succeeded, %3 failed, %4 skipped")
              .arg(count(c.selected), count(c.succeeded), count(c.failed), count(c.skipped));
    if (c.pending() != 0)
        counts = tr("%1; %2 not accounted for").arg(counts, count(c.pending()));
    m_resultCounts->setText(counts);
    m_reconciliation->setText(!op.reconciliation.isEmpty() ? op.reconciliation
            : c.pending() == 0 ? tr("Reconciled: selected = succeeded + failed + skipped.")
                               : tr("Not reconciled."));
    m_skippedBy->setText(OperationText::skippedBy(op));
    setPage(ResultPage);

    if (!m_resultRecorded && m_workspace) {
        m_resultRecorded = true;
        m_workspace->recordOperationResult(op);
    }
    loadFailedItems();
}

void BulkOperationDialog::loadFailedItems()
{
    if (m_failedLoaded || !m_workspace || !m_operation)
        return;
    m_failedLoaded = true;
    if (m_operation->counts.failed == 0) {
        // Nothing to list; a back end that cannot list items (RabbitMQ) is not asked to.
        m_failed->setRowCount(0);
        Q_EMIT resultShown();
        return;
    }
    OperationItemsRequest request;
    request.operationId = m_operation->id;
    request.outcome = OperationItemOutcome::Failed;
    request.limit = FailedItemsShown;
    m_workspace->fetchOperationItems(
        request, this, [this](const Result<OperationItemPage> &result) {
            m_failed->setRowCount(0);
            if (!result.ok()) {
                showError(m_resultError,
                    tr("Could not load the failed items: %1").arg(result.error().message));
            } else {
                for (const OperationItem &item : result.value().items)
                    appendRow(m_failed, { item.key, item.source, item.detail });
                m_failed->resizeColumnsToContents();
            }
            Q_EMIT resultShown();
        });
}

void BulkOperationDialog::chooseExportFile(bool json)
{
    if (!m_operation)
        return;
    auto *chooser
        = new QFileDialog(this, json ? tr("Export result as JSON") : tr("Export result as CSV"));
    chooser->setObjectName(u"exportChooser"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilter(json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    chooser->setDefaultSuffix(json ? u"json"_s : u"csv"_s);
    chooser->selectFile(u"%1.%2"_s.arg(m_operation->id, json ? u"json"_s : u"csv"_s));
    connect(chooser, &QFileDialog::fileSelected, this,
        [this, json](const QString &path) { exportResult(path, json); });
    chooser->open();
}

void BulkOperationDialog::exportResult(const QString &path, bool json)
{
    if (!m_workspace || !m_operation)
        return;
    // The export lists every item that did not succeed: all pages of failed, then of skipped.
    auto items = std::make_shared<QList<OperationItem>>();
    auto fetch = std::make_shared<std::function<void(OperationItemOutcome, const QString &)>>();
    const QString id = m_operation->id;
    *fetch = [this, path, json, id, items, weakFetch = std::weak_ptr(fetch)](
                 OperationItemOutcome outcome, const QString &cursor) {
        if (!m_workspace)
            return;
        OperationItemsRequest request;
        request.operationId = id;
        request.outcome = outcome;
        request.cursor = cursor;
        m_workspace->fetchOperationItems(request, this,
            [this, path, json, items, outcome, fetch = weakFetch.lock()](
                const Result<OperationItemPage> &result) {
                if (!result.ok()) {
                    showError(m_resultError,
                        tr("Could not export to %1: %2").arg(path, result.error().message));
                    Q_EMIT exported(false);
                    return;
                }
                items->append(result.value().items);
                if (!result.value().nextCursor.isEmpty())
                    (*fetch)(outcome, result.value().nextCursor);
                else if (outcome == OperationItemOutcome::Failed)
                    (*fetch)(OperationItemOutcome::Skipped, QString());
                else
                    writeExport(path, json, *items);
            });
    };
    (*fetch)(OperationItemOutcome::Failed, QString());
}

void BulkOperationDialog::writeExport(
    const QString &path, bool json, const QList<OperationItem> &items)
{
    const OperationResultExport summary(*m_operation, items);
    QSaveFile file(path);
    QString error;
    bool ok = file.open(QIODevice::WriteOnly);
    if (!ok)
        error = file.errorString();
    else if (json)
        ok = summary.writeJson(&file, QDateTime::currentMSecsSinceEpoch(), &error);
    else
        ok = summary.writeCsv(&file, &error);
    if (ok && !file.commit()) {
        ok = false;
        error = file.errorString();
    }
    showError(m_resultError, ok ? QString() : tr("Could not write %1: %2").arg(path, error));
    Q_EMIT exported(ok);
}
