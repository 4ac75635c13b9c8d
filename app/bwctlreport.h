// SPDX-License-Identifier: MIT
#pragma once

#include "reports/redactionrules.h"
#include "reports/reportrenderer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QFile;

/**
 * `bwctl report`: an incident report of a time range, headless.
 *
 *     bwctl --url URL --token-env VAR report --from T --to T --format pdf|html|csv|json -o PATH
 *           [--redact-field NAME ...] [--redact-pattern REGEX ...] [--lang ro|de|en] [--timeout S]
 *
 * Times are RFC 3339, `now`, or relative to now (`-1h`, `-30m`, `-2d`).
 * Needs a QGuiApplication (fonts, QPdfWriter): main() builds one for this
 * command only, on the offscreen platform unless QT_QPA_PLATFORM says
 * otherwise. Exit codes as the other commands: 0 written, 1 failed, 2 usage.
 */
class BwctlReport {
    Q_DECLARE_TR_FUNCTIONS(bwctl)
public:
    struct Options {
        QUrl url;
        QByteArray token;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        ReportFormat format = ReportFormat::Pdf;
        QString output;
        RedactionRules redaction = RedactionRules::defaults();
        QString language; ///< "", "en", "ro", "de"
        int timeoutMs = 60'000;
        // Snapshots (reports/snapshotfile.h).
        bool writeSnapshot = false; ///< `bwctl snapshot`: write a snapshot file instead of a report
        QString fromSnapshot; ///< `report --snapshot FILE`: render a snapshot, no back end needed
    };
    struct Parsed {
        std::optional<Options> options;
        int exit = 0;
        QString output; ///< for stdout (help)
        QString error; ///< for stderr
    };

    /** True when the command word of `arguments` (program name first) is "report" or "snapshot". */
    static bool isReportCommand(const QStringList &arguments);
    static Parsed parse(
        const QStringList &arguments, const QProcessEnvironment &environment, qint64 nowMs);
    /** "now", "-90m", "-1h", "-2d" or RFC 3339, as epoch ms. */
    static std::optional<qint64> parseTime(const QString &text, qint64 nowMs);

    /** main() for `bwctl report`: builds the QGuiApplication, collects, renders, returns the exit
     * code. */
    static int run(int &argc, char **argv);
};
