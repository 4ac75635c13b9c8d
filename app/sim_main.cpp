// SPDX-License-Identifier: MIT
// breakwater-sim: the reference back end speaking the Ops API v1.
#include "core/clock.h"
#include "core/unixsignalwatcher.h"
#include "sim/opsapiserver.h"
#include "sim/scenario.h"
#include "sim/simdatabase.h"
#include "sim/simengine.h"
#include "sim/tokenauth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "breakwater-sim: %s\n(see breakwater-sim --help)\n", qPrintable(message));
    return 2;
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"breakwater-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BREAKWATER_VERSION));
    // Installed before anything is announced: a SIGTERM right after the
    // "listening on" line must still shut down cleanly.
    UnixSignalWatcher signalWatcher;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The Breakwater reference back end: the Ops API v1 over simulated integrations."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s,
        u"Address and port to listen on (port 0: a free one)."_s, u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption dataOption(
        u"data"_s, u"Folder for the SQLite store (created if missing)."_s, u"DIR"_s);
    const QCommandLineOption scenarioOption(u"scenario"_s,
        u"Built-in scenario name or a scenario file: %1."_s.arg(
            Scenario::builtInNames().join(u", "_s)),
        u"NAME|FILE"_s, u"default"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Seed for the simulation's randomness."_s, u"N"_s, u"1"_s);
    const QCommandLineOption tokenOption(u"token"_s,
        u"A bearer token: viewer=S, operator=S or admin=S (repeatable)."_s, u"ROLE=SECRET"_s);
    const QCommandLineOption retentionOption(
        u"event-retention"_s, u"Events kept for resuming clients."_s, u"N"_s, u"100000"_s);
    parser.addOptions(
        { listenOption, dataOption, scenarioOption, seedOption, tokenOption, retentionOption });
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()));

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QHostAddress address(colon > 0 ? listen.left(colon).remove(u'[').remove(u']') : QString());
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return usageError(
            u"--listen wants HOST:PORT with an IP address, e.g. 127.0.0.1:0, not \"%1\""_s.arg(
                listen));
    if (!parser.isSet(dataOption))
        return usageError(
            u"--data DIR is required: the folder that keeps dead letters, events and state"_s);

    bool seedOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk)
        return usageError(u"--seed wants a non-negative whole number"_s);
    bool retentionOk = false;
    const int retention = parser.value(retentionOption).toInt(&retentionOk);
    if (!retentionOk || retention < 1)
        return usageError(u"--event-retention wants a positive whole number"_s);

    TokenAuth auth;
    for (const QString &spec : parser.values(tokenOption)) {
        auto parsed = TokenAuth::parseTokenSpec(spec);
        if (auto *error = std::get_if<QString>(&parsed))
            return usageError(*error);
        const auto &token = std::get<TokenAuth::TokenSpec>(parsed);
        auth.addToken(token.role, token.secret);
    }
    QByteArray generatedAdminToken;
    if (parser.values(tokenOption).isEmpty()) {
        generatedAdminToken = TokenAuth::generateToken();
        auth.addToken(TokenAuth::Role::Admin, generatedAdminToken);
    }

    auto loaded = Scenario::load(parser.value(scenarioOption));
    if (auto *error = std::get_if<QString>(&loaded))
        return usageError(*error);

    const QString dataDir = parser.value(dataOption);
    if (!QDir().mkpath(dataDir))
        return usageError(u"cannot create the data folder %1"_s.arg(dataDir));
    auto opened = SimDatabase::open(SimDatabase::filePathIn(dataDir));
    if (auto *error = std::get_if<StoreError>(&opened)) {
        std::fprintf(stderr, "breakwater-sim: %s\n", qPrintable(error->message));
        return 1;
    }
    std::unique_ptr<SimDatabase> database
        = std::move(std::get<std::unique_ptr<SimDatabase>>(opened));

    SimEngine::Options options;
    options.seed = seed;
    options.eventRetention = retention;
    SimEngine engine(
        std::get<Scenario>(std::move(loaded)), *database, SystemClock::instance(), options);
    if (auto error = engine.start()) {
        std::fprintf(stderr, "breakwater-sim: %s\n", qPrintable(*error));
        return 1;
    }

    OpsApiServer server(engine, std::move(auth));
    if (!server.listen(address, quint16(port))) {
        std::fprintf(stderr, "breakwater-sim: cannot listen on %s: %s\n", qPrintable(listen),
            qPrintable(server.errorString()));
        return 1;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"["_s + address.toString() + u"]"_s
        : address.toString();
    printLine(u"listening on http://%1:%2"_s.arg(host).arg(server.port()));
    if (!generatedAdminToken.isEmpty())
        printLine(u"admin token: "_s + QString::fromLatin1(generatedAdminToken));

    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, [&](int) {
        server.close();
        engine.shutdown();
        QCoreApplication::exit(0);
    });
    return app.exec();
}
