// SPDX-License-Identifier: MIT
#include "app/bwctlreport.h"

#include "backends/opsapibackend.h"
#include "core/wiretime.h"
#include "reports/reportexportjob.h"
#include "reports/snapshotfile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTranslator>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Global options that take a value: their value is not the command word.
const QStringList valueOptions { u"--url"_s, u"--token-env"_s, u"--timeout"_s };

const char *usage
    = "usage: bwctl --url URL --token-env VAR report --from T --to T --format pdf|html|csv|json -o "
      "PATH\n"
      "             [--redact-field NAME]... [--redact-pattern REGEX]... [--no-default-redaction]\n"
      "             [--lang en|ro|de] [--timeout SECONDS]\n"
      "       bwctl report --snapshot FILE --format pdf|html|csv|json -o PATH [--lang en|ro|de]\n"
      "       bwctl --url URL --token-env VAR snapshot --from T [--to T] -o FILE\n"
      "             [--redact-field NAME]... [--redact-pattern REGEX]... "
      "[--no-default-redaction]\n";

} // namespace

bool BwctlReport::isReportCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (valueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return a == u"report"_s || a == u"snapshot"_s;
    }
    return false;
}

std::optional<qint64> BwctlReport::parseTime(const QString &text, qint64 nowMs)
{
    const QString t = text.trimmed();
    if (t == u"now"_s)
        return nowMs;
    if (t.startsWith(u'-')) {
        const auto d = WireTime::parseDuration(t.mid(1));
        return d ? std::optional(nowMs - *d) : std::nullopt;
    }
    return WireTime::parse(t);
}

BwctlReport::Parsed BwctlReport::parse(
    const QStringList &arguments, const QProcessEnvironment &environment, qint64 nowMs)
{
    auto failed = [](const QString &message) {
        return Parsed { std::nullopt, 2, {},
            u"bwctl report: "_s + message + u"\n"_s + QLatin1StringView(usage) };
    };
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption url(u"url"_s, {}, u"URL"_s), tokenEnv(u"token-env"_s, {}, u"VAR"_s),
        timeout(u"timeout"_s, {}, u"S"_s), from(u"from"_s, {}, u"T"_s), to(u"to"_s, {}, u"T"_s),
        format(u"format"_s, {}, u"F"_s), output(QStringList { u"o"_s, u"output"_s }, {}, u"PATH"_s),
        field(u"redact-field"_s, {}, u"NAME"_s), pattern(u"redact-pattern"_s, {}, u"REGEX"_s),
        noDefaults(u"no-default-redaction"_s), lang(u"lang"_s, {}, u"L"_s),
        help(QStringList { u"h"_s, u"help"_s }), json(u"json"_s),
        snapshot(u"snapshot"_s, {}, u"FILE"_s);
    parser.addOptions({ url, tokenEnv, timeout, from, to, format, output, field, pattern,
        noDefaults, lang, help, json, snapshot });
    // "-1h" as an option value would look like an option: glue it to its option first.
    QStringList args = arguments;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if ((args.at(i) == u"--from"_s || args.at(i) == u"--to"_s)
            && args.at(i + 1).startsWith(u'-')) {
            args[i] = args.at(i) + u'=' + args.at(i + 1);
            args.removeAt(i + 1);
        }
    }
    if (!parser.parse(args))
        return failed(parser.errorText());
    if (parser.isSet(help))
        return Parsed { std::nullopt, 0,
            QLatin1StringView(usage)
                + u"\nWrites an incident report of a time range: summary, charts, breakers,\n"
                  "sync jobs, dead letters by cause, operator actions. Secrets are redacted.\n"_s,
            {} };
    Options o;
    o.writeSnapshot = parser.positionalArguments() == QStringList { u"snapshot"_s };
    if (parser.positionalArguments() != QStringList { u"report"_s } && !o.writeSnapshot)
        return failed(tr("unexpected arguments: %1").arg(parser.positionalArguments().join(u' ')));
    // A report of a snapshot file needs no back end: the range and the data are the file's.
    if (!o.writeSnapshot && parser.isSet(snapshot)) {
        o.fromSnapshot = parser.value(snapshot);
        const auto f = reportFormatFromName(parser.value(format));
        if (!f)
            return failed(tr("--format must be pdf, html, csv or json"));
        o.format = *f;
        o.output = parser.value(output);
        if (o.output.isEmpty())
            return failed(tr("-o PATH is required"));
        o.language = parser.value(lang);
        if (!o.language.isEmpty()
            && !QStringList { u"en"_s, u"ro"_s, u"de"_s }.contains(o.language))
            return failed(tr("--lang must be en, ro or de"));
        return Parsed { o, 0, {}, {} };
    }
    if (!parser.isSet(url))
        return failed(tr("--url is required"));
    o.url = QUrl(parser.value(url), QUrl::StrictMode);
    const QString scheme = o.url.scheme().toLower();
    if (!o.url.isValid() || (scheme != u"http" && scheme != u"https") || o.url.host().isEmpty())
        return failed(
            tr("--url must be an http:// or https:// URL, not \"%1\"").arg(parser.value(url)));
    if (parser.value(tokenEnv).isEmpty())
        return failed(tr(
            "--token-env is required: the name of the environment variable that holds the token"));
    o.token = environment.value(parser.value(tokenEnv)).trimmed().toUtf8();
    if (o.token.isEmpty())
        return failed(tr("the environment variable %1 (named by --token-env) is not set or empty")
                          .arg(parser.value(tokenEnv)));
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double s = parser.value(timeout).toDouble(&ok);
        if (!ok || s <= 0 || s > 3600)
            return failed(tr("--timeout wants a number of seconds above 0, not \"%1\"")
                              .arg(parser.value(timeout)));
        o.timeoutMs = int(s * 1000);
    }
    const auto fromMs = parseTime(parser.value(from), nowMs);
    const auto toMs = parser.isSet(to) ? parseTime(parser.value(to), nowMs) : std::optional(nowMs);
    if (!parser.isSet(from) || !fromMs)
        return failed(
            tr("--from wants a time: RFC 3339 (2026-11-23T01:00:00Z), now, or -1h, -30m, -2d"));
    if (!toMs)
        return failed(
            tr("--to wants a time: RFC 3339 (2026-11-23T01:00:00Z), now, or -1h, -30m, -2d"));
    if (*fromMs >= *toMs)
        return failed(tr("--from must be before --to"));
    o.fromMs = *fromMs;
    o.toMs = *toMs;
    const auto f = o.writeSnapshot ? std::optional(ReportFormat::Json)
                                   : reportFormatFromName(parser.value(format));
    if (!f)
        return failed(tr("--format must be pdf, html, csv or json"));
    o.format = *f;
    o.output = parser.value(output);
    if (o.output.isEmpty())
        return failed(tr("-o PATH is required"));
    if (parser.isSet(noDefaults))
        o.redaction.fieldNames.clear();
    o.redaction.fieldNames += parser.values(field);
    for (const QString &p : parser.values(pattern)) {
        const QRegularExpression re(p);
        if (p.isEmpty() || !re.isValid())
            return failed(tr("--redact-pattern \"%1\" is not a valid regular expression: %2")
                              .arg(p, re.errorString()));
        o.redaction.valuePatterns.append(p);
    }
    o.language = parser.value(lang);
    if (!o.language.isEmpty() && !QStringList { u"en"_s, u"ro"_s, u"de"_s }.contains(o.language))
        return failed(tr("--lang must be en, ro or de"));
    return Parsed { o, 0, {}, {} };
}

