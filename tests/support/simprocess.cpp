// SPDX-License-Identifier: MIT
#include "tests/support/simprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

SimProcess::SimProcess() = default;

SimProcess::~SimProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        stop();
}

QString SimProcess::executable()
{
    const QString fromEnv = qEnvironmentVariable("BREAKWATER_SIM");
    return fromEnv.isEmpty() ? u"breakwater-sim"_s : fromEnv;
}

QString SimProcess::dataDir() const
{
    return m_dataDir;
}

qint64 SimProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool SimProcess::start(const Options &options)
{
    if (options.dataDir.isEmpty()) {
        m_ownDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownDir->path();
    } else {
        m_dataDir = options.dataDir;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args { u"--listen"_s, u"127.0.0.1:%1"_s.arg(options.port), u"--data"_s, m_dataDir,
        u"--scenario"_s, options.scenario, u"--seed"_s, QString::number(options.seed), u"--token"_s,
        u"admin="_s + QString::fromLatin1(adminToken()), u"--token"_s,
        u"operator="_s + QString::fromLatin1(operatorToken()), u"--token"_s,
        u"viewer="_s + QString::fromLatin1(viewerToken()) };
    args += options.extraArgs;
    m_process->start(executable(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(executable(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(uR"(^listening on (http://127\.0\.0\.1:\d+)\s*$)"_s);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process->canReadLine()
            && !m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            if (m_process->state() == QProcess::NotRunning)
                break;
            continue;
        }
        const QByteArray line = m_process->readLine();
        m_stdout += line;
        const auto match = listening.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
        m_error = u"unexpected first line from the sim: %1"_s.arg(QString::fromUtf8(line));
        return false;
    }
    m_error = u"the sim did not say where it listens (exit code %1)"_s.arg(m_process->exitCode());
    return false;
}

int SimProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : -1;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(20000)) {
        kill();
        return -1;
    }
    m_stdout += m_process->readAllStandardOutput();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void SimProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
}
