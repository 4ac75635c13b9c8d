// SPDX-License-Identifier: MIT
#include "ui/common/connectdialog.h"

#include "core/rabbitmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_amqpUrl(new QLineEdit(this))
    , m_vhost(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_deadLetterPattern(new QLineEdit(this))
    , m_form(nullptr)
    , m_environment(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("Read-only: refuse every action from this console"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("New connection"));
    setMinimumWidth(480);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. prod-eu"));
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(u"https://ops.example.com"_s);
    m_token->setObjectName(u"token"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(tr("Ops API"), int(BackendKind::OpsApi));
    m_kind->addItem(tr("RabbitMQ"), int(BackendKind::RabbitMq));
    m_amqpUrl->setObjectName(u"amqpUrl"_s);
    m_amqpUrl->setPlaceholderText(u"amqp://rabbit.example.com:5672/"_s);
    m_vhost->setObjectName(u"vhost"_s);
    m_vhost->setPlaceholderText(u"/"_s);
    m_user->setObjectName(u"user"_s);
    m_deadLetterPattern->setObjectName(u"deadLetterPattern"_s);
    m_deadLetterPattern->setPlaceholderText(defaultDeadLetterNamePattern.toString());
    m_deadLetterPattern->setToolTip(
        tr("Queues whose name matches this regular expression (ignoring case) are shown "
           "as dead-letter queues, besides those the broker's dead-letter arguments and "
           "policies point at. Empty: the default shown."));
    m_environment->setObjectName(u"environment"_s);
    for (Environment e :
        { Environment::Development, Environment::Staging, Environment::Production })
        m_environment->addItem(environmentLabel(e), int(e));
    m_readOnly->setObjectName(u"readOnly"_s);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->setWordWrap(true); // a regular expression error is long

    auto *form = new QFormLayout(this);
    m_form = form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&AMQP URL:"), m_amqpUrl);
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Dead-letter queues:"), m_deadLetterPattern);
    form->addRow(tr("&Token:"), m_token);
    if (!keychainAvailable) {
        auto *note = new QLabel(tr("No keychain answers on this machine: the token is kept for "
                                   "this session only and asked again next time. It is never "
                                   "written to disk."),
            this);
        note->setObjectName(u"keychainNote"_s);
        note->setWordWrap(true);
        note->setStyleSheet(u"color: #5c4400; background-color: #fff3cd; padding: 4px;"_s);
        form->addRow(note);
    }
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(m_readOnly);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_name, m_url, m_token, m_amqpUrl, m_user, m_deadLetterPattern })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKindFields();
        validate();
    });
    showKindFields();
    validate();
}

void ConnectDialog::showKindFields()
{
    const bool rabbit = BackendKind(m_kind->currentData().toInt()) == BackendKind::RabbitMq;
    for (QWidget *field : { static_cast<QWidget *>(m_amqpUrl), static_cast<QWidget *>(m_vhost),
             static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_deadLetterPattern) })
        m_form->setRowVisible(field, rabbit);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_url)))
        label->setText(rabbit ? tr("Management &URL:") : tr("&URL:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_token)))
        label->setText(rabbit ? tr("&Password:") : tr("&Token:"));
    m_url->setPlaceholderText(
        rabbit ? u"http://rabbit.example.com:15672/"_s : u"https://ops.example.com"_s);
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile p = ConnectionProfile::create(m_name->text().trimmed(),
        QUrl::fromUserInput(m_url->text().trimmed()),
        Environment(m_environment->currentData().toInt()));
    p.readOnly = m_readOnly->isChecked();
    p.kind = BackendKind(m_kind->currentData().toInt());
    if (p.kind == BackendKind::RabbitMq) {
        p.amqpUrl = QUrl(m_amqpUrl->text().trimmed());
        p.vhost = m_vhost->text().trimmed();
        p.user = m_user->text().trimmed();
        p.deadLetterPattern = m_deadLetterPattern->text().trimmed();
    }
    return p;
}

QByteArray ConnectDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

void ConnectDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the connection a name.");
    else if (!profile().isValid())
        problem = tr("The URL must be http:// or https:// with a host.");
    else if (profile().kind == BackendKind::RabbitMq && profile().amqpUrl.scheme() != u"amqp"
        && profile().amqpUrl.scheme() != u"amqps")
        problem = tr("The AMQP URL must be amqp:// or amqps:// with a host.");
    else if (profile().kind == BackendKind::RabbitMq && profile().user.isEmpty())
        problem = tr("A user is required.");
    else if (const QRegularExpression pattern(profile().deadLetterPattern);
             profile().kind == BackendKind::RabbitMq && !pattern.isValid())
        problem = tr("The dead-letter queue pattern is not a valid regular expression: %1.")
                      .arg(pattern.errorString());
    else if (token().isEmpty())
        problem = profile().kind == BackendKind::RabbitMq ? tr("A password is required.")
                                                          : tr("A token is required.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
