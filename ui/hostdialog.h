#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

#include "core/hostconfig.h"
#include "core/hoststate.h"
#include "logindialog.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Vigil::Ui {

// Add or edit a host: URI checked as you type, "Test connection" run off the
// GUI thread, display name, group and keepalive settings.
class HostDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HostDialog(const QStringList &groups, QWidget *parent = nullptr);

    void setConfig(const HostConfig &config);
    HostConfig config() const;
    // Shown under the fields when saving failed (duplicate, database error...).
    void showError(const QString &message);

    // Called by accept(): returns an error to keep the dialog open with it
    // shown, or an empty string to close.
    void setSaveHandler(std::function<QString(const HostConfig &)> handler) { m_save = std::move(handler); }
    void accept() override;

    QPushButton *testButton() const { return m_testButton; }
    QLabel *statusLabel() const { return m_status; }
    // Shown when the test met an SSH host key this computer does not trust.
    QPushButton *trustKeyButton() const { return m_trustKeyButton; }
    // Shown when the test met a host that asks for a login Vigil lacks or
    // refused the one it had; opens the LoginDialog, then tests again.
    QPushButton *logInButton() const { return m_logInButton; }
    LoginDialog *loginDialog() const { return m_loginDialog; }

private:
    void validate();
    void testConnection();
    void setStatus(const QString &html);

    HostId m_id = 0;
    QLineEdit *m_name;
    QLineEdit *m_uri;
    QComboBox *m_group;
    QSpinBox *m_keepaliveInterval;
    QSpinBox *m_keepaliveCount;
    QCheckBox *m_lockManager;
    QLabel *m_uriHint;
    QLabel *m_status;
    QPushButton *m_testButton;
    QPushButton *m_trustKeyButton;
    QPushButton *m_logInButton;
    QPointer<LoginDialog> m_loginDialog;
    ConnectIssue m_testedIssue = ConnectIssue::None;
    QString m_offeredFingerprint;
    QDialogButtonBox *m_buttons;
    int m_probeGeneration = 0;
    std::function<QString(const HostConfig &)> m_save;
};

} // namespace Vigil::Ui
