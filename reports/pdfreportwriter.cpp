// SPDX-License-Identifier: MIT
#include "reports/pdfreportwriter.h"

#include "reports/reportchart.h"
#include "reports/reportchartpainter.h"
#include "reports/reporttext.h"

#include <QFile>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

constexpr double margin = 40; // pt
constexpr double headerHeight = 26;

/** Lays the report out page by page; paints only when a painter is given (the second pass). */
class PdfLayout {
public:
    PdfLayout(const ReportData &data, const QLocale &locale, QPdfWriter &writer, QPainter *painter,
        int pageCount)
        : m_data(data)
        , m_locale(locale)
        , m_writer(writer)
        , m_painter(painter)
        , m_pageCount(pageCount)
        , m_width(writer.width())
        , m_height(writer.height())
    {
        m_body = QFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family(), 9);
        m_mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_mono.setPointSizeF(7.5);
        m_bold = m_body;
        m_bold.setBold(true);
        m_small = m_body;
        m_small.setPointSizeF(7.5);
        m_smallBold = m_small;
        m_smallBold.setBold(true);
        m_h1 = m_body;
        m_h1.setPointSizeF(18);
        m_h1.setBold(true);
        m_h2 = m_body;
        m_h2.setPointSizeF(13);
        m_h2.setBold(true);
        m_h3 = m_bold;
        m_h3.setPointSizeF(10);
    }

    int pages() const { return m_page; }

    /** False when `progress` asked to stop. */
    bool run(const ReportRenderer::Progress &progress, int from, int to)
    {
        auto step
            = [&](int part) { return !progress || progress(from + (to - from) * part / 100); };
        using S = ReportText::Section;
        startPage();
        text(m_h1, ReportText::title());
        text(m_body, m_data.backendName + u" · "_s + ReportText::range(m_data, m_locale));
        m_y += 6;
        box(ReportText::redactionStatement(m_data, m_locale));
        heading(S::Summary);
        const auto headline = ReportText::headline(m_data, m_locale);
        ReportText::Table summary { {}, { 1, 2 }, {} };
        for (const auto &[label, value] : headline)
            summary.rows.append({ label, value });
        table(summary);
        for (const QString &note : m_data.notes)
            text(m_body, note);
        if (!step(10))
            return false;

        heading(S::Charts);
        const QList<ReportChart> charts = ReportChart::fromReport(m_data, 260);
        const double gap = 14;
        const double w = (contentWidth() - gap) / 2;
        const double h = 175;
        for (int i = 0; i < charts.size(); i += 2) {
            ensure(h + 6);
            for (int j = i; j < std::min<int>(i + 2, charts.size()); ++j)
                if (m_painter)
                    ReportChartPainter::paint(*m_painter,
                        QRectF(margin + (j - i) * (w + gap), m_y, w, h), charts.at(j), m_locale);
            m_y += h + 10;
        }
        if (!step(40))
            return false;

        heading(S::Breakers);
        table(ReportText::breakersTable(m_data, m_locale));
        heading(S::Transitions);
        table(ReportText::transitionsTable(m_data, m_locale));
        heading(S::Syncs);
        table(ReportText::syncsTable(m_data, m_locale));
        if (!step(55))
            return false;

        heading(S::DeadLetters);
        text(m_body,
            PdfReportWriter::tr(
                "%1 dead letters in this range in %2 groups; samples of the %3 largest groups "
                "follow. The full list is in the CSV and JSON formats.")
                .arg(m_locale.toString(m_data.deadLettersInRange),
                    m_locale.toString(m_data.deadLetterGroups.size()),
                    m_locale.toString(std::min<qsizetype>(
                        PdfReportWriter::sampledGroups, m_data.deadLetterGroups.size()))));
        table(ReportText::groupsTable(m_data, m_locale));
        for (int g = 0; g
             < std::min<qsizetype>(PdfReportWriter::sampledGroups, m_data.deadLetterGroups.size());
             ++g) {
            const DeadLetterGroup &group = m_data.deadLetterGroups.at(g);
            const QList<DeadLetter> samples
                = m_data.samplesOf(group.fingerprint).mid(0, PdfReportWriter::samplesPerGroup);
            if (samples.isEmpty())
                continue;
            ensure(60);
            m_y += 4;
            text(m_h3,
                PdfReportWriter::tr("%1 × %2 from %3")
                    .arg(m_locale.toString(group.count), group.errorClass, group.source));
            text(m_body, group.message);
            for (const DeadLetter &d : samples) {
                text(m_bold,
                    PdfReportWriter::tr("Letter %1, %2 attempts, last failed %3")
                        .arg(QString::number(d.id), m_locale.toString(d.attempts),
                            ReportText::dateTime(d.lastFailureMs, m_locale)));
                text(m_body, d.error.message);
                QStringList lines = ReportText::headerLines(d).mid(0, 10);
                lines.append(QString());
                lines += ReportText::payloadExcerpt(d.payload, 14, 110);
                code(lines);
            }
            if (!step(55 + 35 * g / PdfReportWriter::sampledGroups))
                return false;
        }
        heading(S::OperatorActions);
        table(ReportText::operatorActionsTable(m_data, m_locale));
        return step(100);
    }

