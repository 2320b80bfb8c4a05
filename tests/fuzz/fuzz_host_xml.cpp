// What a host says about itself: capabilities, storage pools, networks.
#include "fuzzcheck.h"

#include "core/domainxml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Vigil;
    const QString xml = QString::fromUtf8(fuzzBytes(data, size));
    HostInfo host;
    parseCapabilitiesXml(xml, host);
    StoragePoolInfo pool;
    parsePoolXml(xml, pool);
    NetworkInfo network;
    parseNetworkXml(xml, network);
    return 0;
}
