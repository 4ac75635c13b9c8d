// SPDX-License-Identifier: MIT
#pragma once

#include "ui/common/arearegistration.h"

#include <QCoreApplication>
#include <QList>

/**
 * The one list of the console's areas: id, title, shortcut, icon, factory
 * and which back ends each applies to, in navigation order. MainWindow
 * builds its navigation, View menu and views from it; a new area is one more
 * entry here.
 */
class ConsoleAreas {
    Q_DECLARE_TR_FUNCTIONS(ConsoleAreas)
public:
    /** Every area, in navigation order (Ctrl+1 Overview ... Ctrl+7 Operations). */
    static QList<AreaRegistration> all();
    /** An area's name in the current language; empty for an id all() does not list. */
    static QString title(AreaId id);
};
