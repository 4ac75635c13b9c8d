// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

/** The outcome of a SecretStore call. */
struct SecretResult {
    bool ok = false; ///< saved, found or removed
    bool persisted = false; ///< in the OS keychain; false: in this session's memory only
    QByteArray token; ///< readToken(): the token when found
    QString message; ///< for a person: why it failed, or that it lasts this session only
};

/**
 * API tokens, one per connection profile, in the OS keychain (QtKeychain:
 * Secret Service, KWallet, macOS Keychain, Windows Credential Store) under
 * service "breakwater" and key = the profile id.
 *
 * When no keychain answers (no D-Bus session, no secret service: QtKeychain
 * fails fast), a saved token is kept in this object's memory for the session
 * and keychainAvailable() turns false, so the UI can say so and ask again in
 * the next session. A token is never written to disk by this class: the
 * insecure plaintext fallback of QtKeychain is switched off.
 *
 * Calls are asynchronous; `done` runs later on this thread, only while
 * `context` lives.
 */
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    /** `service`: the keychain's service name; tests use their own. */
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    /** False once the keychain failed to answer; true again when it does. True before any call. */
    bool keychainAvailable() const { return m_keychainAvailable; }

    void saveToken(const QString &profileId, const QByteArray &token, QObject *context, Done done);
    /** Not found is ok == false with an empty message. */
    void readToken(const QString &profileId, QObject *context, Done done);
    void removeToken(const QString &profileId, QObject *context, Done done);

Q_SIGNALS:
    void keychainAvailableChanged(bool available);

private:
    void setKeychainAvailable(bool available);

    QString m_service;
    bool m_keychainAvailable = true;
    QHash<QString, QByteArray> m_sessionTokens; ///< only while no keychain answers
};
