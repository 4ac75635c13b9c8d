// SPDX-License-Identifier: MIT
#include "sim/tokenauth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

QByteArray digestOf(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

// Time depends on the lengths only, never on where the bytes differ.
bool equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// RFC 6750 b64token: the characters a bearer token may have.
bool isBearerToken(QByteArrayView token)
{
    if (token.isEmpty())
        return false;
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char c = token[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
        if (!ok)
            break;
    }
    while (i < token.size() && token[i] == '=')
        ++i;
    return i == token.size();
}

Problem unauthorized(const QString &detail)
{
    return Problem { 401, {}, detail, {} };
}

} // namespace

QString TokenAuth::roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return u"viewer"_s;
    case Role::Operator:
        return u"operator"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<TokenAuth::Role> TokenAuth::roleFromName(QStringView name)
{
    for (Role role : { Role::Viewer, Role::Operator, Role::Admin }) {
        if (name.compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString TokenAuth::tokenIdOf(const QByteArray &secret)
{
    return QString::fromLatin1(digestOf(secret).toHex().left(8));
}

QByteArray TokenAuth::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool TokenAuth::addToken(Role role, const QByteArray &secret)
{
    if (!isBearerToken(secret))
        return false;
    const QByteArray digest = digestOf(secret);
    for (Token &token : m_tokens) {
        if (token.digest == digest) {
            token.role = role;
            return true;
        }
    }
    m_tokens.append({ digest, role });
    return true;
}

std::variant<TokenAuth::TokenSpec, QString> TokenAuth::parseTokenSpec(QStringView spec)
{
    const qsizetype equals = spec.indexOf(u'=');
    if (equals < 0) {
        // Never echo the argument: it may be a secret.
        return QCoreApplication::translate("TokenAuth",
            "a --token needs a role: write ROLE=SECRET, ROLE being viewer, operator or admin");
    }
    const QStringView name = spec.first(equals).trimmed();
    const auto role = roleFromName(name);
    if (!role) {
        return QCoreApplication::translate(
            "TokenAuth", "unknown role '%1' in --token: use viewer, operator or admin")
            .arg(name);
    }
    const QByteArray secret = spec.sliced(equals + 1).toUtf8();
    if (secret.isEmpty())
        return QCoreApplication::translate("TokenAuth", "empty secret for role %1 in --token")
            .arg(roleName(*role));
    if (!isBearerToken(secret)) {
        return QCoreApplication::translate("TokenAuth",
            "the secret for role %1 may only use letters, digits and -._~+/ (then = padding)")
            .arg(roleName(*role));
    }
    return TokenSpec { *role, secret };
}

std::variant<TokenAuth::Identity, Problem> TokenAuth::authorize(
    const HttpRequest &request, Role required) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
        return unauthorized(QCoreApplication::translate(
            "TokenAuth", "this request needs an 'Authorization: Bearer <token>' header"));
    }
    const qsizetype space = authorization.indexOf(' ');
    const QByteArrayView scheme
        = QByteArrayView(authorization).first(std::max<qsizetype>(space, 0));
    const QByteArray secret = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 || !isBearerToken(secret)) {
        return unauthorized(QCoreApplication::translate(
            "TokenAuth", "the Authorization header must be 'Bearer <token>'"));
    }

    // Look at every token whatever matches, so timing says nothing about which one did.
    const QByteArray digest = digestOf(secret);
    const Token *match = nullptr;
    for (const Token &token : m_tokens) {
        if (equalInConstantTime(token.digest, digest))
            match = &token;
    }
    if (!match)
        return unauthorized(QCoreApplication::translate("TokenAuth", "unknown or revoked token"));

    const Identity identity { match->role, QString::fromLatin1(digest.toHex().left(8)) };
    if (identity.role < required) {
        return Problem { 403, {},
            QCoreApplication::translate("TokenAuth", "this needs the %1 role; token %2 has %3")
                .arg(roleName(required), identity.tokenId, roleName(identity.role)),
            {} };
    }
    return identity;
}
