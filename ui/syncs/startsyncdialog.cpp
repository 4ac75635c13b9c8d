// SPDX-License-Identifier: MIT
#include "ui/syncs/startsyncdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

StartSyncDialog::StartSyncDialog(const QStringList &integrations, QWidget *parent)
    : QDialog(parent)
    , m_integration(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_total(new QSpinBox(this))
    , m_pageSize(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Start a sync"));
    m_integration->setObjectName(u"integration"_s);
    m_integration->addItems(integrations);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. Marketplace catalogue"));
    m_total->setObjectName(u"total"_s);
    m_total->setRange(1, 100'000'000);
    m_total->setValue(1000);
    m_total->setGroupSeparatorShown(true);
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->setRange(1, 10'000);
    m_pageSize->setValue(100);
    m_rate->setObjectName(u"rate"_s);
    m_rate->setRange(0, 100'000);
    m_rate->setValue(0);
    m_rate->setSpecialValueText(tr("server default"));
    m_rate->setSuffix(tr(" items/s"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue..."));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!integrations.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Integration:"), m_integration);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Total items:"), m_total);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("&Rate:"), m_rate);
    form->addRow(buttons);
}

SyncRequest StartSyncDialog::request() const
{
    SyncRequest r;
    r.integration = m_integration->currentText();
    r.name = m_name->text().trimmed();
    r.total = m_total->value();
    r.pageSize = m_pageSize->value();
    r.itemsPerSecond = m_rate->value();
    return r;
}
