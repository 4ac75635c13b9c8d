// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "models/workspace.h"
#include "ui/common/environmentbanner.h"
#include "ui/common/preferencesdialog.h"
#include "ui/consoleareas.h"
#include "ui/reports/offlinemarking.h"
#include "ui/reports/reportactions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString stateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return MainWindow::tr("Disconnected");
    case ConnectionState::Connecting:
        return MainWindow::tr("Connecting");
    case ConnectionState::Connected:
        return MainWindow::tr("Connected");
    case ConnectionState::Unreachable:
        return MainWindow::tr("Unreachable");
    case ConnectionState::Refused:
        return MainWindow::tr("Refused");
    }
    return {};
}

std::optional<DataArea> dataAreaOf(AreaId id)
{
    switch (id) {
    case AreaId::Metrics:
        return DataArea::Metrics;
    case AreaId::Syncs:
        return DataArea::Syncs;
    case AreaId::DeadLetters:
        return DataArea::DeadLetters;
    case AreaId::Breakers:
    case AreaId::Overview:
        return DataArea::Breakers;
    case AreaId::Audit:
    case AreaId::Operations:
        return std::nullopt;
    }
    return std::nullopt;
}

/** Ctrl+F's default: the view's line edit named "search". */
void focusSearchField(QWidget *view)
{
    if (auto *search = view->findChild<QLineEdit *>(u"search"_s)) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

} // namespace

MainWindow::MainWindow(AuditLog *auditLog, QWidget *parent)
    : MainWindow(auditLog, ConsoleAreas::all(), parent)
{
}

