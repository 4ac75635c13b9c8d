// SPDX-License-Identifier: MIT
#pragma once

#include "ui/common/arearegistration.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class AuditLog;
class EnvironmentBanner;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
class QWidget;
class ReportActions;
class Workspace;

/**
 * The console window: the environment banner of the selected back end across
 * the top, a back-end selector when several are open, navigation of the areas
 * on the left, the selected area's view, and a status bar with connection
 * state, detail and data age.
 *
 * The window makes every area of ConsoleAreas::all() (or of the list it is
 * given), in that order; an area that does not apply to the selected back end
 * is hidden from the navigation and the View menu. Workspaces are added with
 * addWorkspace() and owned by the window from then on. The AuditLog is not
 * owned and must outlive the window.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /** A window with every area of the console (ConsoleAreas::all()). */
    explicit MainWindow(AuditLog *auditLog, QWidget *parent = nullptr);
    /** A window with `areas` only, in that order (ids unique). */
    MainWindow(AuditLog *auditLog, QList<AreaRegistration> areas, QWidget *parent = nullptr);
    ~MainWindow() override;

    QWidget *areaView(AreaId id) const;
    /** Whether `id` is in the navigation now: it exists and applies to the selected back end. */
    bool isAreaShown(AreaId id) const;

    /** Adds an opened-or-opening back end; the window takes ownership and selects it. */
    void addWorkspace(Workspace *workspace);
    QList<Workspace *> workspaces() const;
    Workspace *currentWorkspace() const;
    void setCurrentWorkspace(Workspace *workspace);

    /** Shows `id`; does nothing when it does not apply to the selected back end. */
    void showArea(AreaId id);
    AreaId currentArea() const { return m_current; }
    /** Selects `workspace`, shows `area` and hands its view `filter` (when it takes one). */
    void showArea(AreaId id, Workspace *workspace, const QString &filter);
    void showDeadLetters(Workspace *workspace, const QString &filter)
    {
        showArea(AreaId::DeadLetters, workspace, filter);
    }

    /** A message in the status bar for a while: action outcomes, notifications. */
    void showMessage(const QString &text, int timeoutMs = 8000);
    /** A desktop notification (tray balloon when there is a tray) and a status-bar message. */
    void notify(const QString &title, const QString &text);
    /** The connection text shown in the status bar ("Unreachable: ..."). */
    QString connectionText() const;

Q_SIGNALS:
    void newConnectionRequested();
    void demoRequested();
    void currentWorkspaceChanged(Workspace *workspace);
    void workspaceAdded(Workspace *workspace);
    /** File > Open snapshot chose a file; app/ opens it as an offline Workspace. */
    void openSnapshotRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Area {
        AreaRegistration registration;
        QWidget *view;
        QString title;
        AreaHooks hooks;
        QAction *showAction;
        AreaId id() const { return registration.id; }
    };
    void addArea(const AreaRegistration &registration);
    const Area *area(AreaId id) const;
    /** Hides the areas that do not apply to the selected back end (and leaves them). */
    void updateShownAreas();
    void buildMenus();
    void updateStatus();
    void updateActionsMenu();
    void updateSelector();
    void refreshCurrent();
    void onWorkspaceState();
    /** Re-sets every text the window shows, after a language switch (Edit > Preferences). */
    void retranslateUi();

    AuditLog *m_audit;
    QList<Area> m_areas;
    QList<Workspace *> m_workspaces;
    QPointer<Workspace> m_workspace;
    AreaId m_current = AreaId::Overview;

    EnvironmentBanner *m_banner;
    QWidget *m_selectorRow;
    QComboBox *m_selector;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_stateLabel;
    QLabel *m_detailLabel;
    QLabel *m_ageLabel;
    QMenu *m_viewMenu;
    QMenu *m_actionsMenu;
    QTimer *m_ageTimer;
    QSystemTrayIcon *m_tray = nullptr;
    ReportActions *m_reportActions = nullptr; ///< File > Open/Save snapshot, Export report

    // What retranslateUi() re-sets besides the areas.
    QLabel *m_selectorLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newConnectionAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
