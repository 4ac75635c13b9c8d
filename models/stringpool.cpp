// SPDX-License-Identifier: MIT
#include "models/stringpool.h"

#include <QHashFunctions>

namespace {
constexpr qsizetype InitialSlots = 64;
}

StringPool::StringPool()
{
    clear();
}

quint32 StringPool::hashOf(QStringView text)
{
    // A fixed seed: the pool is private to one process and never sees
    // attacker-chosen keys in numbers that would matter for probing.
    return quint32(qHash(text, 0));
}

StringPool::Id StringPool::intern(QStringView text)
{
    if (text.isEmpty())
        return EmptyId;
    const quint32 hash = hashOf(text);
    qsizetype slot = slotFor(text, hash);
    if (m_slots[slot] != 0)
        return m_slots[slot];

    // Keep the load factor at or under one half, so probes stay short.
    if (2 * (count() + 1) > qsizetype(m_slots.size())) {
        rehash(2 * qsizetype(m_slots.size()));
        slot = slotFor(text, hash);
    }
    const Id id = Id(m_ends.size());
    m_utf8.append(text.toUtf8());
    m_ends.push_back(quint32(m_utf8.size()));
    m_hashes.push_back(hash);
    m_slots[slot] = id;
    return id;
}

StringPool::Id StringPool::find(QStringView text) const
{
    if (text.isEmpty())
        return EmptyId;
    const Id id = m_slots[slotFor(text, hashOf(text))];
    return id == 0 ? NotFound : id;
}

QUtf8StringView StringPool::utf8(Id id) const
{
    if (id == EmptyId || id >= m_ends.size())
        return {};
    const quint32 begin = m_ends[id - 1];
    return QUtf8StringView(m_utf8.constData() + begin, qsizetype(m_ends[id] - begin));
}

qsizetype StringPool::bytesHeld() const
{
    return m_utf8.capacity() + qsizetype(m_ends.capacity() * sizeof(quint32))
        + qsizetype(m_hashes.capacity() * sizeof(quint32))
        + qsizetype(m_slots.capacity() * sizeof(Id));
}

void StringPool::clear()
{
    m_utf8 = QByteArray();
    // Release the memory, not just the size: a pool is cleared when a new
    // filter replaces a million rows by a few.
    std::vector<quint32>(1, 0).swap(m_ends);
    std::vector<quint32>(1, 0).swap(m_hashes);
    std::vector<Id>(InitialSlots, 0).swap(m_slots);
}

qsizetype StringPool::slotFor(QStringView text, quint32 hash) const
{
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    for (qsizetype slot = hash & mask;; slot = (slot + 1) & mask) {
        const Id id = m_slots[slot];
        if (id == 0 || (m_hashes[id] == hash && QAnyStringView::equal(utf8(id), text)))
            return slot;
    }
}

void StringPool::rehash(qsizetype slotCount)
{
    std::vector<Id> table(slotCount, 0);
    const qsizetype mask = slotCount - 1;
    for (Id id = 1; id < m_ends.size(); ++id) {
        qsizetype slot = m_hashes[id] & mask;
        while (table[slot] != 0)
            slot = (slot + 1) & mask;
        table[slot] = id;
    }
    m_slots.swap(table);
}
