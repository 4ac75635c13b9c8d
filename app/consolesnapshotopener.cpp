// SPDX-License-Identifier: MIT
#include "app/consolesnapshotopener.h"

#include "models/workspace.h"
#include "reports/snapshotbackend.h"
#include "ui/mainwindow.h"

#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

ConsoleSnapshotOpener::ConsoleSnapshotOpener(
    MainWindow *window, AuditLog *auditLog, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_audit(auditLog)
{
}

void ConsoleSnapshotOpener::open(const QString &path)
{
    if (m_window)
        m_window->showMessage(
            tr("Opening the snapshot %1\u2026").arg(QFileInfo(path).fileName()), 0);
    m_reads.run([path] { return SnapshotFile::read(path); },
        [this, path](Result<Snapshot, QString> result) {
            if (!m_window)
                return;
            MainWindow *window = m_window;
            if (!result) {
                const QString message
                    = tr("Cannot open the snapshot %1: %2").arg(path, result.error());
                window->showMessage(message, 15000);
                auto *box = new QMessageBox(
                    QMessageBox::Warning, tr("Open snapshot"), message, QMessageBox::Close, window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                Q_EMIT failed(path, message);
                return;
            }
            Snapshot snapshot = std::move(result).value();
            const SnapshotHeader header = snapshot.header;
            const Environment environment = snapshot.data.environment;
            auto *backend = new SnapshotBackend(std::move(snapshot));
            ConnectionProfile profile = ConnectionProfile::create(
                backend->displayName(), QUrl(header.sourceUrl), environment);
            profile.readOnly = true;
            auto *workspace = new Workspace(profile, backend, m_audit);
            workspace->setOfflineSource(
                { header.sourceName, header.fromMs, header.toMs, header.createdAtMs });
            window->addWorkspace(workspace);
            workspace->open();
            window->showMessage(
                tr("Opened the snapshot %1.").arg(QFileInfo(path).fileName()), 8000);
            Q_EMIT opened(path);
        });
}
