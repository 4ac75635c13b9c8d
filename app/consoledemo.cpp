// SPDX-License-Identifier: MIT
#include "app/consoledemo.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

ConsoleDemo::ConsoleDemo(QObject *parent)
    : QObject(parent)
{
}

ConsoleDemo::~ConsoleDemo()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // Quitting: the event loop is gone, so end it here. A short blocking wait is
        // acceptable at exit; the window is already closed.
        m_process->terminate();
        if (!m_process->waitForFinished(stopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

QString ConsoleDemo::simExecutable()
{
    const QString fromEnv = qEnvironmentVariable("BREAKWATER_SIM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"breakwater-sim"_s);
}

void ConsoleDemo::start()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    if (!m_dataDir->isValid()) {
        Q_EMIT failed(
            tr("Cannot create a data folder for the demo: %1").arg(m_dataDir->errorString()));
        return;
    }
    m_token = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_process = new QProcess(this);
    m_process->setProgram(simExecutable());
    m_process->setArguments({ u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, m_dataDir->path(),
        u"--scenario"_s, u"default"_s, u"--token"_s, u"admin="_s + QString::fromLatin1(m_token) });
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Dies with the console even when the console is killed and cannot clean up.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ConsoleDemo::onOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(
                tr("Cannot start %1: %2").arg(m_process->program(), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code) {
        if (m_baseUrl.isEmpty())
            Q_EMIT failed(
                tr("The demo server stopped before it listened (exit code %1).").arg(code));
        Q_EMIT stopped();
    });
    QTimer::singleShot(startTimeoutMs, this, [this] {
        if (m_baseUrl.isEmpty() && m_process->state() != QProcess::NotRunning) {
            Q_EMIT failed(tr("The demo server did not start within %n second(s).", nullptr,
                startTimeoutMs / 1000));
            stop();
        }
    });
    m_process->start();
}

void ConsoleDemo::onOutput()
{
    m_output += m_process->readAllStandardOutput();
    if (!m_baseUrl.isEmpty())
        return;
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    const auto match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    m_baseUrl = QUrl(match.captured(1));
    m_output.clear();
    Q_EMIT ready(m_baseUrl, m_token);
}

void ConsoleDemo::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    QTimer::singleShot(stopTimeoutMs, m_process, [process = m_process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
}
