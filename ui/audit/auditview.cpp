// SPDX-License-Identifier: MIT
#include "ui/audit/auditview.h"

#include "models/auditlogmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditView::AuditView(AuditLog *log, QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(log, this))
    , m_search(new QLineEdit(this))
    , m_backend(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_backendLabel(new QLabel(this))
    , m_actionLabel(new QLabel(this))
    , m_copy(new QAction(this))
{
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_backend->setObjectName(u"backend"_s);
    m_action->setObjectName(u"action"_s);
    m_result->setObjectName(u"result"_s);
    for (auto outcome : { AuditLogFilter::Outcome::Any, AuditLogFilter::Outcome::Succeeded,
             AuditLogFilter::Outcome::Failed })
        m_result->addItem(QString(), int(outcome));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_backendLabel);
    bar->addWidget(m_backend, 1);
    bar->addWidget(m_actionLabel);
    bar->addWidget(m_action, 1);
    bar->addWidget(m_result);

    m_table->setObjectName(u"audit"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    QAction *copy = m_copy;
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &AuditView::copySelection);
    addAction(copy);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &AuditView::applyFilter);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_result, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditView::updateChoices);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateChoices);
    retranslateUi();
    m_table->resizeColumnsToContents();
}

void AuditView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search user, back end, action, target, reason (Ctrl+F)"));
    m_result->setItemText(0, tr("Any result"));
    m_result->setItemText(1, tr("Succeeded"));
    m_result->setItemText(2, tr("Failed"));
    m_backendLabel->setText(tr("Back end:"));
    m_actionLabel->setText(tr("Action:"));
    m_copy->setText(tr("&Copy rows"));
    updateChoices(); // the "All ..." entries
}

void AuditView::setFilterText(const QString &text)
{
    m_search->setText(text);
}

void AuditView::updateChoices()
{
    // Keep the current choice while the lists grow with new records.
    const auto refill = [](QComboBox *box, const QString &all, const QStringList &values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_backend, tr("All back ends"), m_model->backendNames());
    refill(m_action, tr("All actions"), m_model->actions());
}

void AuditView::applyFilter()
{
    AuditLogFilter filter;
    filter.text = m_search->text().trimmed();
    filter.backendName = m_backend->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.outcome = AuditLogFilter::Outcome(m_result->currentData().toInt());
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

QString AuditView::selectedRowsText() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header.append(m_model->headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells.append(m_model->index(row.row(), c).data().toString().replace(u'\t', u' '));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void AuditView::copySelection()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}
