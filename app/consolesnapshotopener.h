// SPDX-License-Identifier: MIT
#pragma once

#include "core/jobtracker.h"

#include <QObject>
#include <QPointer>

class AuditLog;
class MainWindow;

/**
 * Turns a snapshot file into an offline Workspace in the window: app/'s side
 * of File > Open snapshot and `breakwater --snapshot FILE`. The file is read
 * and decompressed on a pool thread (a JobTracker: nothing arrives after the
 * opener is gone); the SnapshotBackend and its Workspace
 * (read-only, marked offline) are made on the GUI thread. A file that cannot
 * be opened is said in a non-blocking message box and the status bar.
 */
class ConsoleSnapshotOpener : public QObject {
    Q_OBJECT
public:
    /** Neither is owned; both must outlive the opener (the window owns the Workspaces it adds). */
    ConsoleSnapshotOpener(MainWindow *window, AuditLog *auditLog, QObject *parent = nullptr);

public Q_SLOTS:
    void open(const QString &path);

Q_SIGNALS:
    void opened(const QString &path);
    void failed(const QString &path, const QString &message);

private:
    QPointer<MainWindow> m_window;
    AuditLog *m_audit;
    JobTracker m_reads;
};
