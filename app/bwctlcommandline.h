// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendtypes.h"
#include "core/operation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

/**
 * bwctl's exit codes: what scripts branch on. A followed bulk operation
 * exits Success only when it succeeded (reconciled); the other final states
 * have codes of their own.
 */
enum class BwctlExit {
    Success = 0,
    Failure = 1,
    Usage = 2,
    OperationIncomplete = 3, ///< it ended, but its counts do not reconcile
    OperationCancelled = 4,
    OperationFailed = 5, ///< the operation itself could not run
};

/**
 * One bwctl invocation, fully checked: a BwctlRunner can send it without
 * further validation. Which fields matter depends on `kind`.
 */
struct BwctlCommand {
    enum class Kind {
        Info,
        BreakerList,
        BreakerShow,
        BreakerAct,
        DeadLetterList,
        DeadLetterGroups,
        DeadLetterShow,
        DeadLetterRetry,
        DeadLetterDelete,
        SyncList,
        SyncShow,
        SyncStart,
        SyncAct,
        OperationStart, ///< ops retry|delete|purge|reset-breakers: dry run, confirm, start, follow
        OperationList,
        OperationStatus,
        OperationAct, ///< ops pause|resume|cancel
    };

    Kind kind = Kind::Info;
    QUrl url; ///< http or https
    QByteArray token; ///< the bearer secret, read from the environment
    bool json = false; ///< one JSON document on stdout instead of human text
    int timeoutMs = 10'000; ///< deadline of each request

    QString target; ///< the breaker name or the sync job id
    qint64 letterId = 0;
    BreakerAction breakerAction = BreakerAction::Reset;
    SyncAction syncAction = SyncAction::Cancel;
    QString reason;
    QString filter; ///< dead-letter query text, already checked by DeadLetterQuery::parse
    int limit = 100; ///< dead letters to list at most
    std::optional<QByteArray> payload; ///< edited payload for a retry
    SyncRequest sync; ///< for SyncStart (reason included)

    // Bulk operations (ops ...).
    OperationRequest operation; ///< for OperationStart: kind, selector, rate, key, reason
    bool dryRun = false; ///< --dry-run: show the plan, start nothing
    bool assumeYes = false; ///< --yes: start without showing the plan and asking
    QString operationId; ///< for OperationStatus and OperationAct
    QString exportFormat; ///< ops status --export: "csv" or "json"; empty: the usual output
    OperationAction operationAction = OperationAction::Cancel;
};

/**
 * Reads bwctl's command line:
 *
 *     bwctl --url URL --token-env VAR [--json] [--timeout S] GROUP VERB [OPERAND] [OPTIONS]
 *
 * Everything that can be checked without the server is checked here, before
 * any request: the URL scheme, the token variable, required reasons, numbers,
 * the --filter syntax, the payload file. Options may come in any order.
 */
class BwctlCommandLine {
    Q_DECLARE_TR_FUNCTIONS(bwctl)
public:
    /** Either a command to run, or text to print and an exit code (help, usage errors). */
    struct Outcome {
        std::optional<BwctlCommand> command;
        BwctlExit exit = BwctlExit::Success;
        QString output; ///< for stdout (help)
        QString error; ///< for stderr (usage errors)
    };

    /**
     * `arguments` includes the program name first, as QCoreApplication::arguments().
     * The token is looked up in `environment` under the name given by --token-env.
     */
    static Outcome parse(const QStringList &arguments, const QProcessEnvironment &environment);
};
