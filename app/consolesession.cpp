// SPDX-License-Identifier: MIT
#include "app/consolesession.h"

#include "app/consoledemo.h"
#include "app/consolesnapshotopener.h"
#include "backends/opsapibackend.h"
#include "backends/rabbitmqbackend.h"
#include "models/auditlog.h"
#include "models/profilestore.h"
#include "models/secretstore.h"
#include "models/workspace.h"
#include "ui/common/connectdialog.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ConsoleSession::ConsoleSession()
    : m_profiles(new ProfileStore(&m_settings, this))
    , m_secrets(new SecretStore(this))
{
}

ConsoleSession::~ConsoleSession()
{
    m_window.reset();
    delete m_demo;
    m_demo = nullptr;
}

bool ConsoleSession::openAuditLog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    m_audit = std::make_unique<AuditLog>(QDir(dir).filePath(u"audit.sqlite"_s));
    if (!m_audit->open()) {
        QMessageBox::critical(nullptr, tr("Breakwater"),
            tr("Cannot open the audit log %1: %2. Actions cannot be recorded, so the console "
               "will not start.")
                .arg(m_audit->filePath(), m_audit->errorString()));
        return false;
    }
    m_window = std::make_unique<MainWindow>(m_audit.get());
    connect(m_window.get(), &MainWindow::demoRequested, this, &ConsoleSession::startDemo);
    m_snapshots = new ConsoleSnapshotOpener(m_window.get(), m_audit.get(), this);
    connect(m_window.get(), &MainWindow::openSnapshotRequested, m_snapshots,
        &ConsoleSnapshotOpener::open);
    connect(
        m_window.get(), &MainWindow::newConnectionRequested, this, &ConsoleSession::newConnection);
    return true;
}

void ConsoleSession::start(bool demo)
{
    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    for (const ConnectionProfile &profile : profiles) {
        m_secrets->readToken(profile.id, this, [this, profile](const SecretResult &r) {
            if (r.ok && !r.token.isEmpty()) {
                connectProfile(profile, r.token);
                return;
            }
            m_window->showMessage(
                tr("No token for %1 in the keychain: open it again with File \u2192 New "
                   "connection. (%2)")
                    .arg(profile.name, r.message),
                15000);
        });
    }
    if (demo)
        startDemo();
    else if (profiles.isEmpty())
        offerFirstStart();
}

void ConsoleSession::openSnapshot(const QString &path)
{
    m_snapshots->open(path);
}

void ConsoleSession::offerFirstStart()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Welcome to Breakwater"),
        tr("No connection is set up yet. Open the demo (a local simulated back end), or "
           "connect to a back end of yours?"),
        QMessageBox::NoButton, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *demo = box->addButton(tr("Open the &demo"), QMessageBox::AcceptRole);
    QPushButton *connection = box->addButton(tr("&New connection..."), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Close);
    connect(box, &QMessageBox::buttonClicked, this, [this, demo, connection](QAbstractButton *b) {
        if (b == demo)
            startDemo();
        else if (b == connection)
            newConnection();
    });
    box->open();
}

void ConsoleSession::startDemo()
{
    if (m_demo) {
        m_window->showMessage(tr("The demo is already running."));
        return;
    }
    m_demo = new ConsoleDemo;
    m_window->showMessage(tr("Starting the demo server..."), 0);
    connect(m_demo, &ConsoleDemo::ready, this, [this](const QUrl &url, const QByteArray &token) {
        m_window->showMessage(tr("Demo server listening on %1").arg(url.toString()), 5000);
        ConnectionProfile profile
            = ConnectionProfile::create(tr("Demo"), url, Environment::Development);
        connectProfile(profile, token);
    });
    connect(m_demo, &ConsoleDemo::failed, this, [this](const QString &message) {
        m_window->showMessage(message, 0);
        QMessageBox::warning(m_window.get(), tr("Demo"), message);
    });
    m_demo->start();
}

void ConsoleSession::newConnection()
{
    auto *dialog = new ConnectDialog(m_secrets->keychainAvailable(), m_window.get());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        const QByteArray token = dialog->token();
        if (!m_profiles->save(profile)) {
            m_window->showMessage(tr("Could not save the profile %1.").arg(profile.name));
            return;
        }
        m_secrets->saveToken(profile.id, token, this, [this, profile](const SecretResult &r) {
            if (!r.persisted)
                m_window->showMessage(tr("The token of %1 is kept for this session only: %2")
                                          .arg(profile.name, r.message),
                    15000);
        });
        connectProfile(profile, token);
    });
    dialog->open();
}

void ConsoleSession::connectProfile(const ConnectionProfile &profile, const QByteArray &token)
{
    Backend *backend = nullptr;
    if (profile.kind == BackendKind::RabbitMq) {
        // The token is the RabbitMQ user's password, from the keychain like every secret.
        RabbitMqBackend::Settings settings;
        settings.managementUrl = profile.url;
        settings.amqpUrl = profile.amqpUrl;
        settings.vhost = profile.vhost.isEmpty() ? u"/"_s : profile.vhost;
        settings.user = profile.user;
        settings.password = token;
        if (!profile.deadLetterPattern.isEmpty())
            settings.deadLetterNamePattern = profile.deadLetterPattern;
        settings.journalPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/rabbitmq-moves.sqlite"_s;
        auto *rabbit = new RabbitMqBackend(settings);
        rabbit->setDisplayName(profile.name);
        backend = rabbit;
    } else {
        auto *ops = new OpsApiBackend(profile.url, token);
        ops->setDisplayName(profile.name);
        backend = ops;
    }
    auto *workspace = new Workspace(profile, backend, m_audit.get());
    m_window->addWorkspace(workspace);
    workspace->open();
}
