#include "backuppage.h"

#include "backupjobdialog.h"
#include "percentbardelegate.h"
#include "restoredialog.h"
#include "core/backup/backupmanager.h"
#include "core/session.h"
#include "models/backupartifactmodel.h"
#include "models/backupjobmodel.h"
#include "models/backuprunmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {
using namespace Vigil::Backup;
namespace {

QTableView *table(QAbstractItemModel *model, const QString &accessibleName)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Few rows: columns fit their contents (paths and guest lists are long).
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setAccessibleName(accessibleName);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QToolBar *tools = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()));
    if (tools) {
        auto *row = new QHBoxLayout;
        row->addWidget(label);
        row->addStretch();
        row->addWidget(tools);
        layout->addLayout(row);
    } else {
        layout->addWidget(label);
    }
    layout->addWidget(content);
    return box;
}

} // namespace

BackupPage::BackupPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    BackupManager *backups = session->backups();
    m_jobModel = new Models::BackupJobModel(backups->store(), this);
    m_runModel = new Models::BackupRunModel(backups->store(), this);
    m_artifactModel = new Models::BackupArtifactModel(backups->store(), this);
    m_jobs = table(m_jobModel, tr("Backup jobs"));
    m_runs = table(m_runModel, tr("Runs of the selected job"));
    m_artifacts = table(m_artifactModel, tr("Guests of the selected run"));
    m_artifacts->setItemDelegateForColumn(Models::BackupArtifactModel::Progress,
                                          new PercentBarDelegate(Models::BackupArtifactModel::PercentRole, this,
                                                                 PercentBarDelegate::Kind::Progress));

    auto *jobTools = new QToolBar;
    jobTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = jobTools->addAction(tr("&New Job…"), this, [this] { openJobDialog(true); });
    m_new->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_edit = jobTools->addAction(tr("&Edit…"), this, [this] { openJobDialog(false); });
    m_runNow = jobTools->addAction(tr("&Run Now"), this, [this] {
        QString error;
        if (m_session->backups()->runJob(currentJobId(), u"manual"_s, &error) == 0)
            QMessageBox::warning(this, tr("Backup"), error);
        updateActions();
    });
    m_runNow->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_cancel = jobTools->addAction(tr("&Cancel Run"), this, [this] {
        for (qint64 run : m_session->backups()->runningRuns())
            if (m_session->backups()->store()->run(run)->jobId == currentJobId())
                m_session->backups()->cancelRun(run);
    });
    m_toggle = jobTools->addAction(tr("&Disable"), this, [this] {
        BackupJob job = m_jobModel->jobAt(m_jobs->currentIndex().row());
        job.enabled = !job.enabled;
        QString error;
        if (!m_session->backups()->store()->saveJob(job, &error))
            QMessageBox::warning(this, tr("Backup"), error);
        m_jobModel->reload();
        m_session->refreshBackupStatus();
        selectJob(m_jobModel->rowOf(job.id));
    });
    m_delete = jobTools->addAction(tr("De&lete"), this, [this] {
        const BackupJob job = m_jobModel->jobAt(m_jobs->currentIndex().row());
        if (QMessageBox::question(this, tr("Delete Backup Job"),
                                  tr("Delete the job %1? Its backups stay on disk and can still be restored.")
                                      .arg(job.name)) != QMessageBox::Yes)
            return;
        QString error;
        if (!m_session->backups()->store()->removeJob(job.id, &error))
            QMessageBox::warning(this, tr("Backup"), error);
        m_jobModel->reload();
        m_session->refreshBackupStatus();
        onJobSelected();
    });

    auto *guestTools = new QToolBar;
    guestTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_verify = guestTools->addAction(tr("&Verify Now"), this, [this] {
        const ArtifactRecord a = m_artifactModel->artifactAt(m_artifacts->currentIndex().row());
        m_status->setText(tr("Verifying the backup of %1…").arg(a.guestName));
        m_session->backups()->verify(a.id);
    });
    m_restore = guestTools->addAction(tr("Re&store…"), this, &BackupPage::openRestoreDialog);
    m_testRestore = guestTools->addAction(tr("&Test Restore"), this, [this] {
        const ArtifactRecord a = m_artifactModel->artifactAt(m_artifacts->currentIndex().row());
        const auto hosts = m_session->cluster()->hosts();
        HostId host = 0;
        for (const HostConfig &h : hosts)
            if (h.name == a.host)
                host = h.id;
        m_status->setText(tr("Restore test of %1 running (restore, boot, check, remove)…").arg(a.guestName));
        m_session->backups()->testRestore(a.id, host);
    });

    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(titled(tr("Backup jobs"), m_jobs, jobTools));
    splitter->addWidget(titled(tr("Run history"), m_runs));
    splitter->addWidget(titled(tr("Guests in the selected run"), m_artifacts, guestTools));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_jobs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupPage::onJobSelected);
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupPage::onRunSelected);
    connect(m_artifacts->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupPage::updateActions);
    connect(m_jobs, &QTableView::doubleClicked, this, [this] { openJobDialog(false); });
    connect(m_artifacts, &QTableView::doubleClicked, this, &BackupPage::openRestoreDialog);

    connect(backups, &BackupManager::runChanged, this, [this](const RunRecord &run) {
        QSet<qint64> running;
        for (qint64 id : m_session->backups()->runningRuns())
            if (const auto r = m_session->backups()->store()->run(id))
                running.insert(r->jobId);
        const qint64 job = currentJobId();
        m_jobModel->reload();
        m_jobModel->setRunning(running);
        selectJob(m_jobModel->rowOf(job));
        if (run.jobId == job) {
            m_runModel->reload();
            selectRun(m_runModel->rowOf(run.id));
        }
        updateActions();
    });
    connect(backups, &BackupManager::artifactChanged, m_artifactModel, &Models::BackupArtifactModel::update);
    connect(backups, &BackupManager::progressChanged, this, [this](qint64 id, const Virt::BackupProgress &p) {
        m_artifactModel->setProgress(id, p.processed, p.total, p.elapsedMs);
    });
    connect(backups, &BackupManager::operationFinished, this, [this](quint64, bool ok, const QString &message) {
        m_status->setText(ok ? message : tr("Failed: %1").arg(message));
    });
    // Runs started by an agent (or another console) on the same database
    // show up too: the session's change feed says when backups changed.
    connect(session, &Session::backupsChanged, this, [this] {
        if (isVisible())
            reloadKeepingSelection();
        else
            m_stale = true;
    });
    // RPO and drill compliance, as the session last read it (every 30 s and
    // after every run, this process's or another's).
    m_jobModel->setStatus(session->backupStatus());
    connect(session, &Session::backupStatusChanged, m_jobModel,
            [this] { m_jobModel->setStatus(m_session->backupStatus()); });
    if (m_jobModel->rowCount() > 0)
        selectJob(0);
    updateActions();
}

void BackupPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        reloadKeepingSelection();
}

void BackupPage::reloadKeepingSelection()
{
    const qint64 job = currentJobId();
    const QModelIndex runIndex = m_runs->currentIndex();
    const qint64 run = runIndex.isValid() ? m_runModel->runAt(runIndex.row()).id : 0;
    m_jobModel->reload();
    selectJob(std::max(0, m_jobModel->rowOf(job)));
    m_runModel->reload();
    selectRun(std::max(0, m_runModel->rowOf(run)));
    m_artifactModel->reload();
    updateActions();
}

qint64 BackupPage::currentJobId() const
{
    const QModelIndex index = m_jobs->currentIndex();
    return index.isValid() ? m_jobModel->jobAt(index.row()).id : 0;
}

void BackupPage::selectJob(int row)
{
    if (row >= 0 && row < m_jobModel->rowCount())
        m_jobs->setCurrentIndex(m_jobModel->index(row, 0));
}

void BackupPage::selectRun(int row)
{
    if (row >= 0 && row < m_runModel->rowCount())
        m_runs->setCurrentIndex(m_runModel->index(row, 0));
}

void BackupPage::selectArtifact(int row)
{
    if (row >= 0 && row < m_artifactModel->rowCount())
        m_artifacts->setCurrentIndex(m_artifactModel->index(row, 0));
}

void BackupPage::onJobSelected()
{
    m_runModel->showJob(currentJobId() == 0 ? -1 : currentJobId());
    if (m_runModel->rowCount() > 0)
        selectRun(0);
    else
        m_artifactModel->showRun(-1);
    updateActions();
}

void BackupPage::onRunSelected()
{
    const QModelIndex index = m_runs->currentIndex();
    m_artifactModel->showRun(index.isValid() ? m_runModel->runAt(index.row()).id : -1);
    if (m_artifactModel->rowCount() > 0)
        selectArtifact(0);
    updateActions();
}

BackupJobDialog *BackupPage::openJobDialog(bool create)
{
    BackupJob job;
    if (!create) {
        if (!m_jobs->currentIndex().isValid())
            return nullptr;
        job = m_jobModel->jobAt(m_jobs->currentIndex().row());
    }
    auto *dialog = new BackupJobDialog(m_session, job, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        BackupJob edited = dialog->job();
        QString error;
        if (!m_session->backups()->store()->saveJob(edited, &error)) {
            QMessageBox::warning(this, tr("Backup"), error);
            return;
        }
        m_jobModel->reload();
        m_session->refreshBackupStatus();
        selectJob(m_jobModel->rowOf(edited.id));
    });
    dialog->open();
    return dialog;
}

RestoreDialog *BackupPage::openRestoreDialog()
{
    const QModelIndex index = m_artifacts->currentIndex();
    if (!index.isValid() || !m_artifactModel->artifactAt(index.row()).isRestorable())
        return nullptr;
    auto *dialog = new RestoreDialog(m_session, m_artifactModel->artifactAt(index.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void BackupPage::updateActions()
{
    const bool hasJob = currentJobId() != 0;
    const bool running = hasJob && m_session->backups()->isJobRunning(currentJobId());
    m_edit->setEnabled(hasJob);
    m_runNow->setEnabled(hasJob && !running);
    m_cancel->setEnabled(running);
    m_delete->setEnabled(hasJob && !running);
    m_toggle->setEnabled(hasJob);
    if (hasJob)
        m_toggle->setText(m_jobModel->jobAt(m_jobs->currentIndex().row()).enabled ? tr("&Disable") : tr("&Enable"));
    const QModelIndex a = m_artifacts->currentIndex();
    const ArtifactRecord artifact = a.isValid() ? m_artifactModel->artifactAt(a.row()) : ArtifactRecord();
    m_verify->setEnabled(artifact.state == ArtifactRecord::State::Complete);
    m_restore->setEnabled(artifact.isRestorable());
    m_testRestore->setEnabled(artifact.isRestorable());
}

} // namespace Vigil::Ui
