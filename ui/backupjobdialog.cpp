#include "backupjobdialog.h"
#include "models/statecolors.h"

#include "core/backup/sshmirror.h"
#include "core/cluster/clustermanager.h"
#include "core/jobs.h"
#include "core/virt/sshhostkeys.h"
#include "core/session.h"
#include "core/naturalorder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {
using namespace Vigil::Backup;
namespace {

QListWidgetItem *checkItem(QListWidget *list, const QString &text, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QStringList checkedItems(const QListWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            result << list->item(i)->data(Qt::UserRole).toString();
    return result;
}

QSpinBox *spin(int min, int max, int value, const QString &special = {})
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setValue(value);
    if (!special.isEmpty())
        box->setSpecialValueText(special);
    return box;
}

// A line edit with a "…" button that picks a directory.
QWidget *directoryField(QLineEdit *edit, QWidget *parent, const QString &title)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    auto *browse = new QToolButton;
    browse->setText(QObject::tr("…"));
    browse->setAccessibleName(title);
    browse->setToolTip(title);
    QObject::connect(browse, &QToolButton::clicked, parent, [edit, parent, title] {
        const QString dir = QFileDialog::getExistingDirectory(parent, title, edit->text());
        if (!dir.isEmpty())
            edit->setText(dir);
    });
    layout->addWidget(browse);
    return row;
}

} // namespace

BackupJobDialog::BackupJobDialog(Session *session, const BackupJob &job, QWidget *parent)
    : QDialog(parent), m_session(session), m_id(job.id)
{
    setWindowTitle(job.id == 0 ? tr("New Backup Job") : tr("Edit Backup Job %1").arg(job.name));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_name = new QLineEdit(job.name);
    m_name->setPlaceholderText(tr("e.g. nightly-databases"));
    top->addRow(tr("&Name:"), m_name);
    m_enabled = new QCheckBox(tr("&Enabled (runs on its schedule)"));
    m_enabled->setChecked(job.enabled);
    top->addRow(QString(), m_enabled);
    layout->addLayout(top);

    auto *tabs = new QTabWidget;
    tabs->addTab(buildGuests(job), tr("&Guests"));
    tabs->addTab(buildSchedule(job), tr("&Schedule"));
    tabs->addTab(buildStorage(job), tr("S&torage and retention"));
    tabs->addTab(buildMirror(job), tr("M&irror"));
    layout->addWidget(tabs, 1);

    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(Models::stateStyleSheet(Models::StateColor::Bad));
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_patterns, m_target, m_mirror, m_mirrorHostKey, m_mirrorIdentity})
        connect(edit, &QLineEdit::textChanged, this, &BackupJobDialog::validate);
    for (QListWidget *list : {m_guests, m_policies})
        connect(list, &QListWidget::itemChanged, this, &BackupJobDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BackupJobDialog::validate);
    for (QCheckBox *day : std::as_const(m_weekdays))
        connect(day, &QCheckBox::toggled, this, &BackupJobDialog::validate);
    resize(640, 560);
    validate();
}

QWidget *BackupJobDialog::buildGuests(const BackupJob &job)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_guests = new QListWidget;
    m_guests->setAccessibleName(tr("Guests to back up"));
    // Every guest Vigil knows, by name; names in the job that are not known
    // (a host down) stay listed and ticked.
    QStringList names;
    for (const HostConfig &host : m_session->cluster()->hosts())
        for (const DomainInfo &d : m_session->cluster()->domains(host.id))
            if (!names.contains(d.name))
                names << d.name;
    for (const QString &name : job.selection.guests)
        if (!names.contains(name))
            names << name;
    naturalSort(names);
    for (const QString &name : std::as_const(names))
        checkItem(m_guests, name, job.selection.guests.contains(name))->setData(Qt::UserRole, name);
    form->addRow(tr("Guests:"), m_guests);
    m_patterns = new QLineEdit(job.selection.patterns.join(u", "_s));
    m_patterns->setPlaceholderText(tr("name patterns, comma-separated, e.g. db-*, web-?"));
    form->addRow(tr("&Patterns:"), m_patterns);
    m_policies = new QListWidget;
    m_policies->setAccessibleName(tr("Failover policies whose members are backed up"));
    m_policies->setMaximumHeight(90);
    for (const Ha::Policy &p : m_session->policies())
        checkItem(m_policies, p.name, job.selection.policies.contains(p.name))->setData(Qt::UserRole, p.name);
    form->addRow(tr("Members of\nfailover policies:"), m_policies);
    return page;
}

