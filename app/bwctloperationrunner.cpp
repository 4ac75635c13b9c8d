// SPDX-License-Identifier: MIT
#include "app/bwctloperationrunner.h"

#include "app/bwctlrunner.h"
#include "models/operationresultexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QSocketNotifier>
#include <QTimer>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("bwctl", text);
}

} // namespace

BwctlOperationRunner::BwctlOperationRunner(
    Backend *backend, BwctlCommand command, BwctlFormatter formatter, Io io, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_command(std::move(command))
    , m_formatter(formatter)
    , m_io(io)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &BwctlOperationRunner::poll);
}

BwctlExit BwctlOperationRunner::exitFor(OperationState state)
{
    switch (state) {
    case OperationState::Succeeded:
        return BwctlExit::Success;
    case OperationState::Incomplete:
        return BwctlExit::OperationIncomplete;
    case OperationState::Cancelled:
        return BwctlExit::OperationCancelled;
    case OperationState::Failed:
        return BwctlExit::OperationFailed;
    case OperationState::Queued:
    case OperationState::Running:
    case OperationState::Paused:
        break;
    }
    return BwctlExit::Failure;
}

void BwctlOperationRunner::start()
{
    const BwctlCommand &c = m_command;
    switch (c.kind) {
    case BwctlCommand::Kind::OperationList:
        m_backend->fetchOperations(this, [this](const Result<QList<Operation>> &r) {
            if (!r.ok())
                return fail(r.error());
            print(m_formatter.operations(r.value()));
            finish(BwctlExit::Success);
        });
        break;
    case BwctlCommand::Kind::OperationStatus:
        m_backend->fetchOperation(c.operationId, this, [this](const Result<Operation> &r) {
            if (!r.ok())
                return fail(r.error());
            if (!m_command.exportFormat.isEmpty())
                return exportResult(r.value(), 0, {});
            print(m_formatter.operation(r.value()));
            finish(BwctlExit::Success);
        });
        break;
    case BwctlCommand::Kind::OperationAct:
        m_backend->actOnOperation(
            c.operationId, c.operationAction, this, [this](const Result<Operation> &r) {
                if (!r.ok())
                    return fail(r.error());
                print(m_formatter.operationActedOn(r.value()));
                finish(BwctlExit::Success);
            });
        break;
    case BwctlCommand::Kind::OperationStart:
        if (c.assumeYes)
            startOperation(0);
        else
            plan();
        break;
    default:
        fail(u"not an ops command"_s);
    }
}

void BwctlOperationRunner::exportResult(
    const Operation &op, int outcomeIndex, const QString &cursor)
{
    // Asked outcome by outcome: succeeded items (most of them) never travel.
    static constexpr OperationItemOutcome wanted[] = { OperationItemOutcome::Failed,
        OperationItemOutcome::Skipped, OperationItemOutcome::Pending };
    if (outcomeIndex >= int(std::size(wanted))) {
        const OperationResultExport result(op, m_items);
        QString error;
        const bool written = m_command.exportFormat == u"csv"
            ? result.writeCsv(m_io.out, &error)
            : result.writeJson(m_io.out, QDateTime::currentMSecsSinceEpoch(), &error);
        if (!written)
            return fail(translate("cannot write the export: %1").arg(error));
        return finish(BwctlExit::Success);
    }
    OperationItemsRequest request;
    request.operationId = op.id;
    request.outcome = wanted[outcomeIndex];
    request.cursor = cursor;
    m_backend->fetchOperationItems(
        request, this, [this, op, outcomeIndex, cursor](const Result<OperationItemPage> &r) {
            if (!r.ok())
                return fail(r.error());
            m_items += r.value().items;
            // A cursor that does not move would loop forever: that outcome is done.
            const QString next = r.value().nextCursor;
            if (!next.isEmpty() && next != cursor && !r.value().items.isEmpty())
                return exportResult(op, outcomeIndex, next);
            exportResult(op, outcomeIndex + 1, {});
        });
}

void BwctlOperationRunner::plan()
{
    m_backend->planOperation(m_command.operation, this, [this](const Result<OperationPlan> &r) {
        if (!r.ok())
            return fail(r.error());
        const OperationPlan &plan = r.value();
        print(m_formatter.operationPlan(plan));
        if (m_command.dryRun)
            return finish(BwctlExit::Success);
        if (plan.selected == 0)
            return fail(translate("nothing matches: no operation was started"));
        if (!m_io.inputIsTerminal) {
            return fail(
                translate("refusing to start %1 on %2 item(s) without --yes: standard input is "
                          "not a terminal, so nobody can confirm. Check the dry run above "
                          "and run again with --yes.")
                    .arg(operationKindName(plan.kind))
                    .arg(plan.selected));
        }
        askToConfirm(plan);
    });
}

