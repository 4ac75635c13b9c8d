// SPDX-License-Identifier: MIT
#include "models/deadlettermodel.h"

#include "core/clock.h"
#include "core/deadletterquery.h"
#include "core/wiretime.h"
#include "models/headerretranslation.h"

#include <QDateTime>
#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
/**
 * Past this many inserted or removed runs in one page, the page's rows are
 * replaced as one removal and one insertion: a view pays for every ranged
 * signal over a million rows, and so many changes leave little to keep.
 */
constexpr int MaxRunsPerPage = 16;

quint16 saturated(int value)
{
    return quint16(std::clamp(value, 0, int(std::numeric_limits<quint16>::max())));
}

/** Strictly descending ids, all below `aboveId`: the order the Ops API promises. */
bool descendingBelow(const QList<DeadLetter> &items, qint64 aboveId)
{
    qint64 previous = aboveId;
    for (const DeadLetter &letter : items) {
        if (letter.id >= previous)
            return false;
        previous = letter.id;
    }
    return true;
}
} // namespace

DeadLetterModel::DeadLetterModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(&SystemClock::instance())
    , m_zone(QTimeZone::systemTimeZone())
{
}

DeadLetterModel::~DeadLetterModel()
{
    cancelRequest();
}

void DeadLetterModel::setBackend(Backend *backend)
{
    if (backend == m_backend)
        return;
    cancelRequest();
    disconnect(m_backendGone);
    m_backend = backend;
    if (backend) {
        // A backend destroyed mid-request never answers: stop waiting for it.
        m_backendGone = connect(backend, &QObject::destroyed, this, [this] {
            m_request = 0;
            m_refresh = {};
            updateLoading();
        });
    }
    reset(false);
}

void DeadLetterModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
}

void DeadLetterModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, DefaultPageSize);
}

void DeadLetterModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(
            index(0, LastFailure), index(rowCount() - 1, LastFailure), { Qt::DisplayRole });
        Q_EMIT dataChanged(
            index(0, FirstFailure), index(rowCount() - 1, FirstFailure), { Qt::DisplayRole });
    }
}

bool DeadLetterModel::setFilter(const QString &query)
{
    const QString text = query.trimmed();
    const auto parsed = DeadLetterQuery::parse(text, m_clock->nowMs());
    if (const auto *error = std::get_if<QueryError>(&parsed)) {
        setFilterError(error->message);
        return false;
    }
    setFilterError({});
    if (text == m_filter)
        return true;
    // The server reads the text itself (its `since:` counts from its own
    // clock); parsing here only spares it a query we know it would refuse.
    m_filter = text;
    reset(false);
    return true;
}

void DeadLetterModel::loadAll()
{
    if (m_atEnd) {
        Q_EMIT totalLoaded(rowCount());
        return;
    }
    m_loadAll = true;
    if (!m_request && !m_refresh.active)
        requestPage(m_cursor);
}

void DeadLetterModel::stopLoadingAll()
{
    m_loadAll = false;
}

void DeadLetterModel::invalidate()
{
    if (!m_backend)
        return;
    if (m_refresh.active) {
        m_refresh.again = true;
        return;
    }
    if (!m_idsDescending) {
        // Without the id order there is nothing to merge by.
        reset(m_loadAll);
        return;
    }
    cancelRequest();
    ++m_generation;
    if (m_rows.empty()) {
        m_atEnd = false;
        m_cursor.clear();
    } else {
        m_refresh = Refresh { true, false, m_atEnd, m_rows.constLast().id,
            std::numeric_limits<qint64>::max(), 0 };
    }
    requestPage({});
}

void DeadLetterModel::reset(bool keepLoadingAll)
{
    cancelRequest();
    ++m_generation;
    beginResetModel();
    // A new list, not clear(): the memory of a million rows goes back now.
    m_rows = QList<DeadLetterRow>();
    m_strings.clear();
    m_idsDescending = true;
    m_cursor.clear();
    m_atEnd = false;
    m_refresh = {};
    m_lastError.clear();
    m_loadAll = m_loadAll && keepLoadingAll;
    endResetModel();
    // A view may have asked for the first page from its modelReset handler.
    if (!m_request)
        requestPage({});
    updateLoading();
}

