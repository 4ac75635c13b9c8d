// SPDX-License-Identifier: MIT
#pragma once

#include "models/metricsstore.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QWidget>

class QAction;
class QChart;
class QGridLayout;
class QLabel;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QToolButton;
class QValueAxis;

/**
 * One live chart of the Metrics area: every series of one MetricGroup of a
 * MetricsStore, over a time window.
 *
 * Feeding: beginRefresh() decimates each series' window (SeriesDecimator,
 * M4, one column per pixelsPerColumn pixels) into a list kept per series and
 * moves the axes; replaceNext() then hands one series its points with one
 * QLineSeries::replace(), so a caller can spread a tick over several
 * event-loop turns. Never append() per point, which repaints per point. The
 * lists keep their capacity, so a tick allocates nothing once the window is
 * full.
 *
 * Cost: Qt Charts maps every point of every series of a chart to pixels
 * again whenever an attached axis changes range, and a live window moves
 * every tick. So the lines are plotted in the unit square, on two hidden
 * axes fixed at [0, 1], and the visible time and value axes have no series
 * attached: moving them costs nothing, and each series is mapped once per
 * tick, by its own replace(). Use dataPoint() to read a plotted point back
 * as (time, value).
 *
 * Hovering a line shows the series' name, the time and the value of the
 * nearest real sample (not the interpolated line). Exports write the chart
 * as PNG or SVG and the window's data as CSV (MetricsStore::toCsv).
 *
 * The legend is the chart's own, under the plot, not Qt Charts': that one
 * puts every entry on one row and cuts each to a few letters once a chart
 * has more than a handful of series. Ours wraps into as many columns as the
 * width takes, elides a long name in the middle (the end tells "p99" from
 * "p95", "ack" from "publish") and shows the series' full name as tooltip.
 *
 * The store is not owned and must outlive the chart or be reset first.
 */
class MetricChart : public QWidget {
    Q_OBJECT
public:
    MetricChart(MetricGroup group, const QString &title, QWidget *parent = nullptr);
    ~MetricChart() override;

    MetricGroup group() const { return m_group; }
    QString title() const { return m_title; }
    /** The chart's heading, also the name exports use. */
    void setTitle(const QString &title);

    /** Drops every series and shows those of `store` (not owned; may be nullptr). */
    void setStore(MetricsStore *store);
    /** Adds the series of these ids that belong to this chart's group. */
    void addSeries(const QStringList &ids);
    /**
     * Pixels per decimation column. M4 keeps up to four points per column, so
     * a column of 2 px keeps about two points per pixel: a spike still reaches
     * its full height, and Qt Charts maps half the points it would at 1 px.
     */
    static constexpr int pixelsPerColumn = 3;

    /** Redraws the window [fromMs, toMs] (ms since the epoch) now: beginRefresh() then every
     * replaceNext(). */
    void refresh(qint64 fromMs, qint64 toMs);
    /**
     * Starts redrawing the window [fromMs, toMs]: decimates every series and
     * sets both axes (cheap: no series is attached to them). Until every
     * replaceNext() has run, series not yet replaced show the previous tick.
     */
    void beginRefresh(qint64 fromMs, qint64 toMs);
    /** Replaces the next series of the refresh begun; false (doing nothing) when none is left. */
    bool replaceNext();

    /** Maps a point of lineSeries(id) back to (ms since the epoch, value); a null point for an
     * unknown id. */
    QPointF dataPoint(const QString &id, const QPointF &plotted) const;

    /** Ids of the series shown, in the order they appeared. */
    QStringList seriesIds() const { return m_ids; }
    QLineSeries *lineSeries(const QString &id) const;
    /** The label naming series `id` in the legend (its text possibly elided, its tooltip the full
     * name). */
    QLabel *legendLabel(const QString &id) const;
    /** Widest a legend name is shown before it is elided, in pixels. */
    static constexpr int legendNameMaxWidth = 150;
    /** Points shown, over all series (after decimation). */
    qsizetype pointCount() const;
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    /** The plot with its legend under it: what exportPng() and exportSvg() draw. */
    QWidget *canvas() const { return m_canvas; }

    /** Writes the chart as it looks now as a PNG image. False with `error` set when it could not.
     */
    bool exportPng(const QString &path, QString *error = nullptr) const;
    /** Writes the chart as it looks now as an SVG drawing. */
    bool exportSvg(const QString &path, QString *error = nullptr) const;
    /** Writes the shown window's points as CSV (header "time" plus the series' names). */
    bool exportCsv(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    /** An export chosen from the chart's menu finished; `message` is for a person. */
    void exported(const QString &message, bool succeeded);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /** The unit axis and the export menu; the title is the owner's (setTitle()). */
    void retranslateUi();
    struct Line {
        QLineSeries *series = nullptr;
        QWidget *legendEntry = nullptr; ///< colour swatch and name, in m_legend
        QLabel *legendName = nullptr;
        QList<QPointF> points; ///< (ms, value), reused every tick: decimate() refills it
        QList<QPointF>
            plotted; ///< points in the unit square, reused every tick: replace() reads it
        // The window and value range `plotted` was mapped with, to read a hovered point back.
        qint64 fromMs = 0;
        qint64 toMs = 1;
        double low = 0;
        double high = 1;
    };
    enum class Format { Png, Svg, Csv };

    void chooseFileAndExport(Format format);
    /** Places the legend's entries in as many columns as the width takes; `force`: even if that
     * number is unchanged. */
    void layoutLegend(bool force);
    void showValueAt(const QString &id, const QPointF &point, bool hovering);
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

    MetricGroup m_group;
    QString m_title;
    QPointer<MetricsStore> m_store;
    QChart *m_chart;
    QChartView *m_view;
    QWidget *m_canvas; ///< the plot and its legend: what an export draws
    QWidget *m_legend;
    QGridLayout *m_legendGrid;
    int m_legendColumns = 0;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QValueAxis *m_plotX; ///< hidden, fixed at [0, 1]: what the series are attached to
    QValueAxis *m_plotY;
    QStringList m_ids;
    QHash<QString, Line> m_lines;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    double m_low = 0; ///< the value axis' range for the refresh begun
    double m_high = 1;
    qsizetype m_next = 0; ///< index in m_ids of the next series replaceNext() replaces
    QToolButton *m_exportButton = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_exportCsv = nullptr;
};
