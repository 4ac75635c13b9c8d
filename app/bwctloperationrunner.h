// SPDX-License-Identifier: MIT
#pragma once

#include "app/bwctlcommandline.h"
#include "app/bwctlformatter.h"
#include "core/backend.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

class QIODevice;
class QSocketNotifier;
class QTimer;

/**
 * The `bwctl ops ...` commands: list, status, pause/resume/cancel, and the
 * bulk start, which goes
 *
 *   dry run (the plan is printed) -> confirmation -> start -> follow -> summary
 *
 * - --dry-run stops after the plan. --yes starts at once, without a plan.
 * - Otherwise, on a terminal the operator types the exact count to go on
 *   (the selection is then frozen at the plan's high-water mark, so exactly
 *   what was shown is acted on); on anything else bwctl refuses after the
 *   plan, since nobody is there to confirm.
 * - Following polls the operation once a second. On a terminal one progress
 *   line is redrawn in place; otherwise a plain line is written every 5 s.
 *   Polls that fail (server restarting) are retried for up to a minute.
 * - The exit code is the operation's final state: Success only for
 *   succeeded; OperationIncomplete, OperationCancelled, OperationFailed.
 *
 * Reads stdin with a QSocketNotifier: the event loop never blocks. Does not
 * own the backend or the devices. Emits finished() exactly once.
 */
class BwctlOperationRunner : public QObject {
    Q_OBJECT
public:
    struct Io {
        QIODevice *out = nullptr;
        QIODevice *err = nullptr;
        bool inputIsTerminal = false; ///< someone can type a confirmation
        bool outputIsTerminal = false; ///< progress may be redrawn in place with \r
    };

    BwctlOperationRunner(Backend *backend, BwctlCommand command, BwctlFormatter formatter, Io io,
        QObject *parent = nullptr);

    void start();

    static constexpr int pollIntervalMs = 1000;
    /** Plain (non-terminal) progress lines at most this often. */
    static constexpr qint64 plainLineIntervalMs = 5000;
    /** Failed polls in a row before bwctl gives up following (the operation goes on). */
    static constexpr int maxFailedPolls = 60;

    /** The exit code for an operation's final state. */
    static BwctlExit exitFor(OperationState state);

Q_SIGNALS:
    void finished(BwctlExit exit);

private:
    /** Gathers the items that did not succeed, outcome by outcome and page by page, then exports.
     */
    void exportResult(const Operation &op, int outcomeIndex, const QString &cursor);
    void plan();
    void askToConfirm(const OperationPlan &plan);
    void onInput();
    void startOperation(qint64 highWater);
    void follow(const Operation &op);
    void poll();
    void onPolled(const Result<Operation> &result);
    void showProgress(const Operation &op);
    void print(const QString &text);
    void fail(const QString &message, BwctlExit exit = BwctlExit::Failure);
    void fail(const BackendError &error);
    void finish(BwctlExit exit);

    Backend *m_backend;
    BwctlCommand m_command;
    BwctlFormatter m_formatter;
    Io m_io;
    QTimer *m_pollTimer;
    QSocketNotifier *m_input = nullptr;
    QByteArray m_typed;
    QList<OperationItem> m_items; ///< gathered for --export
    qint64 m_expected = 0; ///< the count the operator must type
    qint64 m_highWater = 0;
    QString m_operationId;
    QElapsedTimer m_sinceLine; ///< since the last plain progress line
    qsizetype m_progressWidth = 0; ///< of the line drawn in place, to blank leftovers
    int m_failedPolls = 0;
    quint64 m_pollRequest = 0;
    bool m_finished = false;
};
