// Backup manifests: read from the backup target, which other machines write.
#include "fuzzcheck.h"

#include "core/backup/manifest.h"
#include "core/guestname.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Vigil;
    Backup::Manifest manifest;
    QString error;
    if (!Backup::manifestFromJson(fuzzBytes(data, size), &manifest, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    // What a restore turns into paths stays inside its folder.
    FUZZ_CHECK(isPlainFileName(manifest.domainXmlFile));
    for (const Backup::ManifestFile &f : manifest.files)
        FUZZ_CHECK(isPlainFileName(f.name));
    for (const Backup::ManifestDisk &d : manifest.disks)
        FUZZ_CHECK(isPlainFileName(d.target) && isPlainFileName(d.file));
    Backup::Manifest again;
    FUZZ_CHECK(Backup::manifestFromJson(Backup::manifestToJson(manifest), &again, &error));
    return 0;
}
