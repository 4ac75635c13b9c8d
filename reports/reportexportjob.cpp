// SPDX-License-Identifier: MIT
#include "reports/reportexportjob.h"

#include "reports/reportcollector.h"
#include "reports/reportrenderjob.h"
#include "reports/snapshotfile.h"

#include <QDateTime>

ReportExportJob::ReportExportJob(ReportExportRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

ReportExportJob::~ReportExportJob()
{
    cancel();
}

int ReportExportJob::collectShare() const
{
    // Collecting is most of a snapshot; a report still has its rendering ahead.
    return m_request.output == ReportExportRequest::Output::Report ? 60 : 90;
}

void ReportExportJob::enter(ReportExportResult::Stage stage)
{
    m_result.stage = stage;
    Q_EMIT stageChanged(stage);
}

void ReportExportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    const quint64 run = ++m_run;
    if (m_request.data) {
        // Given data (a snapshot file's): nothing to collect. Still from the loop, like a
        // collection, so that nothing arrives before start() returns.
        QMetaObject::invokeMethod(
            this,
            [this, run] {
                if (m_running && run == m_run)
                    onCollected(*m_request.data);
            },
            Qt::QueuedConnection);
        return;
    }
    enter(ReportExportResult::Stage::Collecting);
    auto *collector = new ReportCollector(m_request.backend, this);
    m_collector = collector;
    collector->setAuditLog(m_request.auditLog);
    collector->setRange(m_request.fromMs, m_request.toMs);
    collector->setRedaction(m_request.redaction);
    collector->setEnvironment(m_request.environment);
    collector->setBackendUrl(m_request.backendUrl);
    const int share = collectShare();
    connect(collector, &ReportCollector::progress, this,
        [this, share](
            int percent, const QString &step) { Q_EMIT progress(percent * share / 100, step); });
    connect(collector, &ReportCollector::finished, this, [this, collector](const ReportData &data) {
        collector->deleteLater();
        onCollected(data);
    });
    connect(collector, &ReportCollector::failed, this, [this, collector](const QString &message) {
        collector->deleteLater();
        finish(false, message);
    });
    collector->start();
}

void ReportExportJob::onCollected(const ReportData &data)
{
    m_result.data = data;
    const int share = collectShare();
    if (m_request.output == ReportExportRequest::Output::Snapshot) {
        enter(ReportExportResult::Stage::WritingSnapshot);
        // Compressing tens of megabytes is not for the caller's thread.
        m_writes.run(
            [data, path = m_request.path] {
                return SnapshotFile::write(path, data, QDateTime::currentMSecsSinceEpoch());
            },
            [this](const Result<void, QString> &written) {
                finish(bool(written), written ? m_request.path : written.error());
            });
        return;
    }
    enter(ReportExportResult::Stage::Rendering);
    auto *render
        = new ReportRenderJob(data, m_request.format, m_request.path, m_request.locale, this);
    m_render = render;
    connect(render, &ReportRenderJob::progress, this,
        [this, share](int percent) { Q_EMIT progress(share + percent * (100 - share) / 100, {}); });
    connect(
        render, &ReportRenderJob::finished, this, [this, render](bool ok, const QString &error) {
            render->deleteLater();
            finish(ok, ok ? m_request.path : error);
        });
    render->start();
}

void ReportExportJob::finish(bool ok, const QString &errorOrPath)
{
    m_running = false;
    m_result.ok = ok;
    (ok ? m_result.path : m_result.error) = errorOrPath;
    Q_EMIT finished(m_result);
}

void ReportExportJob::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_writes.dropAll();
    if (m_collector) {
        // Cancelled, it reports nothing more; it is ours to delete.
        m_collector->cancel();
        m_collector->deleteLater();
    }
    if (m_render) {
        // Its finished() is for nobody now; the render stops at its next step.
        disconnect(m_render, nullptr, this, nullptr);
        m_render->cancel();
        connect(m_render, &ReportRenderJob::finished, m_render, &QObject::deleteLater);
    }
}
