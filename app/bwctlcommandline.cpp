// SPDX-License-Identifier: MIT
#include "app/bwctlcommandline.h"

#include "core/deadletterquery.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

/** The options a command takes besides the global ones. */
enum CommandOption : unsigned {
    NoOptions = 0,
    ReasonOption = 0x01,
    FilterOption = 0x02,
    LimitOption = 0x04,
    PayloadFileOption = 0x08,
    SyncStartOptions = 0x10,
    OperationOptions = 0x20, ///< --dry-run, --yes, --idempotency-key, --rate
    IdsOption = 0x40,
    ExportOption = 0x80,
};

enum class Operand { None, BreakerName, LetterId, SyncId, OperationId, BreakerNames };

struct CommandSpec {
    const char *group;
    const char *verb; ///< empty for a command without a verb (info)
    BwctlCommand::Kind kind;
    int action; ///< BreakerAction or SyncAction, for the acting kinds
    Operand operand;
    unsigned options;
    const char *synopsis; ///< syntax, not translated
    const char *summary;
};

constexpr int noAction = -1;

// clang-format off
constexpr CommandSpec commands[] = {
    { "info", "", BwctlCommand::Kind::Info, noAction, Operand::None, NoOptions, "info",
      QT_TRANSLATE_NOOP("bwctl", "Show the server's name, version and capabilities, and the token's role.") },
    { "breakers", "list", BwctlCommand::Kind::BreakerList, noAction, Operand::None, NoOptions,
      "breakers list", QT_TRANSLATE_NOOP("bwctl", "List the circuit breakers with state and rates.") },
    { "breakers", "show", BwctlCommand::Kind::BreakerShow, noAction, Operand::BreakerName, NoOptions,
      "breakers show NAME", QT_TRANSLATE_NOOP("bwctl", "Show one breaker: thresholds, window and recent transitions.") },
    { "breakers", "reset", BwctlCommand::Kind::BreakerAct, int(BreakerAction::Reset), Operand::BreakerName,
      ReasonOption, "breakers reset NAME --reason R",
      QT_TRANSLATE_NOOP("bwctl", "Close a breaker and empty its window.") },
    { "breakers", "force-open", BwctlCommand::Kind::BreakerAct, int(BreakerAction::ForceOpen), Operand::BreakerName,
      ReasonOption, "breakers force-open NAME --reason R",
      QT_TRANSLATE_NOOP("bwctl", "Hold a breaker open: it rejects every call until released.") },
    { "breakers", "disable", BwctlCommand::Kind::BreakerAct, int(BreakerAction::Disable), Operand::BreakerName,
      ReasonOption, "breakers disable NAME --reason R",
      QT_TRANSLATE_NOOP("bwctl", "Hold a breaker disabled: it lets every call through and records nothing.") },
    { "breakers", "release", BwctlCommand::Kind::BreakerAct, int(BreakerAction::Release), Operand::BreakerName,
      ReasonOption, "breakers release NAME --reason R",
      QT_TRANSLATE_NOOP("bwctl", "End a force-open or disable hold: the breaker closes.") },
    { "deadletters", "list", BwctlCommand::Kind::DeadLetterList, noAction, Operand::None,
      FilterOption | LimitOption, "deadletters list [--filter Q] [--limit N]",
      QT_TRANSLATE_NOOP("bwctl", "List active dead letters, newest first, up to --limit (default 100).") },
    { "deadletters", "groups", BwctlCommand::Kind::DeadLetterGroups, noAction, Operand::None, FilterOption,
      "deadletters groups [--filter Q]",
      QT_TRANSLATE_NOOP("bwctl", "Count active dead letters by cause, largest group first.") },
    { "deadletters", "show", BwctlCommand::Kind::DeadLetterShow, noAction, Operand::LetterId, NoOptions,
      "deadletters show ID", QT_TRANSLATE_NOOP("bwctl", "Show one dead letter: error, headers, payload and stack.") },
    { "deadletters", "retry", BwctlCommand::Kind::DeadLetterRetry, noAction, Operand::LetterId,
      ReasonOption | PayloadFileOption, "deadletters retry ID --reason R [--payload-file F]",
      QT_TRANSLATE_NOOP("bwctl", "Retry one dead letter now, optionally with an edited payload; the original is kept.") },
    { "deadletters", "delete", BwctlCommand::Kind::DeadLetterDelete, noAction, Operand::LetterId, ReasonOption,
      "deadletters delete ID --reason R", QT_TRANSLATE_NOOP("bwctl", "Delete one dead letter.") },
    { "syncs", "list", BwctlCommand::Kind::SyncList, noAction, Operand::None, NoOptions, "syncs list",
      QT_TRANSLATE_NOOP("bwctl", "List the sync jobs, newest first.") },
    { "syncs", "show", BwctlCommand::Kind::SyncShow, noAction, Operand::SyncId, NoOptions, "syncs show ID",
      QT_TRANSLATE_NOOP("bwctl", "Show one sync job.") },
    { "syncs", "start", BwctlCommand::Kind::SyncStart, noAction, Operand::None, ReasonOption | SyncStartOptions,
      "syncs start --integration I --total N [--name S] [--page-size N] [--rate N] --reason R",
      QT_TRANSLATE_NOOP("bwctl", "Start a sync job of N items through integration I.") },
    { "syncs", "cancel", BwctlCommand::Kind::SyncAct, int(SyncAction::Cancel), Operand::SyncId, ReasonOption,
      "syncs cancel ID --reason R", QT_TRANSLATE_NOOP("bwctl", "Cancel a queued, running or paused job.") },
    { "syncs", "pause", BwctlCommand::Kind::SyncAct, int(SyncAction::Pause), Operand::SyncId, ReasonOption,
      "syncs pause ID --reason R", QT_TRANSLATE_NOOP("bwctl", "Pause a queued or running job.") },
    { "syncs", "resume", BwctlCommand::Kind::SyncAct, int(SyncAction::Resume), Operand::SyncId, ReasonOption,
      "syncs resume ID --reason R", QT_TRANSLATE_NOOP("bwctl", "Resume a paused job.") },
    { "syncs", "retry-failed", BwctlCommand::Kind::SyncAct, int(SyncAction::RetryFailed), Operand::SyncId,
      ReasonOption, "syncs retry-failed ID --reason R",
      QT_TRANSLATE_NOOP("bwctl", "Start a new job for the failed items of a finished job.") },
    // Bulk operations: `action` is the OperationKind to start or the OperationAction.
    { "ops", "retry", BwctlCommand::Kind::OperationStart, int(OperationKind::Retry), Operand::None,
      ReasonOption | FilterOption | IdsOption | OperationOptions,
      "ops retry (--filter Q | --ids FILE) --reason R [--dry-run] [--rate N] [--yes] [--idempotency-key K]",
      QT_TRANSLATE_NOOP("bwctl", "Retry many dead letters on the server: dry run, confirmation, then progress until done.") },
    { "ops", "delete", BwctlCommand::Kind::OperationStart, int(OperationKind::Delete), Operand::None,
      ReasonOption | FilterOption | IdsOption | OperationOptions,
      "ops delete (--filter Q | --ids FILE) --reason R [--dry-run] [--rate N] [--yes] [--idempotency-key K]",
      QT_TRANSLATE_NOOP("bwctl", "Delete many dead letters, like ops retry.") },
    { "ops", "purge", BwctlCommand::Kind::OperationStart, int(OperationKind::Purge), Operand::None,
      ReasonOption | FilterOption | IdsOption | OperationOptions,
      "ops purge (--filter Q | --ids FILE) --reason R [--dry-run] [--rate N] [--yes] [--idempotency-key K]",
      QT_TRANSLATE_NOOP("bwctl", "Purge dead letters (whole sources; admin token), like ops retry.") },
    { "ops", "reset-breakers", BwctlCommand::Kind::OperationStart, int(OperationKind::ResetBreakers),
      Operand::BreakerNames, ReasonOption | OperationOptions,
      "ops reset-breakers NAME... --reason R [--dry-run] [--yes] [--idempotency-key K]",
      QT_TRANSLATE_NOOP("bwctl", "Reset many breakers as one operation, like ops retry.") },
    { "ops", "list", BwctlCommand::Kind::OperationList, noAction, Operand::None, NoOptions, "ops list",
      QT_TRANSLATE_NOOP("bwctl", "List the bulk operations, newest first.") },
    { "ops", "status", BwctlCommand::Kind::OperationStatus, noAction, Operand::OperationId, ExportOption,
      "ops status ID [--export csv|json]",
      QT_TRANSLATE_NOOP("bwctl", "Show one operation: state, counts, rate, ETA, reconciliation; or export its result summary.") },
    { "ops", "pause", BwctlCommand::Kind::OperationAct, int(OperationAction::Pause), Operand::OperationId,
      NoOptions, "ops pause ID", QT_TRANSLATE_NOOP("bwctl", "Pause a queued or running operation.") },
    { "ops", "resume", BwctlCommand::Kind::OperationAct, int(OperationAction::Resume), Operand::OperationId,
      NoOptions, "ops resume ID", QT_TRANSLATE_NOOP("bwctl", "Resume a paused operation.") },
    { "ops", "cancel", BwctlCommand::Kind::OperationAct, int(OperationAction::Cancel), Operand::OperationId,
      NoOptions, "ops cancel ID",
      QT_TRANSLATE_NOOP("bwctl", "Cancel an operation: items done stay done, the rest are skipped.") },
};
// clang-format on