QWidget *BackupJobDialog::buildSchedule(const BackupJob &job)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_kind = new QComboBox;
    m_kind->addItems({tr("Manual only"), tr("Every N hours"), tr("Daily"), tr("Weekly")});
    m_kind->setCurrentIndex(int(job.schedule.kind));
    form->addRow(tr("&Runs:"), m_kind);
    m_everyHours = spin(1, 744, job.schedule.everyHours);
    m_everyHours->setSuffix(tr(" h"));
    form->addRow(tr("&Every:"), m_everyHours);
    m_at = new QTimeEdit(job.schedule.at);
    m_at->setDisplayFormat(u"HH:mm"_s);
    form->addRow(tr("&At:"), m_at);
    auto *days = new QWidget;
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat));
        box->setChecked(job.schedule.weekdays.contains(d));
        daysLayout->addWidget(box);
        m_weekdays << box;
    }
    form->addRow(tr("On:"), days);
    auto *note = new QLabel(tr("Times are this machine's local time. A run missed while no Vigil console or "
                               "agent was running is made up once at the next start."));
    note->setWordWrap(true);
    form->addRow(note);
    const auto sync = [this] {
        const auto kind = Schedule::Kind(m_kind->currentIndex());
        m_everyHours->setEnabled(kind == Schedule::Kind::EveryHours);
        m_at->setEnabled(kind == Schedule::Kind::Daily || kind == Schedule::Kind::Weekly);
        for (QCheckBox *box : std::as_const(m_weekdays))
            box->setEnabled(kind == Schedule::Kind::Weekly);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, sync);
    sync();

    // Restore drills: a backup nobody restored is a hope.
    m_drillEvery = spin(0, 366, job.drillEveryDays, tr("no drills"));
    m_drillEvery->setPrefix(tr("every "));
    m_drillEvery->setSuffix(tr(" days per guest"));
    m_drillEvery->setToolTip(tr("Restores each guest's newest backup as a test guest (network cut), checks that it "
                                "runs, and removes it: the guest not drilled for longest first. A failed drill "
                                "raises the backup alert."));
    form->addRow(tr("Restore &drills:"), m_drillEvery);
    m_drillAtOnce = spin(1, 16, job.drillAtOnce);
    m_drillAtOnce->setSuffix(tr(" at a time"));
    form->addRow(tr("Drills at o&nce:"), m_drillAtOnce);
    m_drillHost = new QComboBox;
    m_drillHost->addItem(tr("The host the backup came from"), QString());
    QStringList hosts;
    for (const HostConfig &host : m_session->cluster()->hosts())
        hosts << host.name;
    std::sort(hosts.begin(), hosts.end(), naturalLess);
    for (const QString &name : std::as_const(hosts))
        m_drillHost->addItem(name, name);
    if (!job.drillHost.isEmpty() && m_drillHost->findData(job.drillHost) < 0)
        m_drillHost->addItem(job.drillHost, job.drillHost);   // a host removed since: still said
    m_drillHost->setCurrentIndex(m_drillHost->findData(job.drillHost));
    form->addRow(tr("Drill &on:"), m_drillHost);
    const auto syncDrills = [this, form] {
        form->setRowVisible(m_drillAtOnce, m_drillEvery->value() > 0);
        form->setRowVisible(m_drillHost, m_drillEvery->value() > 0);
    };
    connect(m_drillEvery, &QSpinBox::valueChanged, this, syncDrills);
    syncDrills();
    return page;
}

