// SPDX-License-Identifier: MIT
#include "core/prometheustext.h"

#include <QHash>
#include <QVarLengthArray>
#include <array>
#include <charconv>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

QString PrometheusParseError::toString() const
{
    return line > 0 ? u"line %1: %2"_s.arg(line).arg(message) : message;
}

const MetricFamily *PrometheusParseResult::family(QStringView name) const
{
    for (const MetricFamily &f : families) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString PrometheusText::typeName(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return u"counter"_s;
    case MetricType::Gauge:
        return u"gauge"_s;
    case MetricType::Histogram:
        return u"histogram"_s;
    case MetricType::Summary:
        return u"summary"_s;
    case MetricType::Untyped:
        break;
    }
    return u"untyped"_s;
}

namespace {

// Character classes as one table lookup: names are most of the bytes of an exposition.
enum CharClass : unsigned char { LabelStart = 1, Digit = 2, Colon = 4 };
constexpr auto charClasses = [] {
    std::array<unsigned char, 256> table {};
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = LabelStart;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = LabelStart;
    table['_'] = LabelStart;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = Digit;
    table[':'] = Colon;
    return table;
}();
bool hasClass(char c, unsigned classes)
{
    return charClasses[static_cast<unsigned char>(c)] & classes;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
bool isLabelNameStart(char c)
{
    return hasClass(c, LabelStart);
}
bool isMetricNameStart(char c)
{
    return hasClass(c, LabelStart | Colon);
}
bool isLabelNameChar(char c)
{
    return hasClass(c, LabelStart | Digit);
}
bool isMetricNameChar(char c)
{
    return hasClass(c, LabelStart | Digit | Colon);
}

/** Lines in the input: memchr is vectorised, a byte loop is not. */
qsizetype countLines(const char *p, const char *end)
{
    qsizetype lines = 1;
    while (const void *nl = std::memchr(p, '\n', size_t(end - p))) {
        ++lines;
        p = static_cast<const char *>(nl) + 1;
    }
    return lines;
}

const char *skipBlanks(const char *p, const char *end)
{
    while (p < end && isBlank(*p))
        ++p;
    return p;
}

const char *tokenEnd(const char *p, const char *end)
{
    while (p < end && !isBlank(*p))
        ++p;
    return p;
}

/** Go's ParseFloat syntax as Prometheus accepts it: an optional sign, decimals, exponents, NaN,
 * Inf. */
std::optional<double> parseFloat(const char *b, const char *e)
{
    if (b < e && *b == '+' && e - b > 1 && b[1] != '-')
        ++b; // from_chars rejects a leading '+', Go accepts it ("+Inf")
    double v = 0;
    const auto [ptr, ec] = std::from_chars(b, e, v);
    if (ec != std::errc() || ptr != e || b == e)
        return std::nullopt;
    return v;
}

/** The same for a label value ("le", "quantile"), without allocating. */
std::optional<double> parseFloat(QStringView text)
{
    char buffer[64];
    if (text.size() > qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() > 0x7f)
            return std::nullopt;
        buffer[i] = char(text[i].unicode());
    }
    return parseFloat(buffer, buffer + text.size());
}

std::optional<qint64> parseTimestamp(const char *b, const char *e)
{
    if (b < e && *b == '+' && e - b > 1 && b[1] != '-')
        ++b;
    qint64 v = 0;
    const auto [ptr, ec] = std::from_chars(b, e, v);
    if (ec != std::errc() || ptr != e || b == e)
        return std::nullopt;
    return v;
}

/** Help text and label values: `\\`, `\n` (and `\"` in label values); other escapes stay literal,
 * as in Prometheus. */
QString unescape(const char *b, const char *e, bool quotes)
{
    QByteArray out;
    out.reserve(e - b);
    for (const char *p = b; p < e; ++p) {
        if (*p == '\\' && p + 1 < e) {
            const char next = p[1];
            if (next == 'n') {
                out += '\n';
                ++p;
                continue;
            }
            if (next == '\\' || (quotes && next == '"')) {
                out += next;
                ++p;
                continue;
            }
        }
        out += *p;
    }
    return QString::fromUtf8(out);
}

class Parser {
    Q_DECLARE_TR_FUNCTIONS(PrometheusText)
public:
    Parser(
        QByteArrayView input, const PrometheusText::Limits &limits, PrometheusParseResult &result)
        : m_input(input)
        , m_limits(limits)
        , m_result(result)
    {
    }

