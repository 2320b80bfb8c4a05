#pragma once

#include <QtGlobal>

namespace Vigil::Observability {

// What the kernel says about one process (Linux /proc): for the performance
// log and for benchmarks that measure a Vigil process from outside.
// Zeros when the process is gone or /proc cannot be read.
struct ProcessFigures {
    qint64 residentKiB = 0;     // VmRSS
    double cpuSeconds = 0;      // user + system, all threads
    qint64 ageMs = 0;           // since the process was exec'd
};

// pid 0 = this process.
ProcessFigures processFigures(qint64 pid = 0);

} // namespace Vigil::Observability
