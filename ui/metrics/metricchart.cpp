// SPDX-License-Identifier: MIT
#include "ui/metrics/metricchart.h"

#include "models/metricseries.h"
#include "models/seriesdecimator.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString unitTitle(MetricGroup group)
{
    switch (group) {
    case MetricGroup::RequestRate:
    case MetricGroup::ErrorRate:
        return MetricChart::tr("per second");
    case MetricGroup::Latency:
        return MetricChart::tr("seconds");
    case MetricGroup::DeadLetters:
        return MetricChart::tr("letters");
    case MetricGroup::SyncThroughput:
        return MetricChart::tr("items per second");
    case MetricGroup::BreakerState:
        return MetricChart::tr("state");
    case MetricGroup::QueueDepth:
        return MetricChart::tr("messages");
    case MetricGroup::QueueRate:
        return MetricChart::tr("messages per second");
    }
    return {};
}

QString valueText(double value, MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::PerSecond:
        return MetricChart::tr("%1/s").arg(value, 0, 'g', 4);
    case MetricUnit::Seconds:
        return value < 1 ? MetricChart::tr("%1 ms").arg(value * 1000, 0, 'f', 1)
                         : MetricChart::tr("%1 s").arg(value, 0, 'g', 4);
    case MetricUnit::Count:
    case MetricUnit::BreakerState:
        return QString::number(value, 'g', 10);
    }
    return QString::number(value);
}

/** The smallest of 1, 2 and 5 times a power of ten that is at least `value` (> 0). */
double niceCeiling(double value)
{
    const double decade = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * decade >= value * (1 - 1e-12))
            return step * decade;
    }
    return 10 * decade;
}

} // namespace

MetricChart::MetricChart(MetricGroup group, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_group(group)
    , m_title(title)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_canvas(new QWidget(this))
    , m_legend(new QWidget(m_canvas))
    , m_legendGrid(new QGridLayout(m_legend))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_plotX(new QValueAxis(m_chart))
    , m_plotY(new QValueAxis(m_chart))
{
    m_chart->setTitle(title);
    m_chart->legend()->hide(); // ours is below the plot (see the class comment)
    // The plot fills the view, so that it and the legend under it read as one white card.
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation); // a live chart that animates never settles
    m_timeAxis->setFormat(u"HH:mm:ss"_s);
    m_timeAxis->setTickCount(6);
    m_valueAxis->setLabelFormat(u"%.3g"_s);
    m_valueAxis->setRange(0, 1);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QValueAxis *axis : { m_plotX, m_plotY }) {
        axis->setRange(0, 1);
        axis->setVisible(false);
    }
    m_chart->addAxis(m_plotX, Qt::AlignBottom);
    m_chart->addAxis(m_plotY, Qt::AlignLeft);
    // Qt Charts does not draw a time axis no series is attached to; an empty one costs nothing to
    // move.
    auto *axisCarrier = new QLineSeries(m_chart);
    m_chart->addSeries(axisCarrier);
    axisCarrier->attachAxis(m_timeAxis);
    axisCarrier->attachAxis(m_valueAxis);
    // Live, the charts repaint every second: an aliased 1 px line rasterises several times faster
    // than an antialiased 2 px one (the theme's), and M4 keeps every column's extremes, so nothing
    // is lost.
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setMinimumHeight(220);
    // Every line changes every tick: keeping a BSP tree of the items current costs more than it
    // saves.
    m_chart->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);

    auto *menuButton = m_exportButton = new QToolButton(this);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(menuButton);
    m_exportPng = menu->addAction(QString());
    connect(m_exportPng, &QAction::triggered, this, [this] { chooseFileAndExport(Format::Png); });
    m_exportSvg = menu->addAction(QString());
    connect(m_exportSvg, &QAction::triggered, this, [this] { chooseFileAndExport(Format::Svg); });
    m_exportCsv = menu->addAction(QString());
    connect(m_exportCsv, &QAction::triggered, this, [this] { chooseFileAndExport(Format::Csv); });
    menuButton->setMenu(menu);

    m_view->setFrameShape(QFrame::NoFrame);
    m_legend->setObjectName(u"legend"_s);
    m_legendGrid->setContentsMargins(12, 0, 12, 8);
    m_legendGrid->setHorizontalSpacing(12);
    m_legendGrid->setVerticalSpacing(2);
    // One white card: the theme paints the plot's background with a gradient, whose brush has no
    // colour to share.
    m_chart->setBackgroundBrush(Qt::white);
    m_canvas->setAutoFillBackground(true);
    QPalette canvasPalette = m_canvas->palette();
    canvasPalette.setColor(QPalette::Window, Qt::white);
    canvasPalette.setColor(QPalette::WindowText, m_chart->titleBrush().color());
    m_canvas->setPalette(canvasPalette);
    auto *canvasLayout = new QVBoxLayout(m_canvas);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    canvasLayout->addWidget(m_view, 1);
    canvasLayout->addWidget(m_legend);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(menuButton);
    layout->addLayout(bar);
    retranslateUi();
}