    void run()
    {
        const char *p = m_input.data();
        const char *const end = p + m_input.size();
        m_result.samples.reserve(std::min<qsizetype>(countLines(p, end), m_limits.maxSamples));
        while (p < end && !m_stopped) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *lineEnd = nl ? nl : end;
            ++m_line;
            const char *contentEnd = lineEnd;
            if (contentEnd > p && contentEnd[-1] == '\r')
                --contentEnd;
            parseLine(p, contentEnd);
            p = nl ? nl + 1 : end;
        }
    }

private:
    enum class Bound { None, Le, Quantile };
    /** What a sample name resolved to: its family, and the label its family's type demands of it.
     */
    struct Resolution {
        QString name; ///< null: not resolved
        int family = -1;
        Bound bound = Bound::None;
    };

    struct ParsedLabel {
        QString name;
        QString value;
        QByteArrayView
            rawName; ///< bytes in the input, to reuse the previous line's strings without hashing
        QByteArrayView raw; ///< the value's bytes
    };

    void error(const QString &message)
    {
        if (m_result.errors.size() >= m_limits.maxErrors) {
            ++m_result.suppressedErrors;
            return;
        }
        m_result.errors.append({ m_line, message });
    }

    /** What the parser found at `p`, for an error message. */
    static QString describe(const char *p, const char *end)
    {
        if (p >= end)
            return tr("end of line");
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c >= 0x7f)
            return tr("byte 0x%1").arg(uint(c), 2, 16, QChar(u'0'));
        return u"'"_s + QLatin1Char(*p) + u"'"_s;
    }

    /** A piece of the input for an error message, cut short so garbage cannot flood the log. */
    static QString snippet(const char *b, const char *e)
    {
        constexpr qsizetype maxBytes = 40;
        if (e - b <= maxBytes)
            return QString::fromUtf8(b, e - b);
        return QString::fromUtf8(b, maxBytes) + u"…"_s;
    }

    /** Names repeat on nearly every line; sharing one QString per name keeps 10,000 samples from
     * 10,000 allocations. */
    QString intern(const char *b, const char *e)
    {
        const QByteArrayView bytes(b, e - b);
        const auto it = m_names.constFind(bytes);
        if (it != m_names.cend())
            return *it;
        const QString name = QString::fromLatin1(bytes);
        if (m_names.size() < maxInterned)
            m_names.insert(bytes, name);
        return name;
    }

    void parseLine(const char *p, const char *end)
    {
        p = skipBlanks(p, end);
        if (p == end)
            return;
        if (*p == '#')
            parseComment(p + 1, end);
        else
            parseSample(p, end);
    }

    void parseComment(const char *p, const char *end)
    {
        p = skipBlanks(p, end);
        const char *wordEnd = tokenEnd(p, end);
        const QByteArrayView word(p, wordEnd - p);
        const bool isHelp = word == "HELP";
        if (!isHelp && word != "TYPE")
            return; // a plain comment
        p = skipBlanks(wordEnd, end);
        const char *nameEnd = p;
        if (p < end && isMetricNameStart(*p)) {
            while (++nameEnd < end && isMetricNameChar(*nameEnd)) { }
        }
        if (nameEnd == p || (nameEnd < end && !isBlank(*nameEnd))) {
            error(tr("expected a metric name after \"# %1\", found %2")
                      .arg(QLatin1StringView(word), describe(nameEnd, end)));
            return;
        }
        const QString name = intern(p, nameEnd);
        p = skipBlanks(nameEnd, end);
        if (isHelp)
            declareHelp(name, unescape(p, end, false));
        else
            declareType(name, p, end);
    }

    int familyIndex(const QString &name)
    {
        const int index = m_familyIndex.value(name, -1);
        if (index >= 0)
            return index;
        m_result.families.append(MetricFamily { name, MetricType::Untyped, {} });
        m_familyState.append(FamilyState {});
        m_familyIndex.insert(name, int(m_result.families.size() - 1));
        // A new family may claim names that resolved to nothing before.
        m_sampleFamily.clear();
        m_last = {};
        return int(m_result.families.size() - 1);
    }

    void declareHelp(const QString &name, const QString &help)
    {
        const int index = familyIndex(name);
        if (m_familyState[index].helped) {
            error(tr("second HELP line for \"%1\"").arg(name));
            return;
        }
        m_familyState[index].helped = true;
        m_result.families[index].help = help;
    }

    void declareType(const QString &name, const char *p, const char *end)
    {
        if (p == end) {
            error(tr("expected a metric type after \"%1\"").arg(name));
            return;
        }
        const char *wordEnd = tokenEnd(p, end);
        const QByteArrayView word(p, wordEnd - p);
        std::optional<MetricType> type;
        if (word == "counter")
            type = MetricType::Counter;
        else if (word == "gauge")
            type = MetricType::Gauge;
        else if (word == "histogram")
            type = MetricType::Histogram;
        else if (word == "summary")
            type = MetricType::Summary;
        else if (word == "untyped")
            type = MetricType::Untyped;
        if (!type) {
            error(tr("unknown metric type \"%1\" for \"%2\"").arg(snippet(p, wordEnd), name));
            return;
        }
        const char *rest = skipBlanks(wordEnd, end);
        if (rest != end) {
            error(tr("unexpected text \"%1\" after the type of \"%2\"")
                      .arg(snippet(rest, end), name));
            return;
        }
        const int index = familyIndex(name);
        FamilyState &state = m_familyState[index];
        if (state.typed) {
            error(tr("second TYPE line for \"%1\"").arg(name));
            return;
        }
        if (state.sampled) {
            error(tr("TYPE line for \"%1\" after its samples").arg(name));
            return;
        }
        state.typed = true;
        m_result.families[index].type = *type;
    }

    void parseSample(const char *p, const char *end)
    {
        if (!isMetricNameStart(*p)) {
            error(tr("expected a metric name, found %1").arg(describe(p, end)));
            return;
        }
        const char *nameEnd = p + 1;
        while (nameEnd < end && isMetricNameChar(*nameEnd))
            ++nameEnd;
        MetricSample sample;
        const QByteArrayView rawName(p, nameEnd - p);
        if (rawName != m_previousRawName) {
            m_previousName = intern(p, nameEnd);
            m_previousRawName = rawName;
        }
        sample.name = m_previousName;
        p = skipBlanks(nameEnd, end);

        // Two label buffers used in turn: the previous line's stays readable for labelValue()
        // without a copy.
        QVarLengthArray<ParsedLabel, 8> &labels = m_lineLabels[m_currentLabels];
        labels.clear();
        if (p < end && *p == '{') {
            p = parseLabels(p + 1, end, labels);
            if (!p)
                return;
            p = skipBlanks(p, end);
        } else if (p == nameEnd && p < end) {
            error(tr("unexpected %1 in metric name \"%2\"").arg(describe(p, end), sample.name));
            return;
        }

        if (p == end) {
            error(tr("expected a value after \"%1\"").arg(sample.name));
            return;
        }
        const char *valueEnd = tokenEnd(p, end);
        const auto value = parseFloat(p, valueEnd);
        if (!value) {
            error(tr("invalid value \"%1\" for \"%2\"").arg(snippet(p, valueEnd), sample.name));
            return;
        }
        sample.value = *value;
        p = skipBlanks(valueEnd, end);
        if (p < end) {
            const char *tsEnd = tokenEnd(p, end);
            const auto ts = parseTimestamp(p, tsEnd);
            if (!ts) {
                error(
                    tr("invalid timestamp \"%1\" for \"%2\"").arg(snippet(p, tsEnd), sample.name));
                return;
            }
            sample.timestampMs = *ts;
            p = skipBlanks(tsEnd, end);
            if (p < end) {
                error(tr("unexpected text \"%1\" after the timestamp").arg(snippet(p, end)));
                return;
            }
        }

        sample.labels.reserve(labels.size());
        for (const ParsedLabel &l : labels)
            sample.labels.insert(l.name, l.value);
        if (sample.labels.size() != labels.size()) {
            for (qsizetype i = 0; i < labels.size(); ++i) {
                for (qsizetype j = i + 1; j < labels.size(); ++j) {
                    if (labels[i].name == labels[j].name) {
                        error(tr("duplicate label name \"%1\"").arg(labels[i].name));
                        return;
                    }
                }
            }
        }
        if (!checkFamily(sample))
            return;

        if (m_result.samples.size() >= m_limits.maxSamples) {
            error(tr("stopped after %1 samples, the most one exposition may hold")
                      .arg(m_limits.maxSamples));
            m_result.truncated = true;
            m_stopped = true;
            return;
        }
        m_result.samples.append(std::move(sample));
        m_currentLabels = 1 - m_currentLabels;
    }

    /** Parses from after '{' to after '}'; nullptr after reporting an error. */
    const char *parseLabels(const char *p, const char *end, QVarLengthArray<ParsedLabel, 8> &labels)
    {
        for (;;) {
            p = skipBlanks(p, end);
            if (p < end && *p == '}')
                return p + 1;
            if (p == end || !isLabelNameStart(*p)) {
                error(tr("expected a label name or '}', found %1").arg(describe(p, end)));
                return nullptr;
            }
            const char *nameEnd = p + 1;
            while (nameEnd < end && isLabelNameChar(*nameEnd))
                ++nameEnd;
            const QByteArrayView rawName(p, nameEnd - p);
            const auto &previous = m_lineLabels[1 - m_currentLabels];
            const qsizetype position = labels.size();
            const QString name = position < previous.size() && previous[position].rawName == rawName
                ? previous[position].name
                : intern(p, nameEnd);
            p = skipBlanks(nameEnd, end);
            if (p == end || *p != '=') {
                error(tr("expected '=' after label name \"%1\"").arg(name));
                return nullptr;
            }
            p = skipBlanks(p + 1, end);
            if (p == end || *p != '"') {
                error(tr("expected '\"' to open the value of label \"%1\"").arg(name));
                return nullptr;
            }
            const char *valueBegin = ++p;
            bool escaped = false;
            while (p < end && *p != '"') {
                if (*p == '\\') {
                    escaped = true;
                    ++p;
                }
                ++p;
            }
            if (p >= end) {
                error(tr("unterminated value of label \"%1\"").arg(name));
                return nullptr;
            }
            const QByteArrayView raw(valueBegin, p - valueBegin);
            labels.append({ name, labelValue(raw, escaped, position), rawName, raw });
            p = skipBlanks(p + 1, end);
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == '}')
                return p + 1;
            error(tr("expected ',' or '}' after the value of label \"%1\"").arg(name));
            return nullptr;
        }
    }

    /**
     * Label values repeat too: consecutive lines (the buckets of one histogram) share most of them,
     * and bucket bounds recur in every histogram. Reuse the previous line's string, else an
     * interned one.
     */
    QString labelValue(QByteArrayView raw, bool escaped, qsizetype position)
    {
        if (escaped)
            return unescape(raw.data(), raw.data() + raw.size(), true);
        const auto &previous = m_lineLabels[1 - m_currentLabels];
        if (position < previous.size() && previous[position].raw == raw)
            return previous[position].value;
        const auto it = m_values.constFind(raw);
        if (it != m_values.cend())
            return *it;
        const QString value = QString::fromUtf8(raw);
        if (m_values.size() < maxInterned)
            m_values.insert(raw, value);
        return value;
    }

    /** Ties the sample to its family and checks what the family's type demands of it. */
    bool checkFamily(const MetricSample &sample)
    {
        // Interned names make "same name as the line before" a pointer comparison on most lines.
        if (sample.name.constData() != m_last.name.constData() && sample.name != m_last.name) {
            m_last = m_sampleFamily.value(sample.name);
            if (m_last.name.isNull()) {
                m_last = resolve(sample.name);
                m_sampleFamily.insert(sample.name, m_last);
            }
        }
        m_familyState[m_last.family].sampled = true;
        switch (m_last.bound) {
        case Bound::Le:
            return checkBound(sample, u"le"_s);
        case Bound::Quantile:
            return checkBound(sample, u"quantile"_s);
        case Bound::None:
            break;
        }
        return true;
    }

    /** Which family a sample name belongs to and which label its type demands, creating an untyped
     * family if none. */
    Resolution resolve(const QString &name)
    {
        int index = resolveFamily(name);
        if (index < 0)
            index = familyIndex(name);
        const MetricFamily &family = m_result.families.at(index);
        Bound bound = Bound::None;
        if (family.type == MetricType::Histogram && name.endsWith(u"_bucket"))
            bound = Bound::Le;
        else if (family.type == MetricType::Summary && name == family.name)
            bound = Bound::Quantile;
        return { name, index, bound };
    }

    bool checkBound(const MetricSample &sample, const QString &label)
    {
        if (!sample.labels.contains(label)) {
            error(tr("missing \"%1\" label on \"%2\"").arg(label, sample.name));
            return false;
        }
        const QString bound = sample.labels.value(label);
        if (!parseFloat(bound)) {
            error(tr("invalid \"%1\" value \"%2\" on \"%3\"")
                      .arg(label, bound.left(40), sample.name));
            return false;
        }
        return true;
    }

    /** The declared family a sample name belongs to, or -1: `x_bucket`, `x_sum`, `x_count` belong
     * to histogram or summary `x`. */
    int resolveFamily(const QString &name) const
    {
        const int direct = m_familyIndex.value(name, -1);
        if (direct >= 0)
            return direct;
        for (const QStringView suffix : { u"_bucket", u"_sum", u"_count" }) {
            if (!name.endsWith(suffix))
                continue;
            const int base = m_familyIndex.value(name.chopped(suffix.size()), -1);
            if (base < 0)
                continue;
            const MetricType type = m_result.families.at(base).type;
            if (type == MetricType::Histogram
                || (type == MetricType::Summary && suffix != u"_bucket"))
                return base;
        }
        return -1;
    }

    struct FamilyState {
        bool typed = false;
        bool helped = false;
        bool sampled = false;
    };

    static constexpr qsizetype maxInterned
        = 20'000; // bounds the tables when label values never repeat (ids)

    QByteArrayView m_input;
    const PrometheusText::Limits &m_limits;
    PrometheusParseResult &m_result;
    int m_line = 0;
    bool m_stopped = false;
    QHash<QByteArrayView, QString> m_names; // views into m_input, which outlives the parser
    QHash<QString, int> m_familyIndex;
    QList<FamilyState> m_familyState;
    QHash<QString, Resolution> m_sampleFamily;
    Resolution m_last; // of the previous sample line
    QHash<QByteArrayView, QString> m_values; // likewise
    QVarLengthArray<ParsedLabel, 8> m_lineLabels[2];
    QByteArrayView m_previousRawName; // of the previous sample line
    QString m_previousName;
    int m_currentLabels = 0;
};

} // namespace

PrometheusParseResult PrometheusText::parse(QByteArrayView text, const Limits &limits)
{
    PrometheusParseResult result;
    if (text.size() > limits.maxInputBytes) {
        result.errors.append({ 0,
            tr("the exposition is %1 bytes, more than the limit of %2 bytes")
                .arg(text.size())
                .arg(limits.maxInputBytes) });
        result.truncated = true;
        return result;
    }
    Parser(text, limits, result).run();
    return result;
}
