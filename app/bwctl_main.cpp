// SPDX-License-Identifier: MIT
// bwctl: the Ops API from the command line, for what operators automate.
#include "app/bwctlcommandline.h"
#include "app/bwctlrabbitmq.h"
#include "app/bwctlreport.h"
#include "app/bwctlrunner.h"
#include "backends/opsapibackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // `report` needs a QGuiApplication (fonts, PDF): it builds its own.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    if (BwctlReport::isReportCommand(rawArguments))
        return BwctlReport::run(argc, argv);
    // `rabbitmq` talks AMQP and the management API, not the Ops API.
    if (BwctlRabbitMq::isRabbitMqCommand(rawArguments))
        return BwctlRabbitMq::run(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bwctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BREAKWATER_VERSION));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return int(BwctlExit::Failure);

    const BwctlCommandLine::Outcome outcome = BwctlCommandLine::parse(
        QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    out.write(outcome.output.toUtf8());
    err.write(outcome.error.toUtf8());
    if (!outcome.command)
        return int(outcome.exit);

    const BwctlCommand &command = *outcome.command;
    OpsApiBackend backend(command.url, command.token);
    HttpClient::Limits limits;
    limits.timeoutMs = command.timeoutMs;
    backend.setHttpLimits(limits);

    BwctlRunner runner(&backend, command, &out, &err);
    runner.setTerminal(isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1);
    QObject::connect(&runner, &BwctlRunner::finished, &app,
        [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Started from the loop, so that finished() always finds a running loop to stop.
    QMetaObject::invokeMethod(&runner, &BwctlRunner::start, Qt::QueuedConnection);
    return app.exec();
}
