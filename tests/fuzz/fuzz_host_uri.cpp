// Host URIs: typed in the Add Host dialog, given to `vigilctl hosts add`,
// read back from the database (which whoever can write it controls).
#include "fuzzcheck.h"

#include "core/hosturi.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Vigil;
    const QString uri = QString::fromUtf8(fuzzBytes(data, size));
    const UriCheck check = checkLibvirtUri(uri);
    FUZZ_CHECK(check.ok == check.error.isEmpty());
    if (check.ok) {
        // Nothing accepted makes libvirt run a program or carries a password.
        FUZZ_CHECK(check.transport.compare(QStringLiteral("ext"), Qt::CaseInsensitive) != 0);
        FUZZ_CHECK(!check.driver.isEmpty());
    }
    return 0;
}
