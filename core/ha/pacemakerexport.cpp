#include "pacemakerexport.h"

#include "fencer.h"
#include "policyindex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

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
        int priority;
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
            members.append({d, member.policy, member.priority, member.startAfter, h});
        }
    }
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.guest.name < b.guest.name;
    });
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
    // Capacity as Vigil checks it: a node takes a guest only if memory and
    // vCPUs fit; no balancing beyond that.
    nvpair(xml, u"vigil-options"_s, u"placement-strategy"_s, u"minimal"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    QList<QStringList> antiAffinityGroups;
    for (const Policy &p : index.policies())
        antiAffinityGroups += p.antiAffinityGroups;

    // Node capacity: what is left after the guests no policy protects.
    double overcommit = 64.0;
    for (const Policy &p : index.policies())
        overcommit = std::min(overcommit, p.vcpuOvercommit);
    xml.writeStartElement(u"nodes"_s);
    for (int i = 0; i < snapshot.hosts.size(); ++i) {
        const ClusterSnapshot::Host &h = snapshot.hosts.at(i);
        qint64 memoryMiB = qint64(h.details.host.memoryKiB / 1024);
        qint64 cpus = qint64(double(h.details.host.cpus) * overcommit);
        for (const DomainInfo &d : h.domains) {
            if (d.isActive() && !index.lookup(d.name)) {
                memoryMiB -= qint64(d.memoryKiB / 1024);
                cpus -= d.vcpus;
            }
        }
        const QString id = QString::number(i + 1);
        xml.writeStartElement(u"node"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeAttribute(u"uname"_s, h.name);
        xml.writeStartElement(u"utilization"_s);
        xml.writeAttribute(u"id"_s, u"node-"_s + id + u"-utilization"_s);
        nvpair(xml, u"node-"_s + id, u"memory"_s, QString::number(std::max<qint64>(0, memoryMiB)));
        nvpair(xml, u"node-"_s + id, u"cpu"_s, QString::number(std::max<qint64>(0, cpus)));
        // Anti-affinity as capacity: one slot per group per node. Unlike a
        // -INFINITY colocation (which is directional and lets Pacemaker stop
        // a running guest to make room), a full slot simply leaves the
        // newcomer stopped — Vigil's rule.
        for (int g = 0; g < antiAffinityGroups.size(); ++g)
            nvpair(xml, u"node-"_s + id, QStringLiteral("vigil_apart_%1").arg(g + 1), u"1"_s);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();

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
        xml.writeStartElement(u"instance_attributes"_s);
        xml.writeAttribute(u"id"_s, id + u"-params"_s);
        nvpair(xml, id, u"config"_s, config);
        nvpair(xml, id, u"hypervisor"_s, uri.isEmpty() ? u"qemu:///system"_s : uri);
        nvpair(xml, id, u"migration_transport"_s, u"ssh"_s);
        xml.writeEndElement();
        xml.writeStartElement(u"meta_attributes"_s);
        xml.writeAttribute(u"id"_s, id + u"-meta"_s);
        nvpair(xml, id, u"priority"_s, QString::number((Policy::kLowestPriority + 1 - m.priority) * 10));
        nvpair(xml, id, u"target-role"_s, m.guest.isActive() ? u"Started"_s : u"Stopped"_s);
        nvpair(xml, id, u"allow-migrate"_s, u"true"_s);
        // Without failback a running guest never moves (nor is stopped to make room), as in Vigil.
        nvpair(xml, id, u"resource-stickiness"_s, m.policy->failback ? u"0"_s : u"INFINITY"_s);
        nvpair(xml, id, u"migration-threshold"_s, QString::number(m.policy->maxRestarts));
        nvpair(xml, id, u"failure-timeout"_s, QString::number(m.policy->restartWindowMinutes) + u"min"_s);
        xml.writeEndElement();
        xml.writeStartElement(u"utilization"_s);
        xml.writeAttribute(u"id"_s, id + u"-utilization"_s);
        nvpair(xml, id + u"-u"_s, u"memory"_s, QString::number(m.guest.memoryKiB / 1024));
        nvpair(xml, id + u"-u"_s, u"cpu"_s, QString::number(m.guest.vcpus));
        for (int g = 0; g < antiAffinityGroups.size(); ++g)
            if (antiAffinityGroups.at(g).contains(m.guest.name))
                nvpair(xml, id + u"-u"_s, QStringLiteral("vigil_apart_%1").arg(g + 1), u"1"_s);
        xml.writeEndElement();
        xml.writeStartElement(u"operations"_s);
        const QList<QStringList> ops{{u"monitor"_s, u"10s"_s, u"30s"_s}, {u"start"_s, u"0s"_s, u"90s"_s},
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
            xml.writeStartElement(u"instance_attributes"_s);
            xml.writeAttribute(u"id"_s, id + u"-params"_s);
            nvpair(xml, id, u"pcmk_host_list"_s, host);
            nvpair(xml, id, u"pcmk_reboot_timeout"_s, QString::number(action.timeoutSeconds) + u's');
            for (const auto &[key, value] : fenceParameters(argv))
                nvpair(xml, id, key, value);
            xml.writeEndElement();
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
            xml.writeAttribute(u"score"_s, u"-INFINITY"_s);
        }
        if (!m.startAfter.isEmpty() && std::any_of(members.cbegin(), members.cend(),
                                                   [&](const Member &o) { return o.guest.name == m.startAfter; })) {
            xml.writeEmptyElement(u"rsc_order"_s);
            xml.writeAttribute(u"id"_s, constraintId(u"order"_s));
            xml.writeAttribute(u"first"_s, xmlId(u"vm-"_s, m.startAfter));
            xml.writeAttribute(u"then"_s, rsc);
            xml.writeAttribute(u"kind"_s, u"Mandatory"_s);
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
    // Membership as Vigil sees it now, so that Pacemaker's tools can place
    // the resources: hosts that are up are online members, others cleanly down.
    // and where each protected guest runs now (as if Pacemaker had started
    // it there), so that crm_simulate plans from the cluster as it is.
    xml.writeStartElement(u"status"_s);
    for (int i = 0; i < snapshot.hosts.size(); ++i) {
        const bool up = snapshot.hosts.at(i).up;
        const QString id = QString::number(i + 1);
        xml.writeStartElement(u"node_state"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeAttribute(u"uname"_s, snapshot.hosts.at(i).name);
        xml.writeAttribute(u"in_ccm"_s, up ? u"true"_s : u"false"_s);
        xml.writeAttribute(u"crmd"_s, up ? u"online"_s : u"offline"_s);
        xml.writeAttribute(u"join"_s, up ? u"member"_s : u"down"_s);
        xml.writeAttribute(u"expected"_s, up ? u"member"_s : u"down"_s);
        xml.writeStartElement(u"lrm"_s);
        xml.writeAttribute(u"id"_s, id);
        xml.writeStartElement(u"lrm_resources"_s);
        int call = 0;
        for (const Member &m : std::as_const(members)) {
            if (m.home != i || !m.guest.isActive() || !up)
                continue;
            const QString rsc = xmlId(u"vm-"_s, m.guest.name);
            xml.writeStartElement(u"lrm_resource"_s);
            xml.writeAttribute(u"id"_s, rsc);
            xml.writeAttribute(u"class"_s, u"ocf"_s);
            xml.writeAttribute(u"provider"_s, u"heartbeat"_s);
            xml.writeAttribute(u"type"_s, u"VirtualDomain"_s);
            xml.writeEmptyElement(u"lrm_rsc_op"_s);
            xml.writeAttribute(u"id"_s, rsc + u"_last_0"_s);
            xml.writeAttribute(u"operation_key"_s, rsc + u"_start_0"_s);
            xml.writeAttribute(u"operation"_s, u"start"_s);
            xml.writeAttribute(u"crm-debug-origin"_s, u"vigil"_s);
            xml.writeAttribute(u"crm_feature_set"_s, u"3.0.0"_s);
            xml.writeAttribute(u"transition-key"_s, QStringLiteral("%1:1:0:vigil-export").arg(++call));
            xml.writeAttribute(u"transition-magic"_s, QStringLiteral("0:0;%1:1:0:vigil-export").arg(call));
            xml.writeAttribute(u"call-id"_s, QString::number(call));
            xml.writeAttribute(u"rc-code"_s, u"0"_s);
            xml.writeAttribute(u"op-status"_s, u"0"_s);
            xml.writeAttribute(u"interval"_s, u"0"_s);
            xml.writeAttribute(u"exec-time"_s, u"0"_s);
            xml.writeAttribute(u"queue-time"_s, u"0"_s);
            xml.writeEndElement();
        }
        xml.writeEndElement();   // lrm_resources
        xml.writeEndElement();   // lrm
        xml.writeEndElement();   // node_state
    }
    xml.writeEndElement();
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
