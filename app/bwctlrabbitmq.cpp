// SPDX-License-Identifier: MIT
#include "app/bwctlrabbitmq.h"

#include "app/bwctlcommandline.h"
#include "backends/rabbitmanagementtypes.h"
#include "backends/rabbitmover.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bwctl", text);
}

struct Options {
    QString command;
    QString queue;
    QString target;
    QUrl managementUrl;
    AmqpEndpoint endpoint;
    QString filter;
    QString idsFile;
    QString reason;
    QString journal;
    QString operationId;
    QString deadLetterPattern = defaultDeadLetterNamePattern.toString();
    int count = 5;
    int prefetch = RabbitMoveRequest().prefetch;
    int confirmWindow = RabbitMoveRequest().confirmWindow;
    int rate = 0; ///< selected messages a second at most; 0: as fast as the broker confirms
    bool dryRun = false;
    bool yes = false;
    bool json = false;
};

const char *const kUsage
    = "usage: bwctl rabbitmq queues|peek QUEUE [-n N]|retry QUEUE [--filter Q] [--ids FILE]|move "
      "QUEUE --to Q2|"
      "delete QUEUE|purge QUEUE\n"
      "  [--management-url URL] [--amqp-url URL] [--vhost V] [--user U] [--password-env VAR]\n"
      "  [--reason R] [--dry-run] [--yes] [--json] [--journal FILE] [--operation-id ID]\n"
      "  [--rate N] [--prefetch N] [--confirm-window N] [--dlq-pattern REGEX]\n";

struct Io {
    QFile out;
    QFile err;
    bool terminal = false;
    void print(const QString &s) { out.write(s.toUtf8()); }
    void fail(const QString &s) { err.write((u"bwctl: "_s + s + u'\n').toUtf8()); }
};

// Parses argv after "rabbitmq"; an error message on failure.
QString parse(const QStringList &args, Options &o)
{
    qsizetype i = 0;
    if (i >= args.size())
        return tr("rabbitmq needs a command");
    o.command = args.at(i++);
    static const QStringList commands { u"queues"_s, u"peek"_s, u"retry"_s, u"move"_s, u"delete"_s,
        u"purge"_s };
    if (!commands.contains(o.command))
        return tr("unknown rabbitmq command \"%1\"").arg(o.command);
    QString passwordEnv;
    QString amqpUrl;
    QString vhost;
    QString user;
    while (i < args.size()) {
        const QString a = args.at(i++);
        const auto value = [&](QString &into) {
            if (i >= args.size())
                return false;
            into = args.at(i++);
            return true;
        };
        const auto number = [&](int &into) {
            QString v;
            bool ok = false;
            if (value(v))
                into = v.toInt(&ok);
            return ok && into > 0;
        };
        bool ok = true;
        if (a == u"--management-url"_s) {
            QString v;
            ok = value(v);
            o.managementUrl = QUrl(v);
        } else if (a == u"--amqp-url"_s) {
            ok = value(amqpUrl);
        } else if (a == u"--vhost"_s) {
            ok = value(vhost);
        } else if (a == u"--user"_s) {
            ok = value(user);
        } else if (a == u"--password-env"_s) {
            ok = value(passwordEnv);
        } else if (a == u"--to"_s) {
            ok = value(o.target);
        } else if (a == u"--filter"_s) {
            ok = value(o.filter);
        } else if (a == u"--ids"_s) {
            ok = value(o.idsFile);
        } else if (a == u"--reason"_s) {
            ok = value(o.reason);
        } else if (a == u"--journal"_s) {
            ok = value(o.journal);
        } else if (a == u"--dlq-pattern"_s) {
            ok = value(o.deadLetterPattern);
        } else if (a == u"--operation-id"_s) {
            ok = value(o.operationId);
        } else if (a == u"-n"_s) {
            ok = number(o.count);
        } else if (a == u"--prefetch"_s) {
            ok = number(o.prefetch);
        } else if (a == u"--rate"_s) {
            ok = number(o.rate);
        } else if (a == u"--confirm-window"_s) {
            ok = number(o.confirmWindow);
        } else if (a == u"--dry-run"_s) {
            o.dryRun = true;
        } else if (a == u"--yes"_s) {
            o.yes = true;
        } else if (a == u"--json"_s) {
            o.json = true;
        } else if (!a.startsWith(u'-') && o.queue.isEmpty()) {
            o.queue = a;
        } else {
            return tr("unknown option \"%1\"").arg(a);
        }
        if (!ok)
            return tr("%1 needs a valid value").arg(a);
    }
    if (!amqpUrl.isEmpty() && !o.endpoint.setUrl(QUrl(amqpUrl)))
        return tr("--amqp-url must be amqp://host:port/vhost");
    if (!vhost.isEmpty())
        o.endpoint.vhost = vhost;
    if (!user.isEmpty())
        o.endpoint.user = user;
    if (!passwordEnv.isEmpty()) {
        o.endpoint.password = qEnvironmentVariable(passwordEnv.toLocal8Bit().constData());
        if (o.endpoint.password.isEmpty())
            return tr("the environment variable %1 (--password-env) is unset or empty")
                .arg(passwordEnv);
    }
    if (o.endpoint.user.isEmpty())
        return tr("--user (or a user in --amqp-url) is required");
    const bool viaManagement = o.command == u"queues"_s || o.command == u"peek"_s;
    if (viaManagement && !o.managementUrl.isValid())
        return tr("%1 needs --management-url").arg(o.command);
    if (!viaManagement && amqpUrl.isEmpty())
        return tr("%1 needs --amqp-url").arg(o.command);
    if (o.command != u"queues"_s && o.queue.isEmpty())
        return tr("%1 needs a QUEUE").arg(o.command);
    if (o.command == u"move"_s && o.target.isEmpty())
        return tr("move needs --to QUEUE");
    if (!viaManagement && !o.dryRun) {
        if (o.reason.trimmed().isEmpty() || o.reason.size() > 500)
            return tr("%1 changes the broker: --reason is required (1 to 500 characters), for the "
                      "audit trail")
                .arg(o.command);
    }
    if (o.command == u"delete"_s && o.filter.isEmpty() && o.idsFile.isEmpty())
        return tr("delete needs --filter or --ids (purge empties a whole queue)");
    if (o.command == u"purge"_s && !o.dryRun && !o.yes)
        return tr("purge drops every message of %1: add --yes to confirm").arg(o.queue);
    return {};
}

