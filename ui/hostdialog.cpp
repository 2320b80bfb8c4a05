#include "hostdialog.h"
#include "hostkeytrust.h"
#include "models/statecolors.h"

#include "preferences.h"

#include "core/hosturi.h"
#include "core/store/hostrepository.h"
#include "core/virt/hostprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Vigil::Ui {

HostDialog::HostDialog(const QStringList &groups, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_uri(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_keepaliveInterval(new QSpinBox(this))
    , m_keepaliveCount(new QSpinBox(this))
    , m_lockManager(new QCheckBox(tr("Runs a disk &lock manager (virtlockd or sanlock, leases on shared storage)"), this))
    , m_uriHint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_trustKeyButton(new QPushButton(tr("T&rust Host Key…"), this))
    , m_logInButton(new QPushButton(tr("Lo&g In…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Host"));
    m_uri->setPlaceholderText(QStringLiteral("qemu+ssh://root@host.example.com/system"));
    m_uri->setAccessibleName(tr("libvirt URI"));
    m_name->setPlaceholderText(tr("taken from the URI when empty"));
    m_group->setEditable(true);
    m_group->addItems(groups);
    m_group->setCurrentText(QString());
    m_keepaliveInterval->setRange(1, 300);
    m_keepaliveInterval->setSuffix(tr(" s"));
    const Preferences defaults = Preferences::load();
    m_keepaliveInterval->setValue(defaults.keepaliveInterval);
    m_keepaliveCount->setRange(1, 100);
    m_keepaliveCount->setValue(defaults.keepaliveCount);
    m_keepaliveCount->setToolTip(tr("Unanswered keepalive probes before the host counts as unreachable."));
    m_lockManager->setToolTip(tr("With lock_manager set in its qemu.conf, a guest's disks hold a lease while it "
                                 "runs, so a second copy cannot start even if a fence reports success without "
                                 "powering the host off. Failover readiness warns about protected guests on "
                                 "hosts without one."));
    m_uriHint->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&URI:"), m_uri);
    form->addRow(QString(), m_uriHint);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("Keepalive &interval:"), m_keepaliveInterval);
    form->addRow(tr("Keepalive &count:"), m_keepaliveCount);
    form->addRow(QString(), m_lockManager);

    m_buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_trustKeyButton, QDialogButtonBox::ActionRole);
    m_trustKeyButton->hide();
    m_buttons->addButton(m_logInButton, QDialogButtonBox::ActionRole);
    m_logInButton->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // The URI comes first: the name is taken from it when left empty.
    m_uri->setFocus();
    setTabOrder(m_uri, m_name);
    setTabOrder(m_name, m_group);
    setTabOrder(m_group, m_keepaliveInterval);
    setTabOrder(m_keepaliveInterval, m_keepaliveCount);
    setTabOrder(m_keepaliveCount, m_lockManager);

    connect(m_uri, &QLineEdit::textChanged, this, &HostDialog::validate);
    // The key shown belongs to the URI that was tested, not to an edited one.
    connect(m_uri, &QLineEdit::textChanged, m_trustKeyButton, &QWidget::hide);
    connect(m_uri, &QLineEdit::textChanged, m_logInButton, &QWidget::hide);
    connect(m_logInButton, &QPushButton::clicked, this, [this]() {
        m_loginDialog = new LoginDialog(config().name.isEmpty() ? m_uri->text().trimmed() : config().name,
                                        m_uri->text().trimmed(), m_testedIssue == ConnectIssue::AuthRefused, this);
        m_loginDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_loginDialog, &LoginDialog::loggedIn, this, [this](const QString &keyringError) {
            m_logInButton->hide();
            testConnection();   // and show that the login works
            if (!keyringError.isEmpty())
                showError(keyringError);
        });
        m_loginDialog->open();
    });
    connect(m_name, &QLineEdit::textChanged, this, &HostDialog::validate);
    connect(m_testButton, &QPushButton::clicked, this, &HostDialog::testConnection);
    connect(m_trustKeyButton, &QPushButton::clicked, this, [this]() {
        confirmAndTrustHostKey(this, config().name, m_uri->text().trimmed(), m_offeredFingerprint, this,
                               [this](const QString &error) {
                                   if (!error.isEmpty()) {
                                       showError(error);
                                       return;
                                   }
                                   m_trustKeyButton->hide();
                                   testConnection();   // and show that it now connects
                               });
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(520, sizeHint().height());
}

void HostDialog::setConfig(const HostConfig &config)
{
    m_id = config.id;
    if (m_id)
        setWindowTitle(tr("Edit Host"));
    m_uri->setText(config.uri);
    m_name->setText(config.name);
    m_group->setCurrentText(config.group);
    m_keepaliveInterval->setValue(config.keepaliveInterval);
    m_keepaliveCount->setValue(config.keepaliveCount);
    m_lockManager->setChecked(config.lockManager);
    validate();
}

HostConfig HostDialog::config() const
{
    HostConfig c;
    c.id = m_id;
    c.uri = m_uri->text().trimmed();
    c.name = m_name->text().trimmed();
    if (c.name.isEmpty()) {
        const UriCheck check = checkLibvirtUri(c.uri);
        c.name = check.host.isEmpty() ? check.driver + QStringLiteral("-local") : check.host;
    }
    c.group = m_group->currentText().trimmed();
    c.keepaliveInterval = m_keepaliveInterval->value();
    c.keepaliveCount = m_keepaliveCount->value();
    c.lockManager = m_lockManager->isChecked();
    return c;
}

void HostDialog::accept()
{
    if (m_save) {
        const QString error = m_save(config());
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
    }
    QDialog::accept();
}

void HostDialog::showError(const QString &message)
{
    setStatus(Models::inStateColor(Models::StateColor::Bad, message.toHtmlEscaped()));
}

void HostDialog::setStatus(const QString &html)
{
    m_status->setText(html);
    // A long, wrapped error (ssh's advice, a TLS subject) makes the dialog
    // taller instead of being clipped or squashing the fields above it (a
    // layout's minimum size ignores a wrapped label's height for its width).
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void HostDialog::validate()
{
    const UriCheck check = checkLibvirtUri(m_uri->text());
    const QString problem = m_uri->text().isEmpty() ? tr("Enter a libvirt URI.")
                                                    : Store::HostRepository::validate(config());
    if (problem.isEmpty()) {
        m_uriHint->setText(check.isRemote()
                               ? tr("%1 on %2 over %3").arg(check.driver, check.host,
                                                            check.transport.isEmpty() ? QStringLiteral("tls")
                                                                                      : check.transport)
                               : tr("local %1 driver").arg(check.driver));
        m_uriHint->setStyleSheet(QString());
    } else {
        m_uriHint->setText(problem);
        m_uriHint->setStyleSheet(Models::stateStyleSheet(Models::StateColor::Bad));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_testButton->setEnabled(check.ok);
}

void HostDialog::testConnection()
{
    const int generation = ++m_probeGeneration;
    setStatus(tr("Connecting to %1…").arg(m_uri->text().trimmed().toHtmlEscaped()));
    m_testButton->setEnabled(false);
    // A hung host never answers; say so instead of spinning forever.
    QTimer::singleShot(15000, this, [this, generation]() {
        if (generation == m_probeGeneration && !m_testButton->isEnabled()) {
            setStatus(tr("No answer after 15 s: the host may be down or hung. "
                                 "You can still save it; Vigil keeps retrying."));
            m_testButton->setEnabled(true);
        }
    });
    Virt::probeHost(m_uri->text().trimmed(), this, [this, generation](const Virt::ProbeResult &result) {
        if (generation != m_probeGeneration)
            return;  // an older test finished after a newer one started
        m_testButton->setEnabled(true);
        m_offeredFingerprint = result.hostKeyFingerprint;
        m_trustKeyButton->setVisible(result.issue == ConnectIssue::HostKeyUnknown && !m_offeredFingerprint.isEmpty());
        m_testedIssue = result.issue;
        m_logInButton->setVisible(result.issue == ConnectIssue::CredentialsNeeded
                                  || result.issue == ConnectIssue::AuthRefused);
        setStatus(Models::inStateColor(result.ok ? Models::StateColor::Good : Models::StateColor::Bad,
                                               result.message.toHtmlEscaped())
                          + QStringLiteral(" (%1 ms)").arg(result.elapsedMs));
    });
}

} // namespace Vigil::Ui
