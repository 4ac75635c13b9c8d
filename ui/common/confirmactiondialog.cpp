// SPDX-License-Identifier: MIT
#include "ui/common/confirmactiondialog.h"

#include "ui/common/environmentbanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConfirmActionDialog::ConfirmActionDialog(const ConfirmRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_reason(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Confirm: %1").arg(request.action));
    setMinimumWidth(460);

    auto *banner = new EnvironmentBanner(this);
    banner->setObjectName(u"environment"_s);
    banner->setEnvironment(request.environment, request.profileName);

    auto *form = new QFormLayout;
    auto *action = new QLabel(request.action, this);
    action->setObjectName(u"action"_s);
    auto *target = new QLabel(request.target, this);
    target->setObjectName(u"target"_s);
    target->setWordWrap(true);
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *count = new QLabel(tr("%n item(s)", nullptr, int(request.count)), this);
    count->setObjectName(u"count"_s);
    form->addRow(tr("Action:"), action);
    form->addRow(tr("Target:"), target);
    form->addRow(tr("Count:"), count);

    m_reason->setObjectName(u"reason"_s);
    m_reason->setMaxLength(MaxReasonLength);
    m_reason->setPlaceholderText(tr("Why? Recorded in the audit log and sent to the server"));
    form->addRow(tr("&Reason:"), m_reason);

    if (request.environment == Environment::Production)
        m_required = environmentName(request.environment);
    else if (request.count >= CountToTypeFrom)
        m_required = QString::number(request.count);
    if (!m_required.isEmpty()) {
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(u"typedConfirmation"_s);
        m_typed->setPlaceholderText(m_required);
        const QString prompt = request.environment == Environment::Production
            ? tr("Type %1 to confirm:").arg(m_required)
            : tr("Type the count (%1) to confirm:").arg(m_required);
        form->addRow(prompt, m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateState);
    }

    m_hint->setObjectName(u"hint"_s);
    m_hint->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setText(request.action);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConfirmActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConfirmActionDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    m_reason->setFocus();
    updateState();
}

QString ConfirmActionDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool ConfirmActionDialog::canConfirm() const
{
    if (reason().isEmpty())
        return false;
    return !m_typed || m_typed->text().trimmed().compare(m_required, Qt::CaseInsensitive) == 0;
}

void ConfirmActionDialog::accept()
{
    // Enter in a line edit reaches accept() even while OK is disabled.
    if (!canConfirm())
        return;
    const QString given = reason();
    QDialog::accept();
    Q_EMIT confirmed(given);
}

void ConfirmActionDialog::updateState()
{
    const bool ok = canConfirm();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (reason().isEmpty())
        m_hint->setText(tr("A reason is required."));
    else if (!ok)
        m_hint->setText(tr("Type %1 exactly to enable the action.").arg(m_required));
    else
        m_hint->clear();
}