constexpr const char *globalSynopsis
    = "bwctl --url URL --token-env VAR [--json] [--timeout SECONDS]";
constexpr int maxReasonLength = 500; // the Ops API's limit; checked here to fail before sending
constexpr int maxLimit = 1'000'000;
constexpr qint64 maxTotal = 10'000'000;
constexpr double maxTimeoutSeconds = 24 * 3600;
constexpr qint64 maxPayloadBytes = 1024 * 1024; // the Ops API's request body limit
constexpr qsizetype maxIds = 1'000'000; // about 10 MB of JSON: the body limit is the real bound

/** Translates a string marked with QT_TRANSLATE_NOOP("bwctl", ...). */
QString translated(const char *text)
{
    return QCoreApplication::translate("bwctl", text);
}

QString groupOf(const CommandSpec &spec)
{
    return QString::fromLatin1(spec.group);
}

QString nameOf(const CommandSpec &spec)
{
    return *spec.verb ? u"%1 %2"_s.arg(QLatin1StringView(spec.group), QLatin1StringView(spec.verb))
                      : groupOf(spec);
}

QString usageLine(const CommandSpec *spec)
{
    return spec ? u"usage: %1 %2\n"_s.arg(
               QLatin1StringView(globalSynopsis), QLatin1StringView(spec->synopsis))
                : u"usage: %1 COMMAND ...\n"_s.arg(QLatin1StringView(globalSynopsis));
}

