// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

/**
 * What a report hides before anything leaves the machine.
 *
 * `fieldNames` match case-insensitively, whole name: JSON object keys at any
 * depth of a payload, header names, and `name=value` / `name: value` pairs in
 * free text (form bodies, error messages, stacks). `valuePatterns` are regular
 * expressions (QRegularExpression syntax) whose matches are replaced anywhere
 * in payloads, header values, error messages and stacks. `cardNumbers`: runs
 * of 13-19 digits (spaces or dashes allowed between) that pass the Luhn check;
 * `bearerTokens`: "Bearer <token>".
 */
struct RedactionRules {
    QStringList fieldNames;
    QStringList valuePatterns;
    bool cardNumbers = true;
    bool bearerTokens = true;

    /** authorization, password, passwd, token, secret, api-key, apikey, cookie, set-cookie; cards
     * and Bearer on. */
    static RedactionRules defaults();

    /** The first pattern that is not a valid regular expression, with why; empty when all are. */
    QString invalidPattern() const;

    QJsonObject toJson() const;
    /** Strict: wrong types or an invalid pattern give nullopt. */
    static std::optional<RedactionRules> fromJson(const QJsonObject &o);
    bool operator==(const RedactionRules &) const = default;
};
