// SPDX-License-Identifier: MIT
#include "ui/operations/operationtext.h"

#include "models/durationtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// The context these texts are filed under: the namespace's name. Declared on a class, so that
// lupdate sees a translation context and does not warn about a class without Q_OBJECT.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(OperationText)
};
} // namespace

namespace OperationText {

QString rate(double itemsPerSecond)
{
    if (itemsPerSecond <= 0)
        return Text::tr("\u2014");
    return Text::tr("%1 items/s")
        .arg(QLocale().toString(itemsPerSecond, 'f', itemsPerSecond < 10 ? 1 : 0));
}

QString eta(qint64 seconds)
{
    return seconds < 0 ? Text::tr("unknown") : durationText(seconds * 1000);
}

QString action(OperationKind kind, qint64 count)
{
    // %n only takes an int; the exact figure goes in %1, grouped for reading.
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    QString text;
    switch (kind) {
    case OperationKind::Retry:
        text = Text::tr("Retry %1 dead letter(s)", nullptr, n);
        break;
    case OperationKind::Delete:
        text = Text::tr("Delete %1 dead letter(s)", nullptr, n);
        break;
    case OperationKind::Purge:
        text = Text::tr("Purge %1 dead letter(s)", nullptr, n);
        break;
    case OperationKind::ResetBreakers:
        text = Text::tr("Reset %1 breaker(s)", nullptr, n);
        break;
    case OperationKind::CancelSyncs:
        text = Text::tr("Cancel %1 sync job(s)", nullptr, n);
        break;
    case OperationKind::Move:
        text = Text::tr("Move %1 dead letter(s)", nullptr, n);
        break;
    }
    return text.arg(QLocale().toString(count));
}

QString action(OperationKind kind, qint64 count, const QString &target)
{
    if (kind != OperationKind::Move || target.isEmpty())
        return action(kind, count);
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return Text::tr("Move %1 dead letter(s) to %2", nullptr, n)
        .arg(QLocale().toString(count), target);
}

QString skippedBy(const Operation &operation)
{
    if (operation.skippedBy.isEmpty())
        return Text::tr("none");
    QStringList parts;
    for (auto it = operation.skippedBy.begin(); it != operation.skippedBy.end(); ++it)
        parts.append(Text::tr("%1: %2").arg(it.key(), QLocale().toString(it.value().toInteger())));
    return parts.join(u", "_s);
}

} // namespace OperationText
