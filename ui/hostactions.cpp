#include "hostactions.h"

#include "hostdialog.h"
#include "hostkeytrust.h"
#include "keyring.h"
#include "logindialog.h"
#include "maintenancedialog.h"
#include "rememberedlogins.h"

#include "core/cluster/clustermanager.h"
#include "core/credentials/credentialstore.h"
#include "core/hosturi.h"
#include "core/migration/maintenance.h"
#include "core/session.h"

#include <QAction>
#include <QCheckBox>
#include <QIcon>
#include <QMessageBox>

namespace Vigil::Ui {

HostActions::HostActions(Session *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Host…"), this);
    m_add->setShortcut(QKeySequence(tr("Ctrl+N")));
    connect(m_add, &QAction::triggered, this, [this]() { openHostDialog(nullptr); });
    m_edit = new QAction(tr("&Edit Host…"), this);
    m_edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_edit, &QAction::triggered, this, &HostActions::edit);
    m_reconnect = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reconnect"), this);
    m_reconnect->setShortcut(QKeySequence::Refresh);
    connect(m_reconnect, &QAction::triggered, this, [this]() {
        if (m_host)
            m_session->cluster()->reconnect(m_host);
    });
    m_trustHostKey = new QAction(tr("&Trust Host Key…"), this);
    m_trustHostKey->setToolTip(tr("Trust the SSH host key the host offers, after comparing its fingerprint"));
    connect(m_trustHostKey, &QAction::triggered, this, &HostActions::confirmHostKey);
    m_logIn = new QAction(tr("&Log In…"), this);
    m_logIn->setToolTip(tr("Give the user name and password the host asks for, and remember them in the "
                           "desktop keyring"));
    connect(m_logIn, &QAction::triggered, this, &HostActions::askForLogin);
    // A login remembered in the keyring is used before anyone is asked.
    new RememberedLogins(session->cluster(), this);
    m_remove = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move Host…"), this);
    m_remove->setShortcut(QKeySequence(tr("Ctrl+Del")));
    connect(m_remove, &QAction::triggered, this, &HostActions::remove);
    m_enterMaintenance = new QAction(tr("Enter &Maintenance…"), this);
    connect(m_enterMaintenance, &QAction::triggered, this, [this]() {
        if (m_host)
            openMaintenanceDialog(m_host);
    });
    m_exitMaintenance = new QAction(tr("E&xit Maintenance…"), this);
    connect(m_exitMaintenance, &QAction::triggered, this, &HostActions::exitMaintenance);
    m_forSelection = {m_edit, m_reconnect, m_trustHostKey, m_logIn, m_remove, m_enterMaintenance, m_exitMaintenance};
    // Maintenance set by another process (or this one) changes what applies;
    // so does a connection that failed on an untrusted host key.
    connect(session->cluster(), &ClusterManager::hostChanged, this, &HostActions::updateEnabled);
    connect(session->cluster(), &ClusterManager::statusChanged, this, [this](HostId id) {
        if (id == m_host)
            updateEnabled();
    });
    updateEnabled();
}

void HostActions::setSelectedHost(HostId host)
{
    m_host = host;
    updateEnabled();
}

void HostActions::updateEnabled()
{
    for (QAction *a : std::as_const(m_forSelection))
        a->setEnabled(m_host != 0);
    if (m_host) {
        const bool inMaintenance = m_session->cluster()->host(m_host).maintenance;
        m_enterMaintenance->setEnabled(!inMaintenance);
        m_exitMaintenance->setEnabled(inMaintenance);
        const HostStatus status = m_session->cluster()->status(m_host);
        m_trustHostKey->setEnabled(status.issue == ConnectIssue::HostKeyUnknown && !status.hostKeyFingerprint.isEmpty());
        // Only a remote host can ask for a login (in-process drivers never
        // do), and not over OpenSSH, which runs in batch mode: keys only.
        const UriCheck link = checkLibvirtUri(m_session->cluster()->host(m_host).uri);
        m_logIn->setEnabled(!link.host.isEmpty() && link.transport != u"ssh");
    }
}

