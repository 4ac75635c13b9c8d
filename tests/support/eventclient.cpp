// SPDX-License-Identifier: MIT
#include "tests/support/eventclient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

EventClient::EventClient(const QUrl &baseUrl, const QByteArray &token)
    : m_base(baseUrl)
    , m_token(token)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value(u"type"_s).toString() == u"hello"_s && m_hello.isEmpty())
            m_hello = o;
        m_messages.append(o);
    });
}

bool EventClient::connectAndWaitForHello(qint64 since)
{
    QUrl url = m_base;
    url.setScheme(u"ws"_s);
    url.setPath(u"/ops/v1/events"_s);
    if (since >= 0)
        url.setQuery(QUrlQuery { { u"since"_s, QString::number(since) } });
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    m_socket.open(request);
    return !waitFor(u"hello"_s).isEmpty();
}

QJsonObject EventClient::waitFor(const QString &type, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype checked = 0;
    while (true) {
        for (; checked < m_messages.size(); ++checked)
            if (m_messages.at(checked).value(u"type"_s).toString() == type)
                return m_messages.at(checked);
        if (deadline.hasExpired()
            || (m_socket.state() == QAbstractSocket::UnconnectedState && checked > 0))
            return {};
        QTest::qWait(20);
    }
}

QList<qint64> EventClient::seqs(const QString &type) const
{
    QList<qint64> out;
    for (const auto &m : m_messages) {
        const QString t = m.value(u"type"_s).toString();
        if (t == u"hello"_s || t == u"resync"_s)
            continue;
        if (type.isEmpty() || t == type)
            out.append(m.value(u"seq"_s).toInteger());
    }
    return out;
}