// Management API GET/POST, blocking: a CLI has nothing else to do meanwhile.
QJsonDocument managementCall(
    const Options &o, const QString &path, const QByteArray &postBody, QString *error)
{
    QNetworkAccessManager nam;
    QUrl url = o.managementUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path, QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
        "Basic " + (o.endpoint.user + u':' + o.endpoint.password).toUtf8().toBase64());
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = postBody.isNull() ? nam.get(request) : nam.post(request, postBody);
    // A queue list of a big broker is a few MiB; anything far beyond that is refused, not buffered.
    constexpr qint64 maxBody = 64 * 1024 * 1024;
    bool tooLarge = false;
    // bwctl is a command-line tool with no GUI thread: waiting here for the one
    // answer it needs is the simplest correct flow (the transfer timeout bounds it).
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
        [reply, &tooLarge](qint64 received, qint64) {
            if (received > maxBody && !tooLarge) {
                tooLarge = true;
                reply->abort();
            }
        });
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = tooLarge ? QByteArray() : reply->readAll();
    reply->deleteLater();
    if (tooLarge) {
        *error = tr("%1 answered more than %2 MiB: refused")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo))
                     .arg(maxBody / (1024 * 1024));
        return {};
    }
    if (status == 401 || status == 403) {
        const QString reason = QJsonDocument::fromJson(body).object().value(u"reason"_s).toString();
        *error = tr("the broker refused: %1 (HTTP %2)")
                     .arg(reason.isEmpty() ? tr("not authorised") : reason)
                     .arg(status);
        return {};
    }
    if (status < 200 || status >= 300) {
        *error = status ? tr("%1 answered HTTP %2: %3")
                              .arg(url.toDisplayString(QUrl::RemoveUserInfo))
                              .arg(status)
                              .arg(QString::fromUtf8(body.left(300)))
                        : tr("cannot reach %1: %2")
                              .arg(url.toDisplayString(QUrl::RemoveUserInfo), reply->errorString());
        return {};
    }
    return QJsonDocument::fromJson(body);
}

