// SPDX-License-Identifier: MIT
#include "reports/redactionrules.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

RedactionRules RedactionRules::defaults()
{
    RedactionRules r;
    r.fieldNames = { u"authorization"_s, u"password"_s, u"passwd"_s, u"token"_s, u"secret"_s,
        u"api-key"_s, u"apikey"_s, u"cookie"_s, u"set-cookie"_s };
    return r;
}

QString RedactionRules::invalidPattern() const
{
    for (const QString &p : valuePatterns) {
        const QRegularExpression re(p);
        if (!re.isValid() || p.isEmpty())
            return p.isEmpty() ? QString() : p + u": "_s + re.errorString();
    }
    return {};
}

static QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

static bool stringsFromJson(const QJsonValue &v, QStringList &out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &s : v.toArray()) {
        if (!s.isString())
            return false;
        out.append(s.toString());
    }
    return true;
}

QJsonObject RedactionRules::toJson() const
{
    return { { u"fieldNames"_s, toArray(fieldNames) },
        { u"valuePatterns"_s, toArray(valuePatterns) }, { u"cardNumbers"_s, cardNumbers },
        { u"bearerTokens"_s, bearerTokens } };
}

std::optional<RedactionRules> RedactionRules::fromJson(const QJsonObject &o)
{
    RedactionRules r;
    if (!stringsFromJson(o.value(u"fieldNames"_s), r.fieldNames)
        || !stringsFromJson(o.value(u"valuePatterns"_s), r.valuePatterns)
        || !o.value(u"cardNumbers"_s).isBool() || !o.value(u"bearerTokens"_s).isBool())
        return std::nullopt;
    r.cardNumbers = o.value(u"cardNumbers"_s).toBool();
    r.bearerTokens = o.value(u"bearerTokens"_s).toBool();
    for (const QString &p : std::as_const(r.valuePatterns))
        if (p.isEmpty() || !QRegularExpression(p).isValid())
            return std::nullopt;
    return r;
}
