// SPDX-License-Identifier: MIT
#include "core/deadletterquery.h"

#include "core/wiretime.h"

#include <QCoreApplication>
#include <QVariant>
#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

enum class Key { Source, Error, Status, Vendor, Group, Id, Since, From, To };

struct KeyName {
    Key key;
    QLatin1StringView name;
};

// The order here is the order of the error message and of toString().
constexpr KeyName keyNames[] = {
    { Key::Source, "source"_L1 },
    { Key::Error, "error"_L1 },
    { Key::Status, "status"_L1 },
    { Key::Vendor, "vendor"_L1 },
    { Key::Group, "group"_L1 },
    { Key::Id, "id"_L1 },
    { Key::Since, "since"_L1 },
    { Key::From, "from"_L1 },
    { Key::To, "to"_L1 },
};

QString translated(const char *text)
{
    return QCoreApplication::translate("DeadLetterQuery", text);
}

template<typename T> bool sameValue(const T &a, const T &b)
{
    if constexpr (std::is_same_v<T, QString>)
        return a.compare(b, Qt::CaseInsensitive) == 0;
    else
        return a == b;
}

template<typename T> bool containsValue(const QList<T> &list, const T &value)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const T &v) { return sameValue(v, value); });
}

template<typename T> void addUnique(QList<T> &list, const T &value)
{
    if (!containsValue(list, value))
        list.append(value);
}

template<typename T> bool valuesMatch(const QueryValues<T> &values, const T &value)
{
    if (!values.anyOf.isEmpty() && !containsValue(values.anyOf, value))
        return false;
    return !containsValue(values.noneOf, value);
}

/** Both must hold; returns false when no value can satisfy both. */
template<typename T> bool mergeValues(QueryValues<T> &into, const QueryValues<T> &other)
{
    for (const T &v : other.noneOf)
        addUnique(into.noneOf, v);
    if (other.anyOf.isEmpty())
        return true;
    if (into.anyOf.isEmpty()) {
        into.anyOf = other.anyOf;
        return true;
    }
    QList<T> both;
    for (const T &v : into.anyOf)
        if (containsValue(other.anyOf, v))
            both.append(v);
    into.anyOf = both;
    return !both.isEmpty();
}

/** A term's value as it appears in canonical text: quoted when a bare value would not read back. */
QString quotedIfNeeded(const QString &value, bool isWord)
{
    const bool needsQuotes = value.isEmpty() || value.startsWith(u'"')
        || std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); })
        || (isWord && (value.startsWith(u'-') || value.contains(u':')));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString durationText(qint64 ms)
{
    struct Unit {
        qint64 ms;
        char16_t suffix;
    };
    constexpr Unit units[]
        = { { 24 * 3600 * 1000, u'd' }, { 3600 * 1000, u'h' }, { 60 * 1000, u'm' } };
    for (const auto &u : units)
        if (ms % u.ms == 0)
            return QString::number(ms / u.ms) + QChar(u.suffix);
    return QString::number(ms / 1000) + u's';
}

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

class Parser {
public:
    Parser(const QString &text, qint64 nowMs)
        : m_text(text)
    {
        m_query.nowMs = nowMs;
    }

    std::variant<DeadLetterQuery, QueryError> run()
    {
        while (true) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            if (m_pos >= m_text.size())
                return m_query;
            if (auto error = term())
                return *error;
        }
    }

