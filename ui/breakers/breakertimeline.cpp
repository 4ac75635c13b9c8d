// SPDX-License-Identifier: MIT
#include "ui/breakers/breakertimeline.h"

#include "models/breakermodel.h"
#include "ui/breakers/breakerdelegate.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BreakerTimeline::BreakerTimeline(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(u"timeline"_s);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    retranslateUi();
}

void BreakerTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BreakerTimeline::retranslateUi()
{
    m_list->setHeaderLabels(
        { tr("Time"), tr("Transition"), tr("Cause"), tr("Reason"), tr("Actor") });
    rebuild();
}

void BreakerTimeline::setModel(BreakerModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_transitions.clear();
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &BreakerTimeline::collectAll);
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { collect(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { collect(tl.row(), br.row()); });
    }
    collectAll();
}

void BreakerTimeline::setBreaker(const QString &name)
{
    m_name = name;
    rebuild();
}

QList<BreakerTransition> BreakerTimeline::transitions(const QString &name) const
{
    return m_transitions.value(name);
}

void BreakerTimeline::collectAll()
{
    if (m_model && m_model->rowCount() > 0)
        collect(0, m_model->rowCount() - 1);
    else
        rebuild();
}

void BreakerTimeline::collect(int firstRow, int lastRow)
{
    if (!m_model)
        return;
    bool changedShown = false;
    for (int r = firstRow; r <= lastRow && r < m_model->rowCount(); ++r) {
        const BreakerRow *row
            = m_model->breaker(m_model->index(r, 0).data(BreakerModel::NameRole).toString());
        if (!row)
            continue;
        const BreakerRow &breaker = *row;
        const BreakerTransition &t = breaker.lastTransition;
        if (t.timeMs == 0)
            continue;
        QList<BreakerTransition> &list = m_transitions[breaker.name];
        if (list.contains(t))
            continue;
        list.append(t);
        std::sort(
            list.begin(), list.end(), [](const BreakerTransition &a, const BreakerTransition &b) {
                return a.timeMs < b.timeMs;
            });
        changedShown |= breaker.name == m_name;
    }
    if (changedShown)
        rebuild();
}

void BreakerTimeline::rebuild()
{
    m_list->clear();
    if (m_name.isEmpty()) {
        m_title->setText(tr("Select a breaker to see its transitions."));
        return;
    }
    const QList<BreakerTransition> list = m_transitions.value(m_name);
    m_title->setText(tr("Transitions of %1 (%n seen)", nullptr, int(list.size())).arg(m_name));
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0,
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(it->timeMs), QLocale::ShortFormat));
        item->setText(1,
            tr("%1 \u2192 %2")
                .arg(BreakerModel::stateLabel(it->from), BreakerModel::stateLabel(it->to)));
        item->setForeground(1, BreakerDelegate::stateColor(it->to));
        item->setText(2, it->cause);
        item->setText(3, it->reason);
        item->setText(4, it->actor);
    }
}
