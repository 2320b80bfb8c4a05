// Does Pacemaker, given Vigil's export, do what Vigil's dry run promises?
// Generated clusters (seeded: a failure names its seed), each host failed in
// turn with `crm_simulate --node-fail`, compared guest by guest with the
// planner; and a quiet cluster (no failure) must stay untouched.
#include "common/testsupport.h"

#include "core/ha/pacemakerexport.h"
#include "core/ha/planner.h"
#include "core/ha/policyindex.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Vigil;
using namespace Vigil::Ha;

namespace {

struct GeneratedCluster {
    quint32 seed = 0;
    ClusterSnapshot snapshot;
    QList<Policy> policies;
};

// 3–6 hosts, 2–7 diskless guests each (some stopped, some unprotected), one
// policy with random members and priorities, 0–2 preferred and 0–1
// forbidden hosts, 0–2 anti-affinity pairs and a fence action per host.
GeneratedCluster generate(quint32 seed)
{
    QRandomGenerator random(seed);
    const auto pick = [&random](int low, int high) { return int(random.bounded(low, high + 1)); };
    GeneratedCluster c;
    c.seed = seed;
    Policy policy;
    policy.id = 1;
    policy.name = u"generated"_s;
    policy.spareHostFailures = 0;
    policy.vcpuOvercommit = QList<double>{1.0, 2.0, 4.0}.at(pick(0, 2));
    QStringList members;
    int guestNumber = 0;
    const int hosts = pick(3, 6);
    for (int h = 1; h <= hosts; ++h) {
        ClusterSnapshot::Host host;
        host.id = h;
        host.name = u"node%1"_s.arg(h);
        host.up = true;
        host.details.host.hypervisor = u"QEMU"_s;
        host.details.host.memoryKiB = quint64(pick(8, 48)) * 1024 * 1024;
        host.details.host.cpus = pick(2, 16);
        const int guests = pick(2, 7);
        for (int g = 0; g < guests; ++g) {
            DomainInfo d;
            d.name = u"vm%1"_s.arg(++guestNumber, 2, 10, QChar(u'0'));
            d.uuid = u"00000000-0000-4000-8000-%1"_s.arg(qlonglong(seed) * 1000 + guestNumber, 12, 10, QChar(u'0'));
            d.state = pick(0, 9) == 0 ? DomainState::Shutoff : DomainState::Running;
            d.memoryKiB = quint64(pick(1, 12)) * 512 * 1024;
            d.vcpus = pick(1, 4);
            d.persistent = true;
            d.xml = "<domain type='kvm'><name>" + d.name.toUtf8() + "</name></domain>";
            host.domains.append(d);
            if (pick(0, 3) > 0) {
                members.append(d.name);
                policy.guests.append(GuestRule{d.name, pick(1, 5), {}});
            }
        }
        policy.fencing.insert(host.name, FenceAction{{u"fence_ipmilan"_s, u"--ip"_s, u"10.0.0.%1"_s.arg(h)}, 30, 0});
        c.snapshot.hosts.append(host);
    }
    for (int i = pick(0, 2); i > 0; --i)
        policy.preferredHosts.append(u"node%1"_s.arg(pick(1, hosts)));
    policy.preferredHosts.removeDuplicates();
    if (pick(0, 1) == 1)
        policy.forbiddenHosts.append(u"node%1"_s.arg(pick(1, hosts)));
    for (int i = pick(0, 2); i > 0 && members.size() >= 2; --i) {
        const QString a = members.at(pick(0, int(members.size()) - 1));
        const QString b = members.at(pick(0, int(members.size()) - 1));
        if (a != b)
            policy.antiAffinityGroups.append({a, b});
    }
    c.policies.append(policy);
    return c;
}

struct Action {
    QString verb;   // Move, Recover, Stop, Start, Restart, Migrate…
    QString from;
    QString to;
};

// crm_simulate's transition summary, by guest name.
QHash<QString, Action> runCrmSimulate(const QString &cibPath, const QStringList &extra, QString *output)
{
    QProcess simulate;
    simulate.setProcessChannelMode(QProcess::MergedChannels);
    simulate.start(u"crm_simulate"_s, QStringList{u"--xml-file"_s, cibPath, u"--simulate"_s} + extra);
    simulate.waitForFinished(60000);
    *output = QString::fromUtf8(simulate.readAll());
    QHash<QString, Action> actions;
    static const QRegularExpression line(u"^\\s*\\*\\s+(\\w+)\\s+vm-(\\S+)\\s+\\(\\s*([^)]*?)\\s*\\)"_s,
                                         QRegularExpression::MultilineOption);
    const qsizetype summary = output->indexOf(u"Transition Summary"_s);
    const qsizetype end = output->indexOf(u"Executing Cluster Transition"_s);
    const QString part = output->mid(summary, end > summary ? end - summary : -1);
    for (auto it = line.globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const QStringList where = m.captured(3).split(u"->"_s);
        actions.insert(m.captured(2), Action{m.captured(1), where.value(0).trimmed(), where.value(1).trimmed()});
    }
    return actions;
}

struct Agreement {
    int failures = 0;
    int failuresMatching = 0;
    int guests = 0;
    int guestsMatching = 0;
    QStringList differences;
};

} // namespace

