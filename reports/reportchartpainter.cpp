// SPDX-License-Identifier: MIT
#include "reports/reportchartpainter.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int gridLines = 4;
constexpr int timeTicks = 5;

struct Frame {
    QRectF plot;
    qint64 fromMs;
    qint64 toMs;
    double yMax;
    QPointF map(const QPointF &p) const
    {
        const double span = std::max<double>(toMs - fromMs, 1);
        const double x = plot.left() + (p.x() - fromMs) / span * plot.width();
        const double y = plot.bottom() - std::clamp(p.y() / yMax, 0.0, 1.05) * plot.height();
        return { x, y };
    }
};

/** The polyline of one series; a stepped series holds each value until the next point. */
QList<QPointF> vertices(const ReportChart::Series &s, const Frame &f)
{
    QList<QPointF> out;
    out.reserve(s.points.size() * (s.stepped ? 2 : 1));
    for (qsizetype i = 0; i < s.points.size(); ++i) {
        const QPointF p = f.map(s.points.at(i));
        if (s.stepped && !out.isEmpty())
            out.append({ p.x(), out.constLast().y() });
        out.append(p);
    }
    return out;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ReportChartPainter::timeLabel(qint64 ms, qint64 rangeMs, const QLocale &locale)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // 24-hour times: "2:00 AM" labels do not fit six to a chart's width.
    if (rangeMs <= 2LL * 24 * 3600 * 1000)
        return locale.toString(t.time(), u"HH:mm"_s);
    return locale.toString(t.date(), QLocale::ShortFormat) + u' '
        + locale.toString(t.time(), u"HH:mm"_s);
}

QString ReportChartPainter::valueLabel(double value, const QLocale &locale)
{
    if (value == std::floor(value) && std::abs(value) < 1e12)
        return locale.toString(qint64(value));
    return locale.toString(value, 'g', 3);
}

void ReportChartPainter::paint(
    QPainter &painter, const QRectF &rect, const ReportChart &chart, const QLocale &locale)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(7);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double line = fm.height();

    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(9);
    painter.setFont(bold);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.4),
        Qt::AlignLeft | Qt::AlignVCenter,
        chart.unit.isEmpty() ? chart.title : chart.title + u" (" + chart.unit + u')');
    painter.setFont(font);

    double labelWidth = 0;
    for (int i = 0; i <= gridLines; ++i)
        labelWidth = std::max(
            labelWidth, fm.horizontalAdvance(valueLabel(chart.yMax * i / gridLines, locale)) + 4);
    const double legendRows = std::ceil(chart.series.size() / 3.0);
    Frame f { QRectF(rect.left() + labelWidth, rect.top() + line * 2.2,
                  rect.width() - labelWidth - 4, rect.height() - line * (3.6 + legendRows)),
        chart.fromMs, chart.toMs, chart.yMax };

    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
    for (int i = 0; i <= gridLines; ++i) {
        const double v = chart.yMax * i / gridLines;
        const double y = f.map({ double(chart.fromMs), v }).y();
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(rect.left(), y - line / 2, labelWidth - 3, line),
            Qt::AlignRight | Qt::AlignVCenter, valueLabel(v, locale));
    }
    const qint64 range = chart.toMs - chart.fromMs;
    for (int i = 0; i <= timeTicks; ++i) {
        const qint64 t = chart.fromMs + range * i / timeTicks;
        const double x = f.map({ double(t), 0 }).x();
        painter.setPen(QPen(Qt::gray, 0.5));
        painter.drawLine(QPointF(x, f.plot.bottom()), QPointF(x, f.plot.bottom() + 2));
        const QString label = timeLabel(t, range, locale);
        const double w = fm.horizontalAdvance(label);
        const double left = std::clamp(x - w / 2, rect.left(), rect.right() - w);
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(left, f.plot.bottom() + 2, w + 1, line), Qt::AlignLeft, label);
    }
    painter.setPen(QPen(Qt::gray, 0.7));
    painter.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    painter.drawLine(f.plot.bottomLeft(), f.plot.topLeft());

    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(f.plot.adjusted(-1, -2, 1, 1));
    for (const ReportChart::Series &s : chart.series) {
        const QList<QPointF> v = vertices(s, f);
        if (v.isEmpty())
            continue;
        QPainterPath path(v.first());
        for (qsizetype i = 1; i < v.size(); ++i)
            path.lineTo(v.at(i));
        painter.setPen(QPen(QColor::fromString(s.color), 0.9));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.setClipping(false);

    if (chart.series.isEmpty()
        || std::all_of(chart.series.cbegin(), chart.series.cend(),
            [](const auto &s) { return s.points.isEmpty(); })) {
        painter.setPen(Qt::gray);
        painter.drawText(f.plot, Qt::AlignCenter, ReportChart::tr("No data in this range"));
    }
    const double legendTop = f.plot.bottom() + line * 1.3;
    const double columnWidth = rect.width() / 3;
    for (int i = 0; i < chart.series.size(); ++i) {
        const ReportChart::Series &s = chart.series.at(i);
        const double x = rect.left() + (i % 3) * columnWidth;
        const double y = legendTop + (i / 3) * line;
        painter.fillRect(QRectF(x, y + line * 0.3, 8, line * 0.4), QColor::fromString(s.color));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + 11, y, columnWidth - 12, line),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(s.label, Qt::ElideRight, columnWidth - 12));
    }
    painter.restore();
}

