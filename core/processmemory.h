// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/** The resident set of this process in bytes (VmRSS of /proc/self/status); 0 when unknown. */
qint64 residentBytes();
