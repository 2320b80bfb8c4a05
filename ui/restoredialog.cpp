#include "restoredialog.h"
#include "models/statecolors.h"

#include "core/backup/backupmanager.h"
#include "core/backup/restorecheck.h"
#include "core/domainxml.h"
#include "core/jobs.h"
#include "core/cluster/clustermanager.h"
#include "core/session.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QTreeWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {
using namespace Vigil::Backup;
namespace {

bool hasFailure(const QList<Migration::Check> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const Migration::Check &c) { return c.result == Migration::Check::Result::Fail; });
}

QString firstFailure(const QList<Migration::Check> &checks)
{
    for (const Migration::Check &c : checks)
        if (c.result == Migration::Check::Result::Fail)
            return c.reason;
    return {};
}

} // namespace

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
              .arg(artifact.guestName, artifact.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), artifact.host,
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
    form->addRow(tr("Na&me:"), m_name);   // Alt+N is "new guest"
    m_diskDirectory = new QLineEdit(originalDiskDirectory(artifact));
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

    m_checks = new QTreeWidget;
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Details")});
    m_checks->setRootIsDecorated(false);
    m_checks->setAccessibleName(tr("Restore checklist"));
    m_checks->setMinimumHeight(110);
    layout->addWidget(m_checks);

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
    m_testHint = tr("Restore under a scratch name with network links down, start it, check that it runs "
                    "(and that its guest agent answers, if it has one), then remove it.");
    m_test->setToolTip(m_testHint);
    m_restore->setEnabled(!chain.isEmpty());
    m_test->setEnabled(!chain.isEmpty());
    m_restorable = !chain.isEmpty();
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
        m_result->setStyleSheet(ok ? QString() : Models::stateStyleSheet(Models::StateColor::Bad));
        Q_EMIT finished(ok, message);
    });
    for (QObject *input : {static_cast<QObject *>(m_host), static_cast<QObject *>(m_asNew),
                           static_cast<QObject *>(m_name), static_cast<QObject *>(m_start)}) {
        if (auto *combo = qobject_cast<QComboBox *>(input))
            connect(combo, &QComboBox::currentIndexChanged, this, &RestoreDialog::updateChecks);
        else if (auto *box = qobject_cast<QCheckBox *>(input))
            connect(box, &QCheckBox::toggled, this, &RestoreDialog::updateChecks);
        else if (auto *edit = qobject_cast<QLineEdit *>(input))
            connect(edit, &QLineEdit::textChanged, this, &RestoreDialog::updateChecks);
    }
    // The saved definition is read from the backup on a worker thread.
    Manifest manifest;
    QString ignored;
    manifestFromJson(artifact.manifest, &manifest, &ignored);
    const QString xmlPath = QDir(artifact.path).filePath(manifest.domainXmlFile);
    Jobs::run(this, [xmlPath] {
        QFile file(xmlPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }, [this](const QByteArray &xml) {
        DomainInfo guest;
        QString parseError;
        m_definitionRead = parseDomainXml(QString::fromUtf8(xml), guest, &parseError);
        m_guest = guest;
        if (!m_definitionRead)
            m_result->setText(tr("The saved definition cannot be read: %1").arg(parseError));
        updateChecks();
    });
    updateChecks();
    resize(600, sizeHint().height());
}

void RestoreDialog::updateChecks()
{
    m_checks->clear();
    if (!m_definitionRead) {
        m_restore->setEnabled(false);
        m_test->setEnabled(false);
        return;
    }
    const HostId host = m_host->currentData().toLongLong();
    const Ha::ClusterSnapshot snapshot = Ha::ClusterSnapshot::capture(*m_session->cluster());
    const QString name = m_asNew->isChecked() ? m_name->text().trimmed() : m_artifact.guestName;
    const QList<Migration::Check> checks = restoreChecks(snapshot, host, m_guest, name, m_start->isChecked());
    for (const Migration::Check &c : checks) {
        auto *item = new QTreeWidgetItem(m_checks, {c.name, Migration::resultName(c.result), c.reason});
        item->setToolTip(2, c.reason);
        item->setForeground(1, Models::stateColor(c.result == Migration::Check::Result::Fail   ? Models::StateColor::Bad
                                                  : c.result == Migration::Check::Result::Pass ? Models::StateColor::Good
                                                                                               : Models::StateColor::Warning));
    }
    m_checks->resizeColumnToContents(0);
    m_checks->resizeColumnToContents(1);
    const bool busy = m_operation != 0;
    m_restore->setEnabled(m_restorable && !busy && !hasFailure(checks));   // warnings: the user decides
    // A restore test always starts the copy, under its own scratch name.
    const QList<Migration::Check> testChecks =
        restoreChecks(snapshot, host, m_guest, u"%1-restore-test-%2"_s.arg(m_artifact.guestName).arg(m_artifact.id), true);
    m_test->setEnabled(m_restorable && !busy && !hasFailure(testChecks));
    m_test->setToolTip(hasFailure(testChecks) ? tr("A restore test cannot run on this host: %1").arg(firstFailure(testChecks))
                                              : m_testHint);
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
    if (busy) {
        m_restore->setEnabled(false);
        m_test->setEnabled(false);
    } else {
        updateChecks();
    }
}

} // namespace Vigil::Ui
