#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Vigil::Backup {

// Which guests a job protects. The lists add up: a guest named in `guests`,
// matching one of `patterns` (shell wildcards on the name) or a member of
// one of `policies` (failover policies) is in.
struct GuestSelection {
    QStringList guests;
    QStringList patterns;
    QStringList policies;
    bool isEmpty() const { return guests.isEmpty() && patterns.isEmpty() && policies.isEmpty(); }
    bool matchesName(const QString &name) const;   // guests and patterns only
    // Whether the guest may be in: named or matched, or possibly a member
    // of a policy (which a name alone cannot tell).
    bool mayInclude(const QString &name) const { return !policies.isEmpty() || matchesName(name); }
    bool operator==(const GuestSelection &) const = default;
};

struct Schedule {
    enum class Kind { Manual, EveryHours, Daily, Weekly };
    Kind kind = Kind::Daily;
    int everyHours = 24;          // EveryHours
    QTime at = QTime(1, 0);       // Daily and Weekly, local time
    QList<int> weekdays;          // Weekly: 1 = Monday ... 7 = Sunday
    bool operator==(const Schedule &) const = default;
};

// Proxmox's rules: the newest `last` backups, plus the newest backup of each
// of the last `daily` days, `weekly` ISO weeks and `monthly` months that have
// one. A guest's newest backup is always kept; 0 everywhere keeps all.
struct Retention {
    int last = 3;
    int daily = 7;
    int weekly = 4;
    int monthly = 6;
    bool keepsEverything() const { return last == 0 && daily == 0 && weekly == 0 && monthly == 0; }
    bool operator==(const Retention &) const = default;
};

enum class BackupMode {
    Incremental,   // from the guest's last checkpoint; a full backup when there is none
    Full,
};

// How a running guest's data reaches the target.
enum class Transfer {
    // Pull for hosts on another machine, push for this machine's own hosts
    // (local URIs and loopback addresses) and for pool targets.
    Auto,
    // The host's QEMU writes the files: the target must be at the same path
    // on the host (shared mount) and here.
    Push,
    // QEMU exports the disks over NBD and this machine reads them: the
    // target only has to exist here.
    Pull,
};

struct BackupJob {
    qint64 id = 0;
    QString name;
    bool enabled = true;
    GuestSelection selection;
    Schedule schedule;
    // A directory that this machine and the hosts' QEMU see under the same
    // path (local disk for a local host, or a shared mount): QEMU writes
    // running guests' backups there itself.
    QString targetDirectory;
    // Or a storage pool of a host: its directory (a dir, fs or netfs pool's
    // target path, as that host's libvirt reports it) is the target. Set
    // both or neither; then targetDirectory stays empty.
    QString targetPoolHost;
    QString targetPool;
    // Where a copy of every new backup goes, checked after copying: a
    // directory of this machine (another disk, an NFS mount) or a directory
    // on another server, "ssh://[user@]server[:port]/directory", reached
    // with sftp and trusted by the pinned `mirrorHostKey` only. Empty: no mirror.
    QString mirror;
    QString mirrorHostKey;        // ssh: "ssh-ed25519 AAAA…" (public; ssh-keyscan prints it)
    QString mirrorIdentity;       // ssh: private key file; empty: ssh's own (agent, ~/.ssh/id_*)
    // The mirror's own retention: it keeps each guest's newest N backups
    // (with the backups they build on) however long the target keeps them.
    // 0: a mirror copy goes when its backup goes.
    int mirrorKeepLast = 0;
    Transfer transfer = Transfer::Auto;
    BackupMode mode = BackupMode::Incremental;
    // A full backup at least every N runs of a guest, so chains stay short
    // and retention can let old chains go. 0: never forced.
    int fullEvery = 7;
    Retention retention;
    int concurrency = 1;          // guests backed up at the same time
    int bandwidthMiBs = 0;        // stopped guests' copies; 0: unlimited
    bool quiesce = true;          // freeze filesystems through the guest agent when it answers
    bool verifyAfter = true;      // re-read and check every artifact after it is written
    int reverifyDays = 0;         // re-check every kept backup this often (bit rot, a tampered target); 0: never
    // Recovery point objective: every covered guest's newest good backup
    // (verified when the job verifies) is at most this old, else the backup
    // alert says which guest misses it. 0: no objective.
    int rpoHours = 0;
    // Restore drills: every covered guest's newest good backup is restored
    // as a test (started with its network cut, checked, removed) at least
    // every `drillEveryDays`, the longest-undrilled guest first, at most
    // `drillAtOnce` at a time, on `drillHost` (empty: the host the backup
    // came from). A failed drill raises the backup alert. 0: no drills.
    int drillEveryDays = 0;
    int drillAtOnce = 1;
    QString drillHost;
    bool operator==(const BackupJob &) const = default;
};

// Whether guests of a host reached at `uri` are pulled (Transfer::Auto
// decides by the URI: remote and not a loopback address).
bool pullsFrom(const BackupJob &job, const QString &uri);
QString transferName(Transfer transfer);            // "auto", "push", "pull"

// "/srv/backup", or "pool backup on host1".
QString targetText(const BackupJob &job);

// Problems that make a job unusable, as sentences; empty when valid.
QStringList validateJob(const BackupJob &job);

QByteArray jobToJson(const BackupJob &job);
struct JobParse {
    bool ok = false;
    BackupJob job;
    QStringList errors;
};
JobParse jobFromJson(const QByteArray &json);

QString scheduleText(const Schedule &schedule);     // "daily at 01:00", translated
QString retentionText(const Retention &retention);  // "last 3, daily 7, ...", translated

} // namespace Vigil::Backup

Q_DECLARE_METATYPE(Vigil::Backup::BackupJob)
