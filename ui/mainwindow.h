// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <functional>

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

/** The console's areas, in navigation order (Ctrl+1 is Overview ... Ctrl+6 Audit, Ctrl+7
 * Operations). */
enum class AreaId { Overview, Metrics, Syncs, DeadLetters, Breakers, Audit, Operations };

/**
 * What the main window may ask of an area's view; every hook is optional.
 * A view's own QWidget::actions() fill the Actions menu while it is shown.
 */
struct AreaHooks {
    std::function<void(Workspace *)> setWorkspace; ///< the selected back end changed
    std::function<void(const QString &)> setFilter; ///< e.g. from an Overview figure
    std::function<void()> focusSearch; ///< Ctrl+F
    std::function<void()> retry; ///< Ctrl+R: retry or reset the selection
};

/**
 * The console window: the environment banner of the selected back end across
 * the top, a back-end selector when several are open, navigation of the areas
 * on the left, the selected area's view, and a status bar with connection
 * state, detail and data age.
 *
 * Areas register with addArea(); the window builds its own (Overview, Syncs,
 * Breakers, Audit) and app/ adds the others. Workspaces are added with
 * addWorkspace() and owned by the window from then on. The AuditLog is not
 * owned and must outlive the window.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AuditLog *auditLog, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Registers an area's view (reparented into the window). One view per area. */
    void addArea(AreaId id, QWidget *view, const QString &title, const QKeySequence &shortcut,
        AreaHooks hooks = {});
    QWidget *areaView(AreaId id) const;

    /** Adds an opened-or-opening back end; the window takes ownership and selects it. */
    void addWorkspace(Workspace *workspace);
    QList<Workspace *> workspaces() const;
    Workspace *currentWorkspace() const;
    void setCurrentWorkspace(Workspace *workspace);

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

    /** An area's name in the current language, as navigation, View menu and title show it. */
    static QString areaTitle(AreaId id);

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
        AreaId id;
        QWidget *view;
        QString title;
        AreaHooks hooks;
        QAction *showAction;
    };
    const Area *area(AreaId id) const;
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