QString ReportChartPainter::svg(
    const ReportChart &chart, int width, int height, const QLocale &locale)
{
    const double line = 14;
    const double labelWidth = 48;
    const double legendRows = std::ceil(chart.series.size() / 3.0);
    Frame f { QRectF(labelWidth, line * 1.6, width - labelWidth - 6,
                  height - line * (3.2 + legendRows)),
        chart.fromMs, chart.toMs, chart.yMax };
    QString out;
    out.reserve(16384);
    out += u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%1\" height=\"%2\" "
           u"viewBox=\"0 0 %1 %2\" "
           "font-family=\"sans-serif\" font-size=\"11\">"_s.arg(width)
               .arg(height);
    out += u"<text x=\"0\" y=\"13\" font-weight=\"bold\" font-size=\"13\">%1</text>"_s.arg(
        escaped(chart.unit.isEmpty() ? chart.title : chart.title + u" (" + chart.unit + u')'));
    for (int i = 0; i <= gridLines; ++i) {
        const double v = chart.yMax * i / gridLines;
        const double y = f.map({ double(chart.fromMs), v }).y();
        out += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#ddd\"/>"_s
                   .arg(f.plot.left())
                   .arg(y, 0, 'f', 1)
                   .arg(f.plot.right());
        out += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#555\">%3</text>"_s
                   .arg(labelWidth - 4)
                   .arg(y + 4, 0, 'f', 1)
                   .arg(escaped(valueLabel(v, locale)));
    }
    const qint64 range = chart.toMs - chart.fromMs;
    for (int i = 0; i <= timeTicks; ++i) {
        const qint64 t = chart.fromMs + range * i / timeTicks;
        const double x = f.map({ double(t), 0 }).x();
        const char *anchor = i == 0 ? "start" : i == timeTicks ? "end" : "middle";
        out += u"<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" fill=\"#555\">%4</text>"_s
                   .arg(x, 0, 'f', 1)
                   .arg(f.plot.bottom() + line)
                   .arg(QLatin1StringView(anchor))
                   .arg(escaped(timeLabel(t, range, locale)));
    }
    out += u"<path d=\"M%1 %2V%3H%4\" fill=\"none\" stroke=\"#888\"/>"_s.arg(f.plot.left())
               .arg(f.plot.top())
               .arg(f.plot.bottom())
               .arg(f.plot.right());
    bool any = false;
    for (const ReportChart::Series &s : chart.series) {
        const QList<QPointF> v = vertices(s, f);
        if (v.isEmpty())
            continue;
        any = true;
        QString points;
        points.reserve(v.size() * 14);
        for (const QPointF &p : v)
            points += QString::number(p.x(), 'f', 1) + u',' + QString::number(p.y(), 'f', 1) + u' ';
        out += u"<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.2\" points=\"%2\"/>"_s.arg(
            s.color, points.trimmed());
    }
    if (!any)
        out += u"<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#888\">%3</text>"_s
                   .arg(f.plot.center().x())
                   .arg(f.plot.center().y())
                   .arg(escaped(ReportChart::tr("No data in this range")));
    const double columnWidth = width / 3.0;
    for (int i = 0; i < chart.series.size(); ++i) {
        const double x = (i % 3) * columnWidth;
        const double y = f.plot.bottom() + line * 1.6 + (i / 3) * line;
        out += u"<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"4\" fill=\"%3\"/>"_s.arg(x)
                   .arg(y + 2)
                   .arg(chart.series.at(i).color);
        out += u"<text x=\"%1\" y=\"%2\">%3</text>"_s.arg(x + 14).arg(y + 8).arg(
            escaped(chart.series.at(i).label));
    }
    out += u"</svg>"_s;
    return out;
}
