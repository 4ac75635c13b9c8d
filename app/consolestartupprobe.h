// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class QTimer;
class Workspace;

/**
 * Startup figures for bench/bench_startup, on standard error, when
 * BREAKWATER_STARTUP_PROBE is set: the wall-clock time (epoch ms) of the main
 * window's first paint, of the first workspace's overview being populated
 * (connected, breakers and syncs loaded, first metrics scrape in), of the
 * first rates (a second scrape), then the resident memory after five idle
 * seconds; then it quits the application. It changes nothing otherwise.
 */
class ConsoleStartupProbe : public QObject {
    Q_OBJECT
public:
    /** Installs a probe on `window` when the environment asks for one. */
    static void installIfRequested(MainWindow *window);

private:
    explicit ConsoleStartupProbe(MainWindow *window);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void poll();
    static void report(const char *what, qint64 value);

    MainWindow *m_window;
    QTimer *m_poll;
    bool m_painted = false;
    bool m_populated = false;
    bool m_rates = false;
};
