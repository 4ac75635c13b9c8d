// SPDX-License-Identifier: MIT
#pragma once

#include "reports/redactionrules.h"
#include "reports/reportdata.h"

#include <QObject>
#include <QPointer>
#include <memory>

class AuditLog;
class Backend;

/**
 * Gathers a ReportData of one time range from a Backend, asynchronously.
 *
 * GUI thread (the Backend's thread); never blocks: every step is a Backend
 * call with this object as context. Steps a back end does not support
 * (Unsupported) are left empty and named in ReportData::notes; any other
 * failure ends the run with failed(). Dead-letter summaries are fetched page
 * by page up to ReportData::deadLetterCap; samples with fetchDeadLetter(). Every
 * letter is redacted before it is stored.
 *
 * One run at a time: start() while running is ignored. The Backend and the
 * AuditLog are not owned and must outlive the run (a destroyed Backend fails it).
 */
class ReportCollector : public QObject {
    Q_OBJECT
public:
    explicit ReportCollector(Backend *backend, QObject *parent = nullptr);
    ~ReportCollector() override;

    /** Operator actions come from here; none when unset. */
    void setAuditLog(AuditLog *log);
    /** [fromMs, toMs), epoch ms. */
    void setRange(qint64 fromMs, qint64 toMs);
    void setRedaction(const RedactionRules &rules);
    /** Goes into the report; Development when unset. */
    void setEnvironment(Environment environment);
    void setBackendUrl(const QString &url);

    bool isRunning() const { return m_running; }

    void start();
    /** Cancels the requests in flight; neither finished() nor failed() follows. */
    void cancel();

Q_SIGNALS:
    /** 0..100 and what is being fetched, translated. */
    void progress(int percent, const QString &step);
    void finished(const ReportData &data);
    void failed(const QString &message);

private:
    struct Run;
    void next();
    void fail(const QString &message);

    QPointer<Backend> m_backend;
    QPointer<AuditLog> m_auditLog;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    RedactionRules m_rules = RedactionRules::defaults();
    Environment m_environment = Environment::Development;
    QString m_backendUrl;
    bool m_running = false;
    std::unique_ptr<Run> m_run;
};
