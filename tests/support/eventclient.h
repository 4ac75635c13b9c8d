// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

/** A test-side reader of the Ops API event stream (WebSocket). */
class EventClient : public QObject {
    Q_OBJECT
public:
    EventClient(const QUrl &baseUrl, const QByteArray &token);
    /** Opens /ops/v1/events (with since when >= 0) and waits for the hello. */
    bool connectAndWaitForHello(qint64 since = -1);
    /** Waits until a message of `type` arrives (or timeout). Returns it, or an empty object. */
    QJsonObject waitFor(const QString &type, int timeoutMs = 10000);
    QList<QJsonObject> messages() const { return m_messages; }
    QList<qint64> seqs(const QString &type = {}) const;
    QJsonObject hello() const { return m_hello; }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QUrl m_base;
    QByteArray m_token;
    QList<QJsonObject> m_messages;
    QJsonObject m_hello;
};
