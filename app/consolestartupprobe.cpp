// SPDX-License-Identifier: MIT
#include "app/consolestartupprobe.h"

#include "core/processmemory.h"
#include "models/breakermodel.h"
#include "models/metricsstore.h"
#include "models/syncjobmodel.h"
#include "models/workspace.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <cstdio>

void ConsoleStartupProbe::installIfRequested(MainWindow *window)
{
    if (qEnvironmentVariableIsSet("BREAKWATER_STARTUP_PROBE"))
        new ConsoleStartupProbe(window);
}

ConsoleStartupProbe::ConsoleStartupProbe(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_poll(new QTimer(this))
{
    window->installEventFilter(this);
    m_poll->setInterval(10);
    connect(m_poll, &QTimer::timeout, this, &ConsoleStartupProbe::poll);
    m_poll->start();
}

void ConsoleStartupProbe::report(const char *what, qint64 value)
{
    std::fprintf(stderr, "probe %s %lld\n", what, static_cast<long long>(value));
    std::fflush(stderr);
}

bool ConsoleStartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_window && event->type() == QEvent::Paint) {
        m_painted = true;
        report("first-paint-epoch-ms", QDateTime::currentMSecsSinceEpoch());
    }
    return QObject::eventFilter(watched, event);
}

void ConsoleStartupProbe::poll()
{
    const QList<Workspace *> workspaces = m_window->workspaces();
    if (workspaces.isEmpty())
        return;
    Workspace *w = workspaces.first();
    if (!m_populated && w->isConnected() && w->breakers()->rowCount() > 0
        && w->metrics()->lastScrapeMs() > 0) {
        m_populated = true;
        report("populated-epoch-ms", QDateTime::currentMSecsSinceEpoch());
    }
    if (m_populated && !m_rates && !w->metrics()->seriesIds(MetricGroup::RequestRate).isEmpty()
        && w->metrics()->series(w->metrics()->seriesIds(MetricGroup::RequestRate).first())->size()
            > 0) {
        m_rates = true;
        report("rates-epoch-ms", QDateTime::currentMSecsSinceEpoch());
        m_poll->stop();
        QTimer::singleShot(5000, this, [] {
            report("idle-rss-kb", residentBytes() / 1024);
            QCoreApplication::quit();
        });
    }
}
