// SPDX-License-Identifier: MIT
#include "backends/rabbitdeadletter.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

// The strings keep the context (RabbitMqBackend) they were translated under.

QString rabbitDeadLetterGroup(const QString &deadLetterQueue)
{
    return fingerprintOf(deadLetterQueue, u"rabbitmq-dead-letter-queue"_s, QString());
}

DeadLetter rabbitDeadLetter(const RabbitMessage &message, const QString &deadLetterQueue, qint64 id)
{
    // The message's own mapping (payload, headers, message id, text) with the console's view of a
    // queue on top.
    DeadLetter letter = message.toDeadLetter();
    letter.id = id;
    letter.source = deadLetterQueue;
    letter.fingerprint = rabbitDeadLetterGroup(deadLetterQueue);
    if (message.xDeath.isEmpty())
        return letter;
    // Most recent death first: where the mover retries to (and what a person asks about) is entry
    // 0.
    const XDeathEntry &first = message.xDeath.constFirst();
    const QString defaultExchange
        = QCoreApplication::translate("RabbitMqBackend", "(default exchange)");
    const QString exchange = first.exchange.isEmpty() ? defaultExchange : first.exchange;
    letter.destination = first.routingKeys.isEmpty()
        ? exchange
        : u"%1 / %2"_s.arg(exchange, first.routingKeys.constFirst());
    letter.error.errorClass = first.reason;
    // The header lines stay below: free text searches them.
    letter.error.message
        = QCoreApplication::translate("RabbitMqBackend", "Dead-lettered from %1 (%2)")
              .arg(first.queue, first.reason)
        + u'\n' + letter.error.message;
    qint64 attempts = 0;
    for (const XDeathEntry &e : message.xDeath)
        attempts += e.count;
    letter.attempts = int(attempts);
    // The death history takes the stack trace's place: it is where and why the message failed.
    QStringList history;
    for (const XDeathEntry &e : message.xDeath) {
        history.append(QCoreApplication::translate("RabbitMqBackend",
            "%1  %2 in queue %3, exchange %4, routing keys %5, %n time(s)", nullptr, int(e.count))
                           .arg(QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC)
                                    .toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s),
                               e.reason, e.queue,
                               e.exchange.isEmpty() ? defaultExchange : e.exchange,
                               e.routingKeys.join(u", "_s)));
    }
    letter.error.stack = history.join(u'\n');
    letter.firstFailureMs = message.xDeath.constLast().timeMs;
    letter.lastFailureMs = first.timeMs;
    return letter;
}
