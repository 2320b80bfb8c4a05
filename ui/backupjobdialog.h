#pragma once

#include <QDialog>

#include "core/backup/backupjob.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

// Creates or edits a backup job: guests (ticked from the inventory, name
// patterns, failover policies), schedule, target and mirror directories,
// mode, retention, concurrency, bandwidth, quiescing, verification.
// Problems are listed under the form and OK stays disabled until none is left.
class BackupJobDialog : public QDialog
{
    Q_OBJECT
public:
    BackupJobDialog(Session *session, const Backup::BackupJob &job, QWidget *parent = nullptr);

    Backup::BackupJob job() const;
    QLabel *problems() const { return m_problems; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *targetEdit() const { return m_target; }
    QListWidget *guestList() const { return m_guests; }

private:
    QWidget *buildGuests(const Backup::BackupJob &job);
    QWidget *buildSchedule(const Backup::BackupJob &job);
    QWidget *buildStorage(const Backup::BackupJob &job);
    QWidget *buildMirror(const Backup::BackupJob &job);
    // Asks the mirror server for its host key (off the GUI thread) and pins
    // it once the admin has compared the fingerprint.
    void readHostKey();
    void validate();

    Session *m_session;
    qint64 m_id;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QListWidget *m_guests;
    QLineEdit *m_patterns;
    QListWidget *m_policies;
    QComboBox *m_kind;
    QSpinBox *m_everyHours;
    QTimeEdit *m_at;
    QList<QCheckBox *> m_weekdays;
    QComboBox *m_targetKind;
    QLineEdit *m_target;
    QWidget *m_targetRow;
    QComboBox *m_pool;
    QSpinBox *m_drillEvery;
    QSpinBox *m_drillAtOnce;
    QComboBox *m_drillHost;
    QLineEdit *m_mirror;
    QLineEdit *m_mirrorHostKey;
    QPushButton *m_readHostKey;
    QLabel *m_fingerprint;
    QLineEdit *m_mirrorIdentity;
    QSpinBox *m_mirrorKeepLast;
    QComboBox *m_transfer;
    QComboBox *m_mode;
    QSpinBox *m_fullEvery;
    QSpinBox *m_keepLast, *m_keepDaily, *m_keepWeekly, *m_keepMonthly;
    QSpinBox *m_concurrency;
    QSpinBox *m_bandwidth;
    QCheckBox *m_quiesce;
    QCheckBox *m_verify;
    QSpinBox *m_reverify;
    QSpinBox *m_rpo;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace Vigil::Ui
