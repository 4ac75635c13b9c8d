// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QString>
#include <functional>

class AuditLog;
class QWidget;
class Workspace;

/** The console's areas; navigation, the View menu and Ctrl+1... follow this order. */
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
    std::function<void(Workspace *)> addWorkspace; ///< a back end was opened (Overview's cards)
};

/**
 * What an area's factory may use of the window that hosts it. The window
 * outlives every area view, so the functions may be called at any time.
 */
struct AreaContext {
    AuditLog *auditLog = nullptr; ///< not owned; outlives the window
    /** Selects `workspace` (unless nullptr), shows `area` and hands it `filter`. */
    std::function<void(Workspace *workspace, AreaId area, const QString &filter)> showArea;
    /** A desktop notification and a status-bar message. */
    std::function<void(const QString &title, const QString &text)> notify;
};

/** An area's view, made by its factory, and what the window may ask of it. */
struct AreaInstance {
    QWidget *view = nullptr; ///< reparented into the window, which owns it from then on
    AreaHooks hooks;
};

/**
 * One area of the console, as ConsoleAreas::all() lists it: everything the
 * window needs to put it in the navigation and the View menu and to make its
 * view. Adding an area is adding one of these to that list.
 */
struct AreaRegistration {
    AreaId id;
    /** The area's name in the current language (navigation, View menu, window title). */
    std::function<QString()> title;
    QKeySequence shortcut;
    /**
     * A placeholder for the area's icon: its name under resources/icons/areas/
     * once the resources have icons. Not shown yet.
     */
    QString iconName;
    std::function<AreaInstance(QWidget *parent, const AreaContext &context)> create;
    /**
     * Whether the area applies to a back end, e.g. only to those with a
     * capability; empty: to every back end, and also when none is open.
     */
    std::function<bool(const Workspace &workspace)> appliesTo;

    /** False when appliesTo says no, or when it is set and no back end is selected. */
    bool applies(const Workspace *workspace) const
    {
        if (!appliesTo)
            return true;
        return workspace && appliesTo(*workspace);
    }
};