MetricChart::~MetricChart() = default;

void MetricChart::setTitle(const QString &title)
{
    m_title = title;
    m_chart->setTitle(title);
}

void MetricChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MetricChart::retranslateUi()
{
    m_valueAxis->setTitleText(unitTitle(m_group));
    m_exportButton->setText(tr("Export"));
    m_exportPng->setText(tr("Chart as PNG…"));
    m_exportSvg->setText(tr("Chart as SVG…"));
    m_exportCsv->setText(tr("Data as CSV…"));
}

void MetricChart::setStore(MetricsStore *store)
{
    for (const Line &line : std::as_const(m_lines)) {
        m_chart->removeSeries(line.series);
        delete line.series;
        delete line.legendEntry;
    }
    m_lines.clear();
    m_ids.clear();
    m_next = 0;
    m_store = store;
    if (store)
        addSeries(store->seriesIds(m_group));
    layoutLegend(true);
}

void MetricChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutLegend(false);
}

void MetricChart::layoutLegend(bool force)
{
    int widest = 0;
    for (const Line &line : std::as_const(m_lines))
        widest = std::max(widest, line.legendEntry->sizeHint().width());
    const QMargins margins = m_legendGrid->contentsMargins();
    const int room = width() - margins.left() - margins.right();
    const int spacing = m_legendGrid->horizontalSpacing();
    const int columns = widest == 0 ? 1 : std::max(1, (room + spacing) / (widest + spacing));
    if (!force && columns == m_legendColumns)
        return;
    m_legendColumns = columns;
    for (const QString &id : std::as_const(m_ids))
        m_legendGrid->removeWidget(m_lines.value(id).legendEntry);
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        m_legendGrid->addWidget(
            m_lines.value(m_ids.at(i)).legendEntry, int(i / columns), int(i % columns));
    // Entries keep their column's left edge; the spare width goes to the right.
    for (int c = 0; c < m_legendGrid->columnCount(); ++c)
        m_legendGrid->setColumnStretch(c, 0);
    m_legendGrid->setColumnStretch(columns, 1);
}

QLabel *MetricChart::legendLabel(const QString &id) const
{
    const auto it = m_lines.constFind(id);
    return it == m_lines.cend() ? nullptr : it->legendName;
}

