// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

/**
 * A plain HTTP client for API tests: one call, one answer. It waits with
 * QSignalSpy (a test process, never a GUI thread), with a deadline.
 */
class ApiClient {
public:
    struct Reply {
        int status = 0; ///< 0: no HTTP answer (see networkError)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;

        QJsonObject json() const;
        QJsonArray items() const { return json().value(QStringLiteral("items")).toArray(); }
        QByteArray header(const QByteArray &name) const;
        /** For failure messages: status and body. */
        QByteArray describe() const;
    };

    ApiClient(const QUrl &baseUrl, const QByteArray &token);

    Reply get(const QString &path, const QUrlQuery &query = {});
    Reply post(const QString &path, const QJsonObject &body);
    Reply postRaw(const QString &path, const QByteArray &body,
        const QByteArray &contentType = "application/json");
    Reply del(const QString &path, const QUrlQuery &query = {});
    Reply send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
        const QByteArray &body);

    /**
     * Test data: `count` new active dead letters of `source` through the sim's
     * /sim/v1/deadletters/generate (needs the admin token); their ids, empty
     * (with a warning) when the sim refused.
     */
    QList<qint64> generateDeadLetters(
        int count, const QString &source, const QJsonObject &extra = {});

    void setToken(const QByteArray &token) { m_token = token; }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
};
