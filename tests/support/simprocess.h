// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

/**
 * A real breakwater-sim for tests: started on 127.0.0.1 with a free port
 * (--listen 127.0.0.1:0) and a private data folder, stopped by its pid.
 * Blocking waits are fine here: this runs in test processes, never on a GUI thread.
 */
class SimProcess {
public:
    struct Options {
        QString scenario = QStringLiteral("quiet"); ///< quiet: no background traffic
        quint32 seed = 1;
        QStringList extraArgs;
        QString dataDir; ///< reuse a folder (restart tests); empty: a fresh private one
        quint16 port = 0; ///< 0: a free one
    };

    SimProcess();
    ~SimProcess();

    /** Starts the sim and waits for its "listening on" line. Returns false with error() set. */
    bool start(const Options &options);
    bool start() { return start(Options {}); }
    /** SIGTERM and wait for a clean exit. Returns the exit code (or -1). */
    int stop();
    /** SIGKILL: no chance to flush anything, as in a crash. */
    void kill();

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QString dataDir() const;
    QString error() const { return m_error; }
    qint64 pid() const;
    QByteArray standardOutput() const { return m_stdout; }

    /** Tokens the sim was started with: admin, operator, viewer. */
    static QByteArray adminToken() { return QByteArrayLiteral("test-admin-token"); }
    static QByteArray operatorToken() { return QByteArrayLiteral("test-operator-token"); }
    static QByteArray viewerToken() { return QByteArrayLiteral("test-viewer-token"); }

    /** The breakwater-sim executable (from $BREAKWATER_SIM, set by CTest). */
    static QString executable();

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_ownDir;
    QString m_dataDir;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stdout;
};
