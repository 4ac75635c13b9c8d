// SPDX-License-Identifier: MIT
#include "reports/htmlreportwriter.h"

#include "reports/reportchart.h"
#include "reports/reportchartpainter.h"
#include "reports/reporttext.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString table(const ReportText::Table &t, const QString &cssClass = {})
{
    if (t.rows.isEmpty())
        return u"<p class=\"empty\">"_s + esc(HtmlReportWriter::tr("None in this range."))
            + u"</p>\n"_s;
    QString out = u"<table"_s + (cssClass.isEmpty() ? QString() : u" class=\""_s + cssClass + u'"')
        + u"><thead><tr>"_s;
    for (const QString &h : t.headers)
        out += u"<th>"_s + esc(h) + u"</th>"_s;
    out += u"</tr></thead><tbody>\n"_s;
    for (const QStringList &row : t.rows) {
        out += u"<tr>"_s;
        for (const QString &cell : row)
            out += u"<td>"_s + esc(cell) + u"</td>"_s;
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody></table>\n"_s;
}

const char *css = R"(
body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}
h1{margin-bottom:0}h2{border-bottom:2px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;font-size:13px;margin:.5em 0}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f2f2f2}.redaction{background:#fff6d6;border:1px solid #e6c200;padding:.6em}
.charts{display:flex;flex-wrap:wrap;gap:16px}.chart{border:1px solid #eee}
pre{background:#f7f7f7;padding:.5em;overflow-x:auto;font-size:12px;white-space:pre-wrap}
.group{margin:1em 0;padding:.5em;border-left:4px solid #d62728;background:#fcfcfc}
.note{color:#8a5a00}.empty{color:#777}
)";

} // namespace

QString HtmlReportWriter::sectionId(int section)
{
    static const char *ids[] = { "summary", "charts", "breakers", "transitions", "syncs",
        "deadletters", "operator-actions" };
    return QString::fromLatin1(ids[section]);
}

QString HtmlReportWriter::html(const ReportData &data, const QLocale &locale,
    const ReportRenderer::Progress &progress, bool *cancelled)
{
    auto step = [&](int percent) {
        if (progress && !progress(percent)) {
            if (cancelled)
                *cancelled = true;
            return false;
        }
        return true;
    };
    using S = ReportText::Section;
    auto section = [](S s) -> QString {
        return u"<section id=\""_s + sectionId(int(s)) + u"\"><h2>"_s
            + esc(ReportText::sectionTitle(s)) + u"</h2>\n"_s;
    };
    QString out;
    out.reserve(1 << 20);
    out += u"<!DOCTYPE html>\n<html lang=\""_s + esc(locale.bcp47Name())
        + u"\"><head><meta charset=\"utf-8\">"_s;
    out += u"<title>"_s + esc(ReportText::title() + u" – "_s + data.backendName)
        + u"</title><style>"_s + QString::fromLatin1(css) + u"</style></head><body>\n"_s;
    out += u"<h1>"_s + esc(ReportText::title()) + u"</h1>\n<p>"_s
        + esc(data.backendName + u" · "_s + ReportText::range(data, locale)) + u"</p>\n"_s;
    out += u"<p class=\"redaction\" id=\"redaction\">"_s
        + esc(ReportText::redactionStatement(data, locale)) + u"</p>\n"_s;

    out += section(S::Summary) + u"<table class=\"summary\"><tbody>\n"_s;
    for (const auto &[label, value] : ReportText::headline(data, locale))
        out += u"<tr><th>"_s + esc(label) + u"</th><td>"_s + esc(value) + u"</td></tr>\n"_s;
    out += u"</tbody></table>\n"_s;
    for (const QString &note : data.notes)
        out += u"<p class=\"note\">"_s + esc(note) + u"</p>\n"_s;
    if (data.deadLettersCapped)
        out += u"<p class=\"note\">"_s
            + esc(tr("The dead-letter list was cut at %L1 letters.").arg(data.deadLetters.size()))
            + u"</p>\n"_s;
    out += u"</section>\n"_s;
    if (!step(10))
        return {};

    out += section(S::Charts) + u"<div class=\"charts\">\n"_s;
    for (const ReportChart &c : ReportChart::fromReport(data, 520))
        out += ReportChartPainter::svg(c, 520, 240, locale) + u'\n';
    out += u"</div></section>\n"_s;
    if (!step(50))
        return {};

    out += section(S::Breakers) + table(ReportText::breakersTable(data, locale), u"breakers"_s)
        + u"</section>\n"_s;
    out += section(S::Transitions)
        + table(ReportText::transitionsTable(data, locale), u"transitions"_s) + u"</section>\n"_s;
    out += section(S::Syncs) + table(ReportText::syncsTable(data, locale), u"syncs"_s)
        + u"</section>\n"_s;
    if (!step(60))
        return {};

    out += section(S::DeadLetters);
    out += u"<p>"_s
        + esc(tr("%1 dead letters in this range in %2 groups. The full list is in the CSV and JSON "
                 "formats.")
                  .arg(locale.toString(data.deadLettersInRange),
                      locale.toString(data.deadLetterGroups.size())))
        + u"</p>\n"_s;
    out += table(ReportText::groupsTable(data, locale), u"groups"_s);
    for (const DeadLetterGroup &g : data.deadLetterGroups) {
        const QList<DeadLetter> samples = data.samplesOf(g.fingerprint);
        if (samples.isEmpty())
            continue;
        out += u"<div class=\"group\" data-fingerprint=\""_s + esc(g.fingerprint)
            + u"\" data-count=\""_s + QString::number(g.count) + u"\"><h3>"_s
            + esc(tr("%1 × %2 from %3").arg(locale.toString(g.count), g.errorClass, g.source))
            + u"</h3><p>"_s + esc(g.message) + u"</p>\n"_s;
        for (const DeadLetter &d : samples) {
            out += u"<h4>"_s
                + esc(tr("Letter %1, %2 attempts, last failed %3")
                          .arg(QString::number(d.id), locale.toString(d.attempts),
                              ReportText::dateTime(d.lastFailureMs, locale)))
                + u"</h4>\n"_s;
            out += u"<p>"_s + esc(d.error.message) + u"</p>\n"_s;
            out += u"<pre class=\"headers\">"_s + esc(ReportText::headerLines(d).join(u'\n'))
                + u"</pre>\n"_s;
            out += u"<pre class=\"payload\">"_s
                + esc(ReportText::payloadExcerpt(d.payload, 40, 160).join(u'\n')) + u"</pre>\n"_s;
            if (!d.error.stack.isEmpty())
                out += u"<pre class=\"stack\">"_s + esc(d.error.stack.left(4000)) + u"</pre>\n"_s;
        }
        out += u"</div>\n"_s;
    }
    out += u"</section>\n"_s;
    if (!step(90))
        return {};
    out += section(S::OperatorActions)
        + table(ReportText::operatorActionsTable(data, locale), u"actions"_s) + u"</section>\n"_s;
    out += u"</body></html>\n"_s;
    return out;
}

Result<void, QString> HtmlReportWriter::write(const ReportData &data, const QLocale &locale,
    const QString &path, const ReportRenderer::Progress &progress)
{
    bool cancelled = false;
    const QString text = html(data, locale, progress, &cancelled);
    if (cancelled)
        return tr("Cancelled.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}
