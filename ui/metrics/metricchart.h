// SPDX-License-Identifier: MIT
#pragma once

#include "models/metricsstore.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

/**
 * One live chart of the Metrics area: every series of one MetricGroup of a
 * MetricsStore, over a time window.
 *
 * Feeding: refresh() decimates each series' window to the plot's pixel
 * width (SeriesDecimator, M4) into a list kept per series, and hands it to
 * QLineSeries::replace() once; never append() per point, which repaints per
 * point. The lists keep their capacity, so a tick allocates nothing once the
 * window is full.
 *
 * Hovering a line shows the series' name, the time and the value of the
 * nearest real sample (not the interpolated line). Exports write the chart
 * as PNG or SVG and the window's data as CSV (MetricsStore::toCsv).
 *
 * The store is not owned and must outlive the chart or be reset first.
 */
class MetricChart : public QWidget
{
    Q_OBJECT
public:
    MetricChart(MetricGroup group, const QString &title, QWidget *parent = nullptr);
    ~MetricChart() override;

    MetricGroup group() const { return m_group; }
    QString title() const { return m_title; }

    /** Drops every series and shows those of `store` (not owned; may be nullptr). */
    void setStore(MetricsStore *store);
    /** Adds the series of these ids that belong to this chart's group. */
    void addSeries(const QStringList &ids);
    /** Redraws the window [fromMs, toMs] (ms since the epoch): one replace() per series. */
    void refresh(qint64 fromMs, qint64 toMs);

    /** Ids of the series shown, in the order they appeared. */
    QStringList seriesIds() const { return m_ids; }
    QLineSeries *lineSeries(const QString &id) const;
    /** Points shown, over all series (after decimation). */
    qsizetype pointCount() const;
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

    /** Writes the chart as it looks now as a PNG image. False with `error` set when it could not. */
    bool exportPng(const QString &path, QString *error = nullptr) const;
    /** Writes the chart as it looks now as an SVG drawing. */
    bool exportSvg(const QString &path, QString *error = nullptr) const;
    /** Writes the shown window's points as CSV (header "time" plus the series' names). */
    bool exportCsv(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    /** An export chosen from the chart's menu finished; `message` is for a person. */
    void exported(const QString &message, bool succeeded);

private:
    struct Line
    {
        QLineSeries *series = nullptr;
        QList<QPointF> points; ///< reused every tick: replace() reads it, decimate() refills it
    };
    enum class Format { Png, Svg, Csv };

    void chooseFileAndExport(Format format);
    void showValueAt(const QString &id, const QPointF &point, bool hovering);
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

    MetricGroup m_group;
    QString m_title;
    QPointer<MetricsStore> m_store;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QStringList m_ids;
    QHash<QString, Line> m_lines;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};