QString vhostPath(const Options &o)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(o.endpoint.vhost));
}

/** Every item of a management list that decodes; nullopt (with `error` set) when the call failed.
 */
template<class T>
std::optional<QList<T>> managementList(const Options &o, const QString &collection, QString *error)
{
    const QJsonDocument doc
        = managementCall(o, u"/api/"_s + collection + u'/' + vhostPath(o), QByteArray(), error);
    if (!error->isEmpty())
        return std::nullopt;
    QList<T> items;
    const QJsonArray array = doc.array();
    for (const QJsonValue &v : array) {
        if (auto item = T::fromJson(v.toObject()))
            items.append(std::move(*item));
    }
    return items;
}

int runQueues(const Options &o, Io &io)
{
    // The console's discovery: dead-letter arguments, policies and bindings, then the name pattern.
    const QRegularExpression pattern(
        o.deadLetterPattern, QRegularExpression::CaseInsensitiveOption);
    if (!pattern.isValid()) {
        io.fail(tr("--dlq-pattern: %1").arg(pattern.errorString()));
        return int(BwctlExit::Usage);
    }
    QString error;
    const auto queues = managementList<RabbitQueue>(o, u"queues"_s, &error);
    const auto policies
        = queues ? managementList<RabbitPolicy>(o, u"policies"_s, &error) : std::nullopt;
    const auto bindings
        = policies ? managementList<RabbitBinding>(o, u"bindings"_s, &error) : std::nullopt;
    const auto exchanges
        = bindings ? managementList<RabbitExchange>(o, u"exchanges"_s, &error) : std::nullopt;
    if (!exchanges) {
        io.fail(error);
        return int(BwctlExit::Failure);
    }
    const RabbitTopology topology
        = RabbitTopology::discover(*queues, *policies, *bindings, *exchanges, pattern);
    if (o.json) {
        QJsonArray items;
        for (const RabbitQueue &q : topology.queues) {
            items.append(QJsonObject { { u"name"_s, q.name }, { u"messages"_s, q.messages },
                { u"ready"_s, q.ready }, { u"unacked"_s, q.unacked },
                { u"consumers"_s, q.consumers }, { u"deadLetterQueue"_s, q.isDeadLetterQueue() },
                { u"deadLetterSources"_s, QJsonArray::fromStringList(q.deadLetterSources) } });
        }
        io.print(
            QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson(QJsonDocument::Compact))
            + u'\n');
        return 0;
    }
    io.print(u"%1  %2  %3  %4  %5\n"_s.arg(u"NAME"_s, -30)
                 .arg(u"READY"_s, 8)
                 .arg(u"UNACKED"_s, 8)
                 .arg(u"CONSUMERS"_s, 9)
                 .arg(u"DLQ"_s));
    for (const RabbitQueue &q : topology.queues) {
        // A dead-letter queue says where its letters come from, when the broker's arguments tell.
        const QString dlq = !q.isDeadLetterQueue() ? u"-"_s
            : q.deadLetterSources.isEmpty()
            ? u"yes"_s
            : u"yes (from %1)"_s.arg(q.deadLetterSources.join(u", "_s));
        io.print(u"%1  %2  %3  %4  %5\n"_s.arg(q.name, -30)
                     .arg(q.ready, 8)
                     .arg(q.unacked, 8)
                     .arg(q.consumers, 9)
                     .arg(dlq));
    }
    return 0;
}