/** Two columns: left cells padded to the widest, each line indented. */
QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[left, right] : rows)
        width = std::max(width, left.size());
    QString text;
    for (const auto &[left, right] : rows)
        text += u"  "_s + left.leftJustified(width) + u"  "_s + right + u'\n';
    return text;
}

struct OptionHelp {
    unsigned flag; ///< 0: global
    const char *syntax;
    const char *description;
};

// clang-format off
constexpr OptionHelp optionHelp[] = {
    { 0, "--url URL", QT_TRANSLATE_NOOP("bwctl", "the server root, http:// or https:// (required)") },
    { 0, "--token-env VAR", QT_TRANSLATE_NOOP("bwctl", "the environment variable that holds the bearer token (required)") },
    { 0, "--json", QT_TRANSLATE_NOOP("bwctl", "print one JSON document (the server's objects) instead of a table") },
    { 0, "--timeout SECONDS", QT_TRANSLATE_NOOP("bwctl", "deadline of each request (default 10)") },
    { 0, "-h, --help", QT_TRANSLATE_NOOP("bwctl", "help for bwctl, a command group or a command") },
    { ReasonOption, "--reason R", QT_TRANSLATE_NOOP("bwctl", "why, for the server's audit trail (required, 1 to 500 characters)") },
    { FilterOption, "--filter Q", QT_TRANSLATE_NOOP("bwctl", "dead-letter query, e.g. 'source:erp-order-export error:UpstreamTimeout since:2h'") },
    { LimitOption, "--limit N", QT_TRANSLATE_NOOP("bwctl", "list at most N letters (default 100); pages are followed") },
    { PayloadFileOption, "--payload-file F", QT_TRANSLATE_NOOP("bwctl", "send the contents of F (- for stdin) instead of the stored payload") },
    { SyncStartOptions, "--integration I", QT_TRANSLATE_NOOP("bwctl", "the integration the job calls (required)") },
    { SyncStartOptions, "--total N", QT_TRANSLATE_NOOP("bwctl", "items to transfer (required, 1 to 10,000,000)") },
    { SyncStartOptions, "--name S", QT_TRANSLATE_NOOP("bwctl", "a name for people; the server picks one by default") },
    { SyncStartOptions, "--page-size N", QT_TRANSLATE_NOOP("bwctl", "items per page; the server's default otherwise") },
    { SyncStartOptions | OperationOptions, "--rate N", QT_TRANSLATE_NOOP("bwctl", "items per second at most; the server's default otherwise") },
    { IdsOption, "--ids FILE", QT_TRANSLATE_NOOP("bwctl", "dead-letter ids, one per line (or separated by spaces or commas); - for stdin") },
    { OperationOptions, "--dry-run", QT_TRANSLATE_NOOP("bwctl", "show the exact count, the breakdown and a sample; change nothing") },
    { OperationOptions, "--yes", QT_TRANSLATE_NOOP("bwctl", "start without asking; without it bwctl shows the dry run and asks for the count (on a terminal only)") },
    { ExportOption, "--export csv|json", QT_TRANSLATE_NOOP("bwctl", "write the result summary (fields, counts, reconciliation, every item that did not succeed) instead") },
    { OperationOptions, "--idempotency-key K", QT_TRANSLATE_NOOP("bwctl", "the same key twice starts one operation: safe to run again after a lost answer") },
};
// clang-format on

