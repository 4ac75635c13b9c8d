// SPDX-License-Identifier: MIT
#pragma once

#include "core/backend.h"
#include "models/deadletterrow.h"
#include "models/stringpool.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QTimeZone>
#include <optional>

class Clock;

/**
 * The dead-letter table: the active letters matching a server-side filter,
 * newest first, fetched page by page through core's Backend interface, and
 * built to stay smooth at a million rows.
 *
 * Memory: a row is a 56-byte DeadLetterRow in one list; its texts are ids
 * into a StringPool, so a million letters from a few sources and causes hold
 * about 60 MB (59 bytes a row of process RSS in bench_deadlettermodel).
 * Display strings are made in data(), for the cells being painted only, and
 * not cached: data() for a whole screen takes about 0.3 ms, a few percent of
 * the paint. No id-to-row hash: ids descend, so rowOfId() bisects.
 *
 * Order: the server's (ids descending, newest first). There is deliberately
 * no client-side sort: sorting a million rows on the GUI thread would freeze
 * it, and a sort of the loaded rows only would lie about the rest. Filtering
 * is server-side too (setFilter()), never a proxy over the rows.
 *
 * Fetching: every reset (setBackend(), a new filter) asks for the first page
 * at once; views ask for more through canFetchMore()/fetchMore(); loadAll()
 * fetches the rest back to back. One request is in flight at most, and each
 * page arrives as one rowsInserted. Every reset starts a new generation: a
 * page of an older filter that still arrives is dropped.
 *
 * Refreshing: invalidate() re-reads from the top what is loaded and merges it
 * in place (inserted, removed and changed rows as a few ranged signals), so
 * persistent indexes, the current row and the selection follow their
 * letters. An invalidate() while one runs queues one more.
 *
 * Thread affinity: the GUI thread, with its Backend. The Backend is not owned.
 */
class DeadLetterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        LastFailure,
        Source,
        ErrorClass,
        Message,
        HttpStatus,
        Attempts,
        FirstFailure,
        ColumnCount
    };
    Q_ENUM(Column)

    /** Raw values, whatever the column. */
    enum Role {
        IdRole = Qt::UserRole, ///< qint64
        FingerprintRole, ///< QString: the group key
        SourceRole, ///< QString
        ErrorClassRole, ///< QString
        MessageRole, ///< QString: the error message, cut at MaxMessageLength
        HttpStatusRole, ///< int; 0: no HTTP answer
        AttemptsRole, ///< int
        FirstFailureRole, ///< qint64, ms since the epoch (UTC)
        LastFailureRole, ///< qint64, ms since the epoch (UTC)
        DestinationRole, ///< QString
        VendorCodeRole, ///< QString
    };
    Q_ENUM(Role)

    /** Rows per request: the Ops API's maximum, so a million rows is a thousand requests. */
    static constexpr int DefaultPageSize = 1000;
    /** Longer error messages are cut (with an ellipsis); the detail view fetches the whole letter.
     */
    static constexpr int MaxMessageLength = 1000;

    explicit DeadLetterModel(QObject *parent = nullptr);
    ~DeadLetterModel() override;

    /** Where the rows come from (not owned; may be nullptr). Resets, and fetches the first page. */
    void setBackend(Backend *backend);
    Backend *backend() const { return m_backend; }
    /** What `since:` counts back from when a filter is checked. Not owned; default: the system
     * clock. */
    void setClock(const Clock *clock);
    /** Rows per request, 1..1000; applies from the next request. */
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /** The zone the time columns are shown in; default: the system's. */
    void setDisplayTimeZone(const QTimeZone &zone);

    /**
     * Shows the letters matching `query` (DeadLetterQuery syntax; empty: all).
     * A query that does not parse changes nothing: it returns false and emits
     * filterError() with the message for the search box. A valid one clears a
     * shown error (filterError("")), and when it differs from the current
     * filter resets the model and fetches its first page from the server.
     */
    bool setFilter(const QString &query);
    QString filter() const { return m_filter; }
    /** Why the last query typed was refused (locally or by the server); empty when it was fine. */
    QString filterErrorMessage() const { return m_filterError; }

    /**
     * Fetches every page matching the filter, back to back (one request in
     * flight, one insert per page, the event loop free between pages); emits
     * totalLoaded() at the end, at once when everything is already loaded.
     * For select-all and exports. A new filter or stopLoadingAll() ends it.
     */
    void loadAll();
    void stopLoadingAll();
    bool isLoadingAll() const { return m_loadAll; }

    /** Re-reads the loaded rows from the top (new, changed and vanished letters). See the class
     * comment. */
    void invalidate();

    /** A request is in flight. */
    bool isLoading() const { return m_request != 0; }
    /** Every letter matching the filter is loaded. */
    bool isComplete() const { return m_atEnd; }
    /** The last failed request's message (for a person); cleared by a reset. */
    QString lastError() const { return m_lastError; }

    std::optional<DeadLetterRow> rowAt(int row) const;
    /** The letter id of `row`; 0 when there is no such row. */
    qint64 idAt(int row) const;
    /** The row of letter `id`, or -1 when it is not loaded. O(log n). */
    int rowOfId(qint64 id) const;
    /** The row as a summary DeadLetter (no payload, headers, stack, message or request id). */
    std::optional<DeadLetter> summaryAt(int row) const;
    /** The text behind a StringPool id of a DeadLetterRow of this model. */
    QString text(StringPool::Id id) const { return m_strings.string(id); }
    const StringPool &strings() const { return m_strings; }
    /** Heap bytes held for the rows: the row vector and the string pool. */
    qsizetype bytesHeld() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;
    bool event(QEvent *event) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /** The filter was refused (by the parser or the server), with why; empty: no error any more. */
    void filterError(const QString &message);
    /** Everything matching the filter is loaded: `rows` rows. */
    void totalLoaded(int rows);
    /** A page could not be fetched; the rows stay, and fetchMore() tries again. */
    void fetchFailed(const QString &message);

