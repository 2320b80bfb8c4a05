#pragma once

#include <QList>
#include <QObject>

#include "core/hostconfig.h"

class QAction;
class QWidget;

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

class MaintenanceDialog;

// The host actions (add, edit, reconnect, trust an SSH host key, log in, remove,
// enter and exit maintenance) for the host selected in the navigator: enabled from that
// host's state, confirmed where they lose something, run through the
// session, failures reported with actionFailed(). Like GuestActions, it
// owns the QActions; the window puts them in its menus and tool bar.
class HostActions : public QObject
{
    Q_OBJECT
public:
    HostActions(Session *session, QWidget *dialogParent);

    QAction *add() const { return m_add; }
    QAction *reconnect() const { return m_reconnect; }
    QAction *trustHostKey() const { return m_trustHostKey; }
    QAction *logIn() const { return m_logIn; }
    // Edit, reconnect, trust host key, log in, remove, enter and exit
    // maintenance (the Host menu).
    QList<QAction *> hostMenu() const { return m_forSelection; }
    // The host the actions apply to (0: none; they are disabled).
    void setSelectedHost(HostId host);
    MaintenanceDialog *openMaintenanceDialog(HostId host);

Q_SIGNALS:
    void actionFailed(const QString &title, const QString &details);
    void maintenanceEntered();

private:
    void updateEnabled();
    void openHostDialog(const HostConfig *existing);
    void edit();
    void remove();
    void exitMaintenance();
    // Shows the key the host offers and, once the admin agrees, trusts it
    // and reconnects.
    void confirmHostKey();
    // Asks for the login the host wants (LoginDialog).
    void askForLogin();
    // A removed host's login goes from memory and the keyring, unless
    // another host uses the same URI.
    void forgetLoginOfRemovedHost(HostId removed, const QString &uri);

    Session *m_session;
    QWidget *m_dialogParent;
    HostId m_host = 0;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_reconnect;
    QAction *m_trustHostKey;
    QAction *m_logIn;
    QAction *m_remove;
    QAction *m_enterMaintenance;
    QAction *m_exitMaintenance;
    QList<QAction *> m_forSelection;
};

} // namespace Vigil::Ui
