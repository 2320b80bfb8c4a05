// HostConnection's commands on guests — start, stop and the other actions,
// define, undefine, retire a stale copy, compare CPUs — each run on the
// host's worker thread and answered with its result (hostconnection.cpp has
// the connection's life: connect, events, refresh, statistics).
#include "hostconnection.h"

#include "virthelpers.h"
#include "../domainxml.h"

namespace Vigil::Virt {

ActionResult HostConnection::performAction(const QString &uuid, DomainAction action)
{
    ActionResult result;
    result.hostId = m_config.id;
    result.uuid = uuid;
    result.action = action;
    result.guestName = m_domains.value(uuid).name;
    if (result.guestName.isEmpty())
        result.guestName = uuid;

    if (!m_conn) {
        result.message = tr("%1 is unreachable: %2").arg(m_config.name, m_status.reason);
        return result;
    }
    const QByteArray key = uuid.toLatin1();
    DomainHandle dom(virDomainLookupByUUIDString(m_conn, key.constData()));
    if (!dom) {
        result.message = lastErrorCode() == VIR_ERR_NO_DOMAIN
                             ? tr("the guest no longer exists on %1").arg(m_config.name)
                             : lastError();
        refreshDomain(uuid, false);
        return result;
    }
    int rc = -1;
    switch (action) {
    case DomainAction::Start:    rc = virDomainCreate(dom.get()); break;
    case DomainAction::Shutdown: rc = virDomainShutdown(dom.get()); break;
    case DomainAction::ForceOff: rc = virDomainDestroy(dom.get()); break;
    case DomainAction::Reboot:   rc = virDomainReboot(dom.get(), 0); break;
    case DomainAction::Suspend:  rc = virDomainSuspend(dom.get()); break;
    case DomainAction::Resume:   rc = virDomainResume(dom.get()); break;
    }
    result.ok = rc == 0;
    result.message = result.ok ? tr("done") : lastError();
    result.diskInUse = !result.ok && lastErrorIsDiskInUse();
    // Events usually beat us to it; refresh anyway for drivers without events.
    refreshDomain(uuid, false);
    return result;
}

ActionResult HostConnection::startGuest(const QByteArray &xml, const QString &uuid, const QString &name)
{
    ActionResult result;
    result.hostId = m_config.id;
    result.uuid = uuid;
    result.guestName = name;
    result.action = DomainAction::Start;
    if (!m_conn) {
        result.message = tr("%1 is unreachable: %2").arg(m_config.name, m_status.reason);
        return result;
    }
    const QByteArray key = uuid.toLatin1();
    DomainHandle dom(virDomainLookupByUUIDString(m_conn, key.constData()));
    if (!dom) {
        if (lastErrorCode() != VIR_ERR_NO_DOMAIN) {
            result.message = lastError();
            return result;
        }
        dom.reset(virDomainDefineXML(m_conn, xml.constData()));
        if (!dom) {
            result.message = tr("cannot define the guest here: %1").arg(lastError());
            return result;
        }
    }
    if (virDomainIsActive(dom.get()) == 1) {
        // Someone (an earlier run of the engine, an admin) already started it: never twice.
        result.ok = true;
        result.message = tr("already running");
        refreshDomain(uuid, true);
        return result;
    }
    result.ok = virDomainCreate(dom.get()) == 0;
    result.message = result.ok ? tr("started") : lastError();
    result.diskInUse = !result.ok && lastErrorIsDiskInUse();
    result.outcomeUnknown = !result.ok && !result.diskInUse && virConnectIsAlive(m_conn) != 1;
    refreshDomain(uuid, true);
    return result;
}

StepResult HostConnection::defineGuest(const QByteArray &xml, const QString &uuid)
{
    if (!m_conn)
        return {false, tr("%1 is unreachable").arg(m_config.name)};
    DomainHandle dom(virDomainDefineXML(m_conn, xml.constData()));
    if (!dom)
        return {false, tr("cannot define the guest on %1: %2").arg(m_config.name, lastError())};
    refreshDomain(uuid, true);
    return {true, tr("defined on %1").arg(m_config.name)};
}

StepResult HostConnection::undefineGuest(const QString &uuid)
{
    if (!m_conn)
        return {false, tr("%1 is unreachable").arg(m_config.name)};
    const QByteArray key = uuid.toLatin1();
    DomainHandle dom(virDomainLookupByUUIDString(m_conn, key.constData()));
    if (!dom || virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_MANAGED_SAVE) < 0)
        return {false, tr("cannot remove the guest from %1: %2").arg(m_config.name, lastError())};
    refreshDomain(uuid, false);
    return {true, tr("removed from %1").arg(m_config.name)};
}

