// SPDX-License-Identifier: MIT
#include "core/backendresult.h"

#include <QCoreApplication>

namespace {
// The translation context, named in each call so that lupdate files the texts under it.
struct BackendErrorText {
    Q_DECLARE_TR_FUNCTIONS(Backend)
};
} // namespace

BackendError BackendError::fromHttpStatus(int status, std::optional<Problem> problem)
{
    struct Known {
        int status;
        Kind kind;
        const char *text;
    };
    static constexpr Known known[] = {
        { 401, Kind::Unauthorized,
            QT_TRANSLATE_NOOP("Backend", "The server refused the token (401): %1") },
        { 403, Kind::Forbidden,
            QT_TRANSLATE_NOOP("Backend", "The token's role does not allow this (403): %1") },
        { 404, Kind::NotFound, QT_TRANSLATE_NOOP("Backend", "Not found on the server (404): %1") },
        { 409, Kind::Conflict, QT_TRANSLATE_NOOP("Backend", "Not allowed right now (409): %1") },
        { 413, Kind::TooLarge,
            QT_TRANSLATE_NOOP("Backend", "The request is too large for the server (413): %1") },
        { 422, Kind::Http,
            QT_TRANSLATE_NOOP("Backend", "The server rejected the request as invalid (422): %1") },
    };
    QString detail
        = problem ? (problem->detail.isEmpty() ? problem->title : problem->detail) : QString();
    if (detail.isEmpty())
        detail = Problem::titleFor(status);
    BackendError e { Kind::Http, status, {}, std::move(problem) };
    for (const Known &k : known) {
        if (k.status == status) {
            e.kind = k.kind;
            e.message = BackendErrorText::tr(k.text).arg(detail);
            return e;
        }
    }
    e.message = status >= 500
        ? BackendErrorText::tr("The server failed (%1): %2").arg(status).arg(detail)
        : BackendErrorText::tr("The server answered %1: %2").arg(status).arg(detail);
    return e;
}

BackendError BackendError::network(const QString &what, const QString &why)
{
    return { Kind::Network, 0, BackendErrorText::tr("Cannot reach %1: %2").arg(what, why),
        std::nullopt };
}

BackendError BackendError::timeout(const QString &what, int timeoutMs)
{
    return { Kind::Timeout, 0,
        BackendErrorText::tr("No answer from %1 within %2 s")
            .arg(what)
            .arg(double(timeoutMs) / 1000.0),
        std::nullopt };
}

BackendError BackendError::tooLarge(const QString &what, qint64 limitBytes)
{
    return { Kind::TooLarge, 0,
        BackendErrorText::tr("The answer from %1 is larger than the limit of %2 MiB")
            .arg(what)
            .arg(double(limitBytes) / (1024.0 * 1024.0), 0, 'g', 3),
        std::nullopt };
}

BackendError BackendError::malformed(const QString &what, const QString &why)
{
    return { Kind::Malformed, 0,
        BackendErrorText::tr("The answer from %1 is not understood: %2").arg(what, why),
        std::nullopt };
}

BackendError BackendError::unsupported(const QString &capability)
{
    return { Kind::Unsupported, 0,
        BackendErrorText::tr("This back end does not offer %1").arg(capability), std::nullopt };
}

BackendError BackendError::cancelled()
{
    return { Kind::Cancelled, 0, BackendErrorText::tr("Cancelled"), std::nullopt };
}
