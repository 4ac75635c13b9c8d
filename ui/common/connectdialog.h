// SPDX-License-Identifier: MIT
#pragma once

#include "models/connectionprofile.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/**
 * A new connection: name, URL, token (a password field), environment and
 * read-only. The caller saves the profile (ProfileStore, no secret) and the
 * token (SecretStore). When no keychain answers, the dialog says the token
 * lasts this session only. Non-blocking: open() and accepted().
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

    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QComboBox *m_environment;
    QCheckBox *m_readOnly;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
