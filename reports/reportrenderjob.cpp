// SPDX-License-Identifier: MIT
#include "reports/reportrenderjob.h"

#include <QThread>

ReportRenderJob::ReportRenderJob(const ReportData &data, ReportFormat format, const QString &path,
    const QLocale &locale, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_format(format)
    , m_path(path)
    , m_locale(locale)
{
}

ReportRenderJob::~ReportRenderJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportRenderJob::isRunning() const
{
    return m_thread != nullptr;
}

void ReportRenderJob::cancel()
{
    m_cancelled = true;
}

void ReportRenderJob::start()
{
    if (m_thread)
        return;
    m_cancelled = false;
    m_ok = false;
    m_error.clear();
    // The worker only reads m_data/m_path/m_locale and writes m_ok/m_error;
    // the GUI thread reads those after QThread::finished, which orders them.
    m_thread = QThread::create([this] {
        int last = -1;
        const ReportRenderer renderer(m_data, m_locale);
        const auto rendered = renderer.render(m_format, m_path, [this, &last](int percent) {
            if (percent != last) {
                last = percent;
                QMetaObject::invokeMethod(
                    this,
                    [this, percent] {
                        if (m_thread)
                            Q_EMIT progress(percent);
                    },
                    Qt::QueuedConnection);
            }
            return !m_cancelled.load();
        });
        m_ok = rendered.ok();
        if (!rendered)
            m_error = rendered.error();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(m_ok, m_error);
    });
    m_thread->start(QThread::LowPriority);
}
