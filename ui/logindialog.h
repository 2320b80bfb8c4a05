#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Vigil::Ui {

// Host ▸ Log In… and the Add Host dialog's Log In… button: the user name and
// password (or key passphrase) a host asks for. Log In gives them to the
// credential store for this URI only (a host waiting for them connects at
// once) and, with "Remember" ticked, stores them in the desktop keyring;
// unticked, a login remembered before is forgotten. Without a keyring the
// login lasts until Vigil quits, and the dialog says so.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // `refused`: the host refused the login Vigil had (shown, so the admin
    // knows why the dialog is back).
    LoginDialog(const QString &hostName, const QString &uri, bool refused, QWidget *parent);

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

Q_SIGNALS:
    // The login is in the credential store; `keyringError` says why it was
    // not remembered when it should have been (empty: fine).
    void loggedIn(const QString &keyringError);

private:
    void logIn();

    QString m_uri;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace Vigil::Ui
