// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendtypes.h"
#include "core/jobtracker.h"
#include "reports/redactionrules.h"
#include "reports/reportdata.h"
#include "reports/reportrenderer.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class AuditLog;
class Backend;
class ReportCollector;
class ReportRenderJob;

/** What to export, from where, to where. */
struct ReportExportRequest {
    enum class Output {
        Report, ///< rendered in `format` (ReportRenderJob, on a thread of its own)
        Snapshot, ///< a SnapshotFile, written on a pool thread
    };
    Output output = Output::Report;
    ReportFormat format = ReportFormat::Pdf; ///< for Output::Report
    QLocale locale; ///< for Output::Report
    QString path;

    /// The data: given (a snapshot file's, already redacted), or else collected from `backend`.
    std::optional<ReportData> data;
    Backend *backend = nullptr; ///< not owned; must outlive the collection
    AuditLog *auditLog = nullptr; ///< operator actions; none when null
    qint64 fromMs = 0; ///< [fromMs, toMs), epoch ms
    qint64 toMs = 0;
    RedactionRules redaction = RedactionRules::defaults();
    Environment environment = Environment::Development;
    QString backendUrl;
};

/** How an export ended. */
struct ReportExportResult {
    enum class Stage { Collecting, Rendering, WritingSnapshot };
    bool ok = false;
    Stage stage = Stage::Collecting; ///< the last stage reached: where it failed, if it did
    QString path; ///< what was written (ok)
    QString error; ///< for a person (not ok)
    ReportData data; ///< what was exported, for a summary; empty if collecting failed
};

/**
 * One report or snapshot export: collect a time range (ReportCollector) unless
 * the data is given, then render it as a report or write it as a snapshot
 * file, both off the calling thread. The console's export dialog and
 * `bwctl report`/`bwctl snapshot` both run this.
 *
 * Lives on the Backend's thread (the GUI thread in the console); never blocks
 * it. finished() comes exactly once per start(), unless cancel() came first;
 * after cancel() nothing more is emitted. Deleting a running job cancels it
 * (a render in flight is waited for, so its file is closed).
 */
class ReportExportJob : public QObject {
    Q_OBJECT
public:
    explicit ReportExportJob(ReportExportRequest request, QObject *parent = nullptr);
    ~ReportExportJob() override;

    const ReportExportRequest &request() const { return m_request; }
    bool isRunning() const { return m_running; }

    /** Starts the export; ignored while running. Results arrive from the event loop. */
    void start();
    /** Stops whatever runs; neither finished() nor progress() follows. */
    void cancel();

Q_SIGNALS:
    /** A new stage began. */
    void stageChanged(ReportExportResult::Stage stage);
    /** 0..100 over the whole export; `step` is the collector's text while collecting, else empty.
     */
    void progress(int percent, const QString &step);
    void finished(const ReportExportResult &result);

private:
    void onCollected(const ReportData &data);
    void enter(ReportExportResult::Stage stage);
    void finish(bool ok, const QString &errorOrPath);
    int collectShare() const;

    ReportExportRequest m_request;
    ReportExportResult m_result;
    bool m_running = false;
    quint64 m_run = 0; ///< start() count: a given-data run queued before a cancel() is stale
    QPointer<ReportCollector> m_collector;
    QPointer<ReportRenderJob> m_render;
    JobTracker m_writes; ///< the snapshot file
};
