#include "migratedialog.h"
#include "models/statecolors.h"

#include "core/migration/migrationmanager.h"
#include "core/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigil::Ui {
namespace {

constexpr HostId kBestHost = 0;

QString cpuKey(const QString &uuid, HostId target) { return uuid + u"->" + QString::number(target); }

QColor resultColor(Migration::Check::Result r)
{
    switch (r) {
    case Migration::Check::Result::Pass:    return Models::stateColor(Models::StateColor::Good);
    case Migration::Check::Result::Warning: return Models::stateColor(Models::StateColor::Warning);
    case Migration::Check::Result::Fail:    return Models::stateColor(Models::StateColor::Bad);
    case Migration::Check::Result::Unknown: return Models::stateColor(Models::StateColor::Neutral);
    }
    return {};
}

QString resultLabel(Migration::Check::Result r)
{
    switch (r) {
    case Migration::Check::Result::Pass:    return MigrateDialog::tr("pass");
    case Migration::Check::Result::Warning: return MigrateDialog::tr("warning");
    case Migration::Check::Result::Fail:    return MigrateDialog::tr("fail");
    case Migration::Check::Result::Unknown: return MigrateDialog::tr("could not be checked");
    }
    return {};
}

} // namespace

MigrateDialog::MigrateDialog(Session *session, const QList<GuestRef> &guests, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_guests(guests)
    , m_target(new QComboBox(this))
    , m_live(new QRadioButton(tr("&Live (the guest keeps running)"), this))
    , m_offline(new QRadioButton(tr("O&ffline (move a shut-off guest's definition)"), this))
    , m_cold(new QRadioButton(tr("&Cold relocation (shut down, define on the target, start there) — for hosts "
                                 "whose driver cannot migrate"), this))
    , m_copyStorage(new QCheckBox(tr("Copy &disks that are not on shared storage"), this))
    , m_bandwidth(new QSpinBox(this))
    , m_autoConverge(new QCheckBox(tr("&Auto-converge (slow a busy guest down so the move finishes)"), this))
    , m_postCopy(new QCheckBox(tr("&Post-copy if pre-copy does not converge"), this))
    , m_compressed(new QCheckBox(tr("Co&mpress memory pages"), this))
    , m_concurrency(new QSpinBox(this))
    , m_checks(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_move(new QPushButton(tr("&Move"), this))
{
    setWindowTitle(guests.size() == 1 ? tr("Migrate %1").arg(guests.first().info.name)
                                      : tr("Migrate %n Guests", nullptr, int(guests.size())));
    ClusterManager *cluster = session->cluster();
    QSet<HostId> sources;
    bool anyActive = false;
    for (const GuestRef &g : guests) {
        sources.insert(g.host);
        anyActive = anyActive || g.info.isActive();
    }
    m_target->addItem(tr("Best host for each guest"), QVariant::fromValue<qint64>(kBestHost));
    for (const HostConfig &h : cluster->hosts()) {
        if (sources.size() == 1 && sources.contains(h.id))
            continue;
        const bool up = cluster->status(h.id).state == HostState::Up;
        m_target->addItem(up ? h.name : tr("%1 (%2)").arg(h.name, hostStateName(cluster->status(h.id).state)),
                          QVariant::fromValue<qint64>(h.id));
    }
    m_target->setAccessibleName(tr("Target host"));
    // Hosts whose driver cannot migrate (the demo's test driver) get cold
    // relocation, labelled as such; it is offered only for them.
    bool testDriver = false;
    for (const HostConfig &h : cluster->hosts())
        testDriver = testDriver || !Migration::driverCanMigrate(cluster->details(h.id).host);
    m_cold->setVisible(testDriver);
    m_cold->setChecked(testDriver);
    m_live->setChecked(!testDriver && anyActive);
    m_offline->setChecked(!testDriver && !anyActive);
    m_bandwidth->setRange(0, 100000);
    m_bandwidth->setSpecialValueText(tr("unlimited"));
    m_bandwidth->setSuffix(tr(" MiB/s"));
    m_autoConverge->setChecked(true);
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(session->migrations()->concurrency());
    m_concurrency->setToolTip(tr("How many moves run at the same time"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Why")});
    m_checks->setAccessibleName(tr("Pre-flight checklist"));
    m_checks->header()->setStretchLastSection(true);
    m_checks->setColumnWidth(0, 200);
    m_checks->setColumnWidth(1, 130);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_target);
    auto *mode = new QVBoxLayout;
    mode->addWidget(m_live);
    mode->addWidget(m_offline);
    mode->addWidget(m_cold);
    form->addRow(tr("Mode:"), mode);
    form->addRow(tr("&Bandwidth limit:"), m_bandwidth);
    form->addRow(QString(), m_copyStorage);
    form->addRow(QString(), m_autoConverge);
    form->addRow(QString(), m_postCopy);
    form->addRow(QString(), m_compressed);
    if (guests.size() > 1)
        form->addRow(tr("Moves at a &time:"), m_concurrency);
    else
        m_concurrency->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_move, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_move, &QPushButton::clicked, this, &MigrateDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Pre-flight checklist</b>"), this));
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &MigrateDialog::rebuild);
    connect(m_live, &QRadioButton::toggled, this, &MigrateDialog::rebuild);
    connect(m_cold, &QRadioButton::toggled, this, &MigrateDialog::rebuild);
    resize(760, 620);
    rebuild();
}

void MigrateDialog::askCpu(const GuestRef &guest, HostId target)
{
    const QString key = cpuKey(guest.info.uuid, target);
    if (m_cpu.contains(key) || m_pendingCpu.contains(key))
        return;
    m_pendingCpu.insert(key);
    m_session->cluster()->compareGuestCpu(target, guest.info, this, [this, key](const CpuComparison &answer) {
        m_pendingCpu.remove(key);
        m_cpu.insert(key, answer);
        rebuild();
    });
}

void MigrateDialog::rebuild()
{
    ClusterManager *cluster = m_session->cluster();
    const Ha::ClusterSnapshot snapshot = Ha::ClusterSnapshot::capture(*cluster);
    const QList<Ha::Policy> policies = m_session->policies();
    const HostId chosen = m_target->currentData().value<qint64>();
    const bool live = m_live->isChecked();
    const bool cold = m_cold->isChecked();
    m_checks->clear();
    m_movable.clear();
    QHash<HostId, qint64> reserved;
    int blocked = 0;
    for (const GuestRef &guest : std::as_const(m_guests)) {
        HostId target = chosen;
        if (target == kBestHost)
            target = Migration::bestTarget(snapshot, guest.host, guest.info.uuid, policies, reserved, cold);
        auto *item = new QTreeWidgetItem(m_checks);
        item->setFirstColumnSpanned(false);
        const QString from = cluster->host(guest.host).name;
        if (!target) {
            item->setText(0, tr("%1 (on %2)").arg(guest.info.name, from));
            item->setText(1, tr("cannot move"));
            item->setForeground(1, resultColor(Migration::Check::Result::Fail));
            item->setText(2, tr("no host passes the checks for this guest"));
            // Say, host by host, what failed first.
            for (const Ha::ClusterSnapshot::Host &candidate : snapshot.hosts) {
                if (candidate.id == guest.host)
                    continue;
                QString why = candidate.up ? QString() : tr("%1 is not up").arg(candidate.name);
                if (why.isEmpty()) {
                    for (const Migration::Check &check : Migration::preflight(snapshot, guest.host, candidate.id,
                                                                              guest.info.uuid, policies, {}, cold)) {
                        if (check.result == Migration::Check::Result::Fail) {
                            why = check.name + QStringLiteral(": ") + check.reason;
                            break;
                        }
                    }
                }
                auto *line = new QTreeWidgetItem(item, {candidate.name, resultLabel(Migration::Check::Result::Fail), why});
                line->setForeground(1, resultColor(Migration::Check::Result::Fail));
                line->setToolTip(2, why);
            }
            item->setExpanded(true);
            ++blocked;
            continue;
        }
        askCpu(guest, target);
        const CpuComparison cpu = m_cpu.value(cpuKey(guest.info.uuid, target),
                                              {CpuComparison::Verdict::Unknown,
                                               tr("asking %1…").arg(cluster->host(target).name)});
        QList<Migration::Check> checks = Migration::preflight(snapshot, guest.host, target, guest.info.uuid, policies, cpu,
                                                              cold);
        if (cold && !Migration::needsColdRelocation(snapshot, guest.host, target))
            checks.prepend({tr("Mode"), Migration::Check::Result::Fail,
                            tr("both hosts can migrate: use a live or offline move")});
        if (!cold && live && !guest.info.isActive())
            checks.prepend({tr("Guest state"), Migration::Check::Result::Fail,
                            tr("%1 is not running: choose an offline move").arg(guest.info.name)});
        if (!cold && !live && guest.info.isActive())
            checks.prepend({tr("Guest state"), Migration::Check::Result::Fail,
                            tr("%1 is running: an offline move needs it shut off").arg(guest.info.name)});
        const bool blocks = Migration::blocks(checks);
        item->setText(0, tr("%1: %2 → %3").arg(guest.info.name, from, cluster->host(target).name));
        item->setText(1, blocks ? tr("cannot move") : tr("can move"));
        item->setForeground(1, resultColor(blocks ? Migration::Check::Result::Fail : Migration::Check::Result::Pass));
        for (const Migration::Check &check : std::as_const(checks)) {
            auto *line = new QTreeWidgetItem(item, {check.name, resultLabel(check.result), check.reason});
            line->setForeground(1, resultColor(check.result));
            line->setToolTip(2, check.reason);
        }
        item->setExpanded(m_guests.size() == 1 || blocks);
        if (blocks) {
            ++blocked;
        } else {
            m_movable.append({guest, target});
            reserved[target] += qint64(guest.info.memoryKiB);
        }
    }
    m_summary->setText(blocked == 0 ? tr("%n guest(s) can move.", nullptr, int(m_movable.size()))
                                    : tr("%1 of %2 guest(s) can move; the others stay where they are (see why above).")
                                          .arg(m_movable.size()).arg(m_guests.size()));
    m_move->setEnabled(!m_movable.isEmpty());
    Q_EMIT checklistUpdated();
}

QList<QPair<GuestRef, HostId>> MigrateDialog::movable() const
{
    return m_movable;
}

void MigrateDialog::submit()
{
    Migration::MigrationManager *moves = m_session->migrations();
    moves->setConcurrency(m_concurrency->value());
    Migration::MigrationOptions options;
    options.live = m_live->isChecked();
    options.coldRelocation = m_cold->isChecked();
    options.copyStorage = m_copyStorage->isChecked();
    options.bandwidthMiBs = m_bandwidth->value();
    options.autoConverge = m_autoConverge->isChecked();
    options.postCopy = m_postCopy->isChecked();
    options.compressed = m_compressed->isChecked();
    QList<quint64> ids;
    for (const auto &[guest, target] : std::as_const(m_movable)) {
        Migration::MigrationRequest request;
        request.source = m_session->cluster()->host(guest.host);
        request.target = m_session->cluster()->host(target);
        request.uuid = guest.info.uuid;
        request.guest = guest.info.name;
        request.options = options;
        request.user = EventRecord::currentUser();
        ids.append(moves->submit(request));
    }
    Q_EMIT submitted(ids);
    accept();
}

} // namespace Vigil::Ui
