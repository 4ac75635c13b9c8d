// SPDX-License-Identifier: MIT
#include "reports/snapshotfile.h"

#include "core/jsonlimits.h"
#include "core/wiretime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/**
 * One step up: the body JSON of version N becomes that of N + 1. Index 0 takes
 * version oldestReadableVersion up. Empty while version 1 is the only one; a
 * format change appends a step here and raises currentVersion, so files of
 * every older version still open.
 */
const QList<std::function<QJsonObject(QJsonObject)>> &migrations()
{
    static const QList<std::function<QJsonObject(QJsonObject)>> steps;
    return steps;
}
static_assert(SnapshotFile::oldestReadableVersion <= SnapshotFile::currentVersion);

/** The magic line and the header line, split from the body. */
struct SplitFile {
    QByteArray headerLine;
    qsizetype bodyStart = 0;
};

/** Fails with a message for a person when it is not a snapshot. */
Result<SplitFile, QString> splitFile(const QByteArray &bytes, qint64 maxHeaderBytes)
{
    if (!bytes.startsWith(SnapshotFile::magic)) {
        return bytes.isEmpty()
            ? SnapshotFile::tr("The file is empty.")
            : SnapshotFile::tr(
                "This is not a Breakwater snapshot (it does not start with the snapshot "
                "signature).");
    }
    const qsizetype headerStart = SnapshotFile::magic.size();
    const qsizetype end = bytes.indexOf('\n', headerStart);
    if (end < 0) {
        return bytes.size() - headerStart > maxHeaderBytes
            ? SnapshotFile::tr("The snapshot's header is too large: the file is damaged.")
            : SnapshotFile::tr("The snapshot is truncated: its header is incomplete.");
    }
    if (end - headerStart > maxHeaderBytes)
        return SnapshotFile::tr("The snapshot's header is too large: the file is damaged.");
    return SplitFile { bytes.mid(headerStart, end - headerStart), end + 1 };
}

Result<SnapshotHeader, QString> parseHeader(const QByteArray &line)
{
    JsonLimits limits;
    limits.maxBytes = line.size() + 1;
    limits.maxDepth = 8;
    const auto parsed = parseJsonLimited(line, limits);
    if (const QString *why = std::get_if<QString>(&parsed))
        return SnapshotFile::tr("The snapshot's header is damaged: %1").arg(*why);
    const QJsonDocument doc = std::get<QJsonDocument>(parsed);
    auto header = doc.isObject() ? SnapshotHeader::fromJson(doc.object()) : std::nullopt;
    if (!header || header->format != SnapshotFile::formatName)
        return SnapshotFile::tr(
            "The snapshot's header is damaged or not a Breakwater snapshot header.");
    return std::move(*header);
}

QString versionRefusal(const SnapshotHeader &h)
{
    const QString maker = h.createdBy.isEmpty() ? u"?"_s : h.createdBy;
    if (h.version > SnapshotFile::currentVersion)
        return SnapshotFile::tr(
            "This snapshot was made by %1 (format %2); this version reads formats %3-%4. "
            "Open it with a newer Breakwater.")
            .arg(maker)
            .arg(h.version)
            .arg(SnapshotFile::oldestReadableVersion)
            .arg(SnapshotFile::currentVersion);
    return SnapshotFile::tr(
        "This snapshot was made by %1 (format %2), which is too old; this version reads "
        "formats %3-%4.")
        .arg(maker)
        .arg(h.version)
        .arg(SnapshotFile::oldestReadableVersion)
        .arg(SnapshotFile::currentVersion);
}

} // namespace

// --- SnapshotHeader ---------------------------------------------------------------------------

QJsonObject SnapshotHeader::toJson() const
{
    return QJsonObject {
        { u"format"_s, format },
        { u"version"_s, version },
        { u"createdBy"_s, createdBy },
        { u"createdAt"_s, WireTime::format(createdAtMs) },
        { u"source"_s, QJsonObject { { u"name"_s, sourceName }, { u"url"_s, sourceUrl } } },
        { u"range"_s,
            QJsonObject {
                { u"from"_s, WireTime::format(fromMs) }, { u"to"_s, WireTime::format(toMs) } } },
        { u"compression"_s, compression },
        { u"bodyBytes"_s, bodyBytes },
        { u"bodySha256"_s, bodySha256 },
    };
}

std::optional<SnapshotHeader> SnapshotHeader::fromJson(const QJsonObject &o)
{
    SnapshotHeader h;
    const QJsonValue format = o.value(u"format"_s);
    const QJsonValue version = o.value(u"version"_s);
    if (!format.isString() || !version.isDouble())
        return std::nullopt;
    h.format = format.toString();
    h.version = version.toInt();
    h.createdBy = o.value(u"createdBy"_s).toString();
    h.createdAtMs = WireTime::parse(o.value(u"createdAt"_s).toString()).value_or(0);
    const QJsonObject source = o.value(u"source"_s).toObject();
    h.sourceName = source.value(u"name"_s).toString();
    h.sourceUrl = source.value(u"url"_s).toString();
    const QJsonObject range = o.value(u"range"_s).toObject();
    h.fromMs = WireTime::parse(range.value(u"from"_s).toString()).value_or(0);
    h.toMs = WireTime::parse(range.value(u"to"_s).toString()).value_or(0);
    h.compression = o.value(u"compression"_s).toString();
    const QJsonValue body = o.value(u"bodyBytes"_s);
    if (!body.isUndefined() && !body.isDouble())
        return std::nullopt;
    h.bodyBytes = qint64(body.toDouble(-1));
    h.bodySha256 = o.value(u"bodySha256"_s).toString();
    return h;
}

