// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

/**
 * An RFC 7807 problem detail (`application/problem+json`): how the Ops API
 * says no, and how clients show it.
 */
struct Problem {
    int status = 500;
    QString title; ///< short, fixed per kind: "Not Found"
    QString detail; ///< what went wrong with this request, for a person
    QString type; ///< a URI naming the kind; "about:blank" when none

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    static std::optional<Problem> fromJson(const QJsonObject &o);
    /** The standard title for an HTTP status ("Not Found" for 404). */
    static QString titleFor(int status);
};
