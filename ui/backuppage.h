#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace Vigil {
class Session;
}

namespace Vigil::Models {
class BackupArtifactModel;
class BackupJobModel;
class BackupRunModel;
}

namespace Vigil::Ui {

// Backups: the jobs (next run, last result) with New, Edit, Run Now,
// Enable/Disable and Delete; the selected job's run history; the selected
// run's per-guest results (kind, size, duration, consistency, verify and
// mirror state, progress while it runs) with Verify Now, Restore… and Test
// Restore. Everything runs in the session's backup manager; the page only
// reads small rows from the database.
class BackupPage : public QWidget
{
    Q_OBJECT
public:
    explicit BackupPage(Session *session, QWidget *parent = nullptr);

    QTableView *jobView() const { return m_jobs; }
    QTableView *runView() const { return m_runs; }
    QTableView *artifactView() const { return m_artifacts; }
    QAction *newJobAction() const { return m_new; }
    QAction *runNowAction() const { return m_runNow; }
    QAction *restoreAction() const { return m_restore; }
    QAction *verifyAction() const { return m_verify; }
    QAction *cancelAction() const { return m_cancel; }

    void selectJob(int row);
    void selectRun(int row);
    void selectArtifact(int row);
    // Open (non-modal) and return the dialogs; null when nothing is selected.
    class RestoreDialog *openRestoreDialog();
    class BackupJobDialog *openJobDialog(bool create);

private:
    qint64 currentJobId() const;
    void updateActions();
    void onJobSelected();
    void onRunSelected();
    void reloadKeepingSelection();
    void showEvent(QShowEvent *event) override;

    Session *m_session;
    Models::BackupJobModel *m_jobModel;
    Models::BackupRunModel *m_runModel;
    Models::BackupArtifactModel *m_artifactModel;
    QTableView *m_jobs;
    QTableView *m_runs;
    QTableView *m_artifacts;
    QLabel *m_status;
    bool m_stale = false;   // backups changed while the page was hidden
    QAction *m_new, *m_edit, *m_runNow, *m_cancel, *m_toggle, *m_delete;
    QAction *m_verify, *m_restore, *m_testRestore;
};

} // namespace Vigil::Ui
