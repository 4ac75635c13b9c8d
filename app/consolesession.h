// SPDX-License-Identifier: MIT
#pragma once

#include "models/connectionprofile.h"

#include <QObject>
#include <QSettings>
#include <memory>

class AuditLog;
class ConsoleDemo;
class ConsoleSnapshotOpener;
class MainWindow;
class ProfileStore;
class SecretStore;
class Workspace;

/**
 * One run of the console: the audit log (AppDataLocation/audit.sqlite), the
 * saved profiles and their tokens, the main window with every area, the demo
 * sim when asked for, and the Workspaces (OpsApiBackend) it connects. app/
 * is where the Backend implementation is chosen; the window never sees it.
 *
 * Destruction order matters: the window (and its Workspaces, which write to
 * the audit log) goes before the audit log; the demo sim is stopped last.
 */
class ConsoleSession : public QObject {
    Q_OBJECT
public:
    ConsoleSession();
    ~ConsoleSession() override;

    bool openAuditLog();
    MainWindow *window() const { return m_window.get(); }
    /** Connects saved profiles; with `demo`, starts the demo; with neither, offers both. */
    void start(bool demo);
    /** Opens a snapshot file as an offline, read-only Workspace (File > Open snapshot, --snapshot).
     */
    void openSnapshot(const QString &path);

private:
    void startDemo();
    void newConnection();
    void connectProfile(const ConnectionProfile &profile, const QByteArray &token);
    void offerFirstStart();

    std::unique_ptr<AuditLog> m_audit;
    QSettings m_settings;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ConsoleDemo *m_demo = nullptr;
    ConsoleSnapshotOpener *m_snapshots = nullptr;
    std::unique_ptr<MainWindow> m_window;
};
