// SPDX-License-Identifier: MIT
#include "ui/deadletters/jsonpayloadcheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

QString JsonPayloadCheck::error(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return {};
    // The offset counts UTF-8 bytes; people count lines and characters.
    const QString before = QString::fromUtf8(utf8.left(parseError.offset));
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = before.size() - (before.lastIndexOf(u'\n') + 1) + 1;
    return QCoreApplication::translate(
        "JsonPayloadCheck", "Not valid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(parseError.errorString());
}

bool JsonPayloadCheck::isJson(const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    return parseError.error == QJsonParseError::NoError && !doc.isNull();
}

QString JsonPayloadCheck::pretty(const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull())
        return QString::fromUtf8(payload);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}
