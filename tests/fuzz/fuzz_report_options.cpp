// Report options from the command line: `--format` and `--range`.
#include "fuzzcheck.h"

#include "core/report/reportdata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Vigil::Report;
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    const qint64 seconds = rangeSeconds(text);
    FUZZ_CHECK(seconds >= 0);
    if (const std::optional<Format> format = formatFromName(text))
        FUZZ_CHECK(!text.isEmpty());
    return 0;
}
