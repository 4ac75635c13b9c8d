// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <algorithm>
#include <cstdio>

/** The benches' output: one aligned "name value unit" line, flushed at once so a killed run keeps
 * it. */
inline void report(const char *name, double value, const char *unit)
{
    std::printf("%-62s %10.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

/** The p-quantile (0..1) of `values` by nearest rank; 0 for none. */
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}
