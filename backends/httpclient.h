// SPDX-License-Identifier: MIT
#pragma once

#include "core/backend.h"
#include "core/backendresult.h"
#include "core/jobtracker.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

/**
 * The HTTP plumbing of one back end: one QNetworkAccessManager, and for every
 * request a deadline, a response size cap, depth-limited JSON parsing and
 * problem+json decoding, so that whatever a server does, the caller gets a
 * Result value and never a freeze.
 *
 * - TLS verification stays on; certificate errors are Network errors.
 * - The bearer token goes on every authenticated request and nowhere else
 *   (not in logs, not across origins on a redirect).
 * - Bodies of at least Limits::offThreadBytes are parsed and decoded on the
 *   global QThreadPool (a JobTracker); the result is posted back, and dropped if
 *   the request was cancelled meanwhile. Decoders must therefore be pure functions.
 *
 * Callbacks follow the Backend rules: called once, later, on this object's
 * thread, only while the context lives; never after cancel(). Lives on one
 * thread, like its callers.
 */
class HttpClient : public QObject {
    Q_OBJECT
public:
    using RequestId = Backend::RequestId;

    struct Limits {
        int timeoutMs = 10'000; ///< whole request, and longest stall
        qint64 maxResponseBytes = 16 * 1024 * 1024; ///< bigger answers are aborted: TooLarge
        int maxJsonDepth = 64; ///< deeper JSON is Malformed
        /// Bodies this big are decoded on the pool. A page of 1,000 dead-letter
        /// summaries is about 0.5 MB and took 30-70 ms to decode on the GUI
        /// thread; small answers (info, breakers) stay put and skip the hop.
        qint64 offThreadBytes = 64 * 1024;
    };

    /** One request, relative to the base URL. */
    struct Request {
        QByteArray method = "GET";
        QString path; ///< appended to the base URL's path: "/ops/v1/breakers"
        QUrlQuery query;
        std::optional<QJsonObject> body; ///< sent as application/json
        bool authenticated = true; ///< false: no Authorization header (GET /metrics)
        QByteArray accept; ///< the Accept header; empty: JSON, problem+json, then text
    };

    /** What came back, before decoding. Internal to the decode step, but a plain value. */
    struct Reply {
        int status = 0; ///< 0 when no HTTP answer came
        QByteArray body;
        std::optional<BackendError> failure; ///< transport failure: network, timeout, too large
        QString what; ///< names the request in messages: "host:port/path"
        int maxJsonDepth = 64;
        qint64 maxBytes = 0;

        /** The failure, or the HTTP status as an error (with its problem+json), or nullopt for 2xx.
         */
        std::optional<BackendError> error() const;
        /** The body as JSON within the limits, or a Malformed error. */
        std::variant<QJsonDocument, BackendError> json() const;
    };

    template<class T> using Decoder = std::function<std::optional<T>(const QJsonDocument &)>;
    template<class T> using Callback = Backend::Callback<T>;

    explicit HttpClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~HttpClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    /** The secret; sent as "Authorization: Bearer ..." on authenticated requests. */
    void setBearerToken(const QByteArray &token) { m_token = token; }
    /** HTTP basic credentials (RabbitMQ's management API), sent like the bearer token: only when
     * authenticated. */
    void setBasicCredentials(const QString &user, const QByteArray &password);
    Limits limits() const { return m_limits; }
    void setLimits(const Limits &limits) { m_limits = limits; }

    /**
     * Sends a request whose 2xx answer is JSON and hands `done` what `decode`
     * makes of it (nullopt from `decode`: Malformed). `decode` may run on a
     * pool thread.
     */
    template<class T>
    RequestId sendJson(
        const Request &request, QObject *context, Decoder<T> decode, Callback<T> done)
    {
        auto slot = std::make_shared<std::optional<Result<T>>>();
        Stages stages;
        stages.decode = [slot, decode = std::move(decode)](
                            const Reply &reply) { slot->emplace(decodeJson<T>(reply, decode)); };
        stages.deliverError = [done](const BackendError &e) { done(Result<T>(e)); };
        stages.deliver = [slot, done = std::move(done)] { done(**slot); };
        return send(request, context, std::move(stages));
    }

    /**
     * Sends a request and hands `decode` the whole Reply (any HTTP status, or a
     * transport failure): for servers whose errors are not problem+json and
     * whose own words must reach the user. `decode` may run on a pool thread.
     */
    template<class T>
    RequestId sendForReply(const Request &request, QObject *context,
        std::function<Result<T>(const Reply &)> decode, Callback<T> done)
    {
        auto slot = std::make_shared<std::optional<Result<T>>>();
        Stages stages;
        stages.decode = [slot, decode = std::move(decode)](
                            const Reply &reply) { slot->emplace(decode(reply)); };
        stages.deliverError = [done](const BackendError &e) { done(Result<T>(e)); };
        stages.deliver = [slot, done = std::move(done)] { done(**slot); };
        return send(request, context, std::move(stages));
    }

    /** Sends a request and hands `done` the raw 2xx body (Prometheus text, for one). */
    RequestId sendRaw(const Request &request, QObject *context, Callback<QByteArray> done);

    /** Drops a request: aborts it, and its callback is not called. */
    void cancel(RequestId id);
    /** Aborts everything in flight; callbacks whose context lives get Cancelled. */
    void cancelAll();
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    /** The server sent an HTTP answer (any status): it is reachable. */
    void answered(int httpStatus, const QString &message);
    /** A request failed without an HTTP answer (network error or timeout). */
    void unreachable(const QString &message);

private:
    struct Stages {
        std::function<void(const Reply &)> decode; ///< may run on a pool thread
        std::function<void()> deliver; ///< on this thread, after decode
        std::function<void(const BackendError &)> deliverError; ///< instead of decode + deliver
    };
    struct Pending {
        QNetworkReply *reply = nullptr;
        QPointer<QObject> context;
        QMetaObject::Connection contextGone;
        Stages stages;
        QByteArray body;
        std::optional<BackendError> failure; ///< why we aborted it ourselves
        QString what;
        std::optional<JobTracker::JobId> decodeJob; ///< the reply is gone; a pool thread decodes
    };

    template<class T> static Result<T> decodeJson(const Reply &reply, const Decoder<T> &decode)
    {
        if (auto error = reply.error())
            return *error;
        auto doc = reply.json();
        if (auto *error = std::get_if<BackendError>(&doc))
            return *error;
        if (auto value = decode(std::get<QJsonDocument>(doc)))
            return std::move(*value);
        return malformedShape(reply.what);
    }
    static BackendError malformedShape(const QString &what);

    RequestId send(const Request &request, QObject *context, Stages stages);
    void onReadyRead(RequestId id);
    void onMetaData(RequestId id);
    void onFinished(RequestId id);
    void abortWith(RequestId id, BackendError failure);
    void finish(RequestId id);
    void drop(const Pending &p);

    QUrl m_baseUrl;
    QByteArray m_token;
    QByteArray m_basicAuthorization; ///< "Basic ..." when setBasicCredentials() was called
    Limits m_limits;
    QNetworkAccessManager *m_manager;
    QHash<RequestId, Pending> m_pending;
    JobTracker m_decodeJobs; ///< big bodies decoded off this thread; a cancelled one is dropped
};