QString optionsHelp(unsigned flags)
{
    QList<std::pair<QString, QString>> rows;
    for (const OptionHelp &o : optionHelp)
        if (o.flag & flags)
            rows.append({ QString::fromLatin1(o.syntax), translated(o.description) });
    return rows.isEmpty()
        ? QString()
        : QCoreApplication::translate("bwctl", "Options:") + u'\n' + twoColumns(rows);
}

QString globalOptionsHelp()
{
    QList<std::pair<QString, QString>> rows;
    for (const OptionHelp &o : optionHelp)
        if (o.flag == 0)
            rows.append({ QString::fromLatin1(o.syntax), translated(o.description) });
    return QCoreApplication::translate("bwctl", "Global options:") + u'\n' + twoColumns(rows);
}

/** Synopses are too long for two columns: each summary goes under its synopsis. */
QString commandsHelp(const QString &group)
{
    QString text = QCoreApplication::translate("bwctl", "Commands:") + u'\n';
    for (const CommandSpec &spec : commands)
        if (group.isEmpty() || groupOf(spec) == group)
            text += u"  "_s + QLatin1StringView(spec.synopsis) + u"\n      "_s
                + translated(spec.summary) + u'\n';
    return text;
}

QString programHelp()
{
    return usageLine(nullptr) + u'\n'
        + QCoreApplication::translate("bwctl",
            "Operates a Breakwater back end over the Ops API: breakers, dead letters, sync jobs,\n"
            "bulk operations. Tables for people by default, --json for scripts. Exit status:\n"
            "0 success, 1 failure (the server's problem detail is printed), 2 usage error;\n"
            "a followed bulk operation: 3 incomplete, 4 cancelled, 5 failed.")
        + u"\n\n"_s + commandsHelp({}) + u'\n' + globalOptionsHelp() + u'\n'
        + QCoreApplication::translate("bwctl",
            "Example: OPS_TOKEN=... bwctl --url https://ops.example.com --token-env OPS_TOKEN "
            "breakers list")
        + u'\n';
}

