// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

/**
 * Writes a .zip archive (deflate via zlib, no Zip64: entries and archive
 * under 4 GiB) to a device opened for writing. Entries are added whole;
 * finish() writes the central directory.
 */
class ZipWriter {
public:
    explicit ZipWriter(QIODevice *device);

    bool add(const QString &name, const QByteArray &data);
    bool finish();

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 method = 8;
    };
    QIODevice *m_device;
    QList<Entry> m_entries;
    bool m_ok = true;
};