MainWindow::MainWindow(AuditLog *auditLog, QList<AreaRegistration> areas, QWidget *parent)
    : QMainWindow(parent)
    , m_audit(auditLog)
    , m_banner(new EnvironmentBanner(this))
    , m_selectorRow(new QWidget(this))
    , m_selector(new QComboBox(this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_stateLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_ageTimer(new QTimer(this))
    , m_selectorLabel(new QLabel(this))
{
    m_banner->setObjectName(u"environmentBanner"_s);
    m_selector->setObjectName(u"backendSelector"_s);
    m_nav->setObjectName(u"navigation"_s);
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_detailLabel->setObjectName(u"connectionDetail"_s);
    m_ageLabel->setObjectName(u"dataAge"_s);

    auto *selectorLayout = new QHBoxLayout(m_selectorRow);
    selectorLayout->setContentsMargins(6, 2, 6, 2);
    m_selectorLabel->setBuddy(m_selector);
    selectorLayout->addWidget(m_selectorLabel);
    selectorLayout->addWidget(m_selector, 1);
    m_selectorRow->hide();

    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_selectorRow);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_detailLabel, 1);
    statusBar()->addPermanentWidget(m_ageLabel);

    buildMenus();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_areas.size())
            showArea(m_areas.at(row).id());
    });
    connect(m_selector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_workspaces.size())
            setCurrentWorkspace(m_workspaces.at(index));
    });
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_ageTimer->start();

    for (const AreaRegistration &registration : std::as_const(areas))
        addArea(registration);
    if (!m_areas.isEmpty())
        m_current = m_areas.constFirst().id();
    updateShownAreas();

    resize(1400, 860);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // Delete the back ends here, while the members their destroyed() handlers touch
    // still exist; QObject would delete them only after this destructor.
    const QList<Workspace *> workspaces = std::exchange(m_workspaces, {});
    for (Workspace *w : workspaces) {
        disconnect(w, nullptr, this, nullptr);
        w->close();
        delete w;
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    QAction *newConnection = m_newConnectionAction = file->addAction(QString());
    newConnection->setShortcut(QKeySequence::New);
    connect(newConnection, &QAction::triggered, this, &MainWindow::newConnectionRequested);
    QAction *demo = m_demoAction = file->addAction(QString());
    connect(demo, &QAction::triggered, this, &MainWindow::demoRequested);
    file->addSeparator();
    m_reportActions = new ReportActions(this, m_audit);
    connect(m_reportActions, &ReportActions::openSnapshotRequested, this,
        &MainWindow::openSnapshotRequested);
    file->addActions(m_reportActions->actions());
    file->addSeparator();
    QAction *quit = m_quitAction = file->addAction(QString());
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    m_preferencesAction = m_editMenu->addAction(QString());
    m_preferencesAction->setObjectName(u"preferences"_s);
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(nullptr, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_viewMenu = menuBar()->addMenu(QString());
    QAction *refresh = m_refreshAction = new QAction(this);
    refresh->setObjectName(u"refresh"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshCurrent);
    m_viewMenu->addAction(refresh);
    QAction *search = m_searchAction = new QAction(this);
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        if (const Area *a = area(m_current))
            a->hooks.focusSearch ? a->hooks.focusSearch() : focusSearchField(a->view);
    });
    m_viewMenu->addAction(search);
    QAction *retry = m_retryAction = new QAction(this);
    retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(retry, &QAction::triggered, this, [this] {
        if (const Area *a = area(m_current); a && a->hooks.retry)
            a->hooks.retry();
    });
    m_viewMenu->addAction(retry);
    m_viewMenu->addSeparator();

    m_actionsMenu = menuBar()->addMenu(QString());
    connect(m_actionsMenu, &QMenu::aboutToShow, this, &MainWindow::updateActionsMenu);

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    QAction *about = m_aboutAction = help->addAction(QString());
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Breakwater"),
            tr("<b>Breakwater</b><br>An operations console for integration back ends: "
               "syncs, dead letters, circuit breakers, metrics and an audit log of every "
               "operator action."));
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_selectorLabel->setText(tr("&Back end:"));
    m_fileMenu->setTitle(tr("&File"));
    m_newConnectionAction->setText(tr("&New connection..."));
    m_demoAction->setText(tr("Open &demo"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_preferencesAction->setText(tr("&Preferences..."));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_searchAction->setText(tr("&Search"));
    m_retryAction->setText(tr("Re&try / reset selection"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Breakwater"));
    m_reportActions->retranslate();
    for (int row = 0; row < m_areas.size(); ++row) {
        Area &a = m_areas[row];
        a.title = a.registration.title();
        a.showAction->setText(a.title);
        m_nav->item(row)->setText(a.title);
        m_nav->item(row)->setToolTip(a.showAction->shortcut().toString(QKeySequence::NativeText));
    }
    updateSelector();
    showArea(m_current); // the window title names the area
    if (m_areas.isEmpty())
        setWindowTitle(tr("Breakwater"));
    updateStatus();
}

void MainWindow::addArea(const AreaRegistration &registration)
{
    Q_ASSERT(!area(registration.id));
    AreaContext context;
    context.auditLog = m_audit;
    context.showArea = [this](Workspace *workspace, AreaId id, const QString &filter) {
        showArea(id, workspace, filter);
    };
    context.notify = [this](const QString &title, const QString &text) { notify(title, text); };
    AreaInstance made = registration.create(this, context);
    Q_ASSERT(made.view);

    const AreaId id = registration.id;
    const QString title = registration.title();
    auto *show = new QAction(title, this);
    show->setShortcut(registration.shortcut);
    show->setShortcutContext(Qt::ApplicationShortcut);
    connect(show, &QAction::triggered, this, [this, id] { showArea(id); });
    addAction(show);

    m_areas.append(Area { registration, made.view, title, std::move(made.hooks), show });
    m_stack->addWidget(made.view);
    m_nav->addItem(title);
    m_nav->item(int(m_areas.size() - 1))
        ->setToolTip(registration.shortcut.toString(QKeySequence::NativeText));
    m_viewMenu->addAction(show);
    const Area &added = m_areas.constLast();
    if (added.hooks.setWorkspace)
        added.hooks.setWorkspace(m_workspace);
}

const MainWindow::Area *MainWindow::area(AreaId id) const
{
    for (const Area &a : m_areas) {
        if (a.id() == id)
            return &a;
    }
    return nullptr;
}

bool MainWindow::isAreaShown(AreaId id) const
{
    const Area *a = area(id);
    return a && a->registration.applies(m_workspace);
}

void MainWindow::updateShownAreas()
{
    for (int row = 0; row < m_areas.size(); ++row) {
        const Area &a = m_areas.at(row);
        const bool shown = a.registration.applies(m_workspace);
        m_nav->item(row)->setHidden(!shown);
        a.showAction->setVisible(shown);
    }
    if (isAreaShown(m_current))
        return;
    // The area shown does not apply to this back end: the first one that does.
    const auto first = std::find_if(m_areas.cbegin(), m_areas.cend(),
        [this](const Area &a) { return a.registration.applies(m_workspace); });
    if (first != m_areas.cend())
        showArea(first->id());
}

QWidget *MainWindow::areaView(AreaId id) const
{
    const Area *a = area(id);
    return a ? a->view : nullptr;
}

void MainWindow::showArea(AreaId id)
{
    const Area *a = area(id);
    if (!a || !a->registration.applies(m_workspace))
        return;
    m_current = id;
    m_stack->setCurrentWidget(a->view);
    const int row = int(a - m_areas.constData());
    if (m_nav->currentRow() != row)
        m_nav->setCurrentRow(row);
    setWindowTitle(m_workspace
            ? tr("%1 \u2014 %2 \u2014 Breakwater").arg(a->title, m_workspace->name())
            : tr("%1 \u2014 Breakwater").arg(a->title));
    updateStatus();
}

void MainWindow::showArea(AreaId id, Workspace *workspace, const QString &filter)
{
    if (workspace)
        setCurrentWorkspace(workspace);
    if (const Area *a = area(id); a && a->hooks.setFilter && isAreaShown(id))
        a->hooks.setFilter(filter);
    showArea(id);
}

void MainWindow::addWorkspace(Workspace *workspace)
{
    workspace->setParent(this);
    m_workspaces.append(workspace);
    connect(workspace, &Workspace::connectionStateChanged, this, &MainWindow::onWorkspaceState);
    connect(workspace, &Workspace::dataAgeChanged, this, [this, workspace] {
        if (workspace == m_workspace)
            updateStatus();
    });
    connect(workspace, &Workspace::actionFinished, this,
        [this](const ActionOutcome &outcome) { showMessage(outcome.message); });
    // Capabilities are known once the back end has answered: which areas apply may change.
    connect(workspace, &Workspace::infoChanged, this, [this, workspace] {
        if (workspace == m_workspace)
            updateShownAreas();
    });
    connect(workspace, &QObject::destroyed, this,
        [this, workspace] { m_workspaces.removeAll(workspace); });
    updateSelector();
    for (const Area &a : std::as_const(m_areas)) {
        if (a.hooks.addWorkspace)
            a.hooks.addWorkspace(workspace);
    }
    Q_EMIT workspaceAdded(workspace);
    setCurrentWorkspace(workspace);
}

QList<Workspace *> MainWindow::workspaces() const
{
    return m_workspaces;
}

Workspace *MainWindow::currentWorkspace() const
{
    return m_workspace;
}

void MainWindow::setCurrentWorkspace(Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    m_workspace = workspace;
    for (const Area &a : std::as_const(m_areas)) {
        if (a.hooks.setWorkspace)
            a.hooks.setWorkspace(workspace);
    }
    m_reportActions->setWorkspace(workspace);
    if (workspace)
        m_banner->setEnvironment(workspace->environment(), workspace->name());
    else
        m_banner->clearEnvironment();
    const int index = int(m_workspaces.indexOf(workspace));
    if (m_selector->currentIndex() != index)
        m_selector->setCurrentIndex(index);
    updateShownAreas();
    showArea(m_current);
    Q_EMIT currentWorkspaceChanged(workspace);
}

void MainWindow::updateSelector()
{
    const QSignalBlocker block(m_selector);
    m_selector->clear();
    for (Workspace *w : std::as_const(m_workspaces))
        m_selector->addItem(tr("%1 (%2)").arg(w->name(), environmentLabel(w->environment())));
    m_selector->setCurrentIndex(int(m_workspaces.indexOf(m_workspace.data())));
    m_selectorRow->setVisible(m_workspaces.size() > 1);
}

void MainWindow::onWorkspaceState()
{
    updateStatus();
}

QString MainWindow::connectionText() const
{
    return m_stateLabel->text();
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        m_stateLabel->setText(tr("No back end open"));
        m_detailLabel->clear();
        m_ageLabel->clear();
        return;
    }
    const ConnectionState state = m_workspace->connectionState();
    m_stateLabel->setText(tr("%1: %2").arg(m_workspace->name(), stateText(state)));
    const bool bad = state == ConnectionState::Unreachable || state == ConnectionState::Refused;
    m_stateLabel->setStyleSheet(bad ? u"color: #b00020; font-weight: bold;"_s : QString());
    if (m_workspace->isOffline()) { // recorded data must never pass for live data
        m_stateLabel->setText(OfflineMarking::stateText(m_workspace));
        if (const QString text = OfflineMarking::bannerText(m_workspace);
            m_banner->text() != text) {
            m_banner->setText(text);
            m_banner->setStyleSheet(OfflineMarking::bannerStyle());
            m_banner->setAccessibleName(text);
        }
    }
    m_detailLabel->setText(m_workspace->connectionDetail());
    if (const auto dataArea = dataAreaOf(m_current))
        m_ageLabel->setText(
            m_workspace->dataAge(*dataArea).describe(QDateTime::currentMSecsSinceEpoch()));
    else
        m_ageLabel->clear();
}

void MainWindow::updateActionsMenu()
{
    m_actionsMenu->clear();
    const Area *a = area(m_current);
    const QList<QAction *> actions = a ? a->view->actions() : QList<QAction *> {};
    if (actions.isEmpty()) {
        m_actionsMenu->addAction(tr("No actions in this area"))->setEnabled(false);
        return;
    }
    m_actionsMenu->addActions(actions);
}

void MainWindow::refreshCurrent()
{
    if (m_workspace)
        m_workspace->refresh();
    showMessage(tr("Refreshing..."), 2000);
}

void MainWindow::notify(const QString &title, const QString &text)
{
    // A tray balloon reaches the operator in another window; without a tray, the status bar.
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, text);
    }
    showMessage(tr("%1: %2").arg(title, text), 15000);
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}
