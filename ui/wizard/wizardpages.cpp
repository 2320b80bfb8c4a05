#include "wizardpages.h"
#include "models/statecolors.h"

#include "policywizard.h"

#include "core/cluster/clustermanager.h"
#include "core/ha/fencer.h"
#include "core/ha/policyjson.h"
#include "core/jobs.h"
#include "core/session.h"
#include "core/naturalorder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {
namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(Models::stateStyleSheet(Models::StateColor::Bad));
    return label;
}

// Problems from validatePolicy() whose path starts with one of `prefixes`.
QStringList problemsUnder(const Ha::Policy &policy, const QStringList &prefixes)
{
    QStringList result;
    const QStringList all = Ha::validatePolicy(policy);
    for (const QString &p : all)
        for (const QString &prefix : prefixes)
            if (p.startsWith(prefix)) {
                result.append(p);
                break;
            }
    return result;
}

QStringList guestNames(const ClusterManager &cluster)
{
    QSet<QString> names;
    for (const HostConfig &h : cluster.hosts())
        for (const DomainInfo &d : cluster.domains(h.id))
            names.insert(d.name);
    QStringList sorted(names.begin(), names.end());
    naturalSort(sorted);
    return sorted;
}

QList<QStringList> parseGroups(const QString &text)
{
    QList<QStringList> groups;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        QStringList group;
        for (const QString &name : line.split(u',', Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                group.append(name.trimmed());
        if (!group.isEmpty())
            groups.append(group);
    }
    return groups;
}

QString groupsText(const QList<QStringList> &groups)
{
    QStringList lines;
    for (const QStringList &g : groups)
        lines.append(g.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}

} // namespace

// ---- Guests ----------------------------------------------------------------

GuestsPage::GuestsPage(PolicyWizard *wizard)
    : m_wizard(wizard), m_name(new QLineEdit(this)), m_guests(new QListWidget(this)), m_pattern(new QLineEdit(this)),
      m_error(errorLabel(this))
{
    setTitle(tr("Guests"));
    setSubTitle(tr("Which guests does this policy restart when their host fails?"));
    m_pattern->setPlaceholderText(tr("e.g. web-* (optional)"));
    m_guests->setAccessibleName(tr("Guests to protect"));
    auto *form = new QFormLayout;
    form->addRow(tr("Policy &name:"), m_name);
    form->addRow(tr("Name &pattern:"), m_pattern);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *guestsLabel = new QLabel(tr("&Guests (tick to protect):"), this);
    guestsLabel->setBuddy(m_guests);
    layout->addWidget(guestsLabel);
    layout->addWidget(m_guests);
    layout->addWidget(m_error);
}

void GuestsPage::initializePage()
{
    const Ha::Policy &p = m_wizard->draft();
    m_name->setText(p.name);
    m_name->setReadOnly(m_wizard->isEditing());
    m_pattern->setText(p.namePattern);
    m_guests->clear();
    QStringList names = guestNames(*m_wizard->session()->cluster());
    for (const Ha::GuestRule &rule : p.guests)
        if (!names.contains(rule.guest))
            names.append(rule.guest);   // a member whose host is down right now
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_guests);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool member = std::any_of(p.guests.cbegin(), p.guests.cend(),
                                        [&](const Ha::GuestRule &r) { return r.guest == name; });
        item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
    }
}

bool GuestsPage::validatePage()
{
    Ha::Policy &p = m_wizard->draft();
    p.name = m_name->text().trimmed();
    p.namePattern = m_pattern->text().trimmed();
    QList<Ha::GuestRule> rules;
    for (int i = 0; i < m_guests->count(); ++i) {
        if (m_guests->item(i)->checkState() != Qt::Checked)
            continue;
        const QString name = m_guests->item(i)->text();
        Ha::GuestRule rule{name, p.defaultPriority, {}};
        for (const Ha::GuestRule &old : std::as_const(p.guests))
            if (old.guest == name)
                rule = old;   // keep priority and order chosen earlier
        rules.append(rule);
    }
    p.guests = rules;
    QStringList problems;
    if (p.name.isEmpty())
        problems << tr("Give the policy a name.");
    else if (!m_wizard->isEditing() && std::any_of(m_wizard->session()->policies().cbegin(),
                                                   m_wizard->session()->policies().cend(),
                                                   [&](const Ha::Policy &o) { return o.name == p.name; }))
        problems << tr("A policy named %1 already exists.").arg(p.name);
    if (p.guests.isEmpty() && p.namePattern.isEmpty())
        problems << tr("Tick at least one guest or give a name pattern.");
    m_error->setText(problems.join(u'\n'));
    return problems.isEmpty();
}

