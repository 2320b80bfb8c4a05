#pragma once

#include <QByteArray>
#include <QString>

#include "inventory.h"

namespace Vigil {

// Fills the XML-derived fields of `info` (name, uuid, memory, vCPUs, OS,
// CPU, disks, interfaces) from `virDomainGetXMLDesc` output. Runtime fields
// (state, reason, autostart, persistent) are left untouched.
// Returns false with `error` set when the document is not a domain.
bool parseDomainXml(const QString &xml, DomainInfo &info, QString *error = nullptr);

// A definition read with VIR_DOMAIN_XML_SECURE, with its console passwords
// (<graphics passwd=…>) removed: what may be shown, stored or exported.
QByteArray withoutSecrets(const QByteArray &secureXml);
// Whether a definition has a graphical console (which may have had a password).
bool hasGraphicalConsole(const QByteArray &domainXml);

// What a CPU comparison on another host needs from a domain definition:
// its <cpu> element as written, and the guest's virt type, arch and machine.
struct CpuCompareInput {
    QByteArray cpuXml;            // empty: the guest defines no CPU
    bool hostPassthrough = false;
    QByteArray virtType;          // "kvm", "qemu"…
    QByteArray arch;
    QByteArray machine;
};
CpuCompareInput cpuCompareInput(const QByteArray &domainXml);

// <pool> XML: type and target path.
void parsePoolXml(const QString &xml, StoragePoolInfo &pool);
// <network> XML: bridge and forward mode ("isolated" when there is no <forward>).
void parseNetworkXml(const QString &xml, NetworkInfo &network);
// <capabilities> XML: host CPU model and architecture.
void parseCapabilitiesXml(const QString &xml, HostInfo &host);

} // namespace Vigil
