// Hosts reached as admins reach them: qemu+ssh:// to lab machines that are
// their own network namespaces with their own sshd, from a workstation whose
// home starts empty (no known_hosts, no keys). Each function is a ctest
// entry (label transport) with a fresh lab.
#include "common/agentprocess.h"
#include "common/testsupport.h"
#include "labcluster.h"

#include "core/cluster/clustermanager.h"
#include "core/ha/failoverengine.h"
#include "core/session.h"
#include "failoverlab.h"
#include "core/observability/eventloopgaps.h"
#include "core/credentials/credentialstore.h"
#include "core/virt/libsshhostkeys.h"
#include "core/virt/sshhostkeys.h"
#include "ui/hostdialog.h"
#include "ui/logindialog.h"
#include "ui/rememberedlogins.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Vigil;
using Test::LabCluster;
using Test::report;

namespace {

// An ssh-agent holding the lab's client key, as an admin's desktop session
// has one; killed with the test.
struct SshAgent {
    QString socket;
    qint64 pid = 0;

    bool start(const QString &key)
    {
        QProcess agent;
        agent.start(u"ssh-agent"_s, {u"-s"_s});
        if (!agent.waitForFinished(5000))
            return false;
        const QString text = QString::fromUtf8(agent.readAllStandardOutput());
        socket = QRegularExpression(u"SSH_AUTH_SOCK=([^;]+);"_s).match(text).captured(1);
        pid = QRegularExpression(u"SSH_AGENT_PID=(\\d+);"_s).match(text).captured(1).toLongLong();
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SSH_AUTH_SOCK"_s, socket);
        add.setProcessEnvironment(env);
        add.start(u"ssh-add"_s, {u"-q"_s, key});
        return add.waitForFinished(5000) && add.exitCode() == 0 && !socket.isEmpty();
    }
    ~SshAgent()
    {
        if (pid > 0)
            ::kill(pid_t(pid), SIGTERM);
    }
};

// A desktop session's keyring, as the console finds it on a workstation: a
// session D-Bus and gnome-keyring's Secret Service on it, unlocked. They
// live as long as the test process: GLib's D-Bus connection (libsecret's,
// under QtKeychain) ends its process with SIGTERM when the bus goes away, as
// at a desktop logout.
struct DesktopKeyring {
    QProcess bus;
    QProcess keyring;