void MetricChart::addSeries(const QStringList &ids)
{
    if (!m_store)
        return;
    for (const QString &id : ids) {
        const MetricSeriesInfo *info = m_store->info(id);
        if (!info || info->group != m_group || m_lines.contains(id))
            continue;
        auto *series = new QLineSeries(m_chart);
        series->setName(info->legend);
        m_chart->addSeries(series);
        QPen pen = series->pen(); // the theme's colour for this series
        auto *entry = new QWidget(m_legend);
        entry->setObjectName(u"legendEntry"_s);
        auto *swatch = new QLabel(entry);
        swatch->setFixedSize(10, 10);
        swatch->setStyleSheet(
            u"background-color: %1; border: 1px solid #606060;"_s.arg(pen.color().name()));
        auto *name = new QLabel(entry);
        name->setObjectName(u"legendName"_s);
        name->setText(
            name->fontMetrics().elidedText(info->legend, Qt::ElideMiddle, legendNameMaxWidth));
        name->setMinimumWidth(name->fontMetrics().horizontalAdvance(name->text()));
        name->setToolTip(info->name);
        auto *entryLayout = new QHBoxLayout(entry);
        entryLayout->setContentsMargins(0, 0, 0, 0);
        entryLayout->setSpacing(4);
        entryLayout->addWidget(swatch);
        entryLayout->addWidget(name);
        pen.setWidth(1);
        // Qt Charts paints a solid line one drawLine() per segment, which made the latency chart
        // (30 lines) take 11-12 ms per paint; any other pen style is painted as one path, about
        // half the time, and a dash with no gap looks exactly like a solid line.
        pen.setDashPattern({ 1024.0, 0.0 });
        series->setPen(pen);
        series->attachAxis(m_plotX);
        series->attachAxis(m_plotY);
        connect(series, &QLineSeries::hovered, this, [this, id](const QPointF &point, bool state) {
            showValueAt(id, dataPoint(id, point), state);
        });
        Line line;
        line.series = series;
        line.legendEntry = entry;
        line.legendName = name;
        line.points.reserve(
            2 * 1024); // M4 gives at most four points per column of pixelsPerColumn pixels
        line.plotted.reserve(2 * 1024);
        m_lines.insert(id, std::move(line));
        m_ids.append(id);
    }
    layoutLegend(true);
}

void MetricChart::refresh(qint64 fromMs, qint64 toMs)
{
    beginRefresh(fromMs, toMs);
    while (replaceNext()) { }
}

