// Failover policy files (`vigilctl policy import`, the console's Import).
#include "fuzzcheck.h"

#include "core/ha/policyjson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Vigil::Ha;
    const PolicyParse parsed = policyFromJson(fuzzBytes(data, size));
    FUZZ_CHECK(parsed.ok == parsed.errors.isEmpty());
    if (parsed.ok) {
        // Accepted means exportable and read back as the same policy.
        const QByteArray exported = policyToJsonText(parsed.policy);
        const PolicyParse again = policyFromJson(exported);
        FUZZ_CHECK(again.ok);
        FUZZ_CHECK(policyToJsonText(again.policy) == exported);
    }
    return 0;
}