    bool start()
    {
        for (QProcess *p : {&bus, &keyring}) {
            p->setChildProcessModifier([]() {
                ::setsid();
                ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            });
        }
        bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        if (!bus.waitForStarted(5000) || !bus.waitForReadyRead(5000))
            return false;
        const QByteArray address = bus.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        keyring.start(u"gnome-keyring-daemon"_s, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
        if (!keyring.waitForStarted(5000))
            return false;
        keyring.write("lab-keyring-password");
        keyring.closeWriteChannel();
        // Ready once the Secret Service name is on the bus.
        return QTest::qWaitFor([]() {
            QProcess names;
            names.start(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s,
                                         u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus.ListNames"_s});
            return names.waitForFinished(2000) && names.readAllStandardOutput().contains("org.freedesktop.secrets");
        }, 10000);
    }
};

// The fingerprint of a machine's own host key, read from its file: what the
// admin compares on the host itself.
QString machineFingerprint(const LabCluster &lab, int host)
{
    QFile key(u"%1/h%2/ssh/ssh_host_ed25519_key.pub"_s.arg(lab.directory()).arg(host));
    if (!key.open(QIODevice::ReadOnly))
        return {};
    return Virt::sshFingerprint(QByteArray::fromBase64(key.readAll().split(' ').value(1)));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int count(const QString &text, const QString &needle)
{
    return int(text.count(needle));
}

} // namespace

class TestLabTransport : public QObject
{
    Q_OBJECT
    std::unique_ptr<LabCluster> m_lab;
    QTemporaryDir m_work;
    QString m_db;

    void startMachines(int hosts)
    {
        VIGIL_SKIP_WITHOUT_LAB();
        m_lab = std::make_unique<LabCluster>();
        QString error;
        if (!m_lab->startMachines(hosts, &error)) {
            // A tool the machine lab needs is not installed (scripts/dev installs them).
            if (error.contains(u"is missing"_s) || error.contains(u"is not installed"_s))
                QSKIP(qPrintable(error));
            QFAIL(qPrintable(error));
        }
        m_db = m_work.filePath(u"vigil.db"_s);
    }

    // vigilctl as the admin runs it, with an environment of its own
    // (ssh-agent, askpass) on top of this process's.
    int vigilctl(const QStringList &args, QString *output, const QStringList &extraEnvironment = {}) const
    {
        QStringList environment = QProcessEnvironment::systemEnvironment().toStringList();
        environment << extraEnvironment;
        return Test::runVigilctl(QStringList{u"--db"_s, m_db} + args, output, environment);
    }

    static QString tlsUri(const QString &address, const QString &pki)
    {
        return u"qemu+tls://%1/system?pkipath=%2"_s.arg(address, pki);
    }

    // A pkipath directory with `ca` (relative to the lab's pki) as its CA
    // certificate, and the lab's client certificate and key if `client`.
    QString pkiDir(const QString &name, const QString &ca, bool client) const
    {
        const QString dir = m_work.filePath(name);
        const QString lab = m_lab->directory() + u"/pki/"_s;
        QDir().mkpath(dir);
        QFile::copy(lab + ca, dir + u"/cacert.pem"_s);
        if (client) {
            QFile::copy(lab + u"client/clientcert.pem"_s, dir + u"/clientcert.pem"_s);
            QFile::copy(lab + u"client/clientkey.pem"_s, dir + u"/clientkey.pem"_s);
        }
        return dir;
    }

    void addHost(const QString &name, const QString &uri)
    {
        QString output;
        QCOMPARE(vigilctl({u"hosts"_s, u"add"_s, name, uri}, &output), 0);
    }

    // An askpass program that records that ssh called it: ssh must never.
    QStringList askpassWatch() const
    {
        const QString script = m_work.filePath(u"askpass"_s);
        QFile file(script);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("#!/bin/sh\necho called >> \"$0.called\"\necho wrong-password\n");
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        return {u"SSH_ASKPASS="_s + script, u"SSH_ASKPASS_REQUIRE=force"_s, u"DISPLAY=:99"_s};
    }
    bool askpassCalled() const { return QFile::exists(m_work.filePath(u"askpass.called"_s)); }

    std::unique_ptr<ClusterManager> clusterWith(const QString &uri, int keepaliveInterval = 1,
                                                int keepaliveCount = 3) const
    {
        auto cluster = std::make_unique<ClusterManager>();
        HostConfig config = Test::hostConfig(1, u"m1"_s, uri);
        config.keepaliveInterval = keepaliveInterval;
        config.keepaliveCount = keepaliveCount;
        cluster->addHost(config);
        return cluster;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_lab.reset();
    }

    // libssh: the host key question is answered only for the key the admin
    // compared, libvirt records it in its own known_hosts, and the password
    // login then comes from the credential store, without a prompt.
    void libsshHostKeyIsAcceptedOnceComparedThenThePasswordLogsIn()
    {
        startMachines(1);
        qunsetenv("SSH_AUTH_SOCK");
        const QString uri = m_lab->libsshUri(1);
        CredentialStore::instance().forget(uri);
        auto cluster = clusterWith(uri);
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Unreachable; }, 15000));
        const HostStatus unknown = cluster->status(1);
        QVERIFY2(unknown.issue == ConnectIssue::HostKeyUnknown, qPrintable(unknown.reason));
        const QString fingerprint = machineFingerprint(*m_lab, 1);
        QCOMPARE(unknown.hostKeyFingerprint, fingerprint);
        QVERIFY2(unknown.reason.contains(u"Trust Host Key"_s), qPrintable(unknown.reason));

