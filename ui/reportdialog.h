#pragma once

#include <QDialog>

#include "core/jobs.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

// Exports a health report: range, hosts, sections, format and file. The
// history is read and the file written on worker threads (with their own
// database connection); the GUI thread only takes a snapshot of the
// cluster and draws the two charts. Progress and Cancel while it runs;
// a cancelled or failed export leaves no file behind.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(Session *session, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setOutputPath(const QString &path);
    void setFormat(const QString &format);   // "pdf", "html", "csv", "json"
    void setRange(const QString &range);     // "1h", "24h", "7d", "30d"
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // ok: the file was written; otherwise `message` says why not.
    void finished(bool ok, const QString &message);

private:
    void browse();
    void generate();
    void cancel();
    void done(bool ok, const QString &message);
    void setRunning(bool running);

    Session *m_session;
    QComboBox *m_range;
    QComboBox *m_format;
    QListWidget *m_hosts;
    QList<QCheckBox *> m_sections;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    Jobs::StopFlag m_stop;   // the running report's, until the next one starts
};

} // namespace Vigil::Ui
