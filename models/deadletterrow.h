// SPDX-License-Identifier: MIT
#pragma once

#include "models/stringpool.h"

#include <QtGlobal>

/**
 * One dead letter as DeadLetterModel holds it: 56 bytes, no QString. Text
 * fields are ids into the model's StringPool (see DeadLetterModel::text()).
 *
 * It keeps what the table shows and what selection and bulk actions need;
 * the message id, request id, payload, headers and stack stay on the server
 * (Backend::fetchDeadLetter(id) has them), because at a million rows every
 * QString per row would cost more than the whole row.
 */
struct DeadLetterRow {
    qint64 id = 0;
    qint64 lastFailureMs = 0; ///< ms since the epoch (UTC); 0: unknown
    qint64 firstFailureMs = 0; ///< ms since the epoch (UTC); 0: unknown
    StringPool::Id source = StringPool::EmptyId;
    StringPool::Id errorClass = StringPool::EmptyId;
    StringPool::Id message
        = StringPool::EmptyId; ///< the error message, cut at DeadLetterModel::MaxMessageLength
    StringPool::Id fingerprint = StringPool::EmptyId;
    StringPool::Id destination = StringPool::EmptyId;
    StringPool::Id vendorCode = StringPool::EmptyId;
    quint16 httpStatus = 0; ///< 0: no HTTP answer
    quint16 attempts = 0; ///< saturates at 65535

    bool operator==(const DeadLetterRow &) const = default;
};

Q_DECLARE_TYPEINFO(DeadLetterRow, Q_PRIMITIVE_TYPE);
static_assert(sizeof(DeadLetterRow) == 56, "a million rows must stay near 56 MB");
