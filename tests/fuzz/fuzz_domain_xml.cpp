// Domain XML: from every host, and from backups (the saved definition a
// restore rewrites).
#include "fuzzcheck.h"

#include "core/backup/domainrewrite.h"
#include "core/domainxml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Vigil;
    const QByteArray xml = fuzzBytes(data, size);
    DomainInfo info;
    QString error;
    if (!parseDomainXml(QString::fromUtf8(xml), info, &error))
        FUZZ_CHECK(!error.isEmpty());
    cpuCompareInput(xml);
    Backup::backupDisks(xml);
    Backup::RestoreRewrite rewrite;
    rewrite.name = QStringLiteral("restored");
    rewrite.newIdentity = true;
    rewrite.linksDown = true;
    rewrite.diskSources.insert(QStringLiteral("vda"), QStringLiteral("/restore/vda.qcow2"));
    Backup::rewriteForRestore(xml, rewrite, &error);
    return 0;
}