int runPeek(const Options &o, Io &io)
{
    QString error;
    const QJsonObject request { { u"count"_s, o.count }, { u"ackmode"_s, u"ack_requeue_true"_s },
        { u"encoding"_s, u"auto"_s }, { u"truncate"_s, 50000 } };
    const QJsonDocument doc = managementCall(o,
        u"/api/queues/"_s + vhostPath(o) + u'/'
            + QString::fromLatin1(QUrl::toPercentEncoding(o.queue)) + u"/get"_s,
        QJsonDocument(request).toJson(QJsonDocument::Compact), &error);
    if (!error.isEmpty()) {
        io.fail(error);
        return int(BwctlExit::Failure);
    }
    if (o.json) {
        io.print(QString::fromUtf8(QJsonDocument(QJsonObject { { u"items"_s, doc.array() } })
                                       .toJson(QJsonDocument::Compact))
            + u'\n');
        return 0;
    }
    io.err.write(tr("note: a peek requeues the messages and sets their redelivered flag; the "
                    "management API is for diagnostics.\n")
                     .toUtf8());
    const QJsonArray items = doc.array();
    for (const QJsonValue &v : items) {
        const QJsonObject m = v.toObject();
        const QJsonObject props = m.value(u"properties"_s).toObject();
        RabbitMessage msg;
        msg.body = m.value(u"payload"_s).toString().toUtf8();
        if (props.contains(u"message_id"_s))
            msg.properties.messageId = props.value(u"message_id"_s).toString().toUtf8();
        const QVariantMap headers = props.value(u"headers"_s).toObject().toVariantMap();
        msg.xDeath = XDeathEntry::listFromVariant(headers.value(u"x-death"_s));
        io.print(u"id %1  redelivered %2\n"_s.arg(
            msg.stableId(), m.value(u"redelivered"_s).toBool() ? u"yes"_s : u"no"_s));
        for (const XDeathEntry &x : std::as_const(msg.xDeath)) {
            io.print(u"  x-death: %1 from %2 via %3 [%4] x%5 at %6\n"_s
                         .arg(x.reason, x.queue, x.exchange.isEmpty() ? u"(default)"_s : x.exchange,
                             x.routingKeys.join(u", "_s))
                         .arg(x.count)
                         .arg(QDateTime::fromMSecsSinceEpoch(x.timeMs).toString(
                             u"yyyy-MM-dd HH:mm:ss"_s)));
        }
        for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
            if (!RabbitMessage::isDeathHeader(it.key()))
                io.print(u"  %1: %2\n"_s.arg(it.key(), it.value().toString()));
        }
        io.print(u"  payload: %1\n"_s.arg(QString::fromUtf8(msg.body.left(300))));
    }
    return 0;
}

QString defaultJournal()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    dir += u"/breakwater"_s;
    QDir().mkpath(dir);
    return dir + u"/rabbitmq-journal.sqlite"_s;
}