void MetricChart::beginRefresh(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_next = 0;
    m_timeAxis->setFormat(toMs - fromMs > 30 * 60 * 1000 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    m_timeAxis->setRange(
        QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    if (!m_store) {
        m_next = m_ids.size();
        return;
    }
    const int columns = qMax(50, int(m_chart->plotArea().width())) / pixelsPerColumn;
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        const MetricSeries *series = m_store->series(it.key());
        if (!series)
            it->points.clear();
        else
            SeriesDecimator::decimate(*series, fromMs, toMs, columns, it->points);
        for (const QPointF &p : std::as_const(it->points)) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    }
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    // Rates, latencies and depths start at zero: a chart from zero does not exaggerate a wobble.
    low = low < 0 ? -niceCeiling(-low) : 0.0;
    // A range that moved every tick would change the labels' width, and so the plot area's, and Qt
    // Charts then remaps every point of the chart while painting. Keep the top while the data stays
    // well inside it. Flat at zero (a queue nobody publishes to): a unit range, not one of 1e-9
    // labelled in exponents.
    if (high > m_high || high < m_high * 0.4 || low != m_low)
        m_high = niceCeiling(high > low ? std::max(high * 1.05, low + 1e-9) : low + 1);
    m_low = low;
    m_valueAxis->setRange(m_low, m_high);
}

bool MetricChart::replaceNext()
{
    if (m_next >= m_ids.size())
        return false;
    Line &line = m_lines[m_ids.at(m_next++)];
    line.fromMs = m_fromMs;
    line.toMs = std::max(m_toMs, m_fromMs + 1);
    line.low = m_low;
    line.high = m_high;
    const double x0 = double(line.fromMs);
    const double xSpan = double(line.toMs - line.fromMs);
    const double ySpan = line.high - line.low;
    line.plotted.clear();
    for (const QPointF &p : std::as_const(line.points))
        line.plotted.append(QPointF((p.x() - x0) / xSpan, (p.y() - line.low) / ySpan));
    line.series->replace(line.plotted);
    return true;
}

QPointF MetricChart::dataPoint(const QString &id, const QPointF &plotted) const
{
    const auto it = m_lines.constFind(id);
    if (it == m_lines.cend())
        return {};
    return QPointF(double(it->fromMs) + plotted.x() * double(it->toMs - it->fromMs),
        it->low + plotted.y() * (it->high - it->low));
}

QLineSeries *MetricChart::lineSeries(const QString &id) const
{
    const auto it = m_lines.constFind(id);
    return it == m_lines.cend() ? nullptr : it->series;
}

qsizetype MetricChart::pointCount() const
{
    qsizetype count = 0;
    for (const Line &line : m_lines)
        count += line.series->count();
    return count;
}

void MetricChart::showValueAt(const QString &id, const QPointF &point, bool hovering)
{
    if (!hovering || !m_store) {
        QToolTip::hideText();
        return;
    }
    const MetricSeries *series = m_store->series(id);
    const MetricSeriesInfo *info = m_store->info(id);
    if (!series || !info)
        return;
    // The line between two samples is an interpolation; show the nearest real sample.
    const qsizetype at = series->nearest(qint64(point.x()));
    if (at < 0)
        return;
    const MetricPoint &sample = series->at(at);
    QToolTip::showText(QCursor::pos(),
        tr("%1\n%2\n%3")
            .arg(info->name,
                QDateTime::fromMSecsSinceEpoch(sample.timeMs).toString(u"yyyy-MM-dd HH:mm:ss"_s),
                std::isnan(sample.value) ? tr("no value") : valueText(sample.value, info->unit)),
        m_view);
}

bool MetricChart::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool MetricChart::exportPng(const QString &path, QString *error) const
{
    const QPixmap image = m_canvas->grab();
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("could not write the image");
        return false;
    }
    return true;
}

bool MetricChart::exportSvg(const QString &path, QString *error) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_canvas->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_canvas->size()));
    svg.setTitle(m_title);
    svg.setDescription(tr("Breakwater chart, %1 to %2")
                           .arg(QDateTime::fromMSecsSinceEpoch(m_fromMs).toString(Qt::ISODate),
                               QDateTime::fromMSecsSinceEpoch(m_toMs).toString(Qt::ISODate)));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("could not write the drawing");
        return false;
    }
    m_canvas->render(&painter);
    painter.end();
    if (QFile(path).size() == 0) {
        if (error)
            *error = tr("could not write the drawing");
        return false;
    }
    return true;
}

bool MetricChart::exportCsv(const QString &path, QString *error) const
{
    if (!m_store) {
        if (error)
            *error = tr("no data");
        return false;
    }
    return writeFile(path, m_store->toCsv(m_ids, m_fromMs, m_toMs), error);
}

void MetricChart::chooseFileAndExport(Format format)
{
    // Non-blocking: the charts keep updating while the operator picks a file.
    auto *dialog = new QFileDialog(this, tr("Export %1").arg(m_title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    switch (format) {
    case Format::Png:
        dialog->setNameFilter(tr("PNG images (*.png)"));
        dialog->setDefaultSuffix(u"png"_s);
        break;
    case Format::Svg:
        dialog->setNameFilter(tr("SVG drawings (*.svg)"));
        dialog->setDefaultSuffix(u"svg"_s);
        break;
    case Format::Csv:
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(u"csv"_s);
        break;
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        QString error;
        const bool ok = format == Format::Png ? exportPng(path, &error)
            : format == Format::Svg           ? exportSvg(path, &error)
                                              : exportCsv(path, &error);
        Q_EMIT exported(ok ? tr("Exported %1 to %2.").arg(m_title, path)
                           : tr("Could not export %1 to %2: %3").arg(m_title, path, error),
            ok);
    });
    dialog->open();
}