private:
    std::optional<QueryError> term()
    {
        const int start = int(m_pos);
        const bool negated = m_text.at(m_pos) == u'-' && m_pos + 1 < m_text.size()
            && !m_text.at(m_pos + 1).isSpace();
        if (negated)
            ++m_pos;

        qsizetype keyEnd = m_pos;
        while (keyEnd < m_text.size() && isKeyChar(m_text.at(keyEnd)))
            ++keyEnd;
        if (keyEnd > m_pos && keyEnd < m_text.size() && m_text.at(keyEnd) == u':') {
            const QString keyText = m_text.sliced(m_pos, keyEnd - m_pos);
            m_pos = keyEnd + 1;
            const auto found
                = std::find_if(std::begin(keyNames), std::end(keyNames), [&](const KeyName &k) {
                      return keyText.compare(k.name, Qt::CaseInsensitive) == 0;
                  });
            if (found == std::end(keyNames)) {
                return QueryError { start + 1,
                    QCoreApplication::translate("DeadLetterQuery",
                        "unknown key \"%1\" at %2; keys are source, error, "
                        "status, vendor, group, id, since, from, to")
                        .arg(keyText)
                        .arg(start + 1) };
            }
            auto value = readValue(start);
            if (auto *error = std::get_if<QueryError>(&value))
                return *error;
            return keyTerm(found->key, found->name, std::get<QString>(value), negated, start);
        }

        auto value = readValue(start);
        if (auto *error = std::get_if<QueryError>(&value))
            return *error;
        const QString word = std::get<QString>(value);
        if (!word.isEmpty())
            addUnique(negated ? m_query.excludedWords : m_query.words, word);
        return std::nullopt;
    }

    static bool isKeyChar(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

    /** A bare value runs to the next space; a quoted one to its closing quote, with \" and
     * \\ escapes. */
    std::variant<QString, QueryError> readValue(int termStart)
    {
        if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"') {
            const qsizetype begin = m_pos;
            while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace())
                ++m_pos;
            return m_text.sliced(begin, m_pos - begin);
        }
        QString value;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                return value;
            }
            if (c == u'\\' && m_pos + 1 < m_text.size()
                && (m_text.at(m_pos + 1) == u'"' || m_text.at(m_pos + 1) == u'\\'))
                ++m_pos;
            value.append(m_text.at(m_pos));
        }
        return QueryError { termStart + 1,
            QCoreApplication::translate(
                "DeadLetterQuery", "missing closing quote (\") for the text starting at %1")
                .arg(termStart + 1) };
    }

    std::optional<QueryError> keyTerm(
        Key key, QLatin1StringView name, const QString &value, bool negated, int start)
    {
        // Every message names the key as %1 and the value as %2, so translators may reorder them.
        const auto fail = [&](const char *message) {
            return QueryError { start + 1, translated(message).arg(name, value) };
        };
        if (value.isEmpty()) {
            return QueryError { start + 1,
                QCoreApplication::translate(
                    "DeadLetterQuery", "%1: needs a value, as in %1:something")
                    .arg(name) };
        }
        const auto add = [&](auto &values, const auto &v) {
            addUnique(negated ? values.noneOf : values.anyOf, v);
        };

        switch (key) {
        case Key::Source:
            add(m_query.sources, value);
            return std::nullopt;
        case Key::Error:
            add(m_query.errorClasses, value);
            return std::nullopt;
        case Key::Vendor:
            add(m_query.vendorCodes, value);
            return std::nullopt;
        case Key::Group:
            add(m_query.fingerprints, value);
            return std::nullopt;
        case Key::Status: {
            bool ok = false;
            const int status = value.toInt(&ok);
            if (!ok || status < 100 || status > 599)
                return fail(QT_TRANSLATE_NOOP(
                    "DeadLetterQuery", "%1: \"%2\" is not an HTTP status like 503"));
            add(m_query.httpStatuses, status);
            return std::nullopt;
        }
        case Key::Id: {
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            if (!ok || id < 0)
                return fail(QT_TRANSLATE_NOOP(
                    "DeadLetterQuery", "%1: \"%2\" is not a dead-letter id like 1234"));
            add(m_query.ids, id);
            return std::nullopt;
        }
        case Key::Since:
        case Key::From:
        case Key::To:
            break;
        }

        if (negated)
            return fail(QT_TRANSLATE_NOOP(
                "DeadLetterQuery", "-%1:%2 cannot be negated; use from: and to: for a time range"));
        if (key == Key::Since) {
            const auto ms = WireTime::parseDuration(value);
            if (!ms)
                return fail(QT_TRANSLATE_NOOP(
                    "DeadLetterQuery", "%1: \"%2\" is not a duration like 15m, 2h or 7d"));
            // Repeated bounds narrow the range, like every other term.
            if (m_query.sinceMs == 0 || *ms < m_query.sinceMs)
                m_query.sinceMs = *ms;
            return std::nullopt;
        }
        const auto ms = WireTime::parse(value);
        if (!ms)
            return fail(QT_TRANSLATE_NOOP(
                "DeadLetterQuery", "%1: \"%2\" is not a time like 2027-01-15T08:00:00Z"));
        if (key == Key::From)
            m_query.fromMs = std::max(m_query.fromMs, *ms);
        else
            m_query.toMs = m_query.toMs ? std::min(m_query.toMs, *ms) : *ms;
        return std::nullopt;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    DeadLetterQuery m_query;
};

} // namespace

