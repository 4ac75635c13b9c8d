// SPDX-License-Identifier: MIT
#include "app/bwctlrunner.h"

#include "app/bwctloperationrunner.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>

using namespace Qt::StringLiterals;

BwctlRunner::BwctlRunner(
    Backend *backend, BwctlCommand command, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_command(std::move(command))
    , m_formatter(m_command.json ? BwctlFormatter::Style::Json : BwctlFormatter::Style::Human)
    , m_out(out)
    , m_err(err)
{
}

template<class T>
Backend::Callback<T> BwctlRunner::printing(std::function<QString(const T &)> format)
{
    return [this, format = std::move(format)](const Result<T> &result) {
        if (!result.ok())
            return fail(result.error());
        print(format(result.value()));
        finish(BwctlExit::Success);
    };
}

void BwctlRunner::start()
{
    const BwctlCommand &c = m_command;
    switch (c.kind) {
    case BwctlCommand::Kind::Info:
        m_backend->fetchInfo(this, printing<BackendInfo>([this](const BackendInfo &info) {
            return m_formatter.info(info, m_command.url);
        }));
        break;
    case BwctlCommand::Kind::BreakerList:
        m_backend->fetchBreakers(this, printing(&BwctlFormatter::breakers));
        break;
    case BwctlCommand::Kind::BreakerShow:
        m_backend->fetchBreaker(c.target, this, printing(&BwctlFormatter::breaker));
        break;
    case BwctlCommand::Kind::BreakerAct:
        m_backend->actOnBreaker(
            c.target, c.breakerAction, c.reason, this, printing(&BwctlFormatter::breakerActedOn));
        break;
    case BwctlCommand::Kind::DeadLetterList:
        fetchDeadLetterPage({});
        break;
    case BwctlCommand::Kind::DeadLetterGroups:
        m_backend->fetchDeadLetterGroups(
            c.filter, this, printing(&BwctlFormatter::deadLetterGroups));
        break;
    case BwctlCommand::Kind::DeadLetterShow:
        m_backend->fetchDeadLetter(c.letterId, this, printing(&BwctlFormatter::deadLetter));
        break;
    case BwctlCommand::Kind::DeadLetterRetry:
        m_backend->retryDeadLetter(
            c.letterId, c.reason, c.payload, this, [this](const Result<DeadLetterRetry> &result) {
                if (!result.ok())
                    return fail(result.error());
                print(m_formatter.deadLetterRetried(result.value()));
                // The request worked but the letter was not delivered: scripts must see that.
                if (!result.value().delivered) {
                    return fail(
                        QCoreApplication::translate("bwctl", "dead letter %1 was not delivered: %2")
                            .arg(QString::number(result.value().letter.id), result.value().error));
                }
                finish(BwctlExit::Success);
            });
        break;
    case BwctlCommand::Kind::DeadLetterDelete:
        m_backend->deleteDeadLetter(
            c.letterId, c.reason, this, printing(&BwctlFormatter::deadLetterDeleted));
        break;
    case BwctlCommand::Kind::SyncList:
        m_backend->fetchSyncs(this, printing(&BwctlFormatter::syncs));
        break;
    case BwctlCommand::Kind::SyncShow:
        m_backend->fetchSync(c.target, this, printing(&BwctlFormatter::sync));
        break;
    case BwctlCommand::Kind::SyncStart:
    case BwctlCommand::Kind::SyncAct: {
        const bool creates
            = c.kind == BwctlCommand::Kind::SyncStart || c.syncAction == SyncAction::RetryFailed;
        auto done = printing<SyncJob>(
            [this, creates](const SyncJob &job) { return m_formatter.syncActedOn(job, creates); });
        if (c.kind == BwctlCommand::Kind::SyncStart)
            m_backend->startSync(c.sync, this, std::move(done));
        else
            m_backend->actOnSync(c.target, c.syncAction, c.reason, this, std::move(done));
        break;
    }
    case BwctlCommand::Kind::OperationStart:
    case BwctlCommand::Kind::OperationList:
    case BwctlCommand::Kind::OperationStatus:
    case BwctlCommand::Kind::OperationAct: {
        BwctlOperationRunner::Io io { m_out, m_err, m_inputIsTerminal, m_outputIsTerminal };
        auto *ops = new BwctlOperationRunner(m_backend, c, m_formatter, io, this);
        connect(
            ops, &BwctlOperationRunner::finished, this, [this](BwctlExit exit) { finish(exit); });
        ops->start();
        break;
    }
    }
}

void BwctlRunner::fetchDeadLetterPage(const QString &cursor)
{
    DeadLetterPageRequest request;
    request.text = m_command.filter;
    request.limit = std::min<int>(deadLetterPageSize, m_command.limit - int(m_letters.size()));
    request.cursor = cursor;
    m_backend->fetchDeadLetters(
        request, this, [this, cursor](const Result<DeadLetterPage> &result) {
            if (!result.ok())
                return fail(result.error());
            const DeadLetterPage &page = result.value();
            m_letters += page.items;
            // An empty page or a cursor that does not move would loop forever: stop there.
            const bool progressing = !page.items.isEmpty() && page.nextCursor != cursor;
            if (page.hasMore() && progressing && m_letters.size() < m_command.limit)
                return fetchDeadLetterPage(page.nextCursor);
            if (m_letters.size() > m_command.limit)
                m_letters.resize(m_command.limit);
            print(m_formatter.deadLetters(m_letters, page.nextCursor));
            finish(BwctlExit::Success);
        });
}

void BwctlRunner::print(const QString &text)
{
    m_out->write(text.toUtf8());
}

QString BwctlRunner::errorMessage(const BackendError &error)
{
    if (error.httpStatus <= 0)
        return error.message;
    const Problem problem = error.problem.value_or(Problem { error.httpStatus, {}, {}, {} });
    const QString title
        = problem.title.isEmpty() ? Problem::titleFor(error.httpStatus) : problem.title;
    if (problem.detail.isEmpty())
        return u"%1 (HTTP %2)"_s.arg(title, QString::number(error.httpStatus));
    return u"%1: %2 (HTTP %3)"_s.arg(title, problem.detail, QString::number(error.httpStatus));
}

void BwctlRunner::fail(const BackendError &error)
{
    fail(errorMessage(error));
}

void BwctlRunner::fail(const QString &message)
{
    m_err->write((u"bwctl: "_s + message + u'\n').toUtf8());
    finish(BwctlExit::Failure);
}

void BwctlRunner::finish(BwctlExit exit)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(int(exit));
}