QWidget *BackupJobDialog::buildStorage(const BackupJob &job)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_targetKind = new QComboBox;
    m_targetKind->addItems({tr("A directory"), tr("A storage pool of a host")});
    form->addRow(tr("Back up &into:"), m_targetKind);
    m_target = new QLineEdit(job.targetDirectory);
    m_target->setPlaceholderText(tr("/srv/backup"));
    m_targetRow = directoryField(m_target, this, tr("Choose the target directory"));
    form->addRow(tr("&Target directory:"), m_targetRow);
    // Directory-based pools (their path is where QEMU writes), from the inventory.
    m_pool = new QComboBox;
    m_pool->setAccessibleName(tr("Target storage pool"));
    for (const HostConfig &host : m_session->cluster()->hosts())
        for (const StoragePoolInfo &pool : m_session->cluster()->details(host.id).pools)
            if (pool.type == u"dir" || pool.type == u"fs" || pool.type == u"netfs")
                m_pool->addItem(tr("%1 on %2 — %3").arg(pool.name, host.name, pool.targetPath),
                                QStringList{host.name, pool.name});
    if (!job.targetPool.isEmpty()) {
        const QStringList wanted{job.targetPoolHost, job.targetPool};
        if (m_pool->findData(wanted) < 0)
            m_pool->addItem(tr("%1 on %2 (not known now)").arg(job.targetPool, job.targetPoolHost), wanted);
        m_pool->setCurrentIndex(m_pool->findData(wanted));
        m_targetKind->setCurrentIndex(1);
    }
    form->addRow(tr("Storage &pool:"), m_pool);
    // How running guests' data gets here; a pool target is always written by its host.
    m_transfer = new QComboBox;
    m_transfer->addItem(tr("Automatic: pull from hosts on other machines, push on this one"),
                        QVariant::fromValue(int(Transfer::Auto)));
    m_transfer->addItem(tr("Pull: read the disks over the network (NBD) into this machine's directory"),
                        QVariant::fromValue(int(Transfer::Pull)));
    m_transfer->addItem(tr("Push: the hosts write into the directory (the same path there, a shared mount)"),
                        QVariant::fromValue(int(Transfer::Push)));
    m_transfer->setCurrentIndex(m_transfer->findData(int(job.transfer)));
    // Long choices are elided in the closed box, not widening the dialog.
    m_transfer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_transfer->setMinimumContentsLength(32);
    form->addRow(tr("&Data transfer:"), m_transfer);
    const auto syncTarget = [this, form] {
        const bool pool = m_targetKind->currentIndex() == 1;
        form->setRowVisible(m_targetRow, !pool);
        form->setRowVisible(m_pool, pool);
        form->setRowVisible(m_transfer, !pool);
    };
    connect(m_targetKind, &QComboBox::currentIndexChanged, this, syncTarget);
    connect(m_targetKind, &QComboBox::currentIndexChanged, this, &BackupJobDialog::validate);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &BackupJobDialog::validate);
    syncTarget();
    m_mode = new QComboBox;
    m_mode->addItems({tr("Incremental (full when there is no chain)"), tr("Always full")});
    m_mode->setCurrentIndex(job.mode == BackupMode::Full ? 1 : 0);
    form->addRow(tr("M&ode:"), m_mode);
    m_fullEvery = spin(0, 365, job.fullEvery, tr("never forced"));
    m_fullEvery->setPrefix(tr("every "));
    m_fullEvery->setSuffix(tr(" runs"));
    form->addRow(tr("&Full backup:"), m_fullEvery);
    auto *keep = new QWidget;
    auto *keepLayout = new QHBoxLayout(keep);
    keepLayout->setContentsMargins(0, 0, 0, 0);
    m_keepLast = spin(0, 999, job.retention.last);
    m_keepDaily = spin(0, 999, job.retention.daily);
    m_keepWeekly = spin(0, 999, job.retention.weekly);
    m_keepMonthly = spin(0, 999, job.retention.monthly);
    const QList<std::pair<QString, QSpinBox *>> keeps{{tr("last"), m_keepLast}, {tr("daily"), m_keepDaily},
                                                      {tr("weekly"), m_keepWeekly}, {tr("monthly"), m_keepMonthly}};
    for (const auto &[label, box] : keeps) {
        auto *l = new QLabel(label);
        l->setBuddy(box);
        box->setAccessibleName(tr("keep %1").arg(label));
        keepLayout->addWidget(l);
        keepLayout->addWidget(box);
    }
    form->addRow(tr("&Keep:"), keep);
    auto *keepNote = new QLabel(tr("0 everywhere keeps every backup. Retention runs only after a run in which "
                                   "every guest succeeded, and never breaks an incremental chain."));
    keepNote->setWordWrap(true);
    form->addRow(keepNote);
    m_concurrency = spin(1, 16, job.concurrency);
    m_concurrency->setSuffix(tr(" guests at a time"));
    form->addRow(tr("&Concurrency:"), m_concurrency);
    m_bandwidth = spin(0, 100000, job.bandwidthMiBs, tr("unlimited"));
    m_bandwidth->setSuffix(tr(" MiB/s"));
    form->addRow(tr("&Bandwidth (shut-off guests):"), m_bandwidth);
    m_quiesce = new QCheckBox(tr("Freeze filesystems through the guest agent (application-consistent)"));
    m_quiesce->setChecked(job.quiesce);
    form->addRow(m_quiesce);
    m_verify = new QCheckBox(tr("Verify every backup after writing it (re-read, SHA-256, qemu-img check)"));
    m_verify->setChecked(job.verifyAfter);
    form->addRow(m_verify);
    m_reverify = spin(0, 366, job.reverifyDays, tr("never"));
    m_reverify->setPrefix(tr("every "));
    m_reverify->setSuffix(tr(" days"));
    m_reverify->setToolTip(tr("Re-read every kept backup this often and check its SHA-256: finds a damaged or "
                              "tampered target before a restore needs it. A failure raises an alert."));
    form->addRow(tr("&Re-verify kept backups:"), m_reverify);
    m_rpo = spin(0, 24 * 366, job.rpoHours, tr("none"));
    m_rpo->setSuffix(tr(" h"));
    m_rpo->setToolTip(tr("Recovery point objective: the backup alert names every guest whose newest good backup "
                         "is older than this."));
    form->addRow(tr("Recovery point ob&jective:"), m_rpo);
    return page;
}

