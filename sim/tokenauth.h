// SPDX-License-Identifier: MIT
#pragma once

#include "core/problem.h"
#include "sim/httprequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

/**
 * Bearer-token access control for the Ops API: each token carries one role,
 * viewer < operator < admin, and a route asks for the least role it needs.
 *
 * Secrets are kept only as SHA-256 digests and compared in constant time.
 * Callers identify a token by its tokenId (first 8 hex digits of the digest),
 * which is safe for logs and audit records; the secret never leaves here.
 */
class TokenAuth {
public:
    enum class Role { Viewer, Operator, Admin };

    struct Identity {
        Role role = Role::Viewer;
        QString tokenId; ///< "3fa1c0d2": names the token without revealing it
    };

    /** A `--token ROLE=SECRET` argument, parsed. */
    struct TokenSpec {
        Role role = Role::Viewer;
        QByteArray secret;
    };

    /** Registers @p secret with @p role (replacing its role if already known). Returns false for an
     * unusable secret. */
    bool addToken(Role role, const QByteArray &secret);
    /** Parses "ROLE=SECRET", e.g. "admin=s3cret". Returns the spec or a user-facing error. */
    static std::variant<TokenSpec, QString> parseTokenSpec(QStringView spec);
    /** 32 random bytes from the system CSPRNG, base64url without padding (43 characters). */
    static QByteArray generateToken();
    static QString tokenIdOf(const QByteArray &secret);

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(QStringView name);

    /**
     * Checks the request's `Authorization: Bearer ...` against the known
     * tokens. Returns who it is, or the problem to answer: 401 when the header
     * is missing, malformed or names an unknown token (HttpResponse::problem
     * adds `WWW-Authenticate: Bearer`), 403 when the role is below @p required.
     */
    std::variant<Identity, Problem> authorize(const HttpRequest &request, Role required) const;

    int tokenCount() const { return int(m_tokens.size()); }

private:
    struct Token {
        QByteArray digest; ///< SHA-256 of the secret
        Role role;
    };
    QList<Token> m_tokens;
};
