// SPDX-License-Identifier: MIT
#pragma once

#include "sim/simdatabase.h"

#include <QtGlobal>
#include <memory>

/** Opens (or creates) a store file for a test; a test cannot go on without one. */
inline std::unique_ptr<SimDatabase> openTestDatabase(const QString &path)
{
    auto opened = SimDatabase::open(path);
    if (auto *error = std::get_if<StoreError>(&opened))
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error->message));
    return std::move(std::get<std::unique_ptr<SimDatabase>>(opened));
}