void DeadLetterModel::requestPage(const QString &cursor)
{
    if (!m_backend || m_request)
        return;
    const quint64 generation = m_generation;
    m_request = m_backend->fetchDeadLetters(DeadLetterPageRequest { m_filter, m_pageSize, cursor },
        this, [this, generation](const Result<DeadLetterPage> &result) {
            // cancel() should have stopped it; a connector
            // that answers anyway is ignored just the same.
            if (generation != m_generation)
                return;
            m_request = 0;
            onPage(result);
            updateLoading();
        });
    updateLoading();
}

void DeadLetterModel::cancelRequest()
{
    if (m_request && m_backend)
        m_backend->cancel(m_request);
    m_request = 0;
}

void DeadLetterModel::onPage(const Result<DeadLetterPage> &result)
{
    if (!result.ok()) {
        onFailure(result.error());
        return;
    }
    m_lastError.clear();
    if (m_refresh.active)
        mergeRefreshPage(result.value());
    else
        appendPage(result.value());
}

void DeadLetterModel::appendPage(const DeadLetterPage &page)
{
    const QList<DeadLetter> &items = page.items;
    // An empty page with a cursor would have us ask forever.
    const bool last = !page.hasMore() || items.isEmpty();
    // Moved on before the rows are announced: a view calling fetchMore()
    // from its rowsInserted handler asks for the next page, not this one.
    m_cursor = last ? QString() : page.nextCursor;
    m_atEnd = last;
    if (!items.isEmpty()) {
        const int first = rowCount();
        if (!descendingBelow(items,
                m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.constLast().id))
            m_idsDescending = false;
        beginInsertRows(QModelIndex(), first, first + int(items.size()) - 1);
        for (const DeadLetter &letter : items)
            m_rows.push_back(toRow(letter));
        endInsertRows();
    }
    continueLoading();
}

void DeadLetterModel::continueLoading()
{
    if (m_atEnd) {
        m_loadAll = false;
        Q_EMIT totalLoaded(rowCount());
    } else if (m_loadAll) {
        requestPage(m_cursor);
    }
}

void DeadLetterModel::mergeRefreshPage(const DeadLetterPage &page)
{
    const QList<DeadLetter> &items = page.items;
    if (!descendingBelow(items, m_refresh.aboveId)) {
        m_idsDescending = false;
        reset(m_loadAll);
        return;
    }
    const bool last = !page.hasMore() || items.isEmpty();
    // This page covers the ids from aboveId down to its last letter; down to
    // nothing when it is the last one.
    int end = rowCount();
    if (!last) {
        const qint64 lowest = items.constLast().id;
        end = m_refresh.mergeRow;
        while (end < rowCount() && m_rows[end].id >= lowest)
            ++end;
    }
    m_refresh.mergeRow = mergeSegment(m_refresh.mergeRow, end, items);
    if (!items.isEmpty())
        m_refresh.aboveId = items.constLast().id;

    const bool covered = last || (!m_refresh.toEnd && m_refresh.aboveId <= m_refresh.untilId);
    if (!covered) {
        requestPage(page.nextCursor);
        return;
    }
    const bool again = m_refresh.again;
    m_refresh = {};
    m_cursor = last ? QString() : page.nextCursor;
    m_atEnd = last;
    if (again)
        invalidate(); // rows and cursor agree again: the next refresh starts from them
    else
        continueLoading();
}

