#include "restoredialog.h"

#include "core/backup/backupmanager.h"
#include "core/cluster/clustermanager.h"
#include "core/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vigil::Ui {
using namespace Vigil::Backup;

RestoreDialog::RestoreDialog(Session *session, const ArtifactRecord &artifact, QWidget *parent)
    : QDialog(parent), m_session(session), m_artifact(artifact)
{
    setWindowTitle(tr("Restore %1").arg(artifact.guestName));
    auto *layout = new QVBoxLayout(this);
    Store::BackupStore *store = session->backups()->store();
    QString chainError;
    const QList<ArtifactRecord> chain = store->chain(artifact.id, &chainError);
    qint64 chainBytes = 0;
    for (const ArtifactRecord &a : chain)
        chainBytes += a.sizeBytes;
    auto *about = new QLabel;
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    about->setText(chain.isEmpty()
        ? tr("This backup cannot be restored: %1").arg(chainError)
        : tr("Backup of %1 taken %2 on %3: %4, %5.\n%6 — %7 in %n backup(s).", nullptr, int(chain.size()))
              .arg(artifact.guestName, artifact.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs), artifact.host,
                   artifact.incremental ? tr("incremental") : tr("full"), consistencyText(artifact.consistency),
                   chain.size() > 1 ? tr("Restores the full backup and %1 incremental one(s) on top").arg(chain.size() - 1)
                                    : tr("A full backup"),
                   QLocale().formattedDataSize(chainBytes)));
    layout->addWidget(about);

    auto *form = new QFormLayout;
    m_host = new QComboBox;
    m_host->setAccessibleName(tr("Target host"));
    for (const HostConfig &host : session->cluster()->hosts()) {
        const bool up = session->cluster()->status(host.id).state == HostState::Up;
        m_host->addItem(up ? host.name : tr("%1 (unreachable)").arg(host.name), host.id);
        if (host.name == artifact.host)
            m_host->setCurrentIndex(m_host->count() - 1);
    }
    form->addRow(tr("&Host:"), m_host);
    m_asNew = new QCheckBox(tr("Restore as a &new guest (new name, UUID and MAC addresses)"));
    form->addRow(m_asNew);
    m_name = new QLineEdit(tr("%1-restored").arg(artifact.guestName));
    form->addRow(tr("&Name:"), m_name);
    Manifest manifest;
    QString ignored;
    manifestFromJson(artifact.manifest, &manifest, &ignored);
    m_diskDirectory = new QLineEdit(manifest.disks.isEmpty() ? QString()
                                                             : QFileInfo(manifest.disks.first().source).absolutePath());
    m_diskDirectory->setToolTip(tr("Where the restored disk files are created, as the host sees it. "
                                   "Existing files are never overwritten."));
    form->addRow(tr("&Disks go to:"), m_diskDirectory);
    m_start = new QCheckBox(tr("&Start the guest after restoring it"));
    form->addRow(m_start);
    layout->addLayout(form);

    // The original identity only when no guest on any host has it.
    bool originalExists = false;
    for (const HostConfig &host : session->cluster()->hosts())
        if (session->cluster()->domain(host.id, artifact.guestUuid))
            originalExists = true;
    m_asNew->setChecked(originalExists);
    m_asNew->setEnabled(!originalExists);
    if (originalExists)
        m_asNew->setToolTip(tr("%1 still exists; a restore next to it needs a new identity.").arg(artifact.guestName));
    m_name->setEnabled(m_asNew->isChecked());
    connect(m_asNew, &QCheckBox::toggled, m_name, &QLineEdit::setEnabled);

    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Restore in progress"));
    layout->addWidget(m_busy);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_test = buttons->addButton(tr("&Test Restore"), QDialogButtonBox::ActionRole);
    m_test->setToolTip(tr("Restore under a scratch name with network links down, start it, check that it runs "
                          "(and that its guest agent answers, if it has one), then remove it."));
    m_restore->setEnabled(!chain.isEmpty());
    m_test->setEnabled(!chain.isEmpty());
    connect(m_restore, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_test, &QPushButton::clicked, this, [this] { start(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(session->backups(), &BackupManager::operationFinished, this,
            [this](quint64 operation, bool ok, const QString &message) {
        if (operation != m_operation)
            return;
        m_operation = 0;
        setBusy(false);
        m_result->setText(ok ? tr("✔ %1").arg(message) : tr("✘ %1").arg(message));
        m_result->setStyleSheet(ok ? QString() : u"color: #c0392b"_qs);
        Q_EMIT finished(ok, message);
    });
    resize(560, sizeHint().height());
}

void RestoreDialog::start(bool test)
{
    const HostId host = m_host->currentData().toLongLong();
    setBusy(true);
    m_result->setText(test ? tr("Restoring into a scratch guest, starting it…") : tr("Restoring…"));
    m_result->setStyleSheet(QString());
    if (test) {
        m_operation = m_session->backups()->testRestore(m_artifact.id, host);
        return;
    }
    BackupManager::RestoreSpec spec;
    spec.artifactId = m_artifact.id;
    spec.host = host;
    spec.name = m_asNew->isChecked() ? m_name->text().trimmed() : QString();
    spec.diskDirectory = m_diskDirectory->text().trimmed();
    spec.start = m_start->isChecked();
    m_operation = m_session->backups()->restore(spec);
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_restore->setEnabled(!busy);
    m_test->setEnabled(!busy);
}

} // namespace Vigil::Ui