private:
    /** A running invalidate(): fresh pages from the top merged over the loaded rows. */
    struct Refresh {
        bool active = false;
        bool again = false; ///< invalidate() was called while this one ran
        bool toEnd
            = false; ///< everything was loaded: read to the end, so vanished tail letters go too
        qint64 untilId = 0; ///< the last loaded id when it started: read at least down to it
        qint64 aboveId
            = 0; ///< fresh pages so far reached down to this id; the next page is below it
        int mergeRow = 0; ///< rows above this one are merged
    };

    void reset(bool keepLoadingAll);
    void requestPage(const QString &cursor);
    void cancelRequest();
    void onPage(const Result<DeadLetterPage> &result);
    void appendPage(const DeadLetterPage &page);
    void mergeRefreshPage(const DeadLetterPage &page);
    /** Merges fresh letters over rows [first, end); returns the row after the merged ones. */
    int mergeSegment(int first, int end, const QList<DeadLetter> &fresh);
    /** After a page: totalLoaded() at the end, else the next page when loading all. */
    void continueLoading();
    void onFailure(const BackendError &error);
    void setFilterError(const QString &message);
    void updateLoading();
    DeadLetterRow toRow(const DeadLetter &letter);
    QString displayTime(qint64 ms) const;

    QPointer<Backend> m_backend;
    QMetaObject::Connection m_backendGone;
    const Clock *m_clock;
    QTimeZone m_zone;
    int m_pageSize = DefaultPageSize;

    /// QList, not std::vector: it grows a trivially copyable row type with
    /// realloc(), which moves a big block by remapping pages instead of
    /// copying 50 MB on the GUI thread when a million rows double.
    QList<DeadLetterRow> m_rows;
    StringPool m_strings;
    bool m_idsDescending
        = true; ///< as the API promises; false turns rowOfId() linear and refreshes into resets

    QString m_filter;
    QString m_filterError;
    QString m_cursor; ///< continues after the last loaded row
    bool m_atEnd = false;
    bool m_loadAll = false;
    bool m_loadingShown = false; ///< what loadingChanged() last said
    quint64 m_generation = 0; ///< bumped by every reset and refresh: older answers are dropped
    Backend::RequestId m_request = 0;
    Refresh m_refresh;
    QString m_lastError;
};
