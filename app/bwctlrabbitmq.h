// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/**
 * `bwctl rabbitmq ...`: RabbitMQ dead-letter queues from the command line.
 *
 *     bwctl rabbitmq queues  --management-url URL --user U --password-env VAR [--vhost V] [--json]
 *     bwctl rabbitmq peek QUEUE [-n N] ...
 *     bwctl rabbitmq retry QUEUE [--filter Q] [--ids FILE] --reason R [--dry-run] [--yes]
 *     bwctl rabbitmq move QUEUE --to Q2 [--filter Q] [--ids FILE] --reason R [--dry-run] [--yes]
 *     bwctl rabbitmq delete QUEUE (--filter Q | --ids FILE) --reason R [--dry-run] [--yes]
 *     bwctl rabbitmq purge QUEUE --reason R --yes
 *
 * Moves run RabbitMover on this process's thread (blocking is fine in a CLI),
 * with a journal (--journal, default under the user's state folder) and an
 * operation id (--operation-id; running the same command with the same id
 * resumes it after a crash). Exit codes as `bwctl ops`: 0 succeeded,
 * 1 failure, 2 usage, 3 incomplete, 4 cancelled, 5 failed.
 */
class BwctlRabbitMq {
public:
    static bool isRabbitMqCommand(const QStringList &arguments);
    static int run(int argc, char *argv[]);
};