QString groupHelp(const QString &group)
{
    return u"usage: %1 %2 COMMAND ...\n\n"_s.arg(QLatin1StringView(globalSynopsis), group)
        + commandsHelp(group) + u'\n' + globalOptionsHelp();
}

QString commandHelp(const CommandSpec &spec)
{
    QString text = usageLine(&spec) + u'\n' + translated(spec.summary) + u"\n\n"_s;
    const QString options = optionsHelp(spec.options);
    if (!options.isEmpty())
        text += options + u'\n';
    return text + globalOptionsHelp();
}

/** What is wrong with the command line, and the command whose usage line follows the message. */
struct UsageError {
    QString message;
    const CommandSpec *spec = nullptr;
};

std::optional<double> positiveNumber(const QString &text, double max)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value > 0) || value > max)
        return std::nullopt;
    return value;
}

std::optional<qint64> positiveInteger(const QString &text, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}

/** At most `maxBytes` of a file (- for stdin); nullopt with `why` when unreadable or larger. */
std::optional<QByteArray> readInput(const QString &path, qint64 maxBytes, QString *why)
{
    QFile file(path);
    const bool opened
        = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *why = file.errorString();
        return std::nullopt;
    }
    // One byte over the limit is enough to know it is too large.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *why = QCoreApplication::translate("bwctl", "larger than the server's limit of 1 MiB");
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> readPayload(const QString &path, QString *why)
{
    return readInput(path, maxPayloadBytes, why);
}

/** Dead-letter ids from a file: whole numbers separated by white space or commas. */
std::optional<QList<qint64>> readIds(const QString &path, QString *why)
{
    // Ids as text take at most 20 bytes each, separators included.
    const auto bytes = readInput(path, maxIds * 20, why);
    if (!bytes)
        return std::nullopt;
    QList<qint64> ids;
    for (const QByteArray &line : bytes->split('\n')) {
        for (QByteArray word : line.simplified().replace(',', ' ').split(' ')) {
            if (word.isEmpty())
                continue;
            bool ok = false;
            const qint64 id = word.toLongLong(&ok);
            if (!ok || id < 1) {
                *why = QCoreApplication::translate("bwctl", "\"%1\" is not a dead-letter id")
                           .arg(QString::fromUtf8(word.left(40)));
                return std::nullopt;
            }
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        *why = QCoreApplication::translate("bwctl", "no ids in it");
        return std::nullopt;
    }
    if (ids.size() > maxIds) {
        *why = QCoreApplication::translate("bwctl", "more than %1 ids").arg(maxIds);
        return std::nullopt;
    }
    return ids;
}

} // namespace