// ---- Priorities and order ------------------------------------------------------

PrioritiesPage::PrioritiesPage(PolicyWizard *wizard)
    : m_wizard(wizard), m_table(new QTableWidget(this)), m_defaultPriority(new QSpinBox(this)), m_error(errorLabel(this))
{
    setTitle(tr("Priorities and order"));
    setSubTitle(tr("Priority 1 restarts first, 5 last. A guest can wait until another one runs."));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Guest"), tr("Priority"), tr("Start after")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_defaultPriority->setRange(Ha::Policy::kHighestPriority, Ha::Policy::kLowestPriority);
    auto *form = new QFormLayout;
    form->addRow(tr("Priority of guests matched by the &pattern:"), m_defaultPriority);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(m_error);
}

void PrioritiesPage::initializePage()
{
    const Ha::Policy &p = m_wizard->draft();
    m_defaultPriority->setValue(p.defaultPriority);
    m_table->setRowCount(int(p.guests.size()));
    QStringList names{QString()};
    for (const Ha::GuestRule &r : p.guests)
        names.append(r.guest);
    for (int row = 0; row < p.guests.size(); ++row) {
        const Ha::GuestRule &rule = p.guests.at(row);
        auto *name = new QTableWidgetItem(rule.guest);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        auto *priority = new QSpinBox(m_table);
        priority->setRange(Ha::Policy::kHighestPriority, Ha::Policy::kLowestPriority);
        priority->setValue(rule.priority);
        m_table->setCellWidget(row, 1, priority);
        auto *after = new QComboBox(m_table);
        for (const QString &n : std::as_const(names))
            if (n != rule.guest)
                after->addItem(n.isEmpty() ? tr("(nothing)") : n, n);
        after->setCurrentIndex(std::max(0, after->findData(rule.startAfter)));
        m_table->setCellWidget(row, 2, after);
    }
    m_table->resizeColumnToContents(0);
}

bool PrioritiesPage::validatePage()
{
    Ha::Policy &p = m_wizard->draft();
    p.defaultPriority = m_defaultPriority->value();
    for (int row = 0; row < p.guests.size(); ++row) {
        p.guests[row].priority = static_cast<QSpinBox *>(m_table->cellWidget(row, 1))->value();
        p.guests[row].startAfter = static_cast<QComboBox *>(m_table->cellWidget(row, 2))->currentData().toString();
    }
    const QStringList problems = problemsUnder(p, {QStringLiteral("$.members")});
    m_error->setText(problems.join(u'\n'));
    return problems.isEmpty();
}

// ---- Placement -------------------------------------------------------------------