QWidget *BackupJobDialog::buildMirror(const BackupJob &job)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *about = new QLabel(tr("Every new backup is copied to a second place and checked there (SHA-256). "
                                "Put it on another machine: a mirror beside the target is lost with it."));
    about->setWordWrap(true);
    form->addRow(about);
    m_mirror = new QLineEdit(job.mirror);
    m_mirror->setPlaceholderText(tr("optional: ssh://backup@server/srv/vigil, or a directory here"));
    form->addRow(tr("&Mirror to:"), directoryField(m_mirror, this, tr("Choose the mirror directory")));
    m_mirrorHostKey = new QLineEdit(job.mirrorHostKey);
    m_mirrorHostKey->setCursorPosition(0);   // the key's type first, not the end of its base64
    m_mirrorHostKey->setPlaceholderText(tr("the server's public host key, ssh-ed25519 AAAA…"));
    m_readHostKey = new QPushButton(tr("&Read From Server…"));
    m_readHostKey->setToolTip(tr("Ask the server for its key and show its fingerprint to compare"));
    auto *keyRow = new QWidget;
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_mirrorHostKey, 1);
    keyLayout->addWidget(m_readHostKey);
    form->addRow(tr("Server's host &key:"), keyRow);
    m_fingerprint = new QLabel;
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_fingerprint);
    m_mirrorIdentity = new QLineEdit(job.mirrorIdentity);
    m_mirrorIdentity->setPlaceholderText(tr("ssh's own: the agent, ~/.ssh/id_*"));
    form->addRow(tr("Login key &file:"), m_mirrorIdentity);
    m_mirrorKeepLast = spin(0, 9999, job.mirrorKeepLast, tr("as long as the backup"));
    m_mirrorKeepLast->setSuffix(tr(" newest per guest"));
    m_mirrorKeepLast->setToolTip(tr("The mirror's own retention: it can keep backups longer (or shorter) than "
                                    "the target; chains are kept whole."));
    form->addRow(tr("Mirror kee&ps:"), m_mirrorKeepLast);
    const auto syncServer = [this, form, keyRow] {
        const bool server = isSshLocation(m_mirror->text().trimmed());
        for (QWidget *row : {keyRow, static_cast<QWidget *>(m_fingerprint), static_cast<QWidget *>(m_mirrorIdentity)})
            form->setRowVisible(row, server);
        form->setRowVisible(m_mirrorKeepLast, !m_mirror->text().trimmed().isEmpty());
        const QByteArray blob = QByteArray::fromBase64(m_mirrorHostKey->text().section(u' ', 1, 1).toLatin1());
        m_fingerprint->setText(isHostKeyLine(m_mirrorHostKey->text())
                                   ? tr("Fingerprint: %1").arg(Virt::sshFingerprint(blob)) : QString());
    };
    connect(m_mirror, &QLineEdit::textChanged, this, syncServer);
    connect(m_mirrorHostKey, &QLineEdit::textChanged, this, syncServer);
    connect(m_readHostKey, &QPushButton::clicked, this, &BackupJobDialog::readHostKey);
    syncServer();
    return page;
}