class TestPacemakerFidelity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static bool haveCrmSimulate()
    {
        return !QStandardPaths::findExecutable(u"crm_simulate"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty();
    }

    QString writeCib(const GeneratedCluster &c, PacemakerExport *exported)
    {
        *exported = exportPacemaker(c.snapshot, c.policies, u"/etc/pacemaker/vigil"_s);
        // VIGIL_PACEMAKER_KEEP=DIR keeps every CIB there, to replay a seed by hand.
        const QString keep = qEnvironmentVariable("VIGIL_PACEMAKER_KEEP");
        const QString path = (keep.isEmpty() ? m_dir.path() : keep) + u"/cib-%1.xml"_s.arg(c.seed);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(exported->cib) != exported->cib.size())
            return {};
        return path;
    }

    // Each host of the cluster failed in turn: Pacemaker's recovery against
    // the dry run, guest by guest. Guests on other hosts must not be touched.
    void compare(const GeneratedCluster &c, Agreement &agreement)
    {
        PacemakerExport exported;
        const QString cib = writeCib(c, &exported);
        QVERIFY(!cib.isEmpty());
        QVERIFY2(exported.errors.isEmpty(), qPrintable(exported.errors.join(u"; "_s)));
        const PolicyIndex index(c.policies);
        for (const ClusterSnapshot::Host &failed : c.snapshot.hosts) {
            const FailoverPlan plan = planFailover(c.snapshot, failed.id, index);
            QHash<QString, QString> vigil;   // guest → new host, "" when left stopped
            for (const Placement &p : plan.placements)
                vigil.insert(p.guest, p.targetName);
            for (const Unplaced &u : plan.unplaced)
                vigil.insert(u.guest, QString());
            QString output;
            const QHash<QString, Action> pacemaker = runCrmSimulate(cib, {u"--node-fail"_s, failed.name}, &output);
            bool allMatch = true;
            for (auto it = vigil.cbegin(); it != vigil.cend(); ++it) {
                const Action a = pacemaker.value(it.key());
                const QString there = a.verb == u"Stop" ? QString() : a.to;
                ++agreement.guests;
                if (there == it.value() && (a.verb == u"Stop" || a.verb == u"Recover" || a.verb == u"Move")) {
                    ++agreement.guestsMatching;
                } else {
                    allMatch = false;
                    agreement.differences.append(u"seed %1, %2 fails: %3 → Vigil %4, Pacemaker %5 %6"_s.arg(c.seed)
                                                     .arg(failed.name, it.key(),
                                                          it.value().isEmpty() ? u"stopped"_s : it.value(), a.verb,
                                                          a.to));
                }
            }
            for (auto it = pacemaker.cbegin(); it != pacemaker.cend(); ++it) {
                if (vigil.contains(it.key()))
                    continue;
                allMatch = false;
                agreement.differences.append(u"seed %1, %2 fails: %3 is not on it, yet Pacemaker plans %4 (%5 -> %6)"_s
                                                 .arg(c.seed).arg(failed.name, it.key(), it->verb, it->from, it->to));
            }
            ++agreement.failures;
            agreement.failuresMatching += allMatch;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveCrmSimulate())
            QSKIP("crm_simulate is not installed (Debian package pacemaker-cli-utils)");
    }

    // At least 200 simulated host failures over generated clusters: every
    // protected guest of the failed host goes where the dry run says (or
    // stays down where it says so), and nothing else moves.
    void hostFailuresAgreeWithTheDryRun()
    {
        Agreement agreement;
        for (quint32 seed = 1; agreement.failures < 200; ++seed) {
            compare(generate(seed), agreement);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("PACEMAKER-FIGURE failures simulated: %d, matching completely: %d (%.1f %%)", agreement.failures,
              agreement.failuresMatching, 100.0 * agreement.failuresMatching / agreement.failures);
        qInfo("PACEMAKER-FIGURE affected guests: %d, agreeing: %d (%.1f %%)", agreement.guests,
              agreement.guestsMatching, 100.0 * agreement.guestsMatching / std::max(1, agreement.guests));
        QVERIFY2(agreement.differences.isEmpty(),
                 qPrintable(u"%1 differences, the first: \n"_s.arg(agreement.differences.size())
                            + agreement.differences.mid(0, 15).join(u'\n')));
    }

    // With no failure at all, Pacemaker plans nothing: no guest moves,
    // stops or restarts, and no operation is even scheduled.
    void aQuietClusterStaysQuiet()
    {
        QStringList touched;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            PacemakerExport exported;
            const QString cib = writeCib(generate(seed), &exported);
            QVERIFY(!cib.isEmpty());
            QString output;
            const QHash<QString, Action> actions = runCrmSimulate(cib, {}, &output);
            for (auto it = actions.cbegin(); it != actions.cend(); ++it)
                touched.append(u"seed %1: %2 %3 (%4 -> %5)"_s.arg(seed).arg(it->verb, it.key(), it->from, it->to));
            // Not even a probe or a monitor to (re)schedule: the history says it all.
            static const QRegularExpression operation(u"Resource action:.*$"_s, QRegularExpression::MultilineOption);
            for (auto it = operation.globalMatch(output); it.hasNext();)
                touched.append(u"seed %1: %2"_s.arg(seed).arg(it.next().captured(0)));
        }
        QVERIFY2(touched.isEmpty(), qPrintable(u"%1 actions, the first:\n"_s.arg(touched.size())
                                                + touched.mid(0, 15).join(u'\n')));
    }

    // "Forbidden" in Vigil means "never restart there": a guest already
    // running on a forbidden host stays there, and nothing moves onto it.
    void aForbiddenHostKeepsItsGuestsAndTakesNoOthers()
    {
        GeneratedCluster c = generate(7);
        c.seed = 900007;
        Policy &policy = c.policies[0];
        policy.forbiddenHosts = {c.snapshot.hosts.first().name};
        policy.preferredHosts = {c.snapshot.hosts.first().name};   // forbidden wins over preferred
        int protectedThere = 0;
        for (const DomainInfo &d : c.snapshot.hosts.first().domains)
            protectedThere += d.isActive() && policy.priorityOf(d.name) > 0;
        QVERIFY(protectedThere > 0);
        PacemakerExport exported;
        const QString cib = writeCib(c, &exported);
        QString output;
        QVERIFY2(runCrmSimulate(cib, {}, &output).isEmpty(), qPrintable(output));
        Agreement agreement;
        compare(c, agreement);
        QVERIFY2(agreement.differences.isEmpty(), qPrintable(agreement.differences.join(u'\n')));
        const QString forbidden = c.snapshot.hosts.first().name;
        for (const ClusterSnapshot::Host &failed : c.snapshot.hosts.mid(1))
            for (const Placement &p : planFailover(c.snapshot, failed.id, PolicyIndex(c.policies)).placements)
                QVERIFY2(p.targetName != forbidden, qPrintable(p.guest));
    }

    // What Pacemaker cannot do as Vigil does is said, rule by rule.
    void rulesPacemakerCannotFollowAreDeclared()
    {
        GeneratedCluster c = generate(3);
        Policy second = c.policies[0];
        second.id = 2;
        second.name = u"second"_s;
        second.guests = {GuestRule{c.snapshot.hosts.first().domains.first().name, 1, {}}};
        second.vcpuOvercommit = c.policies[0].vcpuOvercommit * 2;
        second.failback = true;
        second.affinityGroups = {{c.snapshot.hosts.first().domains.first().name, c.snapshot.hosts.last().domains.first().name}};
        c.policies[0].guests.removeIf([&](const GuestRule &r) { return r.guest == second.guests.first().guest; });
        c.policies.append(second);
        const PacemakerExport exported = exportPacemaker(c.snapshot, c.policies, u"/etc/pacemaker/vigil"_s);
        const QString notes = exported.notes.join(u'\n');
        QVERIFY2(notes.contains(u"failback is not exported"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"keep-together groups are mandatory"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"different vCPU overcommits"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"several policies"_s), qPrintable(notes));
        // And a single policy of generated rules declares none of them.
        const GeneratedCluster plain = generate(3);
        const QString single = exportPacemaker(plain.snapshot, plain.policies, u"/x"_s).notes.join(u'\n');
        QVERIFY2(!single.contains(u"failback"_s) && !single.contains(u"several policies"_s), qPrintable(single));
    }
};

QTEST_GUILESS_MAIN(TestPacemakerFidelity)
#include "tst_pacemakerfidelity.moc"
