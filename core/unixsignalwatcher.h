// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

/**
 * Turns SIGTERM, SIGINT and SIGHUP (the terminal closed) into a Qt signal
 * delivered on the event loop (the self-pipe trick), so servers, tools and the
 * console shut down cleanly: finish the current write, close sockets, flush
 * the database, stop the demo sim and remove its folder.
 *
 * One instance per process; create it on the main thread.
 */
class UnixSignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    /** SIGTERM, SIGINT or SIGHUP arrived; `signalNumber` says which. */
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};