StepResult HostConnection::retireStaleCopy(const QString &uuid)
{
    if (!m_conn)
        return {false, tr("%1 is unreachable").arg(m_config.name)};
    const QByteArray key = uuid.toLatin1();
    DomainHandle dom(virDomainLookupByUUIDString(m_conn, key.constData()));
    if (!dom)
        return {true, tr("already gone from %1").arg(m_config.name)};
    if (virDomainIsActive(dom.get()) == 1)
        return {false, tr("it is running on %1; not removed").arg(m_config.name)};
    // Autostart off first: should the removal fail, the host's next boot
    // must not start the copy. Its disks, snapshots and NVRAM stay (the
    // running copy may use the same disks); its checkpoints are stale and a
    // managed-save image of it must never be resumed.
    const bool autostartOff = virDomainSetAutostart(dom.get(), 0) == 0;
    const QString autostartError = autostartOff ? QString() : lastError();
    if (virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA
                                              | VIR_DOMAIN_UNDEFINE_KEEP_NVRAM) < 0) {
        const StepResult failed{false, autostartOff ? tr("autostart is off, but the definition stays on %1: %2")
                                                          .arg(m_config.name, lastError())
                                                    : tr("neither autostart could be turned off (%1) nor the "
                                                         "definition removed from %2: %3")
                                                          .arg(autostartError, m_config.name, lastError())};
        refreshDomain(uuid, true);
        return failed;
    }
    refreshDomain(uuid, false);
    return {true, tr("removed from %1").arg(m_config.name)};
}

CpuComparison HostConnection::compareGuestCpu(const QByteArray &domainXml)
{
    using Verdict = CpuComparison::Verdict;
    if (!m_conn)
        return {Verdict::Unknown, tr("%1 is unreachable").arg(m_config.name)};
    const CpuCompareInput input = cpuCompareInput(domainXml);
    if (input.cpuXml.isEmpty())
        return {Verdict::Unknown, tr("the guest defines no CPU model")};
    if (input.hostPassthrough)
        return {Verdict::Unknown, tr("host-passthrough: only an identical host CPU is safe")};
    // What the target's hypervisor can give this kind of guest (KVM or TCG,
    // this machine type) decides, not the bare host CPU: a TCG guest's
    // qemu64 model "lacks" host features yet runs anywhere QEMU does.
    const auto orNull = [](const QByteArray &value) { return value.isEmpty() ? nullptr : value.constData(); };
    const QByteArray &cpu = input.cpuXml;
    int rc = virConnectCompareHypervisorCPU(m_conn, nullptr, orNull(input.arch), orNull(input.machine),
                                            orNull(input.virtType), cpu.constData(), 0);
    if (rc == VIR_CPU_COMPARE_ERROR && lastErrorCode() == VIR_ERR_NO_SUPPORT) {
        virResetLastError();
        rc = virConnectCompareCPU(m_conn, cpu.constData(), 0);
    }
    switch (rc) {
    case VIR_CPU_COMPARE_IDENTICAL:
    case VIR_CPU_COMPARE_SUPERSET:
        return {Verdict::Compatible, tr("%1's hypervisor provides the guest's CPU").arg(m_config.name)};
    case VIR_CPU_COMPARE_INCOMPATIBLE:
        return {Verdict::Incompatible, tr("%1's hypervisor lacks CPU features the guest uses").arg(m_config.name)};
    default: {
        const CpuComparison unknown{Verdict::Unknown, lastError()};
        virResetLastError();
        return unknown;
    }
    }
}

} // namespace Vigil::Virt
