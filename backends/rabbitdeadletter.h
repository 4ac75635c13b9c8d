// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"
#include "core/rabbitmessage.h"

/**
 * A message of a RabbitMQ dead-letter queue as the console shows it, and as
 * a filter in the shared query syntax sees it: the console's list and the
 * mover's selection evaluate a query on this same letter, so "retry what the
 * filter shows" acts on exactly what was shown.
 *
 * On top of RabbitMessage::toDeadLetter(): source = the dead-letter queue
 * (`source:` names the queue the letters sit in), fingerprint =
 * rabbitDeadLetterGroup(queue) (`group:`), destination = "exchange / key" of
 * the first x-death entry, error class = its reason (`error:`), attempts =
 * the sum of the counts, the error message starts with "Dead-lettered from
 * <origin queue> (<reason>)" (free text finds the origin), and the stack
 * trace is the death history. Thread-safe (the mover calls it on its worker).
 */
DeadLetter rabbitDeadLetter(
    const RabbitMessage &message, const QString &deadLetterQueue, qint64 id = 0);

/** The group key of a dead-letter queue: one group per queue. */
QString rabbitDeadLetterGroup(const QString &deadLetterQueue);