private:
    double contentWidth() const { return m_width - 2 * margin; }
    double bottom() const { return m_height - margin; }

    void startPage()
    {
        if (m_page > 0 && m_painter)
            m_writer.newPage();
        ++m_page;
        m_y = margin;
        if (m_painter) {
            QPainter &p = *m_painter;
            p.setFont(m_body);
            p.setPen(Qt::darkGray);
            const QRectF r(margin, m_y, contentWidth(), headerHeight - 8);
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                ReportText::title() + u" · "_s + m_data.backendName + u" · "_s
                    + ReportText::range(m_data, m_locale));
            p.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                PdfReportWriter::tr("Page %1 of %2")
                    .arg(m_locale.toString(m_page), m_locale.toString(m_pageCount)));
            p.setPen(QPen(Qt::gray, 0.5));
            p.drawLine(QPointF(margin, m_y + headerHeight - 6),
                QPointF(m_width - margin, m_y + headerHeight - 6));
        }
        m_y += headerHeight;
    }

    void ensure(double height)
    {
        if (m_y + height > bottom())
            startPage();
    }

    double lineHeight(const QFont &font) const { return QFontMetricsF(font, &m_writer).height(); }

    void text(const QFont &font, const QString &s)
    {
        const QFontMetricsF fm(font, &m_writer);
        const QRectF bounds
            = fm.boundingRect(QRectF(0, 0, contentWidth(), 1e6), Qt::TextWordWrap, s);
        ensure(bounds.height() + 2);
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            m_painter->drawText(
                QRectF(margin, m_y, contentWidth(), bounds.height() + 1), Qt::TextWordWrap, s);
        }
        m_y += bounds.height() + 3;
    }

    void box(const QString &s)
    {
        const QFontMetricsF fm(m_body, &m_writer);
        const QRectF bounds
            = fm.boundingRect(QRectF(0, 0, contentWidth() - 12, 1e6), Qt::TextWordWrap, s);
        ensure(bounds.height() + 12);
        if (m_painter) {
            const QRectF r(margin, m_y, contentWidth(), bounds.height() + 10);
            m_painter->fillRect(r, QColor(0xff, 0xf6, 0xd6));
            m_painter->setPen(QPen(QColor(0xe6, 0xc2, 0x00), 0.8));
            m_painter->drawRect(r);
            m_painter->setFont(m_body);
            m_painter->setPen(Qt::black);
            m_painter->drawText(r.adjusted(6, 5, -6, -5), Qt::TextWordWrap, s);
        }
        m_y += bounds.height() + 16;
    }

    void heading(ReportText::Section s)
    {
        ensure(lineHeight(m_h2) + 3 * lineHeight(m_body));
        m_y += 8;
        text(m_h2, ReportText::sectionTitle(s));
        m_y += 2;
    }

    void code(const QStringList &lines)
    {
        const double lh = lineHeight(m_mono);
        for (const QString &l : lines) {
            ensure(lh);
            if (m_painter) {
                m_painter->fillRect(
                    QRectF(margin, m_y, contentWidth(), lh), QColor(0xf5, 0xf5, 0xf5));
                m_painter->setFont(m_mono);
                m_painter->setPen(Qt::black);
                m_painter->drawText(QRectF(margin + 4, m_y, contentWidth() - 8, lh),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(m_mono, &m_writer)
                        .elidedText(l, Qt::ElideRight, contentWidth() - 8));
            }
            m_y += lh;
        }
        m_y += 4;
    }

    void row(const QStringList &cells, const QList<double> &x, const QFont &font, bool shade)
    {
        const double h = lineHeight(font) + 4;
        if (m_painter) {
            if (shade)
                m_painter->fillRect(
                    QRectF(margin, m_y, contentWidth(), h), QColor(0xee, 0xee, 0xee));
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            const QFontMetricsF fm(font, &m_writer);
            for (int i = 0; i < cells.size() && i + 1 < x.size(); ++i) {
                const double w = x.at(i + 1) - x.at(i) - 4;
                m_painter->drawText(QRectF(x.at(i) + 2, m_y, w, h),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(cells.at(i), Qt::ElideRight, w));
            }
            m_painter->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
            m_painter->drawLine(QPointF(margin, m_y + h), QPointF(m_width - margin, m_y + h));
        }
        m_y += h;
    }

    void table(const ReportText::Table &t)
    {
        if (t.rows.isEmpty()) {
            text(m_body, PdfReportWriter::tr("None in this range."));
            return;
        }
        double total = 0;
        for (double w : t.widths)
            total += w;
        QList<double> x { margin };
        for (double w : t.widths)
            x.append(x.constLast() + w / total * contentWidth());
        const double h = lineHeight(m_small) + 4;
        auto header = [&] {
            if (!t.headers.isEmpty())
                row(t.headers, x, m_smallBold, true);
        };
        ensure(2 * h);
        header();
        for (const QStringList &r : t.rows) {
            if (m_y + h > bottom()) {
                startPage();
                header();
            }
            row(r, x, m_small, false);
        }
        m_y += 6;
    }

    const ReportData &m_data;
    const QLocale &m_locale;
    QPdfWriter &m_writer;
    QPainter *m_painter;
    int m_pageCount;
    double m_width;
    double m_height;
    double m_y = 0;
    int m_page = 0;
    QFont m_body, m_mono, m_bold, m_small, m_smallBold, m_h1, m_h2, m_h3;
};

} // namespace

Result<void, QString> PdfReportWriter::write(const ReportData &data, const QLocale &locale,
    const QString &path, const ReportRenderer::Progress &progress)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return tr("Could not write %1: %2").arg(path, probe.errorString());
    }
    QPdfWriter writer(path);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(72); // one device unit is one point
    writer.setTitle(ReportText::title() + u" – "_s + data.backendName);
    writer.setCreator(u"Breakwater"_s);

    PdfLayout dry(data, locale, writer, nullptr, 0);
    if (!dry.run(progress, 0, 30)) {
        QFile::remove(path);
        return tr("Cancelled.");
    }
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Could not write %1.").arg(path);
    PdfLayout paint(data, locale, writer, &painter, dry.pages());
    const bool ok = paint.run(progress, 30, 100);
    painter.end();
    if (!ok) {
        QFile::remove(path);
        return tr("Cancelled.");
    }
    return {};
}