PlacementPage::PlacementPage(PolicyWizard *wizard)
    : m_wizard(wizard), m_hosts(new QTableWidget(this)), m_affinity(new QPlainTextEdit(this)),
      m_antiAffinity(new QPlainTextEdit(this)), m_sharedPools(new QLineEdit(this)), m_error(errorLabel(this))
{
    setTitle(tr("Placement"));
    setSubTitle(tr("Where may the guests restart? Preferred hosts are tried first (1 before 2); "
                   "forbidden hosts are never used."));
    m_hosts->setColumnCount(3);
    m_hosts->setHorizontalHeaderLabels({tr("Host"), tr("Preference"), tr("Forbidden")});
    m_hosts->horizontalHeaderItem(1)->setToolTip(tr("1 is tried first; 0 means no preference."));
    m_hosts->setColumnWidth(0, 160);
    m_hosts->setColumnWidth(1, 120);
    m_hosts->horizontalHeader()->setStretchLastSection(true);
    m_hosts->verticalHeader()->hide();
    m_affinity->setPlaceholderText(tr("One group per line, guests separated by commas: app-1, db-1"));
    m_antiAffinity->setPlaceholderText(tr("One group per line: web-1, web-2, web-3"));
    m_affinity->setAccessibleName(tr("Keep together"));
    m_antiAffinity->setAccessibleName(tr("Keep apart"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hosts, 2);
    auto *together = new QLabel(tr("Keep &together (affinity):"), this);
    together->setBuddy(m_affinity);
    auto *apart = new QLabel(tr("Keep &apart (anti-affinity):"), this);
    apart->setBuddy(m_antiAffinity);
    layout->addWidget(together);
    layout->addWidget(m_affinity, 1);
    layout->addWidget(apart);
    layout->addWidget(m_antiAffinity, 1);
    auto *shared = new QLabel(tr("&Shared storage pools (dir or fs pools on NFS or a cluster filesystem that every "
                                 "host mounts, same name and path everywhere):"), this);
    shared->setWordWrap(true);
    shared->setBuddy(m_sharedPools);
    m_sharedPools->setPlaceholderText(tr("vmstore, images-nfs"));
    m_sharedPools->setAccessibleName(tr("Shared storage pools"));
    layout->addWidget(shared);
    layout->addWidget(m_sharedPools);
    layout->addWidget(m_error);
}

void PlacementPage::initializePage()
{
    const Ha::Policy &p = m_wizard->draft();
    const QList<HostConfig> hosts = m_wizard->session()->cluster()->hosts();
    m_hosts->setRowCount(int(hosts.size()));
    for (int row = 0; row < hosts.size(); ++row) {
        const QString name = hosts.at(row).name;
        auto *item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled);
        m_hosts->setItem(row, 0, item);
        auto *rank = new QSpinBox(m_hosts);
        rank->setRange(0, int(hosts.size()));
        rank->setValue(int(p.preferredHosts.indexOf(name)) + 1);
        m_hosts->setCellWidget(row, 1, rank);
        auto *forbidden = new QCheckBox(m_hosts);
        forbidden->setChecked(p.forbiddenHosts.contains(name));
        m_hosts->setCellWidget(row, 2, forbidden);
    }
    m_affinity->setPlainText(groupsText(p.affinityGroups));
    m_antiAffinity->setPlainText(groupsText(p.antiAffinityGroups));
    m_sharedPools->setText(p.sharedPools.join(u", "_s));
}

bool PlacementPage::validatePage()
{
    Ha::Policy &p = m_wizard->draft();
    QList<QPair<int, QString>> ranked;
    p.forbiddenHosts.clear();
    for (int row = 0; row < m_hosts->rowCount(); ++row) {
        const QString name = m_hosts->item(row, 0)->text();
        const int rank = static_cast<QSpinBox *>(m_hosts->cellWidget(row, 1))->value();
        if (rank > 0)
            ranked.append({rank, name});
        if (static_cast<QCheckBox *>(m_hosts->cellWidget(row, 2))->isChecked())
            p.forbiddenHosts.append(name);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    p.preferredHosts.clear();
    for (const auto &r : std::as_const(ranked))
        p.preferredHosts.append(r.second);
    p.affinityGroups = parseGroups(m_affinity->toPlainText());
    p.antiAffinityGroups = parseGroups(m_antiAffinity->toPlainText());
    p.sharedPools.clear();
    for (const QString &pool : m_sharedPools->text().split(u',', Qt::SkipEmptyParts))
        if (!pool.trimmed().isEmpty())
            p.sharedPools.append(pool.trimmed());
    QStringList problems = problemsUnder(p, {QStringLiteral("$.placement")});
    for (const QStringList &g : p.affinityGroups + p.antiAffinityGroups)
        if (g.size() < 2)
            problems.append(tr("A group needs at least two guests: %1").arg(g.join(u", ")));
    m_error->setText(problems.join(u'\n'));
    return problems.isEmpty();
}

// ---- Fencing ---------------------------------------------------------------------

FencingPage::FencingPage(PolicyWizard *wizard)
    : m_wizard(wizard), m_table(new QTableWidget(this)),
      m_withoutFencing(new QCheckBox(tr("Restart guests even when their host could not be fenced"), this)),
      m_understood(new QCheckBox(tr("I understand that a host that is only cut off may still run its guests, "
                                    "so they could run twice and corrupt their disks (split brain)."), this)),
      m_error(errorLabel(this))
{
    setTitle(tr("Fencing"));
    setSubTitle(tr("A dead host is fenced (powered off) before its guests restart elsewhere. Give the command per "
                   "host — a program and its arguments, no shell. {host}, {uri} and {address} are replaced."));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Host"), tr("Fence command"), tr("Timeout (s)"), tr("Status check"), QString()});
    m_table->horizontalHeaderItem(3)->setToolTip(
        tr("How often the command is run with its action switched to \"status\", so that a fence device that stops "
           "answering raises an alert before a host needs it"));
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_understood->setStyleSheet(Models::stateStyleSheet(Models::StateColor::Bad));
    m_understood->setVisible(false);
    connect(m_withoutFencing, &QCheckBox::toggled, m_understood, &QWidget::setVisible);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_withoutFencing);
    layout->addWidget(m_understood);
    layout->addWidget(m_error);
}

