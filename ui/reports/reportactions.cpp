// SPDX-License-Identifier: MIT
#include "ui/reports/reportactions.h"

#include "models/auditlog.h"
#include "models/workspace.h"
#include "reports/snapshotfile.h"
#include "ui/mainwindow.h"
#include "ui/reports/exportdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ReportActions::ReportActions(MainWindow *window, AuditLog *auditLog)
    : QObject(window)
    , m_window(window)
    , m_audit(auditLog)
    , m_open(new QAction(window))
    , m_save(new QAction(window))
    , m_export(new QAction(window))
{
    m_open->setObjectName(u"openSnapshot"_s);
    m_save->setObjectName(u"saveSnapshot"_s);
    m_export->setObjectName(u"exportReport"_s);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_open, &QAction::triggered, this, &ReportActions::chooseSnapshot);
    connect(m_save, &QAction::triggered, this, &ReportActions::saveSnapshot);
    connect(m_export, &QAction::triggered, this, &ReportActions::exportReport);
    retranslate();
    setWorkspace(nullptr);
}

QList<QAction *> ReportActions::actions() const
{
    return { m_open, m_save, m_export };
}

void ReportActions::retranslate()
{
    m_open->setText(tr("&Open snapshot\u2026"));
    m_open->setToolTip(tr("Open a snapshot file as an offline, read-only back end."));
    m_save->setText(tr("Save &snapshot\u2026"));
    m_save->setToolTip(
        tr("Save a time range of the selected back end to one file that opens offline."));
    m_export->setText(tr("&Export report\u2026"));
    m_export->setToolTip(tr("An incident report of a time range as PDF, HTML, CSV or JSON."));
}

void ReportActions::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_save->setEnabled(workspace != nullptr);
    m_export->setEnabled(workspace != nullptr);
}

void ReportActions::exportReport()
{
    if (!m_workspace)
        return;
    auto *dialog = new ExportDialog(ExportDialog::Mode::Report, m_workspace, m_audit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReportActions::saveSnapshot()
{
    if (!m_workspace)
        return;
    auto *dialog = new ExportDialog(ExportDialog::Mode::Snapshot, m_workspace, m_audit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReportActions::chooseSnapshot()
{
    auto *dialog = new QFileDialog(m_window, tr("Open snapshot"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        { tr("Breakwater snapshots (*.%1)").arg(SnapshotFile::suffix), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, &ReportActions::openSnapshotRequested);
    dialog->open();
}
