// SPDX-License-Identifier: MIT
#pragma once

#include "app/bwctlcommandline.h"
#include "app/bwctlformatter.h"
#include "core/backend.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QIODevice;

/**
 * Runs one checked BwctlCommand against a Backend, asynchronously: it chains
 * the backend's callbacks (following dead-letter cursors page by page), never
 * waits or spins an event loop, writes the answer to `out` and any error to
 * `err` ("bwctl: Not Found: ... (HTTP 404)"), then emits finished() once with
 * the exit code.
 *
 * Does not own the backend or the devices; they must outlive it. Lives on the
 * backend's thread.
 */
class BwctlRunner : public QObject {
    Q_OBJECT
public:
    BwctlRunner(Backend *backend, BwctlCommand command, QIODevice *out, QIODevice *err,
        QObject *parent = nullptr);

    /** Sends the first request. Call once, with the event loop running or about to run. */
    void start();

    /** Letters asked for per page while listing; the server's default page size. */
    static constexpr int deadLetterPageSize = 100;

    /**
     * Whether stdin and stdout are terminals (main() asks isatty): bulk
     * operations ask for confirmation only on a terminal, and draw a live
     * progress line only on one. Default: neither.
     */
    void setTerminal(bool input, bool output)
    {
        m_inputIsTerminal = input;
        m_outputIsTerminal = output;
    }

    /** An error as bwctl prints it, without the "bwctl: " prefix: the server's problem if any. */
    static QString errorMessage(const BackendError &error);

Q_SIGNALS:
    /** The command is done: 0 success, 1 failure (see BwctlExit). Emitted exactly once. */
    void finished(int exitCode);

private:
    /** A callback that prints what `format` makes of the value and succeeds, or fails. */
    template<class T> Backend::Callback<T> printing(std::function<QString(const T &)> format);
    template<class T>
    Backend::Callback<T> printing(QString (BwctlFormatter::*format)(const T &) const)
    {
        return printing<T>(std::bind_front(format, &m_formatter));
    }
    void fetchDeadLetterPage(const QString &cursor);
    void print(const QString &text);
    void fail(const BackendError &error);
    void fail(const QString &message);
    void finish(BwctlExit exit);

    Backend *m_backend;
    BwctlCommand m_command;
    BwctlFormatter m_formatter;
    QIODevice *m_out;
    QIODevice *m_err;
    QList<DeadLetter> m_letters; ///< gathered over the pages of a list
    bool m_finished = false;
    bool m_inputIsTerminal = false;
    bool m_outputIsTerminal = false;
};
