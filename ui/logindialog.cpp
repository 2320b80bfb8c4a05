#include "logindialog.h"

#include "keyring.h"

#include "core/credentials/credentialstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace Vigil::Ui {
namespace {
constexpr int kKeyringTimeoutMs = 10000;
} // namespace

LoginDialog::LoginDialog(const QString &hostName, const QString &uri, bool refused, QWidget *parent)
    : QDialog(parent)
    , m_uri(uri)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the desktop keyring"), this))
{
    setWindowTitle(tr("Log In to %1").arg(hostName));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    QString text = tr("<p><b>%1</b> asks for a login:<br><tt>%2</tt></p>"
                      "<p>It goes to this URI only (libssh password or key passphrase, or a SASL login).</p>")
                       .arg(hostName.toHtmlEscaped(), uri.toHtmlEscaped());
    if (refused)
        text.prepend(tr("<p>The host refused the login Vigil had for it.</p>"));
    intro->setText(text);

    // The user the URI names is the one ssh logs in as; SASL asks separately.
    const std::optional<HostCredentials> known = CredentialStore::instance().credentials(uri);
    m_user->setText(known && !known->user.isEmpty() ? known->user : QUrl(uri).userName());
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Vigil stores it in the desktop keyring (Secret Service or KWallet), never in its "
                              "database or a file. Untick to forget a remembered login."));

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *logIn = buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    logIn->setDefault(true);
    // SASL needs a user name; libssh takes the URI's, shown here.
    const auto complete = [this, logIn]() {
        logIn->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
    };
    complete();
    connect(m_password, &QLineEdit::textChanged, logIn, complete);
    connect(m_user, &QLineEdit::textChanged, logIn, complete);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_password->setFocus();
}

void LoginDialog::logIn()
{
    const HostCredentials login{m_user->text().trimmed(), m_password->text()};
    m_password->clear();
    // The store first: a host waiting for the login connects now, whatever
    // the keyring says (it may take a while, or ask to be unlocked).
    CredentialStore::instance().setCredentials(m_uri, login);
    // A keyring that never answers (locked, its daemon hung) holds nothing up.
    auto answered = std::make_shared<bool>(false);
    const auto done = [this, answered](const QString &error) {
        if (std::exchange(*answered, true))
            return;
        Q_EMIT loggedIn(error.isEmpty() || !m_remember->isChecked()
                            ? QString()
                            : tr("The login is used until Vigil quits, but the desktop keyring did not keep it: %1")
                                  .arg(error));
        accept();
    };
    setEnabled(false);
    QTimer::singleShot(kKeyringTimeoutMs, this, [this, done]() {
        done(tr("it did not answer within %1 s").arg(kKeyringTimeoutMs / 1000));
    });
    if (m_remember->isChecked())
        Keyring::storeLogin(m_uri, login, this, done);
    else
        Keyring::forgetLogin(m_uri, this, done);
}

} // namespace Vigil::Ui