void HostActions::forgetLoginOfRemovedHost(HostId removed, const QString &uri)
{
    // Another host on the same URI still needs it.
    const QList<HostConfig> hosts = m_session->cluster()->hosts();
    if (std::any_of(hosts.cbegin(), hosts.cend(),
                    [&](const HostConfig &c) { return c.id != removed && c.uri == uri; }))
        return;
    CredentialStore::instance().forget(uri);
    Keyring::forgetLogin(uri, this, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT actionFailed(tr("The host's login is still in the desktop keyring"), error);
    });
}

void HostActions::askForLogin()
{
    if (!m_host)
        return;
    const HostConfig config = m_session->cluster()->host(m_host);
    const bool refused = m_session->cluster()->status(m_host).issue == ConnectIssue::AuthRefused;
    auto *dialog = new LoginDialog(config.name, config.uri, refused, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoginDialog::loggedIn, this, [this](const QString &keyringError) {
        if (!keyringError.isEmpty())
            Q_EMIT actionFailed(tr("Login not remembered"), keyringError);
    });
    dialog->open();
}

void HostActions::confirmHostKey()
{
    const HostId id = m_host;
    const HostStatus status = m_session->cluster()->status(id);
    if (!id || status.hostKeyFingerprint.isEmpty())
        return;
    const HostConfig config = m_session->cluster()->host(id);
    confirmAndTrustHostKey(m_dialogParent, config.name, config.uri, status.hostKeyFingerprint, this,
                           [this, id, name = config.name](const QString &error) {
                               if (!error.isEmpty())
                                   Q_EMIT actionFailed(tr("Could not trust the host key of %1").arg(name), error);
                               else
                                   m_session->cluster()->reconnect(id);
                           });
}

MaintenanceDialog *HostActions::openMaintenanceDialog(HostId host)
{
    auto *dialog = new MaintenanceDialog(m_session, host, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaintenanceDialog::failed, this,
            [this](const QString &message) { Q_EMIT actionFailed(tr("Could not enter maintenance"), message); });
    connect(dialog, &MaintenanceDialog::entered, this, [this]() {
        updateEnabled();
        Q_EMIT maintenanceEntered();
    });
    dialog->open();
    return dialog;
}

void HostActions::exitMaintenance()
{
    const HostId id = m_host;
    if (!id)
        return;
    const HostConfig config = m_session->cluster()->host(id);
    const int away = int(m_session->maintenance()->evacuated(id).size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Exit Maintenance"),
                                tr("Take %1 out of maintenance?").arg(config.name),
                                QMessageBox::Ok | QMessageBox::Cancel, m_dialogParent);
    auto *failback = new QCheckBox(tr("Move back the %n guest(s) that left for the maintenance", nullptr, away), box);
    failback->setEnabled(away > 0);
    failback->setChecked(away > 0);
    box->setCheckBox(failback);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id, failback](int result) {
        if (result != QMessageBox::Ok)
            return;
        QString error;
        if (!m_session->exitMaintenance(id, failback->isChecked(), &error))
            Q_EMIT actionFailed(tr("Could not exit maintenance"), error);
        updateEnabled();
    });
    box->open();
}

void HostActions::openHostDialog(const HostConfig *existing)
{
    QStringList groups;
    for (const HostConfig &c : m_session->cluster()->hosts())
        if (!c.group.isEmpty() && !groups.contains(c.group))
            groups.append(c.group);
    auto *dialog = new HostDialog(groups, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dialog->setConfig(*existing);
    dialog->setSaveHandler([this](const HostConfig &config) {
        HostConfig copy = config;
        QString error;
        const bool saved = copy.id ? m_session->updateHost(copy, &error) : m_session->addHost(copy, &error);
        return saved ? QString() : error;
    });
    dialog->open();
}

void HostActions::edit()
{
    if (m_host) {
        const HostConfig config = m_session->cluster()->host(m_host);
        openHostDialog(&config);
    }
}

void HostActions::remove()
{
    const HostId id = m_host;
    if (!id)
        return;
    const HostConfig config = m_session->cluster()->host(id);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Host"),
                                tr("Remove %1 (%2) from Vigil? Its guests keep running; Vigil stops "
                                   "watching them.").arg(config.name, config.uri),
                                QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id, uri = config.uri](int result) {
        if (result != QMessageBox::Yes)
            return;
        QString error;
        if (!m_session->removeHost(id, &error)) {
            Q_EMIT actionFailed(tr("Could not remove the host"), error);
            return;
        }
        forgetLoginOfRemovedHost(id, uri);
    });
    box->open();
}

} // namespace Vigil::Ui