void BackupJobDialog::readHostKey()
{
    BackupJob probe;
    probe.mirror = m_mirror->text().trimmed();
    probe.mirrorHostKey = u"ssh-ed25519 AAAA"_s;   // only the address is read here
    QString error;
    const std::optional<SshMirror> server = sshMirrorOf(probe, &error);
    if (!server) {
        QMessageBox::warning(this, tr("Read Host Key"), error);
        return;
    }
    m_readHostKey->setEnabled(false);
    Virt::HostEndpoint endpoint;
    endpoint.transport = u"ssh"_s;
    endpoint.host = server->host;
    endpoint.port = server->port;
    struct Scan {
        QList<Virt::SshHostKey> keys;
        QString error;
    };
    Jobs::run(this, [endpoint]() {
        Scan scan;
        scan.keys = Virt::scanHostKeys(endpoint, &scan.error);
        return scan;
    }, [this, host = server->host](const Scan &scan) {
        m_readHostKey->setEnabled(true);
        if (scan.keys.isEmpty()) {
            QMessageBox::warning(this, tr("Read Host Key"), tr("%1 did not offer a key: %2").arg(host, scan.error));
            return;
        }
        const Virt::SshHostKey &key = scan.keys.first();
        const auto answer = QMessageBox::question(
            this, tr("Pin Host Key"),
            tr("<p>%1 offers this SSH host key:</p><p><nobr><tt>%2</tt></nobr></p>"
               "<p>Compare it with the server's own before you pin it. On the server, run:</p>"
               "<pre>for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done</pre>"
               "<p>The mirror will trust this key only.</p>").arg(host.toHtmlEscaped(), key.fingerprint),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)   // known_hosts line: "host type key"
            m_mirrorHostKey->setText(QString::fromLatin1(key.knownHostsLine).section(u' ', 1, 2).trimmed());
    });
}

BackupJob BackupJobDialog::job() const
{
    BackupJob job;
    job.id = m_id;
    job.name = m_name->text().trimmed();
    job.enabled = m_enabled->isChecked();
    job.selection.guests = checkedItems(m_guests);
    for (const QString &p : m_patterns->text().split(u',', Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            job.selection.patterns << p.trimmed();
    job.selection.policies = checkedItems(m_policies);
    job.schedule.kind = Schedule::Kind(m_kind->currentIndex());
    job.schedule.everyHours = m_everyHours->value();
    job.schedule.at = m_at->time();
    for (int d = 0; d < m_weekdays.size(); ++d)
        if (m_weekdays[d]->isChecked())
            job.schedule.weekdays << d + 1;
    if (m_targetKind->currentIndex() == 1) {
        const QStringList pool = m_pool->currentData().toStringList();
        job.targetPoolHost = pool.value(0);
        job.targetPool = pool.value(1);
    } else {
        job.targetDirectory = m_target->text().trimmed();
    }
    job.mirror = m_mirror->text().trimmed();
    if (isSshLocation(job.mirror)) {
        job.mirrorHostKey = m_mirrorHostKey->text().trimmed();
        job.mirrorIdentity = m_mirrorIdentity->text().trimmed();
    }
    if (!job.mirror.isEmpty())
        job.mirrorKeepLast = m_mirrorKeepLast->value();
    job.transfer = job.targetPool.isEmpty() ? Transfer(m_transfer->currentData().toInt()) : Transfer::Auto;
    job.mode = m_mode->currentIndex() == 1 ? BackupMode::Full : BackupMode::Incremental;
    job.fullEvery = m_fullEvery->value();
    job.retention = {m_keepLast->value(), m_keepDaily->value(), m_keepWeekly->value(), m_keepMonthly->value()};
    job.concurrency = m_concurrency->value();
    job.bandwidthMiBs = m_bandwidth->value();
    job.quiesce = m_quiesce->isChecked();
    job.verifyAfter = m_verify->isChecked();
    job.reverifyDays = m_reverify->value();
    job.rpoHours = m_rpo->value();
    job.drillEveryDays = m_drillEvery->value();
    if (job.drillEveryDays > 0) {
        job.drillAtOnce = m_drillAtOnce->value();
        job.drillHost = m_drillHost->currentData().toString();
    }
    return job;
}

void BackupJobDialog::validate()
{
    const QStringList problems = validateJob(job());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace Vigil::Ui