void FencingPage::initializePage()
{
    const Ha::Policy &p = m_wizard->draft();
    const QList<HostConfig> hosts = m_wizard->session()->cluster()->hosts();
    m_table->setRowCount(int(hosts.size()));
    for (int row = 0; row < hosts.size(); ++row) {
        const QString name = hosts.at(row).name;
        auto *item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, item);
        const Ha::FenceAction action = p.fencing.value(name);
        auto *command = new QLineEdit(m_table);
        QStringList quoted;
        for (const QString &arg : action.argv)
            quoted.append(arg.contains(u' ') ? u'"' + arg + u'"' : arg);
        command->setText(quoted.join(u' '));
        command->setPlaceholderText(QStringLiteral("/usr/sbin/fence_ipmilan --ip {host}-bmc --action off"));
        m_table->setCellWidget(row, 1, command);
        auto *timeout = new QSpinBox(m_table);
        timeout->setRange(1, 600);
        timeout->setValue(action.argv.isEmpty() ? 60 : action.timeoutSeconds);
        m_table->setCellWidget(row, 2, timeout);
        auto *every = new QSpinBox(m_table);
        every->setRange(0, 10080);
        every->setSuffix(tr(" min"));
        every->setSpecialValueText(tr("never"));
        every->setValue(action.argv.isEmpty() ? 60 : action.testEveryMinutes);
        m_table->setCellWidget(row, 3, every);
        auto *test = new QPushButton(tr("Test"), m_table);
        test->setToolTip(tr("Runs the command with its action switched to \"status\": the host is not powered off."));
        connect(test, &QPushButton::clicked, this, [this, row]() { testFence(row); });
        m_table->setCellWidget(row, 4, test);
    }
    m_withoutFencing->setChecked(p.restartWithoutFencing);
    m_understood->setChecked(p.restartWithoutFencing);
}

void FencingPage::testFence(int row)
{
    const QStringList argv = Ha::Fencer::statusArgv(
        QProcess::splitCommand(static_cast<QLineEdit *>(m_table->cellWidget(row, 1))->text()));
    if (argv.isEmpty()) {
        m_error->setText(tr("Not tested: no --action/-o argument to switch to \"status\", so a test could fence the host."));
        return;
    }
    const HostConfig host = m_wizard->session()->cluster()->hosts().value(row);
    auto *fencer = new Ha::Fencer(this);
    m_error->setText(tr("Testing the fence command of %1…").arg(host.name));
    connect(fencer, &Ha::Fencer::finished, this, [this, fencer, name = host.name](bool ok, const QString &message) {
        fencer->deleteLater();
        m_error->setStyleSheet(Models::stateStyleSheet(ok ? Models::StateColor::Good : Models::StateColor::Bad));
        m_error->setText(tr("%1: %2").arg(name, message));
    });
    fencer->run(Ha::FenceAction{argv, static_cast<QSpinBox *>(m_table->cellWidget(row, 2))->value()},
                Ha::Fencer::Target{host.name, host.uri, {}});
}