int DeadLetterModel::mergeSegment(int first, int end, const QList<DeadLetter> &fresh)
{
    // Both sides are sorted by id, descending: a merge walk splits them into
    // runs of kept rows, letters new to us, and rows gone from the server.
    enum class Kind { Keep, Insert, Remove };
    struct Run {
        Kind kind;
        int count;
        qsizetype freshIndex; ///< first fresh letter of a Keep or Insert run
    };
    std::vector<Run> runs;
    int structural = 0;
    const auto add = [&](Kind kind, qsizetype freshIndex) {
        if (!runs.empty() && runs.back().kind == kind) {
            ++runs.back().count;
            return;
        }
        runs.push_back({ kind, 1, freshIndex });
        if (kind != Kind::Keep)
            ++structural;
    };
    int oldRow = first;
    qsizetype j = 0;
    while (oldRow < end || j < fresh.size()) {
        if (oldRow == end || (j < fresh.size() && fresh[j].id > m_rows[oldRow].id)) {
            add(Kind::Insert, j++);
        } else if (j == fresh.size() || m_rows[oldRow].id > fresh[j].id) {
            add(Kind::Remove, -1);
            ++oldRow;
        } else {
            add(Kind::Keep, j++);
            ++oldRow;
        }
    }

    const auto insertRows
        = [this](int at, const QList<DeadLetter> &letters, qsizetype from, int count) {
              std::vector<DeadLetterRow> rows;
              rows.reserve(count);
              for (qsizetype i = from; i < from + count; ++i)
                  rows.push_back(toRow(letters[i]));
              beginInsertRows(QModelIndex(), at, at + count - 1);
              m_rows.insert(at, count, DeadLetterRow {});
              std::copy(rows.cbegin(), rows.cend(), m_rows.begin() + at);
              endInsertRows();
          };
    const auto removeRows = [this](int at, int count) {
        beginRemoveRows(QModelIndex(), at, at + count - 1);
        m_rows.remove(at, count);
        endRemoveRows();
    };

    if (structural > MaxRunsPerPage) {
        if (end > first)
            removeRows(first, end - first);
        if (!fresh.isEmpty())
            insertRows(first, fresh, 0, int(fresh.size()));
        return first + int(fresh.size());
    }

    int row = first;
    int changedFirst = -1;
    int changedLast = -1;
    for (const Run &run : runs) {
        switch (run.kind) {
        case Kind::Keep:
            for (int i = 0; i < run.count; ++i, ++row) {
                const DeadLetterRow updated = toRow(fresh[run.freshIndex + i]);
                if (m_rows[row] == updated)
                    continue;
                m_rows[row] = updated;
                if (changedFirst < 0)
                    changedFirst = row;
                changedLast = row;
            }
            break;
        case Kind::Insert:
            insertRows(row, fresh, run.freshIndex, run.count);
            row += run.count;
            break;
        case Kind::Remove:
            removeRows(row, run.count);
            break;
        }
    }
    // One signal for the page: retried letters change attempts and times.
    if (changedFirst >= 0)
        Q_EMIT dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));
    return row;
}

void DeadLetterModel::onFailure(const BackendError &error)
{
    if (error.kind == BackendError::Kind::Cancelled)
        return; // the backend was closed: nothing for a person to act on
    // A refresh that fails leaves merged rows above, old rows below: still
    // in order, and the old cursor still continues after the last one.
    m_refresh = {};
    m_lastError = error.message;
    const bool refusedQuery = error.kind == BackendError::Kind::Http
        && (error.httpStatus == 400 || error.httpStatus == 422) && !m_filter.isEmpty();
    if (refusedQuery && m_rows.empty()) {
        // Asking again cannot help: the query is what is wrong.
        m_atEnd = true;
        m_loadAll = false;
        // The search box shows the server's own words about the query.
        const bool detailed = error.problem && !error.problem->detail.isEmpty();
        setFilterError(detailed ? error.problem->detail : error.message);
        return;
    }
    Q_EMIT fetchFailed(error.message);
}

void DeadLetterModel::setFilterError(const QString &message)
{
    if (message == m_filterError)
        return;
    m_filterError = message;
    Q_EMIT filterError(message);
}

void DeadLetterModel::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_loadingShown)
        return;
    m_loadingShown = loading;
    Q_EMIT loadingChanged(loading);
}

DeadLetterRow DeadLetterModel::toRow(const DeadLetter &letter)
{
    DeadLetterRow row;
    row.id = letter.id;
    row.lastFailureMs = letter.lastFailureMs;
    row.firstFailureMs = letter.firstFailureMs;
    row.source = m_strings.intern(letter.source);
    row.errorClass = m_strings.intern(letter.error.errorClass);
    const QString &message = letter.error.message;
    if (message.size() <= MaxMessageLength) {
        row.message = m_strings.intern(message);
    } else {
        const QString cut = QStringView(message).left(MaxMessageLength - 1) + u'\u2026';
        row.message = m_strings.intern(cut);
    }
    row.fingerprint = m_strings.intern(letter.fingerprint);
    row.destination = m_strings.intern(letter.destination);
    row.vendorCode = m_strings.intern(letter.error.vendorCode);
    row.httpStatus = saturated(letter.error.httpStatus);
    row.attempts = saturated(letter.attempts);
    return row;
}

std::optional<DeadLetterRow> DeadLetterModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_rows[row];
}

