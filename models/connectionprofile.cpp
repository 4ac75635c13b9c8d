// SPDX-License-Identifier: MIT
#include "models/connectionprofile.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

/** The value of `all` whose name is `name`. */
template<class E>
std::optional<E> fromName(QStringView name, std::initializer_list<E> all, QString (*nameOf)(E))
{
    for (E e : all) {
        if (name == nameOf(e))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString backendKindName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::OpsApi:
        return u"ops-api"_s;
    case BackendKind::RabbitMq:
        return u"rabbitmq"_s;
    case BackendKind::Prometheus:
        return u"prometheus"_s;
    }
    return {};
}

std::optional<BackendKind> backendKindFromName(QStringView name)
{
    return fromName(name, { BackendKind::OpsApi, BackendKind::RabbitMq, BackendKind::Prometheus },
        &backendKindName);
}

QString environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return u"development"_s;
    case Environment::Staging:
        return u"staging"_s;
    case Environment::Production:
        return u"production"_s;
    }
    return {};
}

std::optional<Environment> environmentFromName(QStringView name)
{
    return fromName(name,
        { Environment::Development, Environment::Staging, Environment::Production },
        &environmentName);
}

QString environmentLabel(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return QCoreApplication::translate("Environment", "Development");
    case Environment::Staging:
        return QCoreApplication::translate("Environment", "Staging");
    case Environment::Production:
        return QCoreApplication::translate("Environment", "Production");
    }
    return {};
}

QString environmentColorName(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return u"#2e7d32"_s;
    case Environment::Staging:
        return u"#f9a825"_s;
    case Environment::Production:
        return u"#d50000"_s;
    }
    return {};
}

ConnectionProfile ConnectionProfile::create(
    const QString &name, const QUrl &url, Environment environment, BackendKind kind)
{
    ConnectionProfile p;
    p.id = newId();
    p.name = name;
    p.url = url;
    p.environment = environment;
    p.kind = kind;
    return p;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ConnectionProfile::isValid() const
{
    const QString scheme = url.scheme();
    return !id.trimmed().isEmpty() && !name.trimmed().isEmpty() && url.isValid()
        && !url.host().isEmpty() && (scheme == u"http" || scheme == u"https");
}