void BwctlOperationRunner::askToConfirm(const OperationPlan &plan)
{
    m_expected = plan.selected;
    m_highWater = plan.highWater;
    m_io.err->write(translate("Type %1 to %2 %1 item(s) on %3, anything else to stop: ")
                        .arg(plan.selected)
                        .arg(operationKindName(plan.kind), m_command.url.toString())
                        .toUtf8());
    m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &BwctlOperationRunner::onInput);
}

void BwctlOperationRunner::onInput()
{
    char buffer[256];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n > 0)
        m_typed.append(buffer, qsizetype(n));
    const bool ended = n <= 0 || m_typed.contains('\n') || m_typed.size() > 64;
    if (!ended)
        return;
    m_input->setEnabled(false);
    const QByteArray typed = m_typed.left(m_typed.indexOf('\n')).trimmed();
    if (typed != QByteArray::number(m_expected))
        return fail(translate("not confirmed: nothing was started"));
    startOperation(m_highWater);
}

void BwctlOperationRunner::startOperation(qint64 highWater)
{
    OperationRequest request = m_command.operation;
    // Exactly what the operator saw: letters that arrived since the dry run stay out.
    if (request.selector.filter && highWater > 0)
        request.selector.highWater = highWater;
    m_backend->startOperation(request, this, [this](const Result<Operation> &r) {
        if (!r.ok())
            return fail(r.error());
        print(m_formatter.operationStarted(r.value()));
        follow(r.value());
    });
}

void BwctlOperationRunner::follow(const Operation &op)
{
    m_operationId = op.id;
    m_sinceLine.start();
    if (!m_io.outputIsTerminal && m_formatter.style() == BwctlFormatter::Style::Human)
        print(m_formatter.operationProgress(op) + u'\n');
    onPolled(op);
}

void BwctlOperationRunner::poll()
{
    m_pollRequest = m_backend->fetchOperation(
        m_operationId, this, [this](const Result<Operation> &r) { onPolled(r); });
}

void BwctlOperationRunner::onPolled(const Result<Operation> &result)
{
    m_pollRequest = 0;
    if (!result.ok()) {
        const auto kind = result.error().kind;
        const bool transient = kind == BackendError::Kind::Network
            || kind == BackendError::Kind::Timeout
            || (kind == BackendError::Kind::Http && result.error().httpStatus >= 500);
        if (!transient || ++m_failedPolls >= maxFailedPolls) {
            if (m_progressWidth > 0)
                print(u"\n"_s);
            return fail(translate("lost track of operation %1: %2. It goes on on the server: "
                                  "bwctl ops status %1")
                            .arg(m_operationId, BwctlRunner::errorMessage(result.error())));
        }
        m_pollTimer->start();
        return;
    }
    m_failedPolls = 0;
    const Operation &op = result.value();
    if (isFinished(op.state)) {
        if (m_progressWidth > 0)
            print(u"\n"_s);
        print(m_formatter.operationFinished(op));
        return finish(exitFor(op.state));
    }
    showProgress(op);
    m_pollTimer->start();
}

void BwctlOperationRunner::showProgress(const Operation &op)
{
    if (m_formatter.style() == BwctlFormatter::Style::Json)
        return; // stdout carries one JSON document; progress would break it
    const QString line = m_formatter.operationProgress(op);
    if (m_io.outputIsTerminal) {
        // Redraw in place; blank what a longer previous line left behind.
        print(u'\r' + line.leftJustified(m_progressWidth));
        m_progressWidth = line.size();
        return;
    }
    if (m_sinceLine.elapsed() < plainLineIntervalMs)
        return;
    m_sinceLine.restart();
    print(line + u'\n');
}

void BwctlOperationRunner::print(const QString &text)
{
    m_io.out->write(text.toUtf8());
}

void BwctlOperationRunner::fail(const QString &message, BwctlExit exit)
{
    m_io.err->write((u"bwctl: "_s + message + u'\n').toUtf8());
    finish(exit);
}

void BwctlOperationRunner::fail(const BackendError &error)
{
    fail(BwctlRunner::errorMessage(error));
}

void BwctlOperationRunner::finish(BwctlExit exit)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer->stop();
    if (m_input)
        m_input->setEnabled(false);
    Q_EMIT finished(exit);
}
