// SPDX-License-Identifier: MIT
#include "ui/syncs/startsyncdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
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
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_integration->setObjectName(u"integration"_s);
    m_integration->addItems(integrations);
    m_name->setObjectName(u"name"_s);
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

    QDialogButtonBox *buttons = m_buttons;
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!integrations.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QWidget *field :
        std::initializer_list<QWidget *> { m_integration, m_name, m_total, m_pageSize, m_rate })
        m_form->addRow(QString(), field);
    m_form->addRow(buttons);
    retranslateUi();
}

void StartSyncDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void StartSyncDialog::retranslateUi()
{
    setWindowTitle(tr("Start a sync"));
    m_name->setPlaceholderText(tr("e.g. Marketplace catalogue"));
    m_rate->setSpecialValueText(tr("server default"));
    m_rate->setSuffix(tr(" items/s"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue..."));
    const std::pair<QWidget *, QString> labels[] = {
        { m_integration, tr("&Integration:") },
        { m_name, tr("&Name:") },
        { m_total, tr("&Total items:") },
        { m_pageSize, tr("&Page size:") },
        { m_rate, tr("&Rate:") },
    };
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    }
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
