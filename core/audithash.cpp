// SPDX-License-Identifier: MIT
#include "core/audithash.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace AuditHash {

QByteArray genesis()
{
    return QByteArray(64, '0');
}

QByteArray canonical(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QByteArray link(const QByteArray &previousHash, const QByteArray &canonicalRecord)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonicalRecord);
    return hash.result().toHex();
}

std::optional<qsizetype> firstBrokenLink(const QList<Link> &chain)
{
    QByteArray previous = genesis();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QByteArray expected = link(previous, chain.at(i).canonicalRecord);
        if (expected != chain.at(i).storedHash)
            return i;
        // Chain from the stored hash: a record edited together with its own
        // hash is still caught, by the next record's link.
        previous = chain.at(i).storedHash;
    }
    return std::nullopt;
}

} // namespace AuditHash
