// SPDX-License-Identifier: MIT
#pragma once

#include "core/breaker.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class BreakerModel;
class QLabel;
class QTreeWidget;

/**
 * The transitions of one breaker, newest first: time, from -> to, cause,
 * reason and actor. BreakerModel keeps only each breaker's last transition,
 * so the timeline collects them as the model reports them (snapshots,
 * events, action answers) while the view is open.
 */
class BreakerTimeline : public QWidget {
    Q_OBJECT
public:
    explicit BreakerTimeline(QWidget *parent = nullptr);

    /** Not owned; nullptr clears. Forgets what was collected from the previous model. */
    void setModel(BreakerModel *model);
    void setBreaker(const QString &name);
    /** Transitions known for `name`, oldest first. */
    QList<BreakerTransition> transitions(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Column titles, then the list itself (its states and times are worded in rebuild()). */
    void retranslateUi();
    void collect(int firstRow, int lastRow);
    void collectAll();
    void rebuild();

    QPointer<BreakerModel> m_model;
    QString m_name;
    QHash<QString, QList<BreakerTransition>> m_transitions;
    QLabel *m_title;
    QTreeWidget *m_list;
};
