// SPDX-License-Identifier: MIT
#include "reports/zipwriter.h"

#include <QIODevice>
#include <QtEndian>
#include <zlib.h>

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

/** Raw deflate (no zlib header), as zip wants it; empty on failure. */
std::optional<QByteArray> deflateRaw(const QByteArray &data)
{
    z_stream z {};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(data.size()))));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    return out;
}

constexpr quint16 dosTime = 0; // 00:00:00
constexpr quint16 dosDate
    = (46 << 9) | (1 << 5) | 1; // 2026-01-01: reports are reproducible byte for byte

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{
}

bool ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!m_ok)
        return false;
    Entry e;
    e.name = name.toUtf8();
    e.crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    e.size = quint32(data.size());
    const auto packed = deflateRaw(data);
    const QByteArray &body = packed && packed->size() < data.size() ? *packed : data;
    e.method = packed && packed->size() < data.size() ? 8 : 0;
    e.compressedSize = quint32(body.size());
    e.offset = quint32(m_device->pos());

    QByteArray header;
    put32(header, 0x04034b50);
    put16(header, 20);
    put16(header, 0x0800); // names in UTF-8
    put16(header, e.method);
    put16(header, dosTime);
    put16(header, dosDate);
    put32(header, e.crc);
    put32(header, e.compressedSize);
    put32(header, e.size);
    put16(header, quint16(e.name.size()));
    put16(header, 0);
    header += e.name;
    m_ok = m_device->write(header) == header.size() && m_device->write(body) == body.size();
    m_entries.append(e);
    return m_ok;
}

bool ZipWriter::finish()
{
    if (!m_ok)
        return false;
    const quint32 start = quint32(m_device->pos());
    QByteArray dir;
    for (const Entry &e : std::as_const(m_entries)) {
        put32(dir, 0x02014b50);
        put16(dir, 20);
        put16(dir, 20);
        put16(dir, 0x0800);
        put16(dir, e.method);
        put16(dir, dosTime);
        put16(dir, dosDate);
        put32(dir, e.crc);
        put32(dir, e.compressedSize);
        put32(dir, e.size);
        put16(dir, quint16(e.name.size()));
        put16(dir, 0);
        put16(dir, 0);
        put16(dir, 0);
        put16(dir, 0);
        put32(dir, 0);
        put32(dir, e.offset);
        dir += e.name;
    }
    put32(dir, 0x06054b50);
    put16(dir, 0);
    put16(dir, 0);
    put16(dir, quint16(m_entries.size()));
    put16(dir, quint16(m_entries.size()));
    put32(dir, quint32(dir.size() - 0)); // patched below: size of the directory without this record
    put32(dir, start);
    put16(dir, 0);
    const quint32 dirSize = quint32(dir.size() - 22);
    qToLittleEndian(dirSize, dir.data() + dir.size() - 10);
    m_ok = m_device->write(dir) == dir.size();
    return m_ok;
}
