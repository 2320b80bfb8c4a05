#include "reportdialog.h"

#include "report/reportrenderer.h"
#include "core/report/reportcollector.h"
#include "core/jobs.h"
#include "core/session.h"
#include "core/store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {
namespace {

struct Collected {
    bool ok = false;
    QString error;
    Report::ReportData data;
};

} // namespace

ReportDialog::ReportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_range(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_hosts(new QListWidget(this))
    , m_path(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_generate(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    setWindowTitle(tr("Export Health Report"));
    m_range->addItem(tr("Last hour"), u"1h"_s);
    m_range->addItem(tr("Last 24 hours"), u"24h"_s);
    m_range->addItem(tr("Last 7 days"), u"7d"_s);
    m_range->addItem(tr("Last 30 days"), u"30d"_s);
    m_range->setCurrentIndex(1);
    m_format->addItem(tr("PDF document"), u"pdf"_s);
    m_format->addItem(tr("HTML page"), u"html"_s);
    m_format->addItem(tr("CSV table"), u"csv"_s);
    m_format->addItem(tr("JSON data"), u"json"_s);
    m_hosts->setAccessibleName(tr("Hosts in the report"));
    for (const HostConfig &host : session->cluster()->hosts()) {
        auto *item = new QListWidgetItem(host.name, m_hosts);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    const std::pair<unsigned, QString> sections[] = {
        {Report::Summary, tr("Cluster summary")}, {Report::Charts, tr("Charts")},
        {Report::Hosts, tr("Host health and capacity")}, {Report::StorageAndNetworks, tr("Storage pools and networks")},
        {Report::Alerts, tr("Alerts")}, {Report::Actions, tr("Actions and changes")},
        {Report::HaReadiness, tr("HA readiness")}, {Report::Backups, tr("Backups")}};
    auto *sectionBox = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sectionBox);
    for (const auto &[flag, label] : sections) {
        auto *box = new QCheckBox(label, sectionBox);
        box->setChecked(true);
        box->setProperty("section", flag);
        sectionLayout->addWidget(box);
        m_sections.append(box);
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents)
                        .filePath(QStringLiteral("vigil-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() {
        QString path = m_path->text();
        const qsizetype dot = path.lastIndexOf(u'.');
        if (dot > path.lastIndexOf(u'/'))
            path.truncate(dot);
        m_path->setText(path + u'.' + m_format->currentData().toString());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Range:"), m_range);
    form->addRow(tr("&Format:"), m_format);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("&Save to:"), pathRow);
    auto *choices = new QHBoxLayout;
    auto *hostBox = new QGroupBox(tr("Hosts"), this);
    auto *hostLayout = new QVBoxLayout(hostBox);
    hostLayout->addWidget(m_hosts);
    choices->addWidget(hostBox, 1);
    choices->addWidget(sectionBox);

    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_generate, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_generate, &QPushButton::clicked, this, &ReportDialog::generate);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(choices, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setRunning(false);
    resize(620, 520);
}

ReportDialog::~ReportDialog()
{
    // A collection still running on a worker stops at its next step.
    if (m_stop)
        m_stop->store(true);
}

void ReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

void ReportDialog::setFormat(const QString &format)
{
    const QString path = m_path->text();
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
    m_path->setText(path);
}

void ReportDialog::setRange(const QString &range)
{
    m_range->setCurrentIndex(std::max(0, m_range->findData(range)));
}

void ReportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ReportDialog::setRunning(bool running)
{
    m_generate->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_hosts->setEnabled(!running);
    m_range->setEnabled(!running);
    m_format->setEnabled(!running);
    m_path->setEnabled(!running);
}

void ReportDialog::generate()
{
    QStringList hosts;
    for (int i = 0; i < m_hosts->count(); ++i)
        if (m_hosts->item(i)->checkState() == Qt::Checked)
            hosts << m_hosts->item(i)->text();
    if (hosts.isEmpty()) {
        m_status->setText(tr("Pick at least one host."));
        return;
    }
    unsigned sections = 0;
    for (QCheckBox *box : std::as_const(m_sections))
        if (box->isChecked())
            sections |= box->property("section").toUInt();
    const QString range = m_range->currentData().toString();
    const auto format = *Report::formatFromName(m_format->currentData().toString());
    const QString path = m_path->text();
    const QDateTime to = QDateTime::currentDateTimeUtc();
    // The snapshot is taken here (cheap copies); everything slow runs on workers.
    const Report::ReportInput input = Report::captureInput(*m_session->cluster(), m_session->policies(),
                                                           to.addSecs(-Report::rangeSeconds(range)), to, range, sections, hosts);
    m_stop = Jobs::makeStopFlag();
    setRunning(true);
    m_progress->setValue(0);
    m_status->setText(tr("Collecting…"));

    const Jobs::StopFlag stop = m_stop;
    const QString dbPath = m_session->databasePath();
    const CallbackGuardPtr dialog = Jobs::linkTo(this);
    const auto collect = [input, dbPath, dialog, this](const std::atomic<bool> &cancelled) {
        Collected result;
        Store::Database::withConnection(dbPath, QStringLiteral("report"), [&](QSqlDatabase db, const QString &error) {
            if (!error.isEmpty()) {
                result.error = error;
            } else {
                result.ok = Report::collectReport(input, db, result.data, [&](int percent, const QString &step) {
                    dialog->post([this, percent, step]() {
                        m_progress->setValue(percent * 9 / 10);
                        m_status->setText(step);
                    });
                    return !cancelled.load();
                });
                if (!result.ok)
                    result.error = tr("Cancelled; nothing was written.");
            }
        });
        return result;
    };
    Jobs::run(this, collect, [this, format, path, stop](const Collected &collected) {
        if (stop->load()) {
            done(false, tr("Cancelled; nothing was written."));
            return;
        }
        if (!collected.ok) {
            done(false, collected.error);
            return;
        }
        m_status->setText(tr("Drawing charts…"));
        const QList<RenderedChart> charts = (format == Report::Format::Pdf || format == Report::Format::Html)
                                                ? renderReportCharts(collected.data)
                                                : QList<RenderedChart>();
        if (stop->load()) {
            done(false, tr("Cancelled; nothing was written."));
            return;
        }
        m_progress->setValue(95);
        m_status->setText(tr("Writing %1…").arg(path));
        Jobs::run(this, [data = collected.data, charts, format, path]() {
            QString error;
            return writeReport(data, charts, format, path, &error) ? QString() : error;
        }, [this, path](const QString &error) {
            done(error.isEmpty(), error.isEmpty() ? tr("Saved to %1.").arg(path) : error);
        }, stop);
    }, stop);
}

void ReportDialog::cancel()
{
    if (m_stop)
        m_stop->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ReportDialog::done(bool ok, const QString &message)
{
    setRunning(false);
    m_progress->setValue(ok ? 100 : 0);
    if (ok)
        m_status->setText(tr("%1 <a href=\"%2\">Open it</a>")
                              .arg(message.toHtmlEscaped(), QUrl::fromLocalFile(m_path->text()).toString().toHtmlEscaped()));
    else
        m_status->setText(message.toHtmlEscaped());
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    Q_EMIT finished(ok, message);
}

} // namespace Vigil::Ui
