// SPDX-License-Identifier: MIT
#include "models/profilestore.h"

#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/** A settings key with its type and default, declared once below. */
template<class T> struct SettingKey {
    QLatin1StringView name;
    T defaultValue;

    T read(const QSettings &s) const
    {
        const QVariant v = s.value(name);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : defaultValue;
    }
    void write(QSettings &s, const T &value) const { s.setValue(name, QVariant::fromValue(value)); }
};

constexpr QLatin1StringView profilesGroup("profiles");
// Inside "profiles/<id>". No key here may ever hold a secret.
const SettingKey<QString> nameKey { "name"_L1, {} };
const SettingKey<QString> kindKey { "kind"_L1, u"ops-api"_s };
const SettingKey<QString> urlKey { "url"_L1, {} };
const SettingKey<QString> environmentKey { "environment"_L1, u"development"_s };
const SettingKey<bool> readOnlyKey { "readOnly"_L1, false };
const SettingKey<bool> verifyTlsKey { "verifyTls"_L1, true };
// RabbitMQ profiles only.
const SettingKey<QString> amqpUrlKey { "amqpUrl"_L1, {} };
const SettingKey<QString> vhostKey { "vhost"_L1, {} };
const SettingKey<QString> userKey { "user"_L1, {} };
const SettingKey<QString> deadLetterPatternKey { "deadLetterPattern"_L1, {} };

std::optional<ConnectionProfile> readProfile(QSettings &s, const QString &id)
{
    s.beginGroup(profilesGroup + u'/' + id);
    ConnectionProfile p;
    p.id = id;
    p.name = nameKey.read(s);
    p.url = QUrl(urlKey.read(s));
    const auto kind = backendKindFromName(kindKey.read(s));
    const auto environment = environmentFromName(environmentKey.read(s));
    p.readOnly = readOnlyKey.read(s);
    p.verifyTls = verifyTlsKey.read(s);
    p.amqpUrl = QUrl(amqpUrlKey.read(s));
    p.vhost = vhostKey.read(s);
    p.user = userKey.read(s);
    p.deadLetterPattern = deadLetterPatternKey.read(s);
    s.endGroup();
    if (!kind || !environment)
        return std::nullopt;
    p.kind = *kind;
    p.environment = *environment;
    return p.isValid() ? std::optional(p) : std::nullopt;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<ConnectionProfile> out;
    for (const QString &id : ids) {
        if (auto p = readProfile(*m_settings, id))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    return readProfile(*m_settings, id);
}

bool ProfileStore::save(const ConnectionProfile &p)
{
    if (!p.isValid() || p.id.contains(u'/'))
        return false;
    m_settings->beginGroup(profilesGroup + u'/' + p.id);
    m_settings->remove(QString()); // drop keys an older version may have left
    nameKey.write(*m_settings, p.name);
    kindKey.write(*m_settings, backendKindName(p.kind));
    // Credentials in the URL would land in the settings file: keep only where to connect.
    urlKey.write(*m_settings, p.url.adjusted(QUrl::RemoveUserInfo).toString());
    environmentKey.write(*m_settings, environmentName(p.environment));
    readOnlyKey.write(*m_settings, p.readOnly);
    verifyTlsKey.write(*m_settings, p.verifyTls);
    if (p.kind == BackendKind::RabbitMq) {
        amqpUrlKey.write(*m_settings, p.amqpUrl.adjusted(QUrl::RemoveUserInfo).toString());
        vhostKey.write(*m_settings, p.vhost);
        userKey.write(*m_settings, p.user);
        if (!p.deadLetterPattern.isEmpty())
            deadLetterPatternKey.write(*m_settings, p.deadLetterPattern);
    }
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT profilesChanged();
    return true;
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || id.contains(u'/'))
        return;
    m_settings->remove(profilesGroup + u'/' + id);
    m_settings->sync();
    Q_EMIT profilesChanged();
}
