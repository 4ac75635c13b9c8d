// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AuditLog;
class MainWindow;
class QAction;
class Workspace;

/**
 * The File menu's report and snapshot entries: Open snapshot… (Ctrl+O),
 * Save snapshot… (Ctrl+Shift+S) and Export report… (Ctrl+E). Save and Export
 * work on the selected Workspace through ExportDialog; Open asks for a file
 * (a non-blocking dialog) and hands its path to openSnapshotRequested(): app/
 * decides how a snapshot becomes a back end.
 *
 * Owned by the window; the AuditLog is not owned.
 */
class ReportActions : public QObject {
    Q_OBJECT
public:
    ReportActions(MainWindow *window, AuditLog *auditLog);

    /** In menu order. */
    QList<QAction *> actions() const;
    QAction *openSnapshotAction() const { return m_open; }
    QAction *saveSnapshotAction() const { return m_save; }
    QAction *exportReportAction() const { return m_export; }

    /** The selected back end changed: Save and Export need one. */
    void setWorkspace(Workspace *workspace);
    /** Texts in the current language (the window calls it on LanguageChange). */
    void retranslate();

public Q_SLOTS:
    void exportReport();
    void saveSnapshot();
    void chooseSnapshot();

Q_SIGNALS:
    void openSnapshotRequested(const QString &path);

private:
    MainWindow *m_window;
    QPointer<AuditLog> m_audit;
    QPointer<Workspace> m_workspace;
    QAction *m_open;
    QAction *m_save;
    QAction *m_export;
};