qint64 DeadLetterModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[row].id : 0;
}

int DeadLetterModel::rowOfId(qint64 id) const
{
    if (m_idsDescending) {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
            [](const DeadLetterRow &row, qint64 wanted) { return row.id > wanted; });
        return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
    }
    const auto it = std::find_if(
        m_rows.begin(), m_rows.end(), [id](const DeadLetterRow &row) { return row.id == id; });
    return it != m_rows.end() ? int(it - m_rows.begin()) : -1;
}

std::optional<DeadLetter> DeadLetterModel::summaryAt(int row) const
{
    const auto r = rowAt(row);
    if (!r)
        return std::nullopt;
    DeadLetter letter;
    letter.id = r->id;
    letter.source = text(r->source);
    letter.error.errorClass = text(r->errorClass);
    letter.error.message = text(r->message);
    letter.error.httpStatus = r->httpStatus;
    letter.error.vendorCode = text(r->vendorCode);
    letter.attempts = r->attempts;
    letter.firstFailureMs = r->firstFailureMs;
    letter.lastFailureMs = r->lastFailureMs;
    letter.destination = text(r->destination);
    letter.fingerprint = text(r->fingerprint);
    return letter;
}

qsizetype DeadLetterModel::bytesHeld() const
{
    return qsizetype(m_rows.capacity() * sizeof(DeadLetterRow)) + m_strings.bytesHeld();
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadLetterModel::displayTime(qint64 ms) const
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadLetterRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Id:
            return QString::number(row.id);
        case LastFailure:
            return displayTime(row.lastFailureMs);
        case Source:
            return text(row.source);
        case ErrorClass:
            return text(row.errorClass);
        case Message: {
            // One line per row: a multi-line message would be clipped anyway.
            const QString message = text(row.message);
            return message.contains(u'\n') ? message.simplified() : message;
        }
        case HttpStatus:
            return row.httpStatus ? QString::number(row.httpStatus) : QString();
        case Attempts:
            return QString::number(row.attempts);
        case FirstFailure:
            return displayTime(row.firstFailureMs);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Message:
            return text(row.message);
        case LastFailure:
            return row.lastFailureMs ? WireTime::format(row.lastFailureMs) : QString();
        case FirstFailure:
            return row.firstFailureMs ? WireTime::format(row.firstFailureMs) : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case Id:
        case HttpStatus:
        case Attempts:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    case IdRole:
        return row.id;
    case FingerprintRole:
        return text(row.fingerprint);
    case SourceRole:
        return text(row.source);
    case ErrorClassRole:
        return text(row.errorClass);
    case MessageRole:
        return text(row.message);
    case HttpStatusRole:
        return int(row.httpStatus);
    case AttemptsRole:
        return int(row.attempts);
    case FirstFailureRole:
        return row.firstFailureMs;
    case LastFailureRole:
        return row.lastFailureMs;
    case DestinationRole:
        return text(row.destination);
    case VendorCodeRole:
        return text(row.vendorCode);
    default:
        return {};
    }
}

bool DeadLetterModel::event(QEvent *event)
{
    retranslateHeaders(this, event);
    return QAbstractTableModel::event(event);
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case LastFailure:
        return tr("Last failure");
    case Source:
        return tr("Source");
    case ErrorClass:
        return tr("Error");
    case Message:
        return tr("Message");
    case HttpStatus:
        return tr("HTTP");
    case Attempts:
        return tr("Attempts");
    case FirstFailure:
        return tr("First failure");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags DeadLetterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool DeadLetterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_backend && !m_atEnd;
}

void DeadLetterModel::fetchMore(const QModelIndex &parent)
{
    // While a page or a refresh is in flight its answer brings the next step.
    if (parent.isValid() || !m_backend || m_atEnd || m_request || m_refresh.active)
        return;
    requestPage(m_cursor);
}

QHash<int, QByteArray> DeadLetterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { IdRole, "letterId" }, { FingerprintRole, "fingerprint" },
        { SourceRole, "source" }, { ErrorClassRole, "errorClass" }, { MessageRole, "message" },
        { HttpStatusRole, "httpStatus" }, { AttemptsRole, "attempts" },
        { FirstFailureRole, "firstFailure" }, { LastFailureRole, "lastFailure" },
        { DestinationRole, "destination" }, { VendorCodeRole, "vendorCode" } });
    return names;
}
