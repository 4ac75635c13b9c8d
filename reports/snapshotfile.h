// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "reports/reportdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

/** What a snapshot says about itself, readable without decompressing its body. */
struct SnapshotHeader {
    QString format; ///< always SnapshotFile::formatName
    int version = 0; ///< the container format, see SnapshotFile::currentVersion
    QString createdBy; ///< "Breakwater 0.1.0": the application that wrote it
    qint64 createdAtMs = 0;
    QString sourceName; ///< the back end it was taken from (ReportData::backendName)
    QString sourceUrl; ///< may be empty
    qint64 fromMs = 0; ///< the range, [fromMs, toMs)
    qint64 toMs = 0;
    QString compression; ///< "zlib"
    qint64 bodyBytes = 0; ///< compressed body size, to tell a truncated file
    QString bodySha256; ///< hex, to tell a corrupted one

    QJsonObject toJson() const;
    /** Lenient about unknown fields (later versions add some); nullopt when a known one is
     * mistyped. */
    static std::optional<SnapshotHeader> fromJson(const QJsonObject &o);
};

/** Caps on reading a snapshot; the defaults hold a capped report of 100,000 letters several times
 * over. */
struct SnapshotLimits {
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    qint64 maxJsonBytes = 1024LL * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
};

/** A snapshot as read: its header and the report data it carries. */
struct Snapshot {
    SnapshotHeader header;
    ReportData data;
};

/**
 * The offline snapshot file: everything a report of one range needs, so it can
 * be opened later on a machine with no access to the back end.
 *
 * Layout (a person can tell what it is with `head -c 200`):
 *
 *     BREAKWATER-SNAPSHOT\n
 *     {header JSON, one line}\n
 *     body: qCompress(ReportData::toJson(), compact JSON)
 *
 * qCompress() prefixes the uncompressed size, so a body that would inflate
 * past the cap is refused before anything is allocated for it.
 *
 * Versions: `version` is the container's; readers accept
 * [oldestReadableVersion, currentVersion] and migrate older ones up, one step
 * at a time (none exist yet: 1 is the first). Anything else, and any truncated,
 * corrupt or foreign file, gives a message for a person, never a crash.
 *
 * Pure functions, safe on any thread; write() and read() block on the disk and
 * on (de)compression: call them off the GUI thread for large snapshots.
 */
class SnapshotFile {
    Q_DECLARE_TR_FUNCTIONS(SnapshotFile)
public:
    static constexpr QLatin1StringView formatName { "breakwater-snapshot" };
    static constexpr QByteArrayView magic { "BREAKWATER-SNAPSHOT\n" };
    static constexpr int currentVersion = 1;
    static constexpr int oldestReadableVersion = 1;
    /** The file name suffix the console's dialogs offer. */
    static constexpr QLatin1StringView suffix { "bwsnap" };

    using Limits = SnapshotLimits;

    /** The file's bytes for `data`; the header's source and range come from `data`. */
    static QByteArray encode(const ReportData &data, qint64 createdAtMs);
    /** Reads bytes made by encode() (of this or an older version); the error is for a person. */
    static Result<Snapshot, QString> decode(const QByteArray &bytes, const Limits &limits = {});
    /** The header only: cheap, for a file dialog's preview or a version check. */
    static Result<SnapshotHeader, QString> decodeHeader(
        const QByteArray &bytes, const Limits &limits = {});

    /** Writes atomically (a failed write leaves an existing file alone). */
    static Result<void, QString> write(
        const QString &path, const ReportData &data, qint64 createdAtMs);
    static Result<Snapshot, QString> read(const QString &path, const Limits &limits = {});

    /** "Breakwater 0.1.0": what createdBy says for files this build writes. */
    static QString applicationSignature();
};
