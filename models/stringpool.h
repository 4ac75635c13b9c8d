// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QUtf8StringView>
#include <vector>

/**
 * Interned strings for tables of many rows whose text columns repeat (a
 * million dead letters from a handful of sources, error classes and
 * messages): a row holds a 4-byte Id instead of a QString.
 *
 * Each distinct string is kept once, as UTF-8 back to back in one buffer,
 * plus 8 bytes of bookkeeping and about 8 bytes of hash table, so even a
 * column where every value differs costs little more than its text. Lookup
 * hashes the UTF-16 text directly: interning a string that is already there
 * allocates nothing.
 *
 * Ids are dense (0, 1, 2...) and stay valid until clear(); Id 0 is always the
 * empty string. Not thread-safe: one owner, one thread.
 */
class StringPool {
public:
    using Id = quint32;
    static constexpr Id EmptyId = 0;

    StringPool();

    /** The id of `text`, adding it when new. */
    Id intern(QStringView text);
    static constexpr Id NotFound = 0xffffffffu;
    /** The id of `text` when it was interned (EmptyId for ""), else NotFound. Never adds. */
    Id find(QStringView text) const;

    /** A new QString (one allocation): build it when it is shown, not per row. */
    QString string(Id id) const { return utf8(id).toString(); }
    QUtf8StringView utf8(Id id) const;

    /** Distinct strings held, the empty one included. */
    qsizetype count() const { return qsizetype(m_ends.size()); }
    /** Heap bytes held by the pool (capacities, not sizes). */
    qsizetype bytesHeld() const;
    /** Forgets every string but the empty one; all ids but EmptyId become invalid. */
    void clear();

private:
    static quint32 hashOf(QStringView text);
    /** The slot holding `text`, or the free slot where it belongs. */
    qsizetype slotFor(QStringView text, quint32 hash) const;
    void rehash(qsizetype slotCount);

    QByteArray m_utf8; ///< every string's UTF-8, back to back
    std::vector<quint32>
        m_ends; ///< end offset in m_utf8 of string i (its start is the end of i - 1)
    std::vector<quint32> m_hashes; ///< hashOf() of string i, so rehashing never decodes
    std::vector<Id>
        m_slots; ///< open addressing, linear probing; 0 is a free slot (EmptyId is never stored)
};
