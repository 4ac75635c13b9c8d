// SPDX-License-Identifier: MIT
#include "tests/support/rabbitbroker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The env file's KEY=value and KEY='value' lines (the script writes no other quoting).
QHash<QString, QString> readEnvFile(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    static const QRegularExpression line(u"^(?:export )?([A-Z_0-9]+)=(.*)$"_s);
    const auto lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &l : lines) {
        const auto m = line.match(l);
        if (!m.hasMatch())
            continue;
        QString value = m.captured(2);
        if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        values.insert(m.captured(1), value);
    }
    return values;
}

} // namespace

RabbitBroker::RabbitBroker() = default;

RabbitBroker::~RabbitBroker()
{
    stop();
}

QString RabbitBroker::scriptsDirectory()
{
    QString root = qEnvironmentVariable("BREAKWATER_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(BREAKWATER_TESTSUPPORT_SOURCE_DIR);
    return root + u"/scripts"_s;
}

QString RabbitBroker::directory() const
{
    return m_dir ? m_dir->path() + u"/broker"_s : QString();
}

bool RabbitBroker::start()
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/bw-rabbit-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary folder: "_s + m_dir->errorString();
        return false;
    }
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(u"bash"_s, { scriptsDirectory() + u"/rabbitmq-start"_s, directory() });
    // A loaded machine can take minutes; the script gives up after 400 s itself.
    if (!script.waitForFinished(480000) || script.exitStatus() != QProcess::NormalExit
        || script.exitCode() != 0) {
        m_error = u"rabbitmq-start failed: "_s + QString::fromUtf8(script.readAll());
        script.kill();
        script.waitForFinished(5000);
        m_running = true; // let stop() clean up whatever did start
        stop();
        return false;
    }
    const auto env = readEnvFile(directory() + u"/env"_s);
    m_amqpPort = quint16(env.value(u"BW_RABBIT_AMQP_PORT"_s).toUInt());
    m_managementPort = quint16(env.value(u"BW_RABBIT_MANAGEMENT_PORT"_s).toUInt());
    m_adminUser = env.value(u"BW_RABBIT_ADMIN_USER"_s);
    m_adminPassword = env.value(u"BW_RABBIT_ADMIN_PASSWORD"_s);
    m_monitoringUser = env.value(u"BW_RABBIT_MONITOR_USER"_s);
    m_monitoringPassword = env.value(u"BW_RABBIT_MONITOR_PASSWORD"_s);
    m_running = true;
    if (!m_amqpPort || !m_managementPort || m_adminPassword.isEmpty()) {
        m_error = u"rabbitmq-start wrote an incomplete env file"_s;
        stop();
        return false;
    }
    return true;
}

void RabbitBroker::stop()
{
    if (!m_running || !m_dir)
        return;
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(u"bash"_s, { scriptsDirectory() + u"/rabbitmq-stop"_s, directory() });
    script.waitForFinished(120000);
    m_running = false;
}

QUrl RabbitBroker::managementUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_managementPort));
}

QUrl RabbitBroker::amqpUrl() const
{
    return QUrl(u"amqp://127.0.0.1:%1/"_s.arg(m_amqpPort));
}

int RabbitBroker::rabbitmqctl(const QStringList &arguments, QByteArray *output) const
{
    if (!m_running)
        return -1;
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    // Source the env file so the call uses exactly the broker's HOME, node and epmd.
    QStringList quoted;
    for (const QString &a : arguments)
        quoted.append(u'\'' + QString(a).replace(u'\'', u"'\\''"_s) + u'\'');
    const QString command = u". '"_s + directory()
        + u"/env' && exec /usr/lib/rabbitmq/bin/rabbitmqctl "_s + quoted.join(u' ');
    ctl.start(u"bash"_s, { u"-c"_s, command });
    ctl.waitForFinished(120000);
    if (output)
        *output = ctl.readAll();
    return ctl.exitStatus() == QProcess::NormalExit ? ctl.exitCode() : -1;
}