bool FencingPage::validatePage()
{
    Ha::Policy &p = m_wizard->draft();
    p.fencing.clear();
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text = static_cast<QLineEdit *>(m_table->cellWidget(row, 1))->text().trimmed();
        if (text.isEmpty())
            continue;
        const QStringList argv = QProcess::splitCommand(text);
        if (argv.isEmpty()) {
            problems.append(tr("%1: the command cannot be read (unbalanced quotes?)").arg(m_table->item(row, 0)->text()));
            continue;
        }
        p.fencing.insert(m_table->item(row, 0)->text(),
                         Ha::FenceAction{argv, static_cast<QSpinBox *>(m_table->cellWidget(row, 2))->value(),
                                         static_cast<QSpinBox *>(m_table->cellWidget(row, 3))->value()});
    }
    p.restartWithoutFencing = m_withoutFencing->isChecked();
    if (p.restartWithoutFencing && !m_understood->isChecked())
        problems.append(tr("Confirm that you accept the split-brain risk, or untick restart without fencing."));
    problems += problemsUnder(p, {QStringLiteral("$.fencing")});
    m_error->setStyleSheet(Models::stateStyleSheet(Models::StateColor::Bad));
    m_error->setText(problems.join(u'\n'));
    return problems.isEmpty();
}

// ---- Detection and limits -----------------------------------------------------------

LimitsPage::LimitsPage(PolicyWizard *wizard)
    : m_wizard(wizard), m_keepaliveInterval(new QSpinBox(this)), m_keepaliveCount(new QSpinBox(this)),
      m_grace(new QSpinBox(this)), m_leaseWait(new QSpinBox(this)), m_maxRestarts(new QSpinBox(this)), m_window(new QSpinBox(this)),
      m_spare(new QSpinBox(this)), m_overcommit(new QDoubleSpinBox(this)),
      m_failback(new QCheckBox(tr("Move guests back to their preferred host when it recovers "
                                  "(not done yet: kept with the policy only)"), this))
{
    setTitle(tr("Detection and limits"));
    setSubTitle(tr("How fast a host counts as failed, and how far the restarts may go."));
    m_keepaliveInterval->setRange(1, 300);
    m_keepaliveInterval->setSuffix(tr(" s"));
    m_keepaliveCount->setRange(1, 100);
    m_grace->setRange(0, 3600);
    m_grace->setSuffix(tr(" s"));
    m_leaseWait->setRange(0, 600);
    m_leaseWait->setSuffix(tr(" s"));
    m_leaseWait->setToolTip(tr("A fenced host's disk leases can outlive it on shared storage (NFS v4: 90 s, "
                               "sanlock: about 80 s). A restart refused because a disk is still leased is retried "
                               "this long before the fence is called ineffective; nothing else of that failover "
                               "starts meanwhile."));
    m_maxRestarts->setRange(1, 1000);
    m_window->setRange(1, 10080);
    m_window->setSuffix(tr(" min"));
    m_spare->setRange(0, 100);
    m_overcommit->setRange(0.1, 64.0);
    m_overcommit->setSingleStep(0.5);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Keepalive &interval:"), m_keepaliveInterval);
    form->addRow(tr("Keepalive &count:"), m_keepaliveCount);
    form->addRow(tr("&Grace after the link is lost:"), m_grace);
    form->addRow(tr("Wait for &disk leases after a fence:"), m_leaseWait);
    form->addRow(tr("&Max restarts per guest:"), m_maxRestarts);
    form->addRow(tr("… within:"), m_window);
    form->addRow(tr("&Spare capacity for host failures:"), m_spare);
    form->addRow(tr("v&CPU overcommit on targets:"), m_overcommit);
    // Neither the engine nor the Pacemaker export moves guests back yet: an
    // option that did nothing must not look like one that works.
    m_failback->setEnabled(false);
    form->addRow(QString(), m_failback);
}

void LimitsPage::initializePage()
{
    const Ha::Policy &p = m_wizard->draft();
    m_keepaliveInterval->setValue(p.keepaliveInterval);
    m_keepaliveCount->setValue(p.keepaliveCount);
    m_grace->setValue(p.graceSeconds);
    m_leaseWait->setValue(p.leaseWaitSeconds);
    m_maxRestarts->setValue(p.maxRestarts);
    m_window->setValue(p.restartWindowMinutes);
    m_spare->setValue(p.spareHostFailures);
    m_overcommit->setValue(p.vcpuOvercommit);
    m_failback->setChecked(p.failback);
}