        // Another key than the one offered is not accepted, and says which one is.
        QString error;
        QVERIFY(!Virt::trustLibsshHostKey(uri, u"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s, &error));
        QVERIFY2(error.contains(fingerprint), qPrintable(error));
        const QString knownHosts =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/libvirt/known_hosts"_s;
        QVERIFY(!QFile::exists(knownHosts) || !fileBytes(knownHosts).contains(m_lab->address(1).toUtf8()));
        QVERIFY2(Virt::trustLibsshHostKey(uri, fingerprint, &error), qPrintable(error));
        QVERIFY2(fileBytes(knownHosts).contains(m_lab->address(1).toUtf8()), "libvirt did not record the key");

        // Past the key, the host wants root's password: asked for, not guessed.
        cluster->reconnect(1);
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).issue == ConnectIssue::CredentialsNeeded; }, 15000));
        QVERIFY2(cluster->status(1).reason.contains(u"password"_s), qPrintable(cluster->status(1).reason));
        QElapsedTimer clock;
        clock.start();
        CredentialStore::instance().setCredentials(uri, {{}, m_lab->clientPassword()});
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Up; }, 15000));
        report("transport: libssh password login, from stored login to up", double(clock.elapsed()), "ms");
        QCOMPARE(count(m_lab->sshdLog(1), u"Accepted password for root"_s), 1);
        QVERIFY(!m_lab->sshdLog(1).contains(u"Failed password"_s));
        cluster->shutdown(5000);
        CredentialStore::instance().forget(uri);
    }

    // The agent's logins: a private file, refused while others can read it;
    // a wrong password costs one failed login, not a retry storm; a
    // corrected file is used at once; the password is nowhere else.
    void agentReadsLoginsFromItsPrivateFile()
    {
        startMachines(1);
        qunsetenv("SSH_AUTH_SOCK");
        const QString uri = m_lab->libsshUri(1);
        QString output;
        addHost(u"m1"_s, uri);
        QCOMPARE(vigilctl({u"hosts"_s, u"trust"_s, u"m1"_s, u"--fingerprint"_s, machineFingerprint(*m_lab, 1)}, &output),
                 0);
        const QString password = m_lab->clientPassword();
        const QString file = m_work.filePath(u"host-credentials"_s);
        const auto writeLogin = [&](const QString &secret, QFile::Permissions permissions) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(u"[%1]\npassword = %2\n"_s.arg(uri, secret).toUtf8());
            f.close();
            QVERIFY(f.setPermissions(permissions));
        };
        writeLogin(password, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QCOMPARE(vigilctl({u"--credentials"_s, file, u"hosts"_s, u"list"_s}, &output), 1);
        QVERIFY2(output.contains(u"chmod 600"_s), qPrintable(output));
        QVERIFY(!output.contains(password));
        QVERIFY(!m_lab->sshdLog(1).contains(u"password for root"_s));

        writeLogin(u"not-"_s + password, QFile::ReadOwner | QFile::WriteOwner);
        Test::AgentProcess agent(m_db, u"agent-a"_s, 3, {u"--credentials"_s, file});
        QVERIFY(QTest::qWaitFor([&]() { return agent.output.contains(u"refused the login"_s); }, 20000));
        QTest::qWait(5000);   // the back-off would have tried twice more by now
        QCOMPARE(count(m_lab->sshdLog(1), u"Failed password for root"_s), 1);

        QElapsedTimer clock;
        clock.start();
        writeLogin(password, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY2(QTest::qWaitFor([&]() { return agent.output.contains(u"reconnected after"_s); }, 15000),
                 qPrintable(agent.output));
        report("transport: agent up after its credentials file was corrected", double(clock.elapsed()), "ms");
        QCOMPARE(count(m_lab->sshdLog(1), u"Accepted password for root"_s), 1);

        // Nowhere but the file: not in the database, the agent's output or its arguments.
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(agent.process.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains(password.toUtf8()));
        QVERIFY(!agent.output.contains(password));
        agent.process.terminate();
        QVERIFY(agent.process.waitForFinished(10000));
        for (const QString &name : QDir(m_work.path()).entryList({u"vigil.db*"_s}, QDir::Files))
            QVERIFY2(!fileBytes(m_work.filePath(name)).contains(password.toUtf8()), qPrintable(name));
    }


    // The console: a host that asks for a login is first looked up in the
    // desktop keyring; the admin logs in once with "Remember"; the next run
    // of the console connects from the keyring without asking.
    void consoleLogsInOnceAndRemembersInTheKeyring()
    {
        startMachines(1);
        if (QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty())
            QSKIP("gnome-keyring is not installed (it comes with qtkeychain-qt6-dev)");
        // Never destroyed (QProcess would kill them): they end with this
        // process.
        auto *desktop = new DesktopKeyring;
        QVERIFY(desktop->start());
        QVERIFY(m_lab->enableSasl(1));
        const QString uri = m_lab->qemuUri(1);
        CredentialStore::instance().forget(uri);
        {
            auto cluster = clusterWith(uri);
            Ui::RememberedLogins remembered(cluster.get());
            QSignalSpy lookedUp(&remembered, &Ui::RememberedLogins::lookedUp);
            QVERIFY(lookedUp.wait(15000));
            QCOMPARE(lookedUp.first().at(1).toBool(), false);   // nothing remembered yet
            QCOMPARE(cluster->status(1).issue, ConnectIssue::CredentialsNeeded);

            // The admin adds the host: the test says it wants a login.
            const QString shots = qEnvironmentVariable("VIGIL_TRANSPORT_SHOTS");
            Ui::HostDialog add({});
            add.show();
            for (QLineEdit *edit : add.findChildren<QLineEdit *>())
                if (edit->accessibleName() == u"libvirt URI"_s)
                    edit->setText(uri);
            add.testButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(add.logInButton()->isVisible(), 15000);
            QVERIFY2(add.statusLabel()->text().contains(u"asks for a login"_s), qPrintable(add.statusLabel()->text()));
            if (!shots.isEmpty())
                add.grab().save(shots + u"/add-host-login-needed.png"_s);
            add.logInButton()->click();
            QTRY_VERIFY(add.loginDialog() && add.loginDialog()->isVisible());
            Ui::LoginDialog &dialog = *add.loginDialog();
            QVERIFY(dialog.rememberBox()->isChecked());
            dialog.userEdit()->setText(u"admin"_s);
            dialog.passwordEdit()->setText(m_lab->clientPassword());
            QSignalSpy loggedIn(&dialog, &Ui::LoginDialog::loggedIn);
            if (!shots.isEmpty())
                dialog.grab().save(shots + u"/login-dialog.png"_s);
            QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
            QVERIFY(loggedIn.wait(15000));
            QCOMPARE(loggedIn.first().first().toString(), QString());   // the keyring kept it
            // The dialog tests again and connects; so does the host.
            QTRY_VERIFY_WITH_TIMEOUT(add.statusLabel()->text().contains(u"Connected to"_s), 15000);
            if (!shots.isEmpty())
                add.grab().save(shots + u"/add-host-logged-in.png"_s);
            QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Up; }, 15000));
            cluster->shutdown(5000);
        }
        // The console's next run: an empty store, the login from the keyring.
        CredentialStore::instance().forget(uri);
        QElapsedTimer clock;
        clock.start();
        auto cluster = clusterWith(uri);
        Ui::RememberedLogins remembered(cluster.get());
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Up; }, 15000));
        report("transport: console restart, login from the keyring, to up", double(clock.elapsed()), "ms");
        cluster->shutdown(5000);
        CredentialStore::instance().forget(uri);
    }


    // Separate machines have storage of their own: a guest's disk in one
    // machine's images is seen by that machine only, the shared directory by
    // every machine (as NFS), and neither by Vigil's process; the guest runs
    // from it, started through Vigil.
    void machinesHaveStorageVigilCannotSee()
    {
        startMachines(2);
        QVERIFY(m_lab->defineDiskGuest(1, u"lab-private"_s, false));
        QVERIFY(m_lab->defineDiskGuest(1, u"lab-shared"_s, true));
        const QString privateDisk = u"/var/lib/vigil-lab/images/lab-private.qcow2"_s;
        const QString sharedDisk = u"/var/lib/vigil-lab/shared/lab-shared.qcow2"_s;
        QVERIFY(m_lab->inMachine(1, {u"test"_s, u"-f"_s, privateDisk}));
        QVERIFY(!m_lab->inMachine(2, {u"test"_s, u"-e"_s, privateDisk}));
        QVERIFY(m_lab->inMachine(2, {u"test"_s, u"-f"_s, sharedDisk}));
        QVERIFY(!QFile::exists(privateDisk));
        QVERIFY(!QFile::exists(sharedDisk));

        auto cluster = clusterWith(m_lab->qemuUri(1));
        QVERIFY(QTest::qWaitFor([&]() { return cluster->domains(1).size() == 2; }, 15000));
        QString uuid;
        for (const DomainInfo &d : cluster->domains(1))
            if (d.name == u"lab-private")
                uuid = d.uuid;
        QVERIFY(!uuid.isEmpty());
        std::optional<ActionResult> started;
        cluster->performAction(1, uuid, DomainAction::Start, this, [&](const ActionResult &r) { started = r; });
        QVERIFY(QTest::qWaitFor([&]() { return started.has_value(); }, 20000));
        QVERIFY2(started->ok, qPrintable(started->message));
        QVERIFY(QTest::qWaitFor([&]() {
            for (const DomainInfo &d : cluster->domains(1))
                if (d.uuid == uuid)
                    return d.isActive();
            return false;
        }, 15000));
        cluster->shutdown(5000);
    }

    // SASL (DIGEST-MD5 over TCP): the login libvirt asks for comes from the
    // store; none is "needed", a wrong one is "refused", the right one connects.
    void saslLoginFromTheStore()
    {
        startMachines(1);
        QVERIFY(m_lab->enableSasl(1));
        const QString uri = m_lab->qemuUri(1);
        CredentialStore::instance().forget(uri);
        auto cluster = clusterWith(uri);
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Unreachable; }, 15000));
        QCOMPARE(cluster->status(1).issue, ConnectIssue::CredentialsNeeded);
        QVERIFY2(cluster->status(1).reason.contains(u"authentication name"_s), qPrintable(cluster->status(1).reason));
        CredentialStore::instance().setCredentials(uri, {u"admin"_s, u"wrong"_s});
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).issue == ConnectIssue::AuthRefused; }, 15000));
        QVERIFY(!cluster->status(1).reason.contains(u"wrong"_s));
        QElapsedTimer clock;
        clock.start();
        CredentialStore::instance().setCredentials(uri, {u"admin"_s, m_lab->clientPassword()});
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Up; }, 15000));
        report("transport: SASL login, from stored login to up", double(clock.elapsed()), "ms");
        cluster->shutdown(5000);
        CredentialStore::instance().forget(uri);
    }

    // The common case: an agent key, a trusted host key, qemu+ssh:// as typed.
    void sshWithAnAgentKeyConnects()
    {
        startMachines(1);
        QVERIFY(m_lab->defineGuest(1, u"lab-over-ssh"_s));
        SshAgent agent;
        QVERIFY(agent.start(m_lab->clientKey()));
        addHost(u"m1"_s, m_lab->sshUri(1));
        QString output;
        QCOMPARE(vigilctl({u"hosts"_s, u"trust"_s, u"m1"_s, u"--fingerprint"_s, machineFingerprint(*m_lab, 1)},
                          &output),
                 0);
        QElapsedTimer clock;
        clock.start();
        const int code = vigilctl({u"guests"_s, u"list"_s}, &output, {u"SSH_AUTH_SOCK="_s + agent.socket});
        report("transport: vigilctl guests list over qemu+ssh (agent key)", double(clock.elapsed()), "ms");
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(output.contains(u"lab-over-ssh"_s), qPrintable(output));
        QVERIFY(m_lab->sshdLog(1).contains(u"Accepted publickey for root"_s));
    }

    // Unknown host key from a terminal with an askpass program at hand: no
    // question anywhere, the fingerprint in the message, trusted on request.
    void unknownHostKeyNeverPromptsAndCanBeTrusted()
    {
        startMachines(1);
        SshAgent agent;
        QVERIFY(agent.start(m_lab->clientKey()));
        addHost(u"m1"_s, m_lab->sshUri(1));
        const QString fingerprint = machineFingerprint(*m_lab, 1);
        QVERIFY(fingerprint.startsWith(u"SHA256:"_s));

        // `script` gives vigilctl a terminal: ssh would ask there if it could.
        QProcess terminal;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SSH_AUTH_SOCK"_s, agent.socket);
        for (const QString &pair : askpassWatch())
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        terminal.setProcessEnvironment(env);
        terminal.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        terminal.start(u"script"_s, {u"-qec"_s,
                                     u"%1 --db %2 hosts list"_s.arg(QStringLiteral(VIGIL_VIGILCTL), m_db),
                                     u"/dev/null"_s});
        terminal.closeWriteChannel();   // nobody would answer a question
        QVERIFY(terminal.waitForFinished(60000));
        const qint64 elapsed = clock.elapsed();
        const QString output = QString::fromUtf8(terminal.readAll());
        report("transport: unknown host key reported after", double(elapsed), "ms");
        QVERIFY2(elapsed < 10000, qPrintable(output));
        QVERIFY2(!output.contains(u"continue connecting"_s) && !output.contains(u"password:"_s), qPrintable(output));
        QVERIFY2(output.contains(u"not trusted on this machine yet"_s), qPrintable(output));
        QVERIFY2(output.contains(fingerprint), qPrintable(output));
        QVERIFY(!askpassCalled());

        // Shown first; a fingerprint that is not the host's is refused.
        QString shown;
        QCOMPARE(vigilctl({u"hosts"_s, u"trust"_s, u"m1"_s}, &shown), 0);
        QVERIFY2(shown.contains(fingerprint), qPrintable(shown));
        QString refused;
        QCOMPARE(vigilctl({u"hosts"_s, u"trust"_s, u"m1"_s, u"--fingerprint"_s,
                           u"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s}, &refused),
                 1);
        QVERIFY2(refused.contains(u"nothing was trusted"_s), qPrintable(refused));
        QString trusted;
        QCOMPARE(vigilctl({u"hosts"_s, u"trust"_s, u"m1"_s, u"--fingerprint"_s, fingerprint}, &trusted), 0);
        QString listed;
        const int code = vigilctl({u"hosts"_s, u"list"_s}, &listed, {u"SSH_AUTH_SOCK="_s + agent.socket});
        QVERIFY2(code == 0 && listed.contains(u" up "_s), qPrintable(listed));
    }

    // A host key that differs from the trusted one: refused, said loudly,
    // never "trusted again" silently.
    void changedHostKeyIsRefusedAndSaidSo()
    {
        startMachines(1);
        SshAgent agent;
        QVERIFY(agent.start(m_lab->clientKey()));
        addHost(u"m1"_s, m_lab->sshUri(1));
        // known_hosts holds another key for this address (a reinstalled host, or worse).
        const QString other = m_work.filePath(u"other_key"_s);
        QProcess keygen;
        keygen.start(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, other});
        QVERIFY(keygen.waitForFinished(10000) && keygen.exitCode() == 0);
        QFile pub(other + u".pub"_s);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray line = m_lab->address(1).toUtf8() + ' ' + pub.readAll().split(' ').mid(0, 2).join(' ') + '\n';
        const QString sshDir = QDir::homePath() + u"/.ssh"_s;
        QVERIFY(QDir().mkpath(sshDir));
        QFile known(sshDir + u"/known_hosts"_s);
        QVERIFY(known.open(QIODevice::WriteOnly) && known.write(line) == line.size());
        known.close();

        QString output;
        QCOMPARE(vigilctl({u"hosts"_s, u"list"_s}, &output, {u"SSH_AUTH_SOCK="_s + agent.socket}), 3);
        QVERIFY2(output.contains(u"not the one trusted for it"_s), qPrintable(output));
        QVERIFY2(output.contains(machineFingerprint(*m_lab, 1)), qPrintable(output));
        QVERIFY2(output.contains(u"ssh-keygen -R"_s), qPrintable(output));
        QVERIFY(!m_lab->sshdLog(1).contains(u"Accepted publickey"_s));
    }

    // No key the host accepts: one login attempt, a clear reason, and no
    // more attempts until the admin asks (fail2ban counts failed logins).
    void refusedLoginStopsRetrying()
    {
        startMachines(1);
        qunsetenv("SSH_AUTH_SOCK");   // no key at all, as on a fresh workstation
        QString output;
        addHost(u"m1"_s, m_lab->sshUri(1));
        QCOMPARE(vigilctl({u"hosts"_s, u"trust"_s, u"m1"_s, u"--fingerprint"_s, machineFingerprint(*m_lab, 1)},
                          &output),
                 0);
        for (const QString &pair : askpassWatch())
            qputenv(pair.section(u'=', 0, 0).toUtf8().constData(), pair.section(u'=', 1).toUtf8());
        auto cluster = clusterWith(m_lab->sshUri(1));
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Unreachable; }, 15000));
        const HostStatus refused = cluster->status(1);
        QCOMPARE(refused.issue, ConnectIssue::AuthRefused);
        QVERIFY2(refused.reason.contains(u"Permission denied"_s), qPrintable(refused.reason));
        QVERIFY2(refused.reason.contains(u"tries again in 10 minutes"_s), qPrintable(refused.reason));
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(refused.nextRetry) > 9 * 60);
        // The back-off would have tried three more times within 8 s.
        QTest::qWait(8000);
        QCOMPARE(count(m_lab->sshdLog(1), u"Connection closed by authenticating user root"_s), 1);
        cluster->reconnect(1);
        QVERIFY(QTest::qWaitFor([&]() {
            return count(m_lab->sshdLog(1), u"Connection closed by authenticating user root"_s) == 2;
        }, 10000));
        QTest::qWait(3000);
        QCOMPARE(count(m_lab->sshdLog(1), u"Connection closed by authenticating user root"_s), 2);
        QVERIFY(!m_lab->sshdLog(1).contains(u"Failed password"_s));
        QVERIFY(!askpassCalled());
        cluster->shutdown(5000);
    }

    // A host whose packets vanish: unreachable, with the reason, within
    // 10 s (not the kernel's two minutes), while the GUI thread never waits.
    void blackholedHostIsUnreachableWithinTenSeconds()
    {
        startMachines(1);
        QVERIFY(m_lab->partition(1));
        Observability::EventLoopGaps gaps;
        gaps.start();
        QElapsedTimer clock;
        clock.start();
        auto cluster = clusterWith(u"qemu+tcp://%1/system"_s.arg(m_lab->address(1)));
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Unreachable; }, 20000));
        const qint64 detected = clock.elapsed();
        gaps.stop();
        report("transport: blackholed host unreachable after", double(detected), "ms");
        report("transport: GUI thread's longest stall meanwhile", double(gaps.summary().worst), "ms");
        QVERIFY2(detected <= 10000, qPrintable(QString::number(detected)));
        const HostStatus status = cluster->status(1);
        QCOMPARE(status.issue, ConnectIssue::Network);
        QVERIFY2(status.reason.contains(u"no answer from"_s), qPrintable(status.reason));
        QVERIFY(status.nextRetry.isValid());   // a network problem is retried
        QVERIFY2(gaps.summary().worst < 50, qPrintable(QString::number(gaps.summary().worst)));
        // Healed, it comes back by itself.
        QVERIFY(m_lab->heal(1));
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Up; }, 30000));
        cluster->shutdown(5000);
    }

    // A connected ssh host cut off: lost within keepalive, its guest still
    // running; back after the partition heals.
    void partitionedSshHostIsLostAndFoundAgain()
    {
        startMachines(1);
        QVERIFY(m_lab->defineGuest(1, u"lab-cut-off"_s));
        m_lab->virsh(1, {u"start"_s, u"lab-cut-off"_s});
        SshAgent agent;
        QVERIFY(agent.start(m_lab->clientKey()));
        QString output;
        addHost(u"m1"_s, m_lab->sshUri(1));
        QCOMPARE(vigilctl({u"hosts"_s, u"trust"_s, u"m1"_s, u"--fingerprint"_s, machineFingerprint(*m_lab, 1)},
                          &output),
                 0);
        qputenv("SSH_AUTH_SOCK", agent.socket.toUtf8());
        auto cluster = clusterWith(m_lab->sshUri(1));
        QVERIFY2(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Up; }, 20000),
                 qPrintable(cluster->status(1).reason));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_lab->partition(1));
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Unreachable; }, 20000));
        report("transport: partitioned ssh host lost after (keepalive 1 s x 3)", double(clock.elapsed()), "ms");
        QVERIFY(clock.elapsed() < 10000);
        // The machine goes on: its guest still runs there.
        QFile pidFile(u"%1/h1/run/qemu/lab-cut-off.pid"_s.arg(m_lab->directory()));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        QVERIFY(::kill(pid_t(pidFile.readAll().trimmed().toLongLong()), 0) == 0);
        QVERIFY(m_lab->heal(1));
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Up; }, 30000));
        QVERIFY(cluster->domains(1).size() == 1 && cluster->domains(1).first().isActive());
        cluster->shutdown(5000);
        qunsetenv("SSH_AUTH_SOCK");
    }

    // The Add Host dialog meets an unknown key: it shows the fingerprint,
    // asks once, trusts it and then connects. VIGIL_TRANSPORT_SHOTS=DIR
    // keeps pictures of the dialog and the question.
    void addHostDialogTrustsTheKeyItShowed()
    {
        startMachines(1);
        SshAgent agent;
        QVERIFY(agent.start(m_lab->clientKey()));
        qputenv("SSH_AUTH_SOCK", agent.socket.toUtf8());
        const QString shots = qEnvironmentVariable("VIGIL_TRANSPORT_SHOTS");
        Ui::HostDialog dialog({});
        dialog.show();
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits)
            if (edit->accessibleName() == u"libvirt URI"_s)
                edit->setText(m_lab->sshUri(1));
        QVERIFY(!dialog.trustKeyButton()->isVisible());
        dialog.testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.trustKeyButton()->isVisible(), 15000);
        const QString fingerprint = machineFingerprint(*m_lab, 1);
        QVERIFY2(dialog.statusLabel()->text().contains(fingerprint), qPrintable(dialog.statusLabel()->text()));
        if (!shots.isEmpty())
            dialog.grab().save(shots + u"/add-host-unknown-key.png"_s);

        dialog.trustKeyButton()->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog.findChild<QMessageBox *>()) != nullptr && question->isVisible());
        QVERIFY(question->text().contains(fingerprint));
        if (!shots.isEmpty())
            question->grab().save(shots + u"/add-host-trust-question.png"_s);
        QPushButton *trust = nullptr;
        for (QAbstractButton *button : question->buttons())
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                trust = qobject_cast<QPushButton *>(button);
        QVERIFY(trust);
        trust->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains(u"Connected to"_s), 20000);
        QVERIFY(!dialog.trustKeyButton()->isVisible());
        if (!shots.isEmpty())
            dialog.grab().save(shots + u"/add-host-connected.png"_s);
        QFile known(QDir::homePath() + u"/.ssh/known_hosts"_s);
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(!known.readAll().isEmpty());
        qunsetenv("SSH_AUTH_SOCK");
    }

    // A machine cut off from Vigil while its guests go on: found by
    // keepalive, fenced (the lab's fence powers it off, as an IPMI fence
    // would across the partition), and its protected guests restarted on
    // the other machines, each once.
    void partitionedMachineIsFencedAndFailedOver()
    {
        startMachines(3);
        QVERIFY(Test::startProtectedGuests(*m_lab, 3));
        auto session = Test::failoverSession(*m_lab, m_work.filePath(u"failover.sqlite"_s), Test::labFence(*m_lab), 3);
        QVERIFY(session);
        session->connectAll();
        QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
        Ha::FailoverEngine *engine = session->startFailoverEngine(u"transport test"_s);
        QTRY_VERIFY(engine->isActive());
        QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_lab->partition(1));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        report("transport: partitioned machine's 3 guests running elsewhere after", double(clock.elapsed()), "ms");
        QCOMPARE(finished.first().at(1).toInt(), 3);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        const QString once = Test::eachRunsOnce(3);
        QVERIFY2(once.isEmpty(), qPrintable(once));
        for (const QString &guest : {u"lab-f1"_s, u"lab-f2"_s, u"lab-f3"_s}) {
            bool onTwo = false, onThree = false;
            const QString two = m_lab->virsh(2, {u"domstate"_s, guest}, &onTwo);
            const QString three = m_lab->virsh(3, {u"domstate"_s, guest}, &onThree);
            QVERIFY2((onTwo && two == u"running"_s) || (onThree && three == u"running"_s), qPrintable(guest));
        }
        session.reset();
    }

    // TLS as libvirt's docs set it up: the lab CA, a server certificate for
    // the machine's address, a client certificate, given with pkipath=.
    void tlsWithTheLabCertificatesConnects()
    {
        startMachines(1);
        addHost(u"m1"_s, tlsUri(m_lab->address(1), m_lab->directory() + u"/pki/client"_s));
        QString output;
        QCOMPARE(vigilctl({u"hosts"_s, u"list"_s}, &output), 0);
        QVERIFY2(output.contains(u" up "_s), qPrintable(output));
    }

    // The CA certificate on this machine is not the one that signed the
    // lab's certificates: libvirt's words, and what the files are for.
    void tlsWithAnotherCaSaysWhichFile()
    {
        startMachines(1);
        const QString pki = pkiDir(u"wrong-ca"_s, u"rogue/cacert.pem"_s, true);
        addHost(u"m1"_s, tlsUri(m_lab->address(1), pki));
        QString output;
        QCOMPARE(vigilctl({u"hosts"_s, u"list"_s}, &output), 3);
        QVERIFY2(output.contains(pki + u"/cacert.pem"_s) && output.contains(u"CA certificate that signed"_s),
                 qPrintable(output));
        QVERIFY2(output.contains(u"tries again in 10 minutes"_s), qPrintable(output));
    }

    // The machine reached under a name its certificate does not list:
    // libvirt only says "Failed to verify peer's certificate" (the cause
    // goes to its stderr); Vigil names both names.
    void tlsNameMismatchNamesTheCertificatesName()
    {
        startMachines(1);
        const QString alias = u"10.77.0.%1"_s.arg(m_lab->address(1).section(u'.', 3).toInt() + 100);
        addHost(u"m1"_s, tlsUri(alias, m_lab->directory() + u"/pki/client"_s));
        QString output;
        QCOMPARE(vigilctl({u"hosts"_s, u"list"_s}, &output), 3);
        QVERIFY2(output.contains(u"certificate is for %1, not for %2"_s.arg(m_lab->address(1), alias)),
                 qPrintable(output));
        QVERIFY2(!output.contains(u"refused the login"_s), qPrintable(output));
    }

    // No client certificate: the host closes the session; libvirt says
    // "Unable to read TLS confirmation: Input/output error".
    void tlsWithoutAClientCertificateSaysWhereItLooked()
    {
        startMachines(1);
        const QString pki = pkiDir(u"no-client-cert"_s, u"cacert.pem"_s, false);
        addHost(u"m1"_s, tlsUri(m_lab->address(1), pki));
        QString output;
        QCOMPARE(vigilctl({u"hosts"_s, u"list"_s}, &output), 3);
        QVERIFY2(output.contains(u"did not accept this machine's client certificate (there is none at %1/clientcert.pem)"_s
                                     .arg(pki)),
                 qPrintable(output));
    }

    // sshd down, machine up: refused at once, said so, retried.
    void refusedPortIsSaidAndRetried()
    {
        startMachines(1);
        QFile pidFile(u"%1/h1/ssh/sshd.pid"_s.arg(m_lab->directory()));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        QVERIFY(::kill(pid_t(pidFile.readAll().trimmed().toLongLong()), SIGTERM) == 0);
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        auto cluster = clusterWith(m_lab->sshUri(1));
        QVERIFY(QTest::qWaitFor([&]() { return cluster->status(1).state == HostState::Unreachable; }, 15000));
        report("transport: refused ssh port reported after", double(clock.elapsed()), "ms");
        const HostStatus status = cluster->status(1);
        QVERIFY2(status.reason.contains(u"refused the connection"_s) && status.reason.contains(u"sshd"_s),
                 qPrintable(status.reason));
        QCOMPARE(status.issue, ConnectIssue::Network);
        QVERIFY(status.nextRetry.isValid());
        cluster->shutdown(5000);
    }
};

int main(int argc, char *argv[])
{
    Test::enterFreshWorkstation(argc, argv);
    QApplication app(argc, argv);
    TestLabTransport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lab_transport.moc"
