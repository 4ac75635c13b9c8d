// SPDX-License-Identifier: MIT
#include "ui/consoleareas.h"

#include "ui/audit/auditview.h"
#include "ui/breakers/breakersview.h"
#include "ui/deadletters/deadlettersview.h"
#include "ui/metrics/metricsview.h"
#include "ui/operations/operationsview.h"
#include "ui/overview/overviewview.h"
#include "ui/syncs/syncsview.h"

using namespace Qt::StringLiterals;

QList<AreaRegistration> ConsoleAreas::all()
{
    return {
        { AreaId::Overview, [] { return tr("Overview"); }, QKeySequence(Qt::CTRL | Qt::Key_1),
            u"overview"_s,
            [](QWidget *parent, const AreaContext &context) {
                auto *overview = new OverviewView(parent);
                QObject::connect(overview, &OverviewView::figureActivated, overview,
                    [showArea = context.showArea](Workspace *w, AreaId id, const QString &filter) {
                        showArea(w, id, filter);
                    });
                AreaHooks hooks;
                hooks.addWorkspace = [overview](Workspace *w) { overview->addWorkspace(w); };
                return AreaInstance { overview, hooks };
            },
            {} },
        { AreaId::Metrics, [] { return tr("Metrics"); }, QKeySequence(Qt::CTRL | Qt::Key_2),
            u"metrics"_s,
            [](QWidget *parent, const AreaContext &) {
                auto *metrics = new MetricsView(parent);
                AreaHooks hooks;
                hooks.setWorkspace = [metrics](Workspace *w) { metrics->setWorkspace(w); };
                return AreaInstance { metrics, hooks };
            },
            {} },
        { AreaId::Syncs, [] { return tr("Syncs"); }, QKeySequence(Qt::CTRL | Qt::Key_3), u"syncs"_s,
            [](QWidget *parent, const AreaContext &context) {
                auto *syncs = new SyncsView(parent);
                QObject::connect(syncs, &SyncsView::notify, syncs,
                    [notify = context.notify](
                        const QString &title, const QString &text) { notify(title, text); });
                AreaHooks hooks;
                hooks.setWorkspace = [syncs](Workspace *w) { syncs->setWorkspace(w); };
                hooks.retry = [syncs] { syncs->retrySelected(); };
                return AreaInstance { syncs, hooks };
            },
            {} },
        { AreaId::DeadLetters, [] { return tr("Dead letters"); },
            QKeySequence(Qt::CTRL | Qt::Key_4), u"deadletters"_s,
            [](QWidget *parent, const AreaContext &) {
                auto *deadLetters = new DeadLettersView(parent);
                AreaHooks hooks;
                hooks.setWorkspace = [deadLetters](Workspace *w) { deadLetters->setWorkspace(w); };
                hooks.setFilter = [deadLetters](const QString &f) { deadLetters->setFilter(f); };
                return AreaInstance { deadLetters, hooks };
            },
            {} },
        { AreaId::Breakers, [] { return tr("Breakers"); }, QKeySequence(Qt::CTRL | Qt::Key_5),
            u"breakers"_s,
            [](QWidget *parent, const AreaContext &) {
                auto *breakers = new BreakersView(parent);
                AreaHooks hooks;
                hooks.setWorkspace = [breakers](Workspace *w) { breakers->setWorkspace(w); };
                hooks.setFilter = [breakers](const QString &f) { breakers->setFilter(f); };
                hooks.retry = [breakers] { breakers->resetSelected(); };
                return AreaInstance { breakers, hooks };
            },
            {} },
        { AreaId::Audit, [] { return tr("Audit"); }, QKeySequence(Qt::CTRL | Qt::Key_6), u"audit"_s,
            [](QWidget *parent, const AreaContext &context) {
                auto *audit = new AuditView(context.auditLog, parent);
                AreaHooks hooks;
                hooks.setFilter = [audit](const QString &f) { audit->setFilterText(f); };
                return AreaInstance { audit, hooks };
            },
            {} },
        // Bulk operations run on the server: this area shows them, also after a restart.
        { AreaId::Operations, [] { return tr("Operations"); }, QKeySequence(Qt::CTRL | Qt::Key_7),
            u"operations"_s,
            [](QWidget *parent, const AreaContext &) {
                auto *operations = new OperationsView(parent);
                AreaHooks hooks;
                hooks.setWorkspace = [operations](Workspace *w) { operations->setWorkspace(w); };
                return AreaInstance { operations, hooks };
            },
            {} },
    };
}

QString ConsoleAreas::title(AreaId id)
{
    for (const AreaRegistration &area : all()) {
        if (area.id == id)
            return area.title();
    }
    return {};
}