bool LimitsPage::validatePage()
{
    Ha::Policy &p = m_wizard->draft();
    p.keepaliveInterval = m_keepaliveInterval->value();
    p.keepaliveCount = m_keepaliveCount->value();
    p.graceSeconds = m_grace->value();
    p.leaseWaitSeconds = m_leaseWait->value();
    p.maxRestarts = m_maxRestarts->value();
    p.restartWindowMinutes = m_window->value();
    p.spareHostFailures = m_spare->value();
    p.vcpuOvercommit = m_overcommit->value();
    p.failback = m_failback->isChecked();
    return true;
}

// ---- Review ------------------------------------------------------------------------

ReviewPage::ReviewPage(PolicyWizard *wizard)
    : m_wizard(wizard), m_summary(new QLabel(this)), m_dryRun(new DryRunView(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("What would happen with this policy if each host died now."));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_dryRun);
}

void ReviewPage::showPlans(const QList<Ha::FailoverPlan> &plans)
{
    const int unplaced = m_dryRun->showPlans(plans).unplaced;
    const Ha::Policy &p = m_wizard->draft();
    QString text = tr("<b>%1</b>: %n explicit guest(s)", nullptr, int(p.guests.size())).arg(p.name.toHtmlEscaped());
    if (!p.namePattern.isEmpty())
        text += tr(", pattern %1").arg(p.namePattern.toHtmlEscaped());
    Ha::Policy asIfEnabled = p;   // the dry run shows what this policy would do
    asIfEnabled.enabled = true;
    text += u"<br>"_s + Ha::dryRunVerdict(plans, Ha::PolicyIndex({asIfEnabled})).toHtmlEscaped();
    // Admission control: warn (the administrator decides) when the spare
    // capacity the policy asks for is not there. Checked for one host
    // failure; more simultaneous failures are not simulated yet.
    if (p.spareHostFailures >= 1 && unplaced > 0)
        text += u"<br>"_s
                + Models::inStateColor(Models::StateColor::Bad,
                                       tr("Admission control: the cluster cannot absorb %n host failure(s) with "
                                          "these members.", nullptr, p.spareHostFailures));
    if (p.restartWithoutFencing)
        text += u"<br>"_s
                + Models::inStateColor(Models::StateColor::Bad, tr("Restarts without fencing: split-brain risk."));
    // Detection is per host connection: say where a host's own keepalive
    // is slower than this policy asks for (Edit Host changes it).
    const ClusterManager &cluster = *m_wizard->session()->cluster();
    const Ha::PolicyIndex members({p});
    for (const HostConfig &h : cluster.hosts()) {
        const QList<DomainInfo> guests = cluster.domains(h.id);
        const bool hasMembers = std::any_of(guests.cbegin(), guests.cend(),
                                            [&](const DomainInfo &d) { return bool(members.lookup(d.name)); });
        if (hasMembers && h.keepaliveInterval * (h.keepaliveCount + 1) > p.keepaliveInterval * (p.keepaliveCount + 1))
            text += u"<br>"_s + tr("%1 detects a failure after up to %2 s (keepalive %3 s × %4); this policy asks "
                                    "for %5 s. Change it with Host ▸ Edit Host.")
                                     .arg(h.name.toHtmlEscaped())
                                     .arg(h.keepaliveInterval * (h.keepaliveCount + 1))
                                     .arg(h.keepaliveInterval).arg(h.keepaliveCount)
                                     .arg(p.keepaliveInterval * (p.keepaliveCount + 1));
    }
    m_summary->setText(text);
    m_ready = true;
    Q_EMIT completeChanged();
}

void ReviewPage::initializePage()
{
    m_ready = false;
    m_summary->setText(tr("Simulating…"));
    QList<Ha::Policy> policies;
    for (const Ha::Policy &p : m_wizard->session()->policies())
        if (p.name != m_wizard->draft().name)
            policies.append(p);
    policies.append(m_wizard->draft());
    const quint64 simulation = ++m_simulation;
    Jobs::run(this, [snapshot = Ha::ClusterSnapshot::capture(*m_wizard->session()->cluster()), policies]() {
        return Ha::planAllHosts(snapshot, Ha::PolicyIndex(policies));
    }, [this, simulation](const QList<Ha::FailoverPlan> &plans) {
        if (simulation == m_simulation)
            showPlans(plans);
    });
}

bool ReviewPage::isComplete() const
{
    return m_ready;
}

} // namespace Vigil::Ui