// --- SnapshotFile ---------------------------------------------------------------------------

QString SnapshotFile::applicationSignature()
{
    return u"Breakwater "_s + QLatin1StringView(BREAKWATER_VERSION);
}

QByteArray SnapshotFile::encode(const ReportData &data, qint64 createdAtMs)
{
    const QByteArray json = QJsonDocument(data.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray body = qCompress(json, 6);

    SnapshotHeader h;
    h.format = formatName;
    h.version = currentVersion;
    h.createdBy = applicationSignature();
    h.createdAtMs = createdAtMs;
    h.sourceName = data.backendName;
    h.sourceUrl = data.backendUrl;
    h.fromMs = data.fromMs;
    h.toMs = data.toMs;
    h.compression = u"zlib"_s;
    h.bodyBytes = body.size();
    h.bodySha256 = sha256Hex(body);

    QByteArray out;
    out.reserve(body.size() + 1024);
    out += magic;
    out += QJsonDocument(h.toJson()).toJson(QJsonDocument::Compact);
    out += '\n';
    out += body;
    return out;
}

Result<SnapshotHeader, QString> SnapshotFile::decodeHeader(
    const QByteArray &bytes, const Limits &limits)
{
    return splitFile(bytes, limits.maxHeaderBytes).andThen([](const SplitFile &split) {
        return parseHeader(split.headerLine);
    });
}

Result<Snapshot, QString> SnapshotFile::decode(const QByteArray &bytes, const Limits &limits)
{
    const auto split = splitFile(bytes, limits.maxHeaderBytes);
    if (!split)
        return split.error();
    auto parsedHeader = parseHeader(split.value().headerLine);
    if (!parsedHeader)
        return parsedHeader.error();
    SnapshotHeader &header = parsedHeader.value();
    // The version first: a newer writer may have changed everything after the header.
    if (header.version < oldestReadableVersion || header.version > currentVersion)
        return versionRefusal(header);
    if (header.compression != u"zlib")
        return tr("The snapshot's body is compressed with \"%1\", which this version cannot read.")
            .arg(header.compression);

    const QByteArrayView body = QByteArrayView(bytes).sliced(split.value().bodyStart);
    if (header.bodyBytes >= 0 && body.size() < header.bodyBytes)
        return tr("The snapshot is truncated: %1 of its %2 are missing.")
            .arg(formatByteSize(header.bodyBytes - body.size()), formatByteSize(header.bodyBytes));
    if (header.bodyBytes >= 0 && body.size() > header.bodyBytes)
        return tr("The snapshot is damaged: it has data after its end.");
    if (!header.bodySha256.isEmpty() && sha256Hex(body) != header.bodySha256)
        return tr("The snapshot is damaged: its contents do not match their checksum.");
    // qCompress's first four bytes are the inflated size: refuse a zip bomb before allocating it.
    if (body.size() < 4)
        return tr("The snapshot is truncated: it has no contents.");
    const quint32 inflated = qFromBigEndian<quint32>(body.data());
    if (qint64(inflated) > limits.maxJsonBytes)
        return tr("The snapshot's contents are too large to open (%1; at most %2).")
            .arg(formatByteSize(inflated), formatByteSize(limits.maxJsonBytes));
    const QByteArray json = qUncompress(reinterpret_cast<const uchar *>(body.data()), body.size());
    if (json.isEmpty())
        return tr("The snapshot is damaged: its contents cannot be decompressed.");

    JsonLimits jsonLimits;
    jsonLimits.maxBytes = limits.maxJsonBytes;
    const auto parsed = parseJsonLimited(json, jsonLimits);
    if (const QString *bad = std::get_if<QString>(&parsed))
        return tr("The snapshot is damaged: %1").arg(*bad);
    QJsonObject object = std::get<QJsonDocument>(parsed).object();
    for (int v = header.version; v < currentVersion; ++v)
        object = migrations().at(v - oldestReadableVersion)(std::move(object));

    auto data = ReportData::fromJson(object);
    if (!data)
        return tr("The snapshot is damaged: %1").arg(data.error());
    return Snapshot { std::move(header), std::move(data).value() };
}

Result<void, QString> SnapshotFile::write(
    const QString &path, const ReportData &data, qint64 createdAtMs)
{
    QSaveFile file(path);
    const QByteArray bytes = encode(data, createdAtMs);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

Result<Snapshot, QString> SnapshotFile::read(const QString &path, const Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    if (file.size() > limits.maxFileBytes)
        return tr("%1 is too large to be a snapshot this version opens (%2; at most %3).")
            .arg(path, formatByteSize(file.size()), formatByteSize(limits.maxFileBytes));
    // Read at most one byte past the cap: a file that grew since size() is still refused.
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (bytes.size() > limits.maxFileBytes)
        return tr("%1 is too large to be a snapshot this version opens (%2; at most %3).")
            .arg(path, formatByteSize(bytes.size()), formatByteSize(limits.maxFileBytes));
    return decode(bytes, limits);
}
