// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

/**
 * A private RabbitMQ broker for tests: scripts/rabbitmq-start in a fresh
 * QTemporaryDir (loopback, free ports, private HOME and data), stopped by
 * scripts/rabbitmq-stop in the destructor. Starting takes 5-30 s: use one per
 * test file (initTestCase). Blocking; test processes only.
 *
 * Users: an administrator (all permissions on "/") and a monitoring-only
 * user (tag `monitoring`, no AMQP permissions).
 */
class RabbitBroker {
public:
    RabbitBroker();
    ~RabbitBroker();
    RabbitBroker(const RabbitBroker &) = delete;
    RabbitBroker &operator=(const RabbitBroker &) = delete;

    /** Runs the start script and reads its env file. False with error() set. */
    bool start();
    void stop();
    bool isRunning() const { return m_running; }

    quint16 amqpPort() const { return m_amqpPort; }
    quint16 managementPort() const { return m_managementPort; }
    QUrl managementUrl() const; ///< http://127.0.0.1:PORT/
    QUrl amqpUrl() const; ///< amqp://127.0.0.1:PORT/ (no credentials)
    QString adminUser() const { return m_adminUser; }
    QString adminPassword() const { return m_adminPassword; }
    QString monitoringUser() const { return m_monitoringUser; }
    QString monitoringPassword() const { return m_monitoringPassword; }
    /** The broker's folder; `env` in it has the rabbitmqctl environment. */
    QString directory() const;
    QString error() const { return m_error; }

    /**
     * Runs rabbitmqctl with this broker's environment; returns its exit code
     * and puts its output in `output` if given.
     */
    int rabbitmqctl(const QStringList &arguments, QByteArray *output = nullptr) const;

    /** scripts/ of the source tree ($BREAKWATER_SOURCE_DIR, set by CTest). */
    static QString scriptsDirectory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
    quint16 m_amqpPort = 0;
    quint16 m_managementPort = 0;
    QString m_adminUser;
    QString m_adminPassword;
    QString m_monitoringUser;
    QString m_monitoringPassword;
    QString m_error;
};
