// SPDX-License-Identifier: MIT
#include "ui/overview/overviewview.h"

#include "models/workspace.h"
#include "ui/overview/overviewcard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int cardsPerRow = 3;
}

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
{
    auto *content = new QWidget;
    m_grid = new QGridLayout(content);
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_grid->addWidget(m_empty, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslateUi();
}

void OverviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewView::retranslateUi()
{
    m_empty->setText(tr("No back end is open. Use File \u2192 New connection or File \u2192 "
                        "Open demo."));
}

void OverviewView::addWorkspace(Workspace *workspace)
{
    m_empty->hide();
    auto *card = new OverviewCard(workspace, this);
    connect(card, &OverviewCard::figureActivated, this, &OverviewView::figureActivated);
    connect(workspace, &QObject::destroyed, card, &QObject::deleteLater);
    m_grid->addWidget(card, 1 + m_cards / cardsPerRow, m_cards % cardsPerRow);
    ++m_cards;
}
