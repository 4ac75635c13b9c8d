// SPDX-License-Identifier: MIT
#include "backends/httpclient.h"

#include "core/jsonlimits.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

std::optional<BackendError> HttpClient::Reply::error() const
{
    if (failure)
        return failure;
    if (status >= 200 && status < 300)
        return std::nullopt;
    std::optional<Problem> problem;
    if (!body.isEmpty()) {
        const auto parsed
            = parseJsonLimited(body, JsonLimits { qsizetype(maxBytes), maxJsonDepth });
        if (const auto *doc = std::get_if<QJsonDocument>(&parsed); doc && doc->isObject())
            problem = Problem::fromJson(doc->object());
    }
    return BackendError::fromHttpStatus(status, std::move(problem));
}

std::variant<QJsonDocument, BackendError> HttpClient::Reply::json() const
{
    if (body.isEmpty())
        return BackendError::malformed(
            what, QCoreApplication::translate("Backend", "the body is empty"));
    auto parsed = parseJsonLimited(body, JsonLimits { qsizetype(maxBytes), maxJsonDepth });
    if (auto *message = std::get_if<QString>(&parsed))
        return BackendError::malformed(what, *message);
    return std::get<QJsonDocument>(std::move(parsed));
}

BackendError HttpClient::malformedShape(const QString &what)
{
    return BackendError::malformed(
        what, QCoreApplication::translate("Backend", "fields are missing or of the wrong type"));
}

HttpClient::HttpClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_manager(new QNetworkAccessManager(this))
{
}

HttpClient::~HttpClient()
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        drop(p);
}

void HttpClient::drop(const Pending &p)
{
    disconnect(p.contextGone);
    if (p.decodeJob)
        m_decodeJobs.drop(*p.decodeJob);
    if (p.reply) {
        // Disconnected first: abort() emits finished(), which must not report anything.
        disconnect(p.reply, nullptr, this, nullptr);
        p.reply->abort();
        p.reply->deleteLater();
    }
}

void HttpClient::setBasicCredentials(const QString &user, const QByteArray &password)
{
    const QByteArray credentials = user.toUtf8() + ':' + password;
    m_basicAuthorization = "Basic " + credentials.toBase64();
}

HttpClient::RequestId HttpClient::sendRaw(
    const Request &request, QObject *context, Callback<QByteArray> done)
{
    auto slot = std::make_shared<std::optional<Result<QByteArray>>>();
    Stages stages;
    stages.decode = [slot](const Reply &reply) {
        if (auto error = reply.error())
            slot->emplace(*error);
        else
            slot->emplace(reply.body);
    };
    stages.deliverError = [done](const BackendError &e) { done(Result<QByteArray>(e)); };
    stages.deliver = [slot, done = std::move(done)] { done(**slot); };
    return send(request, context, std::move(stages));
}

HttpClient::RequestId HttpClient::send(const Request &request, QObject *context, Stages stages)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest nr(url);
    nr.setTransferTimeout(m_limits.timeoutMs);
    // A redirect to another origin must not carry our token there.
    nr.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    nr.setMaximumRedirectsAllowed(5);
    nr.setRawHeader("Accept",
        request.accept.isEmpty() ? "application/json, application/problem+json, text/plain;q=0.5"_ba
                                 : request.accept);
    if (request.authenticated && !m_token.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + m_token);
    else if (request.authenticated && !m_basicAuthorization.isEmpty())
        nr.setRawHeader("Authorization", m_basicAuthorization);
    QByteArray body;
    if (request.body) {
        nr.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    }

    const RequestId id = Backend::newRequestId();
    QNetworkReply *reply = m_manager->sendCustomRequest(nr, request.method, body);
    Pending &p = m_pending[id];
    p.reply = reply;
    p.context = context;
    p.stages = std::move(stages);
    p.what = url.port() > 0 ? u"%1:%2%3"_s.arg(url.host()).arg(url.port()).arg(url.path())
                            : url.host() + url.path();
    if (context)
        p.contextGone = connect(context, &QObject::destroyed, this, [this, id] { cancel(id); });

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaData(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    // The transfer timeout only catches stalls; a server trickling bytes needs an overall deadline.
    QTimer::singleShot(m_limits.timeoutMs, reply, [this, id, ms = m_limits.timeoutMs] {
        if (auto it = m_pending.find(id); it != m_pending.end())
            abortWith(id, BackendError::timeout(it->what, ms));
    });
    return id;
}

void HttpClient::onMetaData(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->reply)
        return;
    const QVariant length = it->reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxResponseBytes)
        abortWith(id, BackendError::tooLarge(it->what, m_limits.maxResponseBytes));
}

void HttpClient::onReadyRead(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->reply || it->failure)
        return;
    it->body += it->reply->readAll();
    if (it->body.size() > m_limits.maxResponseBytes)
        abortWith(id, BackendError::tooLarge(it->what, m_limits.maxResponseBytes));
}

void HttpClient::abortWith(RequestId id, BackendError failure)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->reply || it->failure)
        return;
    it->failure = std::move(failure);
    it->body.clear();
    // Emits finished() synchronously: onFinished() reports the failure.
    it->reply->abort();
}

void HttpClient::onFinished(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->reply)
        return;
    QNetworkReply *reply = std::exchange(it->reply, nullptr);
    reply->deleteLater();
    if (!it->failure && reply->isOpen()) {
        it->body += reply->readAll();
        if (it->body.size() > m_limits.maxResponseBytes)
            it->failure = BackendError::tooLarge(it->what, m_limits.maxResponseBytes);
    }

    Reply r;
    r.what = it->what;
    r.maxJsonDepth = m_limits.maxJsonDepth;
    r.maxBytes = m_limits.maxResponseBytes;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.failure = it->failure;
    if (!r.failure && r.status == 0) {
        // No HTTP answer: Qt's transfer timeout shows as an operation cancelled that we did not ask
        // for.
        r.failure = reply->error() == QNetworkReply::OperationCanceledError
            ? BackendError::timeout(r.what, m_limits.timeoutMs)
            : BackendError::network(r.what, reply->errorString());
    }
    r.body = std::exchange(it->body, {});

    if (r.status > 0) {
        const auto error = r.error();
        Q_EMIT answered(r.status, error ? error->message : QString());
    } else {
        Q_EMIT unreachable(r.failure->message);
    }
    // A slot above may have cancelled this request.
    it = m_pending.find(id);
    if (it == m_pending.end())
        return;

    if (!r.failure && r.body.size() >= m_limits.offThreadBytes) {
        it->decodeJob
            = m_decodeJobs.run([decode = it->stages.decode, r = std::move(r)] { decode(r); },
                [this, id] { finish(id); });
        return;
    }
    it->stages.decode(r);
    finish(id);
}

void HttpClient::finish(RequestId id)
{
    Pending p = m_pending.take(id);
    disconnect(p.contextGone);
    // Last: the callback may delete this client.
    if (p.context)
        p.stages.deliver();
}

void HttpClient::cancel(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending p = std::move(*it);
    m_pending.erase(it);
    drop(p);
}

void HttpClient::cancelAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        drop(p);
        if (p.context) {
            // Later, like every answer: the caller may be in the middle of closing.
            QMetaObject::invokeMethod(
                this,
                [context = p.context, deliver = p.stages.deliverError] {
                    if (context)
                        deliver(BackendError::cancelled());
                },
                Qt::QueuedConnection);
        }
    }
}
