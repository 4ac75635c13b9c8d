// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportdata.h"
#include "reports/reportrenderer.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

/**
 * Runs ReportRenderer on a thread of its own so the GUI thread never waits
 * for a report. Create and start it on the GUI thread; its signals arrive
 * there. The data is copied in, so the caller may drop its own.
 *
 * finished() comes exactly once per start(), after the thread is done
 * (ok false with "cancelled" after cancel()). Deleting a running job cancels
 * it and waits for the thread.
 */
class ReportRenderJob : public QObject {
    Q_OBJECT
public:
    ReportRenderJob(const ReportData &data, ReportFormat format, const QString &path,
        const QLocale &locale = QLocale(), QObject *parent = nullptr);
    ~ReportRenderJob() override;

    void start();
    /** Thread-safe; the renderer stops at its next progress step. */
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(int percent);
    void finished(bool ok, const QString &error);

private:
    ReportData m_data;
    ReportFormat m_format;
    QString m_path;
    QLocale m_locale;
    std::atomic<bool> m_cancelled { false };
    QThread *m_thread = nullptr;
    bool m_ok = false;
    QString m_error;
};
