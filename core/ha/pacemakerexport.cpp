#include "pacemakerexport.h"

#include "fencer.h"
#include "pacemakerstatus.h"
#include "policyindex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <limits>

using namespace Qt::StringLiterals;

namespace Vigil::Ha {
namespace {

// XML IDs: letters, digits, '-', '_', '.'; must not start with a digit.
// A name that needs replacing gets a stable hash of the original name, so
// that "数据库" and "数据集" (both "___") or "a b" and "a_b" stay apart.
QString xmlId(const QString &prefix, const QString &name)
{
    QString id = prefix + name;
    static const QRegularExpression invalid(u"[^A-Za-z0-9_.-]"_s);
    if (!id.contains(invalid))
        return id;
    id.replace(invalid, u"_"_s);
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return id + u'-' + QString::fromLatin1(hash);
}

// Every id="…" of the configuration section that occurs more than once
// (the status section names resources and nodes by their ids again).
QStringList duplicateIds(const QByteArray &cib)
{
    QSet<QString> seen;
    QStringList duplicates;
    QXmlStreamReader reader(cib);
    bool inConfiguration = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (reader.name() == u"configuration")
            inConfiguration = token == QXmlStreamReader::StartElement;
        if (token != QXmlStreamReader::StartElement || !inConfiguration)
            continue;
        const QString id = reader.attributes().value(u"id"_s).toString();
        if (id.isEmpty())
            continue;
        if (seen.contains(id))
            duplicates.append(id);
        seen.insert(id);
    }
    return duplicates;
}

// A host a guest must not restart on. Finite, unlike -INFINITY: added to
// the INFINITY stickiness of a guest already running there it keeps it
// there ("forbidden" in Vigil never evicts), while on any other node the
// sum stays negative, which Pacemaker never assigns.
constexpr int kBan = 900000;

// Each guest's recurring monitor, as configured and as the status records it.
constexpr int kMonitorIntervalMs = 10000;
constexpr int kMonitorTimeoutMs = 30000;

void nvpair(QXmlStreamWriter &xml, const QString &owner, const QString &name, const QString &value)
{
    xml.writeEmptyElement(u"nvpair"_s);
    xml.writeAttribute(u"id"_s, xmlId(owner + u'-', name));
    xml.writeAttribute(u"name"_s, name);
    xml.writeAttribute(u"value"_s, value);
}

// "--ip x --username=y" → {ip: x, username: y}; the fence action itself is
// chosen by Pacemaker and dropped.
QList<QPair<QString, QString>> fenceParameters(const QStringList &argv)
{
    QList<QPair<QString, QString>> params;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        QString arg = argv.at(i);
        if (!arg.startsWith(u'-'))
            continue;
        QString value;
        if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        } else if (i + 1 < argv.size() && !argv.at(i + 1).startsWith(u'-')) {
            value = argv.at(++i);
        } else {
            value = u"1"_s;
        }
        QString key = arg;
        while (key.startsWith(u'-'))
            key.remove(0, 1);
        key.replace(u'-', u'_');
        if (key == u"action" || key == u"o")
            continue;
        params.append({key, value});
    }
    return params;
}

} // namespace