int runMove(const Options &o, Io &io)
{
    RabbitMoveRequest r;
    r.endpoint = o.endpoint;
    r.sourceQueue = o.queue;
    r.targetQueue = o.target;
    r.dryRun = o.dryRun;
    r.reason = o.reason;
    r.operationId = o.operationId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                            : o.operationId;
    r.prefetch = o.prefetch;
    r.confirmWindow = o.confirmWindow;
    r.ratePerSecond = o.rate;
    r.journalPath = o.journal.isEmpty() ? defaultJournal() : o.journal;
    if (o.command == u"retry"_s)
        r.mode = RabbitMoveRequest::Mode::RetryToOrigin;
    else if (o.command == u"move"_s)
        r.mode = RabbitMoveRequest::Mode::MoveToQueue;
    else if (o.command == u"delete"_s)
        r.mode = RabbitMoveRequest::Mode::Delete;
    else
        r.mode = RabbitMoveRequest::Mode::Purge;
    if (!o.filter.isEmpty()) {
        auto parsed = DeadLetterQuery::parse(o.filter, QDateTime::currentMSecsSinceEpoch());
        if (auto *e = std::get_if<QueryError>(&parsed)) {
            io.fail(tr("--filter: %1 (column %2)").arg(e->message).arg(e->position));
            io.err.write(kUsage);
            return int(BwctlExit::Usage);
        }
        r.filter = std::get<DeadLetterQuery>(parsed);
    }
    if (!o.idsFile.isEmpty()) {
        QFile f(o.idsFile);
        if (!f.open(QIODevice::ReadOnly)) {
            io.fail(tr("cannot read --ids %1: %2").arg(o.idsFile, f.errorString()));
            return int(BwctlExit::Usage);
        }
        const auto lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &l : lines)
            r.selectedIds.insert(l.trimmed());
    }
    if (!o.dryRun && !o.yes) {
        if (!isatty(STDIN_FILENO)) {
            io.fail(tr("%1 %2 changes the broker: add --yes (no terminal to ask on)")
                        .arg(o.command, o.queue));
            return int(BwctlExit::Usage);
        }
        io.print(tr("%1 messages of %2 on %3:%4 (vhost %5)? [y/N] ")
                     .arg(o.command, o.queue, o.endpoint.host)
                     .arg(o.endpoint.port)
                     .arg(o.endpoint.vhost));
        char answer[16] = {};
        if (!fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y'))
            return int(BwctlExit::OperationCancelled);
    }
    if (!o.json)
        io.print(tr("operation %1 (journal %2)\n").arg(r.operationId, r.journalPath));
    qsizetype width = 0;
    const auto onProgress = [&](const RabbitMoveProgress &p) {
        if (!io.terminal || o.json)
            return;
        const QString line = tr(
            "%1/%2 read, %3 republished, %4 kept back, %5 deleted, %6 failed, %7 in flight, %8/s")
                                 .arg(p.considered)
                                 .arg(p.limit)
                                 .arg(p.republished)
                                 .arg(p.keptBack)
                                 .arg(p.deleted)
                                 .arg(p.failed)
                                 .arg(p.confirmedPending)
                                 .arg(qRound(p.ratePerSecond));
        io.print(u'\r' + line.leftJustified(width));
        width = line.size();
    };
    const RabbitMoveResult result = RabbitMover::run(r, onProgress);
    if (width)
        io.print(u"\n"_s);
    if (o.json) {
        QJsonObject counts { { u"considered"_s, result.counts.considered },
            { u"matched"_s, result.counts.matched },
            { u"republished"_s, result.counts.republished },
            { u"keptBack"_s, result.counts.keptBack }, { u"deleted"_s, result.counts.deleted },
            { u"failed"_s, result.counts.failed },
            { u"alreadyDone"_s, result.counts.alreadyDone } };
        io.print(QString::fromUtf8(QJsonDocument(
                     QJsonObject { { u"operationId"_s, result.operationId },
                         { u"state"_s, RabbitMoveResult::stateName(result.state) },
                         { u"counts"_s, counts }, { u"reconciliation"_s, result.reconciliation },
                         { u"duplicatesPossible"_s, result.duplicatesPossible },
                         { u"sourceDepthBefore"_s, result.sourceDepthBefore },
                         { u"error"_s, result.error } })
                                       .toJson(QJsonDocument::Compact))
            + u'\n');
    } else {
        io.print(
            tr("%1: %2\n").arg(RabbitMoveResult::stateName(result.state), result.reconciliation));
        io.print(tr("duplicates possible: %1\n").arg(result.duplicatesPossible));
        io.print(tr("rate: %1 messages/s\n").arg(qRound(result.counts.ratePerSecond)));
    }
    switch (result.state) {
    case RabbitMoveResult::State::Succeeded:
        return int(BwctlExit::Success);
    case RabbitMoveResult::State::Incomplete:
        io.fail(result.error);
        return int(BwctlExit::OperationIncomplete);
    case RabbitMoveResult::State::Cancelled:
        return int(BwctlExit::OperationCancelled);
    case RabbitMoveResult::State::Failed:
        io.fail(result.error);
        return int(BwctlExit::OperationFailed);
    }
    return int(BwctlExit::Failure);
}

} // namespace

bool BwctlRabbitMq::isRabbitMqCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"rabbitmq"_s;
}

int BwctlRabbitMq::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bwctl"_s);
    Io io;
    if (!io.out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !io.err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return int(BwctlExit::Failure);
    io.terminal = isatty(STDOUT_FILENO) == 1;
    const QStringList args = QCoreApplication::arguments().mid(2);
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        io.print(QString::fromLatin1(kUsage));
        return 0;
    }
    Options o;
    const QString error = parse(args, o);
    if (!error.isEmpty()) {
        io.fail(error);
        io.err.write(kUsage);
        return int(BwctlExit::Usage);
    }
    if (o.command == u"queues"_s)
        return runQueues(o, io);
    if (o.command == u"peek"_s)
        return runPeek(o, io);
    return runMove(o, io);
}
