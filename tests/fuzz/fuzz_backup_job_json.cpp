// Backup-job files (`vigilctl backup import`) and the stored job documents.
#include "fuzzcheck.h"

#include "core/backup/backupjob.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Vigil::Backup;
    const JobParse parsed = jobFromJson(fuzzBytes(data, size));
    FUZZ_CHECK(parsed.ok == parsed.errors.isEmpty());
    if (parsed.ok) {
        const QByteArray exported = jobToJson(parsed.job);
        const JobParse again = jobFromJson(exported);
        FUZZ_CHECK(again.ok);
        FUZZ_CHECK(again.job == parsed.job);
        FUZZ_CHECK(jobToJson(again.job) == exported);
    }
    return 0;
}
