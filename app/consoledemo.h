// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QProcess;

/**
 * The breakwater-sim behind `breakwater --demo`: started on a free loopback
 * port with a fresh data folder and a generated admin token, read without
 * blocking (its "listening on" line arrives through readyReadStandardOutput),
 * and stopped with the console: terminate, then kill after a timeout. The
 * child also gets PR_SET_PDEATHSIG, so a console that is killed takes the sim
 * with it: no orphan, ever.
 *
 * Thread affinity: GUI thread. Never calls a waitFor* function there.
 */
class ConsoleDemo : public QObject {
    Q_OBJECT
public:
    explicit ConsoleDemo(QObject *parent = nullptr);
    /** Stops the sim if it still runs (terminate; kill if it lingers past stopTimeoutMs). */
    ~ConsoleDemo() override;

    static constexpr int stopTimeoutMs = 3000;
    static constexpr int startTimeoutMs = 15000;

    /** $BREAKWATER_SIM, or breakwater-sim next to this executable. */
    static QString simExecutable();

    /** Starts the sim; ready() or failed() follows. */
    void start();
    /** Terminates the sim; kills it after stopTimeoutMs; stopped() when it is gone. */
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray token() const { return m_token; }

Q_SIGNALS:
    void ready(const QUrl &baseUrl, const QByteArray &token);
    void failed(const QString &message);
    void stopped();

private:
    void onOutput();

    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QByteArray m_token;
    QByteArray m_output;
    QUrl m_baseUrl;
};
