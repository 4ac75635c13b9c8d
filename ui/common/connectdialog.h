// SPDX-License-Identifier: MIT
#pragma once

#include "models/connectionprofile.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

/**
 * A new connection: name, kind, URL, token (a password field), environment and
 * read-only. For RabbitMQ also the AMQP URL, vhost and user; the URL is the
 * management API's and the secret is the user's password. The caller saves the profile
 * (ProfileStore, no secret) and the token (SecretStore). When no keychain answers, the dialog says
 * the token lasts this session only. Non-blocking: open() and accepted().
 */
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(bool keychainAvailable, QWidget *parent = nullptr);

    /** A profile with a fresh id from what was typed. */
    ConnectionProfile profile() const;
    QByteArray token() const;

private:
    void validate();
    /** Shows the fields of the chosen kind (RabbitMQ: AMQP URL, vhost, user; a password, not a
     * token). */
    void showKindFields();

    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QComboBox *m_kind;
    QLineEdit *m_amqpUrl;
    QLineEdit *m_vhost;
    QLineEdit *m_user;
    QLineEdit *m_deadLetterPattern;
    QFormLayout *m_form;
    QComboBox *m_environment;
    QCheckBox *m_readOnly;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
