// Hardening regressions, each from a reproduction in the hardening issue:
// vigilctl run as a user (or an attacker with write access to the database)
// would run it. One ctest entry per function (label `hardening`).
#include "common/agentprocess.h"
#include "common/testsupport.h"

#include "core/ha/pacemakerexport.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
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
        QFile filler(mount + u"/filler"_qs);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
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