BwctlCommandLine::Outcome BwctlCommandLine::parse(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption urlOption(u"url"_s, {}, u"URL"_s);
    const QCommandLineOption tokenEnvOption(u"token-env"_s, {}, u"VAR"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, {}, u"SECONDS"_s);
    const QCommandLineOption helpOption(QStringList { u"h"_s, u"help"_s });
    const QCommandLineOption versionOption(u"version"_s);
    const QCommandLineOption reasonOption(u"reason"_s, {}, u"R"_s);
    const QCommandLineOption filterOption(u"filter"_s, {}, u"Q"_s);
    const QCommandLineOption limitOption(u"limit"_s, {}, u"N"_s);
    const QCommandLineOption payloadFileOption(u"payload-file"_s, {}, u"F"_s);
    const QCommandLineOption integrationOption(u"integration"_s, {}, u"I"_s);
    const QCommandLineOption totalOption(u"total"_s, {}, u"N"_s);
    const QCommandLineOption nameOption(u"name"_s, {}, u"S"_s);
    const QCommandLineOption pageSizeOption(u"page-size"_s, {}, u"N"_s);
    const QCommandLineOption rateOption(u"rate"_s, {}, u"N"_s);
    const QCommandLineOption idsOption(u"ids"_s, {}, u"FILE"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s);
    const QCommandLineOption yesOption(u"yes"_s);
    const QCommandLineOption idempotencyKeyOption(u"idempotency-key"_s, {}, u"K"_s);
    const QCommandLineOption exportOption(u"export"_s, {}, u"FORMAT"_s);
    parser.addOptions({ urlOption, tokenEnvOption, jsonOption, timeoutOption, helpOption,
        versionOption, reasonOption, filterOption, limitOption, payloadFileOption,
        integrationOption, totalOption, nameOption, pageSizeOption, rateOption, idsOption,
        dryRunOption, yesOption, idempotencyKeyOption, exportOption });
    const std::pair<const QCommandLineOption *, unsigned> commandOptions[] = {
        { &reasonOption, ReasonOption },
        { &filterOption, FilterOption },
        { &limitOption, LimitOption },
        { &payloadFileOption, PayloadFileOption },
        { &integrationOption, SyncStartOptions },
        { &totalOption, SyncStartOptions },
        { &nameOption, SyncStartOptions },
        { &pageSizeOption, SyncStartOptions },
        { &rateOption, SyncStartOptions | OperationOptions },
        { &idsOption, IdsOption },
        { &dryRunOption, OperationOptions },
        { &yesOption, OperationOptions },
        { &idempotencyKeyOption, OperationOptions },
        { &exportOption, ExportOption },
    };

    const auto usage = [](const UsageError &e) {
        Outcome o;
        o.exit = BwctlExit::Usage;
        o.error = u"bwctl: "_s + e.message + u'\n' + usageLine(e.spec);
        return o;
    };
    const auto help = [](const QString &text) {
        Outcome o;
        o.output = text;
        return o;
    };

    if (!parser.parse(arguments))
        return usage({ parser.errorText() });
    if (parser.isSet(versionOption))
        return help(u"bwctl %1\n"_s.arg(QStringLiteral(BREAKWATER_VERSION)));

    // Which command: GROUP [VERB], then the operand.
    const QStringList positional = parser.positionalArguments();
    const bool wantsHelp = parser.isSet(helpOption);
    if (positional.isEmpty()) {
        if (wantsHelp)
            return help(programHelp());
        return usage({ tr("no command given (bwctl --help lists them)") });
    }
    const QString group = positional.first();
    const bool knownGroup = std::any_of(std::begin(commands), std::end(commands),
        [&](const CommandSpec &s) { return groupOf(s) == group; });
    if (!knownGroup)
        return usage({ tr("unknown command \"%1\" (bwctl --help lists them)").arg(group) });
    const CommandSpec *spec = nullptr;
    qsizetype next = 1;
    for (const CommandSpec &s : commands) {
        if (groupOf(s) == group && !*s.verb) {
            spec = &s;
            break;
        }
    }
    if (!spec) {
        if (positional.size() < 2) {
            if (wantsHelp)
                return help(groupHelp(group));
            return usage({ tr("\"%1\" needs a command (bwctl %1 --help lists them)").arg(group) });
        }
        const QString verb = positional.at(1);
        for (const CommandSpec &s : commands)
            if (groupOf(s) == group && QLatin1StringView(s.verb) == verb)
                spec = &s;
        if (!spec)
            return usage(
                { tr("unknown command \"%1 %2\" (bwctl %1 --help lists them)").arg(group, verb) });
        next = 2;
    }
    if (wantsHelp)
        return help(commandHelp(*spec));

    BwctlCommand command;
    command.kind = spec->kind;
    const auto failed = [&](const QString &message) { return usage({ message, spec }); };

    const QStringList operands = positional.mid(next);
    const qsizetype wanted = spec->operand == Operand::None ? 0 : 1;
    if (operands.size() < wanted) {
        const char *what = spec->operand == Operand::BreakerName
            ? QT_TRANSLATE_NOOP("bwctl", "the breaker NAME")
            : spec->operand == Operand::BreakerNames
            ? QT_TRANSLATE_NOOP("bwctl", "at least one breaker NAME")
            : QT_TRANSLATE_NOOP("bwctl", "the ID");
        return failed(tr("%1 needs %2").arg(nameOf(*spec), translated(what)));
    }
    if (operands.size() > wanted && spec->operand != Operand::BreakerNames)
        return failed(tr("unexpected argument \"%1\"").arg(operands.at(wanted)));
    switch (spec->operand) {
    case Operand::None:
        break;
    case Operand::BreakerNames:
        for (const QString &name : operands) {
            if (name.trimmed().isEmpty())
                return failed(tr("%1 needs non-empty breaker NAMEs").arg(nameOf(*spec)));
            if (!command.operation.selector.names.contains(name))
                command.operation.selector.names.append(name);
        }
        break;
    case Operand::OperationId:
        command.operationId = operands.first();
        if (command.operationId.trimmed().isEmpty())
            return failed(tr("%1 needs a non-empty operation ID").arg(nameOf(*spec)));
        break;
    case Operand::BreakerName:
    case Operand::SyncId:
        command.target = operands.first();
        if (command.target.trimmed().isEmpty())
            return failed(tr("%1 needs a non-empty NAME or ID").arg(nameOf(*spec)));
        break;
    case Operand::LetterId:
        if (const auto id = positiveInteger(operands.first(), std::numeric_limits<qint64>::max()))
            command.letterId = *id;
        else
            return failed(
                tr("a dead-letter ID is a positive number, not \"%1\"").arg(operands.first()));
        break;
    }

    for (const auto &[option, flag] : commandOptions) {
        if (parser.isSet(*option) && !(spec->options & flag))
            return failed(tr("--%1 does not apply to \"%2\"")
                              .arg(option->names().constFirst(), nameOf(*spec)));
    }

    // Where and as whom.
    if (!parser.isSet(urlOption))
        return failed(tr("--url is required"));
    command.url = QUrl(parser.value(urlOption), QUrl::StrictMode);
    const QString scheme = command.url.scheme().toLower();
    if (!command.url.isValid() || (scheme != u"http" && scheme != u"https")
        || command.url.host().isEmpty())
        return failed(tr("--url must be an http:// or https:// URL, not \"%1\"")
                          .arg(parser.value(urlOption)));
    if (!parser.isSet(tokenEnvOption) || parser.value(tokenEnvOption).isEmpty())
        return failed(tr(
            "--token-env is required: the name of the environment variable that holds the token"));
    const QString tokenEnv = parser.value(tokenEnvOption);
    command.token = environment.value(tokenEnv).trimmed().toUtf8();
    if (command.token.isEmpty())
        return failed(tr("the environment variable %1 (named by --token-env) is not set or empty")
                          .arg(tokenEnv));
    command.json = parser.isSet(jsonOption);
    if (parser.isSet(timeoutOption)) {
        const auto seconds = positiveNumber(parser.value(timeoutOption), maxTimeoutSeconds);
        if (!seconds)
            return failed(tr("--timeout wants a number of seconds above 0, not \"%1\"")
                              .arg(parser.value(timeoutOption)));
        command.timeoutMs = std::max(1, int(*seconds * 1000));
    }

    if (spec->options & ReasonOption) {
        command.reason = parser.value(reasonOption).trimmed();
        if (command.reason.isEmpty())
            return failed(tr("%1 changes the server: --reason is required, for the audit trail")
                              .arg(nameOf(*spec)));
        if (command.reason.size() > maxReasonLength)
            return failed(tr("--reason is %1 characters long; at most %2 are allowed")
                              .arg(command.reason.size())
                              .arg(maxReasonLength));
    }
    if (spec->kind == BwctlCommand::Kind::BreakerAct)
        command.breakerAction = BreakerAction(spec->action);
    if (spec->kind == BwctlCommand::Kind::SyncAct)
        command.syncAction = SyncAction(spec->action);

    if (parser.isSet(filterOption)) {
        command.filter = parser.value(filterOption);
        const auto parsed
            = DeadLetterQuery::parse(command.filter, QDateTime::currentMSecsSinceEpoch());
        if (const auto *error = std::get_if<QueryError>(&parsed))
            return failed(tr("--filter: at position %1: %2")
                              .arg(QString::number(error->position), error->message));
    }
    if (parser.isSet(limitOption)) {
        const auto limit = positiveInteger(parser.value(limitOption), maxLimit);
        if (!limit)
            return failed(tr("--limit wants a whole number from 1 to %1, not \"%2\"")
                              .arg(maxLimit)
                              .arg(parser.value(limitOption)));
        command.limit = int(*limit);
    }
    if (parser.isSet(payloadFileOption)) {
        QString why;
        command.payload = readPayload(parser.value(payloadFileOption), &why);
        if (!command.payload)
            return failed(tr("--payload-file %1: %2").arg(parser.value(payloadFileOption), why));
    }

    if (spec->options & SyncStartOptions) {
        SyncRequest &sync = command.sync;
        sync.reason = command.reason;
        sync.integration = parser.value(integrationOption).trimmed();
        if (sync.integration.isEmpty())
            return failed(tr("--integration is required: the integration the job calls"));
        const auto total = positiveInteger(parser.value(totalOption), maxTotal);
        if (!total)
            return failed(parser.isSet(totalOption)
                    ? tr("--total wants a whole number from 1 to %1, not \"%2\"")
                          .arg(maxTotal)
                          .arg(parser.value(totalOption))
                    : tr("--total is required: how many items the job transfers"));
        sync.total = *total;
        sync.name = parser.value(nameOption).trimmed();
        if (parser.isSet(pageSizeOption)) {
            const auto pageSize
                = positiveInteger(parser.value(pageSizeOption), std::numeric_limits<int>::max());
            if (!pageSize)
                return failed(tr("--page-size wants a whole number above 0, not \"%1\"")
                                  .arg(parser.value(pageSizeOption)));
            sync.pageSize = int(*pageSize);
        }
        if (parser.isSet(rateOption)) {
            const auto rate
                = positiveNumber(parser.value(rateOption), std::numeric_limits<double>::max());
            if (!rate)
                return failed(tr("--rate wants items per second above 0, not \"%1\"")
                                  .arg(parser.value(rateOption)));
            sync.itemsPerSecond = *rate;
        }
    }

    if (spec->kind == BwctlCommand::Kind::OperationAct)
        command.operationAction = OperationAction(spec->action);
    if (parser.isSet(exportOption)) {
        command.exportFormat = parser.value(exportOption).toLower();
        if (command.exportFormat != u"csv" && command.exportFormat != u"json")
            return failed(
                tr("--export wants csv or json, not \"%1\"").arg(parser.value(exportOption)));
        if (command.json)
            return failed(tr("--export and --json are two output formats: choose one"));
    }
    if (spec->kind == BwctlCommand::Kind::OperationStart) {
        OperationRequest &op = command.operation;
        op.kind = OperationKind(spec->action);
        op.reason = command.reason;
        if (actsOnDeadLetters(op.kind)) {
            if (parser.isSet(filterOption) == parser.isSet(idsOption))
                return failed(tr("%1 needs exactly one of --filter Q or --ids FILE: what to act on")
                                  .arg(nameOf(*spec)));
            if (parser.isSet(filterOption)) {
                op.selector.filter = command.filter;
            } else {
                QString why;
                const auto ids = readIds(parser.value(idsOption), &why);
                if (!ids)
                    return failed(tr("--ids %1: %2").arg(parser.value(idsOption), why));
                op.selector.ids = *ids;
            }
        }
        if (parser.isSet(rateOption)) {
            const auto rate
                = positiveNumber(parser.value(rateOption), std::numeric_limits<double>::max());
            if (!rate)
                return failed(tr("--rate wants items per second above 0, not \"%1\"")
                                  .arg(parser.value(rateOption)));
            op.ratePerSecond = *rate;
        }
        op.idempotencyKey = parser.value(idempotencyKeyOption).trimmed();
        if (parser.isSet(idempotencyKeyOption) && op.idempotencyKey.isEmpty())
            return failed(tr("--idempotency-key needs a non-empty key"));
        command.dryRun = parser.isSet(dryRunOption);
        command.assumeYes = parser.isSet(yesOption);
        if (command.dryRun && command.assumeYes)
            return failed(
                tr("--dry-run and --yes contradict each other: a dry run starts nothing"));
    }

    Outcome outcome;
    outcome.command = std::move(command);
    return outcome;
}
