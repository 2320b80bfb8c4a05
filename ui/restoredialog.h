#pragma once

#include <QDialog>

#include "core/backup/backuprecord.h"
#include "core/inventory.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

// Restores one guest's backup (with the chain it builds on) to a host: as
// the original guest or as a new one (new name, UUID, MAC addresses, disk
// files), optionally started; or runs a restore test (restore under a
// scratch name with network links down, boot, check, remove). Works on the
// backup manager's threads; the dialog stays responsive and shows the result.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(Session *session, const Backup::ArtifactRecord &artifact, QWidget *parent = nullptr);

    QComboBox *hostBox() const { return m_host; }
    QCheckBox *asNewBox() const { return m_asNew; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *diskDirectoryEdit() const { return m_diskDirectory; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }
    QTreeWidget *checkList() const { return m_checks; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void start(bool test);
    void setBusy(bool busy);
    // The checklist for the chosen host, name and start; Restore and Test
    // Restore stay disabled while a check fails.
    void updateChecks();

    Session *m_session;
    Backup::ArtifactRecord m_artifact;
    QComboBox *m_host;
    QCheckBox *m_asNew;
    QLineEdit *m_name;
    QLineEdit *m_diskDirectory;
    QCheckBox *m_start;
    QPushButton *m_restore;
    QPushButton *m_test;
    QTreeWidget *m_checks;
    DomainInfo m_guest;             // the saved definition, once read
    bool m_definitionRead = false;
    bool m_restorable = false;
    QString m_testHint;
    QProgressBar *m_busy;
    QLabel *m_result;
    quint64 m_operation = 0;
};

} // namespace Vigil::Ui