std::variant<DeadLetterQuery, QueryError> DeadLetterQuery::parse(const QString &text, qint64 nowMs)
{
    return Parser(text, nowMs).run();
}

qint64 DeadLetterQuery::effectiveFromMs() const
{
    return std::max(fromMs, sinceMs > 0 ? nowMs - sinceMs : 0);
}

bool DeadLetterQuery::matches(const DeadLetter &letter) const
{
    if (matchesNothing)
        return false;
    if (!valuesMatch(sources, letter.source) || !valuesMatch(errorClasses, letter.error.errorClass)
        || !valuesMatch(httpStatuses, letter.error.httpStatus)
        || !valuesMatch(vendorCodes, letter.error.vendorCode)
        || !valuesMatch(fingerprints, letter.fingerprint) || !valuesMatch(ids, letter.id))
        return false;
    const qint64 from = effectiveFromMs();
    if ((from && letter.lastFailureMs < from) || (toMs && letter.lastFailureMs >= toMs))
        return false;
    if (words.isEmpty() && excludedWords.isEmpty())
        return true;

    const QString payload = QString::fromUtf8(letter.payload);
    const auto found = [&](const QString &w) {
        return containsText(payload, w) || containsText(letter.error.message, w)
            || containsText(letter.messageId, w) || containsText(letter.requestId, w)
            || containsText(letter.source, w);
    };
    return std::all_of(words.cbegin(), words.cend(), found)
        && std::none_of(excludedWords.cbegin(), excludedWords.cend(), found);
}

QString DeadLetterQuery::toString() const
{
    if (matchesNothing)
        return u"id:0"_s;
    QStringList terms;
    const auto add = [&](QLatin1StringView key, const auto &values) {
        for (const auto &v : values.anyOf)
            terms.append(key + u':' + quotedIfNeeded(QVariant(v).toString(), false));
        for (const auto &v : values.noneOf)
            terms.append(u'-' + key + u':' + quotedIfNeeded(QVariant(v).toString(), false));
    };
    add("source"_L1, sources);
    add("error"_L1, errorClasses);
    add("status"_L1, httpStatuses);
    add("vendor"_L1, vendorCodes);
    add("group"_L1, fingerprints);
    add("id"_L1, ids);
    if (sinceMs)
        terms.append(u"since:"_s + durationText(sinceMs));
    if (fromMs)
        terms.append(u"from:"_s + WireTime::format(fromMs));
    if (toMs)
        terms.append(u"to:"_s + WireTime::format(toMs));
    for (const auto &w : words)
        terms.append(quotedIfNeeded(w, true));
    for (const auto &w : excludedWords)
        terms.append(u'-' + quotedIfNeeded(w, true));
    return terms.join(u' ');
}

bool DeadLetterQuery::isEmpty() const
{
    return !matchesNothing && sources.isEmpty() && errorClasses.isEmpty() && httpStatuses.isEmpty()
        && vendorCodes.isEmpty() && fingerprints.isEmpty() && ids.isEmpty() && !fromMs && !toMs
        && !sinceMs && words.isEmpty() && excludedWords.isEmpty();
}

DeadLetterQuery &DeadLetterQuery::merge(const DeadLetterQuery &other)
{
    bool possible = !other.matchesNothing;
    possible &= mergeValues(sources, other.sources);
    possible &= mergeValues(errorClasses, other.errorClasses);
    possible &= mergeValues(httpStatuses, other.httpStatuses);
    possible &= mergeValues(vendorCodes, other.vendorCodes);
    possible &= mergeValues(fingerprints, other.fingerprints);
    possible &= mergeValues(ids, other.ids);
    matchesNothing = matchesNothing || !possible;

    fromMs = std::max(fromMs, other.fromMs);
    if (other.toMs)
        toMs = toMs ? std::min(toMs, other.toMs) : other.toMs;
    if (other.sinceMs && (!sinceMs || other.nowMs - other.sinceMs > nowMs - sinceMs)) {
        sinceMs = other.sinceMs;
        nowMs = other.nowMs;
    }
    for (const auto &w : other.words)
        addUnique(words, w);
    for (const auto &w : other.excludedWords)
        addUnique(excludedWords, w);
    return *this;
}
