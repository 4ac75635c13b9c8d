// SPDX-License-Identifier: MIT
#pragma once

#include "ui/common/arearegistration.h"

#include <QWidget>

class QGridLayout;
class QLabel;

/** The Overview area: one OverviewCard per open back end, in the order they were opened. */
class OverviewView : public QWidget {
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);

    void addWorkspace(Workspace *workspace);

Q_SIGNALS:
    /** A figure was clicked: open `area` of `workspace` with `filter`. */
    void figureActivated(Workspace *workspace, AreaId area, const QString &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QGridLayout *m_grid;
    QLabel *m_empty;
    int m_cards = 0;
};
