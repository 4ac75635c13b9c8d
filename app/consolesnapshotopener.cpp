// SPDX-License-Identifier: MIT
#include "app/consolesnapshotopener.h"

#include "models/workspace.h"
#include "reports/snapshotbackend.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QThreadPool>
#include <memory>

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
    QPointer<ConsoleSnapshotOpener> self(this);
    QThreadPool::globalInstance()->start([self = std::move(self), path]() mutable {
        auto result = std::make_shared<Result<Snapshot, QString>>(SnapshotFile::read(path));
        QMetaObject::invokeMethod(
            qApp,
            [self = std::move(self), path, result] {
                if (!self || !self->m_window)
                    return;
                MainWindow *window = self->m_window;
                if (!*result) {
                    const QString message
                        = tr("Cannot open the snapshot %1: %2").arg(path, result->error());
                    window->showMessage(message, 15000);
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open snapshot"), message,
                        QMessageBox::Close, window);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    Q_EMIT self->failed(path, message);
                    return;
                }
                Snapshot snapshot = std::move(*result).value();
                const SnapshotHeader header = snapshot.header;
                const Environment environment = snapshot.data.environment;
                auto *backend = new SnapshotBackend(std::move(snapshot));
                ConnectionProfile profile = ConnectionProfile::create(
                    backend->displayName(), QUrl(header.sourceUrl), environment);
                profile.readOnly = true;
                auto *workspace = new Workspace(profile, backend, self->m_audit);
                workspace->setOfflineSource(
                    { header.sourceName, header.fromMs, header.toMs, header.createdAtMs });
                window->addWorkspace(workspace);
                workspace->open();
                window->showMessage(
                    tr("Opened the snapshot %1.").arg(QFileInfo(path).fileName()), 8000);
                Q_EMIT self->opened(path);
            },
            Qt::QueuedConnection);
    });
}
