#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>

#include "policy.h"

namespace Vigil::Ha {

// Runs one fence action: the program and its arguments straight through
// QProcess (no shell), with {host}, {uri} and {address} substituted inside
// single arguments. Confirmed when the program exits 0 within the timeout;
// a program that hangs is killed and counts as a failed fence. What it
// reports (finished()) never carries the secrets of its command line.
class Fencer : public QObject
{
    Q_OBJECT
public:
    struct Target {
        QString host;
        QString uri;
        QString address;
    };
    explicit Fencer(QObject *parent = nullptr);
    // A program still running is killed, and its end reported to no one.
    ~Fencer() override;

    // Placeholders are replaced in one pass: text that came from a target's
    // field is never expanded again.
    static QStringList expand(const QStringList &argv, const Target &target);
    // The argv as it may be shown or logged: the values of secret options
    // (--password X, -p X, --password=X, --community …) become "***";
    // hide() removes the same values from any text, such as the agent's output.
    struct Redacted {
        QStringList argv;
        QStringList secrets;
        QString hide(QString text) const;
    };
    static Redacted redact(const QStringList &argv);
    // For "Test fence command": the same argv with the fence agent's action
    // (--action X, --action=X, -o X) switched to "status", so testing never
    // powers a host off. Empty when no action argument is found: then the
    // command is not safe to test and is not run.
    static QStringList statusArgv(const QStringList &argv);
    void run(const FenceAction &action, const Target &target);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

Q_SIGNALS:
    void finished(bool confirmed, const QString &message);

private:
    void done(bool confirmed, const QString &message);
    QProcess m_process;
    QTimer m_timeout;
    Redacted m_redacted;
    bool m_reported = true;
};

} // namespace Vigil::Ha
