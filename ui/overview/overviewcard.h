// SPDX-License-Identifier: MIT
#pragma once

#include "ui/common/arearegistration.h"

#include <QFrame>
#include <QHash>
#include <QPointer>
#include <functional>

class EnvironmentBanner;
class QLabel;
class QListWidget;
class QPushButton;
class Workspace;

/**
 * One back end at a glance on the Overview: its environment, connection
 * state, request and error rates (from its MetricsStore), dead-letter depth,
 * open breakers, running syncs and the last events. Each figure is a button
 * that asks to open its area with a matching filter.
 *
 * A back end with message queues (RabbitMQ) gets a queue tile instead of the
 * figures it cannot have (request and error rates, breakers, syncs): the
 * messages in all its queues, those in its dead-letter queues, and the
 * publish, deliver and ack rates summed over its queues; each opens Metrics.
 * Any other back end has no queue tile at all.
 */
class OverviewCard : public QFrame {
    Q_OBJECT
public:
    explicit OverviewCard(Workspace *workspace, QWidget *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }

Q_SIGNALS:
    void figureActivated(Workspace *workspace, AreaId area, const QString &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    /** `filter` is asked at each click, so that it is in the language shown then. */
    QPushButton *addFigure(const QString &name, AreaId area, std::function<QString()> filter);
    void refresh();
    void retranslateUi();
    void addEvent(const QString &text);
    /** Which figures this back end can have: the queue tile, or the integration figures. */
    void showFiguresOfBackEnd();

    QPointer<Workspace> m_workspace;
    EnvironmentBanner *m_banner;
    QLabel *m_state;
    QPushButton *m_requestRate;
    QPushButton *m_errorRate;
    QPushButton *m_deadLetters;
    QPushButton *m_openBreakers;
    QPushButton *m_runningSyncs;
    QFrame *m_queueTile;
    QLabel *m_queueTitle;
    QPushButton *m_queuedMessages;
    QPushButton *m_deadLettered;
    QPushButton *m_queueRates;
    QList<QLabel *> m_queueFigureNames; ///< in the order of the queue figures
    QListWidget *m_events;
    QList<QLabel *> m_figureNames; ///< in the order of the figures
    QLabel *m_eventsTitle;
    QHash<QString, qint64> m_seenTransitionMs; ///< breaker -> time of the last transition logged
};
