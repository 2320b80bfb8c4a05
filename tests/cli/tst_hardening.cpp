// Hardening regressions, each from a reproduction in the hardening issue:
// vigilctl run as a user (or an attacker with write access to the database)
// would run it. One ctest entry per function (label `hardening`).
#include "common/agentprocess.h"
#include "common/testsupport.h"

#include "core/backup/manifest.h"
#include "core/backup/restorecheck.h"
#include "core/ha/fencer.h"
#include "core/ha/pacemakerexport.h"
#include "core/store/database.h"
#include "core/virt/restorer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Vigil;
using Test::runVigilctl;

class TestHardening : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QString hostsAdd(const QString &name, const QString &uri, int expectedCode)
    {
        QString output;
        const int code = runVigilctl({u"--db"_qs, m_db, u"hosts"_qs, u"add"_qs, name, uri}, &output);
        if (code != expectedCode)
            qWarning("hosts add %s %s: exit %d: %s", qPrintable(name), qPrintable(uri), code, qPrintable(output));
        return code == expectedCode ? output : QString();
    }

    // Writes `path` until the file system holding it is full.
    static bool fillFileSystem(const QString &path)
    {
        QFile filler(path);
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        return true;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Bytes of the database and its WAL: what an attacker reading the files would see.
    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : {u""_qs, u"-wal"_qs}) {
            QFile f(m_db + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    }

    // Item 1: one refused command-transport host killed vigilctl with
    // SIGPIPE (exit 141) in about one start of four.
    void sigpipeNeverKillsTheProcess()
    {
        for (int i = 1; i <= 4; ++i)
            QVERIFY(!hostsAdd(QStringLiteral("refused%1").arg(i),
                              QStringLiteral("qemu+ssh://127.0.0.%1:1/system?no_tty=1").arg(i + 1), 0).isEmpty());
        for (int run = 0; run < 20; ++run) {
            QProcess p;
            p.start(QStringLiteral(VIGIL_VIGILCTL), {u"--db"_qs, m_db, u"hosts"_qs, u"list"_qs, u"--timeout"_qs, u"5"_qs});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 3);   // done, hosts unreachable
        }
    }

    // Item 2: `--out` replaced device nodes and FIFOs with a regular file.
    void outputRefusesSpecialFiles()
    {
        QList<QString> specials;
        const QString fifo = m_dir.filePath(u"fifo"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        specials << fifo;
        if (::geteuid() == 0) {
            const QString node = m_dir.filePath(u"null"_qs);
            QCOMPARE(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0600, makedev(1, 3)), 0);
            specials << node;
        }
        specials << m_dir.path();   // a folder
        for (const QString &special : std::as_const(specials)) {
            QString output;
            QCOMPARE(runVigilctl({u"--demo"_qs, u"report"_qs, u"--format"_qs, u"csv"_qs, u"--range"_qs, u"1h"_qs,
                                  u"--out"_qs, special}, &output), 1);
            QVERIFY2(output.contains(u"not a regular file"_qs), qPrintable(output));
            QVERIFY(!QFileInfo(special).isFile());
            QVERIFY(runVigilctl({u"--demo"_qs, u"export"_qs, u"pacemaker"_qs, u"--out"_qs, special}, &output) != 0);
            QVERIFY2(output.contains(u"not a regular file"_qs), qPrintable(output));
            QVERIFY(!QFileInfo(special).isFile());
        }
    }

    // Item 3: a full disk gave a 0-byte report, exit 0, the good file replaced.
    void fullDiskKeepsTheOldFileAndFails()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs");
        const QString mount = m_dir.filePath(u"small"_qs);
        QVERIFY(QDir().mkpath(mount));
        if (QProcess::execute(u"mount"_qs, {u"-t"_qs, u"tmpfs"_qs, u"-o"_qs, u"size=64k"_qs, u"vigil-full"_qs, mount}) != 0)
            QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN?)");
        const auto unmount = qScopeGuard([mount]() { QProcess::execute(u"umount"_qs, {mount}); });
        const QString report = mount + u"/report.json"_qs;
        QFile good(report);
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("{\"good\": true}\n");
        good.close();
        // Fill the rest of the file system.
        QVERIFY(fillFileSystem(mount + u"/filler"_qs));
        QString output;
        const int code = runVigilctl({u"--demo"_qs, u"report"_qs, u"--format"_qs, u"json"_qs, u"--range"_qs, u"1h"_qs,
                                      u"--out"_qs, report}, &output);
        QVERIFY2(code != 0, qPrintable(output));
        QVERIFY2(output.contains(u"Cannot write"_qs), qPrintable(output));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QCOMPARE(good.readAll(), QByteArray("{\"good\": true}\n"));
        good.close();
        // No temporary file left behind.
        QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
    }

    // Item 4: a URI with user:password@ was stored and shown everywhere.
    void uriWithAPasswordIsRefused()
    {
        QString output;
        QCOMPARE(runVigilctl({u"--db"_qs, m_db, u"hosts"_qs, u"add"_qs, u"x"_qs,
                              u"qemu+ssh://root:s3cr3t-pw@10.0.0.1/system"_qs}, &output), 1);
        QVERIFY2(output.contains(u"password"_qs), qPrintable(output));
        QVERIFY(!output.contains(u"s3cr3t-pw"_qs));   // not echoed either
        QVERIFY(!databaseBytes().contains("s3cr3t-pw"));
    }

    // Item 5: command transports stored in the database ran code.
    void commandTransportsAreRefusedAndNeverRun()
    {
        const QString marker = m_dir.filePath(u"ran"_qs);
        const QString script = m_dir.filePath(u"evil.sh"_qs);
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(("#!/bin/sh\ntouch '" + marker + "'\n").toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QString output;
        QCOMPARE(runVigilctl({u"--db"_qs, m_db, u"hosts"_qs, u"add"_qs, u"a"_qs,
                              u"qemu+ext:///system?command="_qs + script}, &output), 1);
        QVERIFY2(output.contains(u"ext transport"_qs), qPrintable(output));
        QCOMPARE(runVigilctl({u"--db"_qs, m_db, u"hosts"_qs, u"add"_qs, u"b"_qs,
                              u"qemu+ssh://127.0.0.1/system?command="_qs + script}, &output), 1);
        QVERIFY2(output.contains(u"\"command\""_qs), qPrintable(output));
        // libvirt reads parameter names ignoring case and after decoding them.
        for (const QString &spelling : {u"Command"_qs, u"%63ommand"_qs, u"NETCAT"_qs})
            QCOMPARE(runVigilctl({u"--db"_qs, m_db, u"hosts"_qs, u"add"_qs, u"c"_qs,
                                  u"qemu+ssh://127.0.0.1/system?%1="_qs.arg(spelling) + script}, &output), 1);
        // Written straight into the database (by whoever can write it): never opened.
        {
            const auto opened = Store::Database::open(m_db, u"attacker"_qs);
            QVERIFY(opened.ok);
            QSqlQuery q(opened.db);
            QVERIFY(q.exec(u"INSERT INTO hosts (name, uri, created_at) VALUES ('evil', "
                           "'qemu+ssh://127.0.0.1/system?command="_qs + script + u"', '2026-01-01T00:00:00Z')"_qs));
        }
        Store::Database::close(u"attacker"_qs);
        QCOMPARE(runVigilctl({u"--db"_qs, m_db, u"hosts"_qs, u"list"_qs, u"--timeout"_qs, u"5"_qs}, &output), 3);
        QVERIFY2(output.contains(u"not connected"_qs), qPrintable(output));
        QVERIFY(!QFileInfo::exists(marker));
    }

    // Item 6: names starting with "--", carrying escape sequences, or
    // differing only by case from another host.
    void hostNamesAreStrict()
    {
        const QString uri = Test::nodeUri(u"node-small.xml"_qs);
        QVERIFY(!hostsAdd(u"--evil"_qs, uri, 1).isEmpty());
        QVERIFY(!hostsAdd(u"red\x1b[31mhost"_qs, uri, 1).isEmpty());
        QVERIFY(!hostsAdd(u"tab\thost"_qs, uri, 1).isEmpty());
        QVERIFY(!hostsAdd(u"kvm1"_qs, uri, 0).isEmpty());
        const QString output = hostsAdd(u"KVM1"_qs, uri + u"?other=1"_qs, 1);
        QVERIFY2(output.contains(u"already exists"_qs), qPrintable(output));
        QVERIFY(!hostsAdd(u"数据库-1"_qs, uri + u"?other=2"_qs, 0).isEmpty());   // any printable name is fine
        QVERIFY(!hostsAdd(u"kvm-\U00020000"_qs, uri + u"?other=3"_qs, 0).isEmpty());   // beyond the BMP too
    }

    // Items 4 and 6: the fence argv was logged with its --password and the
    // fence program's output was logged as it came; placeholders were
    // expanded twice ({address} inside a host name was substituted).
    void fenceSecretsNeverLeave()
    {
        const QStringList expanded = Ha::Fencer::expand({u"fence"_qs, u"--plug={host}"_qs, u"--ip={address}"_qs},
                                                        {u"x{address}"_qs, u"qemu:///system"_qs, u"10.0.0.9"_qs});
        QCOMPARE(expanded, QStringList({u"fence"_qs, u"--plug=x{address}"_qs, u"--ip=10.0.0.9"_qs}));

        const Ha::Fencer::Redacted redacted = Ha::Fencer::redact(
            {u"/usr/sbin/fence_ipmilan"_qs, u"--ip"_qs, u"bmc1"_qs, u"--password"_qs, u"pw-one"_qs, u"-p"_qs,
             u"pw-two"_qs, u"--password=pw-three"_qs, u"--snmp-priv-passwd=pw-four"_qs,
             u"--password-script=/etc/vigil/pw.sh"_qs, u"-l"_qs, u"admin"_qs, u"--action"_qs, u"off"_qs});
        QCOMPARE(redacted.argv,
                 QStringList({u"/usr/sbin/fence_ipmilan"_qs, u"--ip"_qs, u"bmc1"_qs, u"--password"_qs, u"***"_qs,
                              u"-p"_qs, u"***"_qs, u"--password=***"_qs, u"--snmp-priv-passwd=***"_qs,
                              u"--password-script=/etc/vigil/pw.sh"_qs, u"-l"_qs, u"admin"_qs, u"--action"_qs,
                              u"off"_qs}));
        QCOMPARE(redacted.secrets, QStringList({u"pw-one"_qs, u"pw-two"_qs, u"pw-three"_qs, u"pw-four"_qs}));

        // A fence agent that echoes its command line (verbose mode, usage text).
        Ha::Fencer fencer;
        QSignalSpy done(&fencer, &Ha::Fencer::finished);
        fencer.run(Ha::FenceAction{{u"/bin/sh"_qs, u"-c"_qs, u"echo \"logging in with $1 $2\"; exit 1"_qs, u"sh"_qs,
                                    u"--password=pw-five"_qs, u"{host}"_qs}, 5},
                   {u"kvm1"_qs, {}, {}});
        QTRY_COMPARE(done.count(), 1);
        const QString message = done.first().at(1).toString();
        QVERIFY2(message.contains(u"logging in with --password=*** kvm1"_qs), qPrintable(message));
        QVERIFY(!message.contains(u"pw-five"_qs));

        // The exported CIB carries the fence credentials: readable by its owner only.
        const QString cib = m_dir.filePath(u"cib.xml"_qs);
        QString output;
        // (Exit 3: the demo has a host that is down; the file is written all the same.)
        const int code = runVigilctl({u"--demo"_qs, u"export"_qs, u"pacemaker"_qs, u"--out"_qs, cib}, &output);
        QVERIFY2((code == 0 || code == 3) && QFileInfo(cib).isFile(), qPrintable(output));
        QCOMPARE(QFileInfo(cib).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Item 6: `backup restore RUN --as '../escape-test' --disk-dir D` wrote
    // outside D before libvirt refused the name.
    void restoreNameCannotLeaveTheDiskFolder()
    {
        // A backup as Vigil writes it: manifest, saved definition, one disk file.
        const QString backup = m_dir.filePath(u"backup/20261127T010000-r1"_qs);
        QVERIFY(QDir().mkpath(backup));
        Backup::Manifest manifest;
        manifest.guestName = u"db-1"_qs;
        manifest.guestUuid = u"6f0e8e2a-1111-4a4a-9d9d-000000000001"_qs;
        manifest.createdAt = QDateTime::currentDateTimeUtc();
        manifest.disks = {{u"vda"_qs, u"/var/lib/libvirt/images/db-1.qcow2"_qs, u"vda.qcow2"_qs, u"qcow2"_qs, 1 << 20}};
        manifest.files = {{u"vda.qcow2"_qs, 0, {}}};
        const auto write = [&backup](const QString &name, const QByteArray &content) {
            QFile f(QDir(backup).filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
        };
        QVERIFY(write(QLatin1String(Backup::kManifestFileName), Backup::manifestToJson(manifest)));
        QVERIFY(write(u"domain.xml"_qs, "<domain type='kvm'><name>db-1</name></domain>"));
        QVERIFY(write(u"vda.qcow2"_qs, {}));

        const QString diskDir = m_dir.filePath(u"restore/disks"_qs);
        const std::atomic<bool> cancel = false;
        for (const QString &name : {u"../escape-test"_qs, u"a/b"_qs, u"x\ny"_qs}) {
            Virt::RestoreRequest request;
            request.chain = {backup};
            request.host = u"small"_qs;
            request.uri = Test::nodeUri(u"node-small.xml"_qs);
            request.name = name;
            request.diskDirectory = diskDir;
            const Virt::RestoreOutcome outcome = Virt::restoreGuest(request, cancel);
            QVERIFY(!outcome.ok);
            QVERIFY2(outcome.message.contains(u"guest name"_qs), qPrintable(outcome.message));
            // Nothing written anywhere: not the folder, not beside it.
            QVERIFY(!QFileInfo::exists(m_dir.filePath(u"restore"_qs)));
        }
        // The restore dialog's checklist says so before anything starts.
        Ha::ClusterSnapshot snapshot;
        Ha::ClusterSnapshot::Host small;
        small.id = 1;
        small.name = u"small"_qs;
        small.up = true;
        snapshot.hosts.append(small);
        const QList<Migration::Check> checks = Backup::restoreChecks(snapshot, 1, {}, u"../escape-test"_qs, false);
        QVERIFY(std::any_of(checks.cbegin(), checks.cend(), [](const Migration::Check &c) {
            return c.name == u"Name" && c.result == Migration::Check::Result::Fail;
        }));
        // vigilctl refuses it with the reason, before looking for the backup.
        QString output;
        QCOMPARE(runVigilctl({u"--db"_qs, m_db, u"backup"_qs, u"restore"_qs, u"1"_qs, u"--to"_qs, u"small"_qs,
                              u"--as"_qs, u"../escape-test"_qs, u"--disk-dir"_qs, diskDir}, &output), 1);
        QVERIFY2(output.contains(u"--as"_qs) && output.contains(u"\"/\""_qs), qPrintable(output));
        // A tampered manifest cannot name disks or files outside its folder either.
        Backup::Manifest back;
        QString error;
        for (const auto &[from, to] : {std::pair{"\"vda\"", "\"../../vda\""}, std::pair{"\"domain.xml\"", "\"../x.xml\""},
                                       std::pair{"\"db-1\"", "\"../db\""}}) {
            QByteArray json = Backup::manifestToJson(manifest);
            QVERIFY(json.contains(from));
            json.replace(from, to);
            QVERIFY2(!Backup::manifestFromJson(json, &back, &error), json.constData());
        }
    }

    // Item 8: guests 数据库 and 数据集 both became vm-___ (also "a b" and
    // "a_b"); crm_verify refused the CIB while vigilctl said it wrote it.
    void pacemakerIdsAreUniqueAndStable()
    {
        const QStringList names{u"数据库"_qs, u"数据集"_qs, u"a b"_qs, u"a_b"_qs};
        Ha::ClusterSnapshot snapshot;
        Ha::ClusterSnapshot::Host host;
        host.id = 1;
        host.name = u"n1"_qs;
        host.up = true;
        host.details.host.cpus = 8;
        host.details.host.memoryKiB = 16 * 1024 * 1024;
        Ha::Policy policy;
        policy.name = u"p"_qs;
        for (int i = 0; i < names.size(); ++i) {
            DomainInfo d;
            d.name = names.at(i);
            d.uuid = QStringLiteral("00000000-0000-0000-0000-00000000000%1").arg(i + 1);
            d.state = DomainState::Running;
            d.vcpus = 1;
            d.memoryKiB = d.maxMemoryKiB = 65536;
            d.xml = QStringLiteral("<domain type='kvm'><name>%1</name></domain>").arg(d.name).toUtf8();
            host.domains.append(d);
            policy.guests.append({d.name, 1, {}});
        }
        snapshot.hosts.append(host);
        const Ha::PacemakerExport first = Ha::exportPacemaker(snapshot, {policy}, u"/etc/pacemaker/vigil"_qs);
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u"; ")));
        QStringList ids;
        QXmlStreamReader reader(first.cib);
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"primitive")
                ids << reader.attributes().value(u"id"_qs).toString();
        QCOMPARE(ids.size(), 4);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 4);
        QVERIFY(ids.contains(u"vm-a_b"_qs));   // a valid name keeps its readable id
        // Stable: the same cluster gives the same ids (Pacemaker keys its history by them).
        QCOMPARE(Ha::exportPacemaker(snapshot, {policy}, u"/etc/pacemaker/vigil"_qs).cib, first.cib);
        const QString crmVerify = QStandardPaths::findExecutable(u"crm_verify"_qs, {u"/usr/sbin"_qs, u"/usr/bin"_qs});
        if (crmVerify.isEmpty())
            return;
        const QString path = m_dir.filePath(u"ids.xml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(first.cib);
        file.close();
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(crmVerify, {u"--xml-file"_qs, path});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAll().constData());
    }

    // Item 9: another application's SQLite file was adopted (17 tables
    // added, switched to WAL, even by `hosts list`).
    void foreignDatabasesAreLeftUntouched()
    {
        const QString foreign = m_dir.filePath(u"notes.sqlite"_qs);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"foreign"_qs);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_qs));
            QVERIFY(q.exec(u"INSERT INTO notes (text) VALUES ('keep me')"_qs));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_qs);
        const QByteArray before = fileBytes(foreign);
        for (const QStringList &command : {QStringList{u"hosts"_qs, u"list"_qs}, QStringList{u"alert"_qs, u"list"_qs},
                                           QStringList{u"hosts"_qs, u"add"_qs, u"x"_qs, Test::nodeUri(u"node-small.xml"_qs)}}) {
            QString output;
            QCOMPARE(runVigilctl(QStringList{u"--db"_qs, foreign} + command, &output), 2);
            QVERIFY2(output.contains(u"another application"_qs) && output.contains(u"notes"_qs), qPrintable(output));
        }
        QCOMPARE(fileBytes(foreign), before);
        QVERIFY(!QFileInfo::exists(foreign + u"-wal"_qs));
    }

    // Item 9: a migration stopped by a full disk said "Nothing was changed"
    // though it had changed the file; a read-only folder was reported as
    // "may be damaged … restore a backup".
    void databaseErrorsSayTheTrueCause()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs");
        const QString mount = m_dir.filePath(u"dbdisk"_qs);
        QVERIFY(QDir().mkpath(mount));
        if (QProcess::execute(u"mount"_qs, {u"-t"_qs, u"tmpfs"_qs, u"-o"_qs, u"size=1m"_qs, u"vigil-db"_qs, mount}) != 0)
            QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN?)");
        const auto unmount = qScopeGuard([mount]() { QProcess::execute(u"umount"_qs, {mount}); });
        const QString db = mount + u"/vigil.sqlite"_qs;
        m_db = db;
        QVERIFY(!hostsAdd(u"kvm1"_qs, Test::nodeUri(u"node-small.xml"_qs), 0).isEmpty());
        // The database as schema 7 left it (before the change feed and the
        // stored texts).
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"downgrade"_qs);
            old.setDatabaseName(db);
            QVERIFY(old.open());
            QSqlQuery q(old);
            QStringList triggers;
            QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger'"_qs));
            while (q.next())
                triggers << q.value(0).toString();
            for (const QString &trigger : std::as_const(triggers))
                QVERIFY(q.exec(u"DROP TRIGGER \"%1\""_qs.arg(trigger)));
            for (const QString &statement : {u"DROP TABLE change_feed"_qs, u"DROP TABLE processes"_qs,
                                             u"ALTER TABLE events DROP COLUMN origin"_qs,
                                             u"ALTER TABLE backup_runs DROP COLUMN owner"_qs,
                                             u"ALTER TABLE backup_artifacts DROP COLUMN owner"_qs,
                                             u"ALTER TABLE events DROP COLUMN message_text"_qs,
                                             u"ALTER TABLE alerts DROP COLUMN message_text"_qs,
                                             u"ALTER TABLE failover_journal DROP COLUMN detail_text"_qs,
                                             u"ALTER TABLE failover_journal DROP COLUMN lost_at"_qs,
                                             u"ALTER TABLE failover_journal DROP COLUMN failed_at"_qs,
                                             u"ALTER TABLE failover_journal DROP COLUMN fenced_at"_qs,
                                             u"ALTER TABLE failover_journal DROP COLUMN running_at"_qs,
                                             u"ALTER TABLE hosts DROP COLUMN lock_manager"_qs,
                                             u"DROP TABLE ha_last_known_pools"_qs,
                                             u"UPDATE schema_version SET version = 7"_qs,
                                             u"PRAGMA journal_mode=DELETE"_qs, u"VACUUM"_qs})
                QVERIFY2(q.exec(statement), qPrintable(statement + u": "_qs + q.lastError().text()));
            old.close();
        }
        QSqlDatabase::removeDatabase(u"downgrade"_qs);
        const QByteArray before = fileBytes(db);
        QVERIFY(fillFileSystem(mount + u"/filler"_qs));
        QString output;
        QCOMPARE(runVigilctl({u"--db"_qs, db, u"hosts"_qs, u"list"_qs}, &output), 2);
        QVERIFY2(output.contains(u"full"_qs) && output.contains(u"still at schema 7"_qs), qPrintable(output));
        QVERIFY2(!output.contains(u"Nothing was changed"_qs), qPrintable(output));
        QCOMPARE(fileBytes(db), before);   // not one byte, not even the journal mode
        // With space again the same file upgrades and works.
        QVERIFY(QFile::remove(mount + u"/filler"_qs));
        QCOMPARE(runVigilctl({u"--db"_qs, db, u"hosts"_qs, u"list"_qs}, &output), 0);
        QVERIFY2(output.contains(u"kvm1"_qs), qPrintable(output));
        // A read-only folder is said to be one, not "damaged".
        QCOMPARE(QProcess::execute(u"mount"_qs, {u"-o"_qs, u"remount,ro"_qs, mount}), 0);
        QCOMPARE(runVigilctl({u"--db"_qs, db, u"hosts"_qs, u"list"_qs}, &output), 2);
        QVERIFY2(output.contains(u"read-only"_qs) && !output.contains(u"damaged"_qs), qPrintable(output));
    }

    // Item 9: the database was created 0644 (world-readable).
    void databaseIsCreatedOwnerOnly()
    {
        QVERIFY(!hostsAdd(u"kvm1"_qs, Test::nodeUri(u"node-small.xml"_qs), 0).isEmpty());
        const QFileDevice::Permissions mode = QFileInfo(m_db).permissions();
        QVERIFY(mode & QFileDevice::ReadOwner);
        QVERIFY(!(mode & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                          | QFileDevice::WriteOther)));
        if (QFileInfo::exists(m_db + u"-wal"_qs))
            QVERIFY(!(QFileInfo(m_db + u"-wal"_qs).permissions() & QFileDevice::ReadOther));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
