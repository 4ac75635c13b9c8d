// SPDX-License-Identifier: MIT
#include "reports/reportrenderer.h"

#include "reports/csvreportwriter.h"
#include "reports/htmlreportwriter.h"
#include "reports/pdfreportwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return u"pdf"_s;
    case ReportFormat::Html:
        return u"html"_s;
    case ReportFormat::Csv:
        return u"csv"_s;
    case ReportFormat::Json:
        return u"json"_s;
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromName(QStringView name)
{
    for (auto f : { ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json })
        if (name.compare(reportFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

ReportRenderer::ReportRenderer(const ReportData &data, const QLocale &locale)
    : m_data(data)
    , m_locale(locale)
{
}

Result<void, QString> ReportRenderer::render(
    ReportFormat format, const QString &path, const Progress &progress) const
{
    auto done = [&](Result<void, QString> result) {
        if (result && progress)
            progress(100);
        return result;
    };
    switch (format) {
    case ReportFormat::Pdf:
        return done(PdfReportWriter::write(m_data, m_locale, path, progress));
    case ReportFormat::Html:
        return done(HtmlReportWriter::write(m_data, m_locale, path, progress));
    case ReportFormat::Csv:
        return done(CsvReportWriter::write(m_data, path, progress));
    case ReportFormat::Json: {
        const QByteArray bytes = QJsonDocument(m_data.toJson()).toJson(QJsonDocument::Indented);
        if (progress && !progress(60))
            return QCoreApplication::translate("Report", "Cancelled.");
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return QCoreApplication::translate("Report", "Could not write %1: %2")
                .arg(path, file.errorString());
        return done({});
    }
    }
    return QCoreApplication::translate("Report", "Could not write %1.").arg(path);
}
