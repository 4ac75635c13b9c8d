// SPDX-License-Identifier: MIT
#include "models/secretstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

/** Errors that mean "there is no usable keychain", as opposed to "no such entry". */
bool keychainMissing(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
        return true;
    default:
        return false;
    }
}

template<class Job> Job *newJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    // QtKeychain would otherwise write the secret in plain text to QSettings.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

/** Calls `done` only while the caller's context lives. */
void deliver(const QPointer<QObject> &context, const SecretStore::Done &done, const SecretResult &r)
{
    if (context && done)
        done(r);
}

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(u"breakwater"_s, parent)
{
}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore()
{
    for (QByteArray &token : m_sessionTokens)
        wipe(token);
}

void SecretStore::setKeychainAvailable(bool available)
{
    if (available == m_keychainAvailable)
        return;
    m_keychainAvailable = available;
    Q_EMIT keychainAvailableChanged(available);
}

void SecretStore::saveToken(
    const QString &profileId, const QByteArray &token, QObject *context, Done done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, profileId, this);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this,
        [this, profileId, token, context = QPointer(context), done](QKeychain::Job *j) {
            SecretResult r;
            if (j->error() == QKeychain::NoError) {
                setKeychainAvailable(true);
                // The keychain has it now; a session copy would only outlive its use.
                if (auto it = m_sessionTokens.find(profileId); it != m_sessionTokens.end()) {
                    wipe(*it);
                    m_sessionTokens.erase(it);
                }
                r.ok = true;
                r.persisted = true;
            } else {
                if (keychainMissing(j->error()))
                    setKeychainAvailable(false);
                m_sessionTokens.insert(profileId, token);
                r.ok = true;
                r.message = tr("No keychain answered (%1): the token is kept for this session "
                               "only and will be asked for again next time.")
                                .arg(j->errorString());
            }
            deliver(context, done, r);
        });
    job->start();
}

void SecretStore::readToken(const QString &profileId, QObject *context, Done done)
{
    // A token saved while no keychain answered is only here; never look it up elsewhere.
    if (const auto it = m_sessionTokens.constFind(profileId); it != m_sessionTokens.cend()) {
        SecretResult r;
        r.ok = true;
        r.token = *it;
        r.message = tr("The token is kept for this session only.");
        QMetaObject::invokeMethod(
            this, [context = QPointer(context), done, r] { deliver(context, done, r); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, profileId, this);
    connect(job, &QKeychain::Job::finished, this,
        [this, context = QPointer(context), done](QKeychain::Job *j) {
            SecretResult r;
            if (j->error() == QKeychain::NoError) {
                setKeychainAvailable(true);
                r.ok = true;
                r.persisted = true;
                r.token = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
            } else if (j->error() != QKeychain::EntryNotFound) {
                if (keychainMissing(j->error()))
                    setKeychainAvailable(false);
                r.message = tr("Cannot read the token from the keychain: %1").arg(j->errorString());
            } else {
                setKeychainAvailable(true);
            }
            deliver(context, done, r);
        });
    job->start();
}

void SecretStore::removeToken(const QString &profileId, QObject *context, Done done)
{
    if (auto it = m_sessionTokens.find(profileId); it != m_sessionTokens.end()) {
        wipe(*it);
        m_sessionTokens.erase(it);
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, profileId, this);
    connect(job, &QKeychain::Job::finished, this,
        [this, context = QPointer(context), done](QKeychain::Job *j) {
            SecretResult r;
            r.ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            if (r.ok) {
                setKeychainAvailable(true);
            } else {
                if (keychainMissing(j->error()))
                    setKeychainAvailable(false);
                // Nothing can be in a keychain that does not answer: the session copy is gone.
                r.ok = !m_keychainAvailable;
                if (!r.ok)
                    r.message
                        = tr("Cannot remove the token from the keychain: %1").arg(j->errorString());
            }
            deliver(context, done, r);
        });
    job->start();
}