int BwctlReport::run(int &argc, char **argv)
{
    // Fonts and QPdfWriter need a QGuiApplication; a report needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bwctl"_s);
    QFile out, err;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    const Parsed parsed = parse(QCoreApplication::arguments(),
        QProcessEnvironment::systemEnvironment(), QDateTime::currentMSecsSinceEpoch());
    out.write(parsed.output.toUtf8());
    err.write(parsed.error.toUtf8());
    if (!parsed.options)
        return parsed.exit;
    const Options o = *parsed.options;

    QLocale locale(o.language.isEmpty() ? u"en"_s : o.language);
    QTranslator translator;
    if (!o.language.isEmpty() && o.language != u"en"_s) {
        if (translator.load(u":/translations/breakwater_"_s + o.language + u".qm"_s))
            QCoreApplication::installTranslator(&translator);
        else
            err.write(tr("bwctl report: no %1 translation in this build; writing in English.\n")
                          .arg(o.language)
                          .toUtf8());
    }

    // `report --snapshot FILE`: the file holds the data, redacted when it was taken.
    std::optional<Snapshot> snapshot;
    if (!o.fromSnapshot.isEmpty()) {
        auto read = SnapshotFile::read(o.fromSnapshot);
        if (!read) {
            err.write((tr("bwctl report: %1").arg(read.error()) + u'\n').toUtf8());
            return 1;
        }
        snapshot = std::move(read).value();
    }

    OpsApiBackend backend(o.url, o.token);
    HttpClient::Limits limits;
    limits.timeoutMs = o.timeoutMs;
    backend.setHttpLimits(limits);
    ReportExportRequest request;
    request.output = o.writeSnapshot ? ReportExportRequest::Output::Snapshot
                                     : ReportExportRequest::Output::Report;
    request.format = o.format;
    request.locale = locale;
    request.path = o.output;
    if (snapshot)
        request.data = std::move(snapshot->data);
    request.backend = &backend;
    request.fromMs = o.fromMs;
    request.toMs = o.toMs;
    request.redaction = o.redaction;
    request.backendUrl = o.url.toString();
    ReportExportJob job(std::move(request));
    int exitCode = 1;
    QObject::connect(&job, &ReportExportJob::finished, &app, [&](const ReportExportResult &r) {
        if (!r.ok) {
            const QString command = r.stage == ReportExportResult::Stage::WritingSnapshot
                ? tr("bwctl snapshot: %1")
                : tr("bwctl report: %1");
            err.write((command.arg(r.error) + u'\n').toUtf8());
            QCoreApplication::exit(1);
            return;
        }
        const ReportData &data = r.data;
        out.write((tr("Wrote %1: %2 dead letters in %3 groups, %4 breaker transitions, %5 values "
                      "redacted.")
                       .arg(o.output)
                       .arg(data.deadLettersInRange)
                       .arg(data.deadLetterGroups.size())
                       .arg(data.transitions.items.size())
                       .arg(data.redactedValues)
            + u'\n')
                      .toUtf8());
        exitCode = 0;
        QCoreApplication::exit(0);
    });
    QMetaObject::invokeMethod(&job, &ReportExportJob::start, Qt::QueuedConnection);
    const int rc = app.exec();
    return rc == 0 ? exitCode : rc;
}
