// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

/**
 * The hash chain that makes the local audit log tamper-evident. Each record
 * stores hash = SHA-256(previous hash + canonical record), hex encoded; the
 * first record chains from genesis(). Changing, removing or reordering any
 * record breaks every link from there on, so verify() finds the first one.
 *
 * It does not stop someone who rewrites the whole chain from the edit on;
 * it makes a quiet edit of one record visible.
 */
namespace AuditHash {

/** 64 '0' characters: what the first record chains from. */
QByteArray genesis();

/**
 * The record's bytes as hashed: compact JSON with keys in sorted order (what
 * QJsonObject keeps), so the same fields always give the same bytes.
 * Keep values to strings, booleans and integers below 2^53.
 */
QByteArray canonical(const QJsonObject &record);

/** Hex SHA-256 of `previousHash` followed by `canonicalRecord`. */
QByteArray link(const QByteArray &previousHash, const QByteArray &canonicalRecord);

/** One stored record: its canonical bytes and the hash stored with it. */
struct Link {
    QByteArray canonicalRecord;
    QByteArray storedHash;
};

/** Index of the first record whose stored hash does not match the chain; nullopt when intact. */
std::optional<qsizetype> firstBrokenLink(const QList<Link> &chain);

} // namespace AuditHash
