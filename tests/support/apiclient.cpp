// SPDX-License-Identifier: MIT
#include "tests/support/apiclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

QJsonObject ApiClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray ApiClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QByteArray ApiClient::Reply::describe() const
{
    return "HTTP " + QByteArray::number(status) + ' ' + networkError.toUtf8() + ": "
        + body.left(500);
}

ApiClient::ApiClient(const QUrl &baseUrl, const QByteArray &token)
    : m_base(baseUrl)
    , m_token(token)
{
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    u.setPath(path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

ApiClient::Reply ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {});
}

ApiClient::Reply ApiClient::post(const QString &path, const QJsonObject &body)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiClient::Reply ApiClient::postRaw(const QString &path, const QByteArray &body, const QByteArray &)
{
    return send("POST", path, {}, body);
}

ApiClient::Reply ApiClient::del(const QString &path, const QUrlQuery &query)
{
    return send("DELETE", path, query, {});
}

ApiClient::Reply ApiClient::send(
    const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    QNetworkRequest request(url(path, query));
    request.setTransferTimeout(30000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(35000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

QList<qint64> ApiClient::generateDeadLetters(
    int count, const QString &source, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"count"_s, count);
    body.insert(u"source"_s, source);
    const Reply r = post(u"/sim/v1/deadletters/generate"_s, body);
    if (r.status != 201)
        qWarning() << r.describe();
    QList<qint64> ids;
    for (qint64 id = r.json().value(u"firstId"_s).toInteger();
         id && id <= r.json().value(u"lastId"_s).toInteger(); ++id)
        ids.append(id);
    return ids;
}