PacemakerExport exportPacemaker(const ClusterSnapshot &snapshot, const QList<Policy> &policies,
                                const QString &definitionsDir)
{
    PacemakerExport result;
    const PolicyIndex index(policies);

    // Protected guests, wherever they are now (one entry per UUID).
    struct Member {
        DomainInfo guest;
        const Policy *policy;
        QString startAfter;
        int home;   // index of the host it is defined on
    };
    QList<Member> members;
    QSet<QString> seen;
    for (int h = 0; h < snapshot.hosts.size(); ++h) {
        for (const DomainInfo &d : snapshot.hosts.at(h).domains) {
            const auto member = index.lookup(d.name);
            if (!member || seen.contains(d.uuid))
                continue;
            seen.insert(d.uuid);
            members.append({d, member.policy, member.startAfter, h});
        }
    }
    // Resources in the order guests restart (see restartOrder). Pacemaker
    // assigns resources of equal priority (all of them: see "priority"
    // below) by their node scores: a running guest first, as its own node
    // scores INFINITY and a failed node sorts last; then the failed host's
    // guests, whose scores are equal when they share a policy, in the
    // order of the configuration — this one.
    const QStringList order = restartOrder(snapshot, index);
    QHash<QString, int> rank;
    for (int i = 0; i < order.size(); ++i)
        rank.insert(order.at(i), i);
    std::sort(members.begin(), members.end(),
              [&rank](const Member &a, const Member &b) { return rank.value(a.guest.name) < rank.value(b.guest.name); });
    QStringList hostNames;
    for (const ClusterSnapshot::Host &h : snapshot.hosts)
        hostNames.append(h.name);

    bool anyFencing = false, anyWithoutFencing = false;
    for (const Policy &p : index.policies()) {
        anyFencing = anyFencing || !p.fencing.isEmpty();
        anyWithoutFencing = anyWithoutFencing || p.restartWithoutFencing;
        if (p.spareHostFailures > 0)
            result.notes.append(QStringLiteral("%1: admission control (spare capacity for %2 host failure(s)) has no "
                                               "Pacemaker equivalent; configure node utilization by hand")
                                    .arg(p.name).arg(p.spareHostFailures));
        if (p.graceSeconds > 0)
            result.notes.append(QStringLiteral("%1: the %2 s grace period maps to Corosync's token timeout, not to the CIB")
                                    .arg(p.name).arg(p.graceSeconds));
        if (!p.namePattern.isEmpty())
            result.notes.append(QStringLiteral("%1: the name pattern %2 was resolved to the guests that exist now; "
                                               "new matching guests need a new export").arg(p.name, p.namePattern));
        result.notes.append(QStringLiteral("%1: max %2 restarts per %3 min is exported as migration-threshold=%2 "
                                           "with failure-timeout=%3min (per node, not per cluster)")
                                .arg(p.name).arg(p.maxRestarts).arg(p.restartWindowMinutes));
    }
    if (std::any_of(index.policies().cbegin(), index.policies().cend(), [](const Policy &p) { return p.failback; }))
        result.notes.append(u"failback is not exported: Pacemaker keeps a guest where it runs (stickiness INFINITY), "
                            "so move it back with Vigil or crm_resource --move"_s);
    if (std::any_of(index.policies().cbegin(), index.policies().cend(),
                    [](const Policy &p) { return !p.affinityGroups.isEmpty(); }))
        result.notes.append(u"keep-together groups are mandatory colocations in Pacemaker: a guest whose group's host "
                            "has no room stays stopped, where Vigil restarts it on another host"_s);
    QSet<double> overcommits;
    for (const Policy &p : index.policies())
        overcommits.insert(p.vcpuOvercommit);
    if (overcommits.size() > 1)
        result.notes.append(u"the policies allow different vCPU overcommits; node capacity uses the smallest for every "
                            "guest"_s);
    if (index.policies().size() > 1)
        result.notes.append(u"with several policies whose host rules differ, Pacemaker may restart their guests in "
                            "another order than their priorities, which changes placements when hosts are short of room"_s);
    if (anyWithoutFencing && !anyFencing)
        result.notes.append(u"restart without fencing: exported with stonith-enabled=false, which Pacemaker itself "
                            "warns against (split-brain risk)"_s);

    QXmlStreamWriter xml(&result.cib);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    QString comment = u" Generated by Vigil from its failover policies. Not expressible in Pacemaker: "_s;
    comment += result.notes.isEmpty() ? u"nothing. "_s : result.notes.join(u"; "_s) + u". "_s;
    xml.writeComment(comment.replace(u"--"_s, u"- -"_s));
    xml.writeStartElement(u"cib"_s);
    xml.writeAttribute(u"validate-with"_s, u"pacemaker-3.0"_s);
    xml.writeAttribute(u"admin_epoch"_s, u"0"_s);
    xml.writeAttribute(u"epoch"_s, u"1"_s);
    xml.writeAttribute(u"num_updates"_s, u"0"_s);
    xml.writeAttribute(u"have-quorum"_s, u"1"_s);
    xml.writeStartElement(u"configuration"_s);

    xml.writeStartElement(u"crm_config"_s);
    xml.writeStartElement(u"cluster_property_set"_s);
    xml.writeAttribute(u"id"_s, u"vigil-options"_s);
    nvpair(xml, u"vigil-options"_s, u"stonith-enabled"_s, anyFencing ? u"true"_s : u"false"_s);
    nvpair(xml, u"vigil-options"_s, u"symmetric-cluster"_s, u"true"_s);
    // A node takes a guest only if memory and vCPUs fit; among the nodes
    // that score the same, the one with the most room left (see nodes below).
    nvpair(xml, u"vigil-options"_s, u"placement-strategy"_s, u"balanced"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    QList<QStringList> antiAffinityGroups;
    for (const Policy &p : index.policies())
        antiAffinityGroups += p.antiAffinityGroups;

    // Node capacity: what is left after the guests no policy protects, and
    // never less than the protected guests running there use (Vigil never
    // stops a running guest for room; Pacemaker would).
    double overcommit = 64.0;
    for (const Policy &p : index.policies())
        overcommit = std::min(overcommit, p.vcpuOvercommit);
    // Where the nodes that score the same differ, Pacemaker's "balanced"
    // strategy takes the one ahead on more utilization attributes; Vigil
    // takes the most free memory, then the earlier host. So memory is
    // written in units of 1/H KiB (H hosts; 1/H MiB where that would not
    // fit Pacemaker's integers) plus a tie-breaker below one unit that
    // favours earlier hosts, and repeated (memory, memory_2…) often enough
    // to outvote cpu and the anti-affinity slots.
    const qint64 hostCount = std::max<qint64>(1, snapshot.hosts.size());
    quint64 largest = 0;
    for (const ClusterSnapshot::Host &h : snapshot.hosts)
        largest = std::max(largest, h.details.host.memoryKiB);
    const bool mebibytes = largest * quint64(hostCount) > quint64(std::numeric_limits<int>::max());
    if (mebibytes)
        result.notes.append(u"the hosts' memory is too large to count in KiB within Pacemaker's integers, so it is "
                            "counted in MiB (guests rounded up, free memory rounded down): Pacemaker may find no room "
                            "where Vigil finds less than 1 MiB to spare"_s);
    const auto memoryUnits = [mebibytes, hostCount](qint64 kib, bool roundUp) {
        return (mebibytes ? (roundUp ? (kib + 1023) / 1024 : kib / 1024) : kib) * hostCount;
    };
    const int memoryCopies = int(antiAffinityGroups.size()) + 2;
    const auto memoryNames = [memoryCopies]() {
        QStringList names{u"memory"_s};
        for (int c = 2; c <= memoryCopies; ++c)
            names.append(QStringLiteral("memory_%1").arg(c));
        return names;
    }();
    xml.writeStartElement(u"nodes"_s);
    for (int i = 0; i < snapshot.hosts.size(); ++i) {
        const ClusterSnapshot::Host &h = snapshot.hosts.at(i);
        qint64 otherMemoryKiB = 0, otherCpus = 0, protectedMemory = 0, protectedCpus = 0;
        for (const DomainInfo &d : h.domains) {
            if (!d.isActive())
                continue;
            if (index.lookup(d.name)) {
                protectedMemory += memoryUnits(qint64(d.memoryKiB), true);
                protectedCpus += d.vcpus;
            } else {
                otherMemoryKiB += qint64(d.memoryKiB);
                otherCpus += d.vcpus;
            }
        }
        const qint64 memory = std::max(memoryUnits(qint64(h.details.host.memoryKiB) - otherMemoryKiB, false), protectedMemory);
        const qint64 cpus = std::max(qint64(double(h.details.host.cpus) * overcommit) - otherCpus, protectedCpus);
        const QString id = QString::number(i + 1);
        xml.writeStartElement(u"node"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeAttribute(u"uname"_s, h.name);
        xml.writeStartElement(u"utilization"_s);
        xml.writeAttribute(u"id"_s, u"node-"_s + id + u"-utilization"_s);
        for (const QString &name : memoryNames)
            nvpair(xml, u"node-"_s + id, name, QString::number(std::max<qint64>(0, memory) + (hostCount - 1 - i)));
        nvpair(xml, u"node-"_s + id, u"cpu"_s, QString::number(std::max<qint64>(0, cpus)));
        // Anti-affinity as capacity: one slot per group per node. Unlike a
        // -INFINITY colocation (which is directional and lets Pacemaker stop
        // a running guest to make room), a full slot simply leaves the
        // newcomer stopped — Vigil's rule.
        // (More when members already run together there: they stay.)
        for (int g = 0; g < antiAffinityGroups.size(); ++g) {
            const auto together = std::count_if(h.domains.cbegin(), h.domains.cend(), [&](const DomainInfo &d) {
                return d.isActive() && antiAffinityGroups.at(g).contains(d.name) && index.lookup(d.name);
            });
            nvpair(xml, u"node-"_s + id, QStringLiteral("vigil_apart_%1").arg(g + 1),
                   QString::number(std::max<qsizetype>(1, together)));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();

    // Where each resource runs now, for the status section.
    QList<StatusNode> statusNodes;
    for (int i = 0; i < snapshot.hosts.size(); ++i)
        statusNodes.append({QString::number(i + 1), snapshot.hosts.at(i).name, snapshot.hosts.at(i).up, {}, {}});
    const auto writeParameters = [&xml](const QString &id, const QMap<QString, QString> &parameters) {
        xml.writeStartElement(u"instance_attributes"_s);
        xml.writeAttribute(u"id"_s, id + u"-params"_s);
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            nvpair(xml, id, it.key(), it.value());
        xml.writeEndElement();
    };

    xml.writeStartElement(u"resources"_s);
    for (const Member &m : std::as_const(members)) {
        const QString id = xmlId(u"vm-"_s, m.guest.name);
        QString uri;
        for (const ClusterSnapshot::Host &h : snapshot.hosts)
            for (const DomainInfo &d : h.domains)
                if (d.uuid == m.guest.uuid && uri.isEmpty())
                    uri = h.details.host.hypervisor == u"TEST" ? u"test:///default"_s : u"qemu:///system"_s;
        const QString config = definitionsDir + u'/' + m.guest.name + u".xml"_s;
        result.definitions.insert(m.guest.name, m.guest.xml);
        xml.writeStartElement(u"primitive"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeAttribute(u"class"_s, u"ocf"_s);
        xml.writeAttribute(u"provider"_s, u"heartbeat"_s);
        xml.writeAttribute(u"type"_s, u"VirtualDomain"_s);
        const QMap<QString, QString> parameters{{u"config"_s, config},
                                                {u"hypervisor"_s, uri.isEmpty() ? u"qemu:///system"_s : uri},
                                                {u"migration_transport"_s, u"ssh"_s}};
        writeParameters(id, parameters);
        const RunningResource resource{id, u"ocf"_s, u"heartbeat"_s, u"VirtualDomain"_s,
                                       parameters, kMonitorIntervalMs, kMonitorTimeoutMs};
        for (int h = 0; h < statusNodes.size(); ++h) {
            if (!statusNodes.at(h).up)
                continue;
            if (h == m.home && m.guest.isActive())
                statusNodes[h].running.append(resource);
            else
                statusNodes[h].absent.append(resource);
        }
        xml.writeStartElement(u"meta_attributes"_s);
        xml.writeAttribute(u"id"_s, id + u"-meta"_s);
        nvpair(xml, id, u"target-role"_s, m.guest.isActive() ? u"Started"_s : u"Stopped"_s);
        nvpair(xml, id, u"allow-migrate"_s, u"true"_s);
        // A running guest never moves, as in Vigil. (No Pacemaker priority:
        // it would let a failed guest take the room of a running one.)
        nvpair(xml, id, u"resource-stickiness"_s, u"INFINITY"_s);
        nvpair(xml, id, u"migration-threshold"_s, QString::number(m.policy->maxRestarts));
        nvpair(xml, id, u"failure-timeout"_s, QString::number(m.policy->restartWindowMinutes) + u"min"_s);
        xml.writeEndElement();
        xml.writeStartElement(u"utilization"_s);
        xml.writeAttribute(u"id"_s, id + u"-utilization"_s);
        for (const QString &name : memoryNames)
            nvpair(xml, id + u"-u"_s, name, QString::number(memoryUnits(qint64(m.guest.memoryKiB), true)));
        nvpair(xml, id + u"-u"_s, u"cpu"_s, QString::number(m.guest.vcpus));
        for (int g = 0; g < antiAffinityGroups.size(); ++g)
            if (antiAffinityGroups.at(g).contains(m.guest.name))
                nvpair(xml, id + u"-u"_s, QStringLiteral("vigil_apart_%1").arg(g + 1), u"1"_s);
        xml.writeEndElement();
        xml.writeStartElement(u"operations"_s);
        const QList<QStringList> ops{{u"monitor"_s, u"%1s"_s.arg(kMonitorIntervalMs / 1000),
                                      u"%1s"_s.arg(kMonitorTimeoutMs / 1000)},
                                     {u"start"_s, u"0s"_s, u"90s"_s},
                                     {u"stop"_s, u"0s"_s, u"90s"_s}};
        for (const QStringList &op : ops) {
            xml.writeEmptyElement(u"op"_s);
            xml.writeAttribute(u"id"_s, id + u'-' + op[0]);
            xml.writeAttribute(u"name"_s, op[0]);
            xml.writeAttribute(u"interval"_s, op[1]);
            xml.writeAttribute(u"timeout"_s, op[2]);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    // Stonith resources, one per fenced host (the first policy that fences it wins).
    QSet<QString> fenced;
    for (const Policy &p : index.policies()) {
        QStringList hosts = p.fencing.keys();
        hosts.sort();
        for (const QString &host : hosts) {
            if (fenced.contains(host))
                continue;
            fenced.insert(host);
            const FenceAction &action = p.fencing.value(host);
            const QStringList argv = Fencer::expand(action.argv, {host, {}, {}});
            const QString id = xmlId(u"fence-"_s, host);
            xml.writeStartElement(u"primitive"_s);
            xml.writeAttribute(u"id"_s, id);
            xml.writeAttribute(u"class"_s, u"stonith"_s);
            xml.writeAttribute(u"type"_s, QFileInfo(argv.value(0)).fileName());
            QMap<QString, QString> parameters{{u"pcmk_host_list"_s, host},
                                              {u"pcmk_reboot_timeout"_s, QString::number(action.timeoutSeconds) + u's'}};
            for (const auto &[key, value] : fenceParameters(argv))
                parameters.insert(key, value);
            writeParameters(id, parameters);
            // It stays on the node it runs on: the first one up that it does not fence.
            xml.writeStartElement(u"meta_attributes"_s);
            xml.writeAttribute(u"id"_s, id + u"-meta"_s);
            nvpair(xml, id, u"resource-stickiness"_s, u"INFINITY"_s);
            xml.writeEndElement();
            const RunningResource device{id, u"stonith"_s, {}, QFileInfo(argv.value(0)).fileName(), parameters, 0, 0};
            bool placed = false;
            for (StatusNode &node : statusNodes) {
                if (!node.up)
                    continue;
                if (!placed && node.name != host) {
                    node.running.append(device);
                    placed = true;
                } else {
                    node.absent.append(device);
                }
            }
            xml.writeEndElement();
        }
    }
    xml.writeEndElement();   // resources

    xml.writeStartElement(u"constraints"_s);
    int n = 0;
    const auto constraintId = [&n](const QString &kind) { return QStringLiteral("vigil-%1-%2").arg(kind).arg(++n); };
    for (const Member &m : std::as_const(members)) {
        const QString rsc = xmlId(u"vm-"_s, m.guest.name);
        const Policy &p = *m.policy;
        for (int i = 0; i < p.preferredHosts.size(); ++i) {
            xml.writeEmptyElement(u"rsc_location"_s);
            xml.writeAttribute(u"id"_s, constraintId(u"prefer"_s));
            xml.writeAttribute(u"rsc"_s, rsc);
            xml.writeAttribute(u"node"_s, p.preferredHosts.at(i));
            xml.writeAttribute(u"score"_s, QString::number(100 - 10 * i));
        }
        for (int h = 0; h < snapshot.hosts.size(); ++h) {
            const QString &host = hostNames.at(h);
            // Hosts that cannot reach its disks or networks are as good as forbidden.
            const bool blocked = h != m.home
                                 && !placementBlocker(snapshot.hosts.at(m.home), snapshot.hosts.at(h), m.guest,
                                                                   p.sharedPools).isEmpty();
            const bool banned = blocked || p.forbiddenHosts.contains(host)
                                || (!p.allowedHosts.isEmpty() && !p.allowedHosts.contains(host));
            if (!banned)
                continue;
            xml.writeEmptyElement(u"rsc_location"_s);
            xml.writeAttribute(u"id"_s, constraintId(u"avoid"_s));
            xml.writeAttribute(u"rsc"_s, rsc);
            xml.writeAttribute(u"node"_s, host);
            xml.writeAttribute(u"score"_s, QString::number(-kBan));
        }
        if (!m.startAfter.isEmpty() && std::any_of(members.cbegin(), members.cend(),
                                                   [&](const Member &o) { return o.guest.name == m.startAfter; })) {
            xml.writeEmptyElement(u"rsc_order"_s);
            xml.writeAttribute(u"id"_s, constraintId(u"order"_s));
            xml.writeAttribute(u"first"_s, xmlId(u"vm-"_s, m.startAfter));
            xml.writeAttribute(u"then"_s, rsc);
            // Optional: order only when both start, as in Vigil; a Mandatory
            // order would keep the later guest down when the first cannot
            // start, and restart it whenever the first is recovered.
            xml.writeAttribute(u"kind"_s, u"Optional"_s);
        }
    }
    const auto present = [&members](const QString &name) {
        return std::any_of(members.cbegin(), members.cend(), [&](const Member &m) { return m.guest.name == name; });
    };
    for (const Policy &p : index.policies()) {
        for (const auto &[groups, score, kind] : {std::tuple{p.affinityGroups, u"INFINITY"_s, u"together"_s}}) {
            for (const QStringList &group : groups)
                for (int a = 0; a < group.size(); ++a)
                    for (int b = a + 1; b < group.size(); ++b) {
                        if (!present(group.at(a)) || !present(group.at(b)))
                            continue;
                        xml.writeEmptyElement(u"rsc_colocation"_s);
                        xml.writeAttribute(u"id"_s, constraintId(kind));
                        xml.writeAttribute(u"rsc"_s, xmlId(u"vm-"_s, group.at(b)));
                        xml.writeAttribute(u"with-rsc"_s, xmlId(u"vm-"_s, group.at(a)));
                        xml.writeAttribute(u"score"_s, score);
                    }
        }
    }
    for (const QString &host : std::as_const(fenced)) {
        if (!hostNames.contains(host))
            continue;
        xml.writeEmptyElement(u"rsc_location"_s);
        xml.writeAttribute(u"id"_s, constraintId(u"fence-elsewhere"_s));
        xml.writeAttribute(u"rsc"_s, xmlId(u"fence-"_s, host));
        xml.writeAttribute(u"node"_s, host);
        xml.writeAttribute(u"score"_s, u"-INFINITY"_s);
    }
    xml.writeEndElement();   // constraints
    xml.writeEndElement();   // configuration
    // Membership and placement as Vigil sees them now (hosts that are up are
    // online members, the others cleanly down), so that crm_simulate plans
    // from the cluster as it is.
    writeStatusSection(xml, statusNodes);
    xml.writeEndElement();   // cib
    xml.writeEndDocument();
    // crm_verify's first rule: every id once. Checked here so that a CIB
    // Pacemaker would refuse is never written.
    for (const QString &id : duplicateIds(result.cib))
        result.errors << QCoreApplication::translate("Vigil::PacemakerExport", "the id %1 is used more than once")
                             .arg(id);
    return result;
}

} // namespace Vigil::Ha
