// SPDX-License-Identifier: MIT
#pragma once

#include "models/connectionprofile.h"

#include <QList>
#include <QObject>
#include <optional>

class QSettings;

/**
 * The saved connection profiles, in QSettings under "profiles/<id>/". The
 * keys are declared once, typed, in profilestore.cpp. Tokens are never
 * stored here: they go to the SecretStore under the profile's id.
 */
class ProfileStore : public QObject {
    Q_OBJECT
public:
    /** `settings` is not owned and must outlive the store. */
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    /** All profiles, sorted by name. Entries that no longer parse are left out. */
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    /**
     * Adds or replaces the profile with this id; false (nothing written) when
     * it is not valid. A user name or password in the URL is not stored.
     */
    bool save(const ConnectionProfile &profile);
    void remove(const QString &id);

Q_SIGNALS:
    void profilesChanged();

private:
    QSettings *m_settings;
};
