// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

/** Which connector a profile opens. Only OpsApi exists today; the others are on the roadmap. */
enum class BackendKind { OpsApi, RabbitMq, Prometheus };
/** "ops-api", "rabbitmq", "prometheus": the names stored in settings. */
QString backendKindName(BackendKind kind);
std::optional<BackendKind> backendKindFromName(QStringView name);

/** The environment tag of a profile: how careful the operator must be. */
enum class Environment { Development, Staging, Production };
/** "development", "staging", "production": the names stored in settings and the audit log. */
QString environmentName(Environment environment);
std::optional<Environment> environmentFromName(QStringView name);
/** "Production", translated, for badges and confirmation dialogs. */
QString environmentLabel(Environment environment);
/**
 * The badge colour as "#rrggbb" (models/ has no QColor; QColor::fromString() takes it).
 * Production is an unmistakable red, staging amber, development green.
 */
QString environmentColorName(Environment environment);

/**
 * Where and how to connect to one back end. No secret here: the token lives
 * in the SecretStore under the profile's id.
 */
struct ConnectionProfile {
    QString id; ///< stable and unique (a UUID without braces); also the keychain key
    QString name; ///< for people: "prod", "EU staging"
    BackendKind kind = BackendKind::OpsApi;
    QUrl url; ///< the server root, e.g. https://ops.example.com
    Environment environment = Environment::Development;
    bool readOnly = false; ///< the console refuses every action, whatever the token's role
    bool verifyTls = true;
    // RabbitMQ profiles: `url` is the management API (http://host:15672/); the password is the
    // secret.
    QUrl amqpUrl; ///< amqp://host:5672/ (no credentials)
    QString vhost; ///< empty: "/"
    QString user;
    /// Queues whose name matches (case-insensitive regular expression) are dead-letter queues,
    /// besides those the broker's dead-letter arguments and policies point at. Empty:
    /// defaultDeadLetterNamePattern.
    QString deadLetterPattern;

    /** A profile with a fresh id. */
    static ConnectionProfile create(const QString &name, const QUrl &url,
        Environment environment = Environment::Development, BackendKind kind = BackendKind::OpsApi);
    static QString newId();

    /** Has an id, a name and an http(s) URL with a host. */
    bool isValid() const;
    bool operator==(const ConnectionProfile &) const = default;
};
