// SPDX-License-Identifier: MIT
#pragma once

#include "models/headerretranslation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <algorithm>
#include <vector>

/**
 * The row bookkeeping that BreakerModel, SyncJobModel and
 * DeadLetterGroupModel share: rows as compact structs in a vector plus a
 * hash from key to row, and batch changes that emit as few, as precise
 * signals as possible (one beginInsertRows per batch, one dataChanged per
 * run of adjacent changed rows, nothing for rows that did not change).
 *
 * `Row` is a value type with `QString key() const` and operator==.
 * Subclasses implement columnCount(), data() and headerData().
 */
template<class Row> class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    /** The row showing `key`, or -1. */
    int rowOf(const QString &key) const { return m_index.value(key, -1); }

    bool event(QEvent *event) override
    {
        retranslateHeaders(this, event);
        return QAbstractTableModel::event(event);
    }

protected:
    const Row &rowAt(int row) const { return m_rows.at(size_t(row)); }
    const std::vector<Row> &rows() const { return m_rows; }

    /** Rows made with Row::from() from each item of a list of domain values. */
    template<class List> static std::vector<Row> rowsFrom(const List &items)
    {
        std::vector<Row> out;
        out.reserve(size_t(items.size()));
        for (const auto &item : items)
            out.push_back(Row::from(item));
        return out;
    }

    /** A snapshot reload: the one place that resets the model. */
    void resetRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        rebuildIndex();
        endResetModel();
    }

    /** Replaces the rows with these keys and appends the others, in their order. */
    void upsertRows(const std::vector<Row> &batch)
    {
        std::vector<int> changed;
        std::vector<Row> added;
        QHash<QString, size_t> addedIndex;
        for (const Row &row : batch) {
            const QString key = row.key();
            if (const int at = rowOf(key); at >= 0) {
                if (!(m_rows[size_t(at)] == row)) {
                    m_rows[size_t(at)] = row;
                    changed.push_back(at);
                }
            } else if (const auto it = addedIndex.constFind(key); it != addedIndex.cend()) {
                added[*it] = row; // the same key twice in one batch: the later one wins
            } else {
                addedIndex.insert(key, added.size());
                added.push_back(row);
            }
        }
        emitChanged(std::move(changed), 0, columnCount() - 1);
        if (added.empty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row &row : added) {
            m_index.insert(row.key(), int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }

    /**
     * Makes the rows equal to `rows` as a set, precisely: rows whose key is
     * gone are removed, others updated, new ones appended. Rows keep their
     * places, so a view keeps selection and scroll position.
     */
    void mergeRows(const std::vector<Row> &rows)
    {
        QHash<QString, bool> keep;
        keep.reserve(qsizetype(rows.size()));
        for (const Row &row : rows)
            keep.insert(row.key(), true);
        // Remove from the end so earlier row numbers stay valid; one signal per run.
        int last = int(m_rows.size()) - 1;
        while (last >= 0) {
            if (keep.contains(m_rows[size_t(last)].key())) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !keep.contains(m_rows[size_t(first - 1)].key()))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
            rebuildIndex();
            endRemoveRows();
            last = first - 1;
        }
        upsertRows(rows);
    }

    /** Emits dataChanged for `rows` (any order, duplicates allowed), one signal per adjacent run.
     */
    void emitChanged(std::vector<int> rows, int firstColumn, int lastColumn)
    {
        if (rows.empty())
            return;
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        size_t start = 0;
        for (size_t i = 1; i <= rows.size(); ++i) {
            if (i < rows.size() && rows[i] == rows[i - 1] + 1)
                continue;
            Q_EMIT dataChanged(index(rows[start], firstColumn), index(rows[i - 1], lastColumn));
            start = i;
        }
    }

private:
    void rebuildIndex()
    {
        m_index.clear();
        m_index.reserve(qsizetype(m_rows.size()));
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows[i].key(), int(i));
    }

    std::vector<Row> m_rows;
    QHash<QString, int> m_index;
};
