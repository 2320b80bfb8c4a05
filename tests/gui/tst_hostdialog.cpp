#include "common/testsupport.h"
#include "ui/hostdialog.h"
#include "core/jobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Ui::HostDialog;

class TestHostDialog : public QObject
{
    Q_OBJECT

    static QLineEdit *uriEdit(HostDialog &d) { return d.findChildren<QLineEdit *>().at(1); }
    static QPushButton *okButton(HostDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void validatesAsYouType()
    {
        HostDialog dialog({u"Rack 1"_s});
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(uriEdit(dialog), u"qemu+ssh:///system"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());
        QLabel *hint = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text().contains(u"needs a host name"_s))
                hint = l;
        QVERIFY2(hint, "the reason is shown next to the URI");

        uriEdit(dialog)->setText(u"qemu+ssh://root@kvm7.example.com/system"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        const HostConfig config = dialog.config();
        QCOMPARE(config.name, u"kvm7.example.com"_s);   // derived from the URI when left empty
        QCOMPARE(config.keepaliveInterval, 2);
        QCOMPARE(config.keepaliveCount, 3);
    }

    void saveErrorKeepsDialogOpen()
    {
        HostDialog dialog({});
        dialog.setConfig(Test::hostConfig(0, u"dup"_s, u"test:///default"_s));
        int calls = 0;
        dialog.setSaveHandler([&calls](const HostConfig &) {
            ++calls;
            return u"A host named \"dup\" already exists."_s;
        });
        dialog.show();
        okButton(dialog)->click();
        QCOMPARE(calls, 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusLabel()->text().contains(u"already exists"_s));
        QCOMPARE(dialog.result(), 0);
    }

    // Typing starts in the URI; a long error grows the dialog instead of
    // being clipped or squashing the fields.
    void startsInTheUriAndMakesRoomForLongErrors()
    {
        HostDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(), uriEdit(dialog));
        dialog.setConfig(Test::hostConfig(0, u"small"_s, u"test:///default"_s));
        dialog.setSaveHandler([](const HostConfig &) {
            return u"Cannot connect: ssh said: Host key verification failed. The host's key is not among the "
                   "known hosts of this user; compare the fingerprint SHA256:0123456789abcdefghijklmnopqrstuvwxyzABCDEFG "
                   "with the one the host shows and accept it, or run ssh-keyscan. Then try again. The agent accepts "
                   "only keys already known, so accept the key here before you start it, or add it to the known "
                   "hosts file of the user the agent runs as. Batch mode is on: ssh never asks for a password."_s;
        });
        okButton(dialog)->click();
        QLabel *status = dialog.statusLabel();
        QTRY_VERIFY2(status->height() >= status->heightForWidth(status->width()),
                     qPrintable(u"%1 < %2"_s.arg(status->height()).arg(status->heightForWidth(status->width()))));
        QVERIFY(status->heightForWidth(status->width()) > 2 * status->fontMetrics().height());
        // Nothing squashed: every field keeps its height, the buttons stay inside.
        const QList<QWidget *> fields{dialog.findChildren<QLineEdit *>().at(0), uriEdit(dialog),
                                      dialog.findChild<QComboBox *>()};
        for (QWidget *field : fields)
                QVERIFY2(field->height() >= field->sizeHint().height(),
                         qPrintable(u"%1 < %2"_s.arg(field->height()).arg(field->sizeHint().height())));
        QWidget *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->geometry().bottom() <= dialog.height());
        QVERIFY(status->geometry().bottom() < buttons->geometry().top());
    }

    void testConnectionReportsSuccessAndFailure()
    {
        HostDialog dialog({});
        dialog.setConfig(Test::hostConfig(0, u"small"_s, Test::nodeUri(u"node-small.xml"_s)));
        dialog.testButton()->click();
        QTRY_VERIFY(dialog.statusLabel()->text().contains(u"Connected"_s));
        QVERIFY(dialog.statusLabel()->text().contains(u"8 CPUs"_s));
        QVERIFY(dialog.statusLabel()->text().contains(u"3 guests"_s));

        uriEdit(dialog)->setText(u"test+tcp://127.0.0.253:1/default"_s);
        dialog.testButton()->click();
        QTRY_VERIFY(dialog.statusLabel()->text().contains(u"127.0.0.253:1 refused the connection"_s));
        QVERIFY(!dialog.trustKeyButton()->isVisible());   // nothing to trust: not an ssh key problem
    }

    void hungHostNeverBlocksTheGuiThread()
    {
        // A server that accepts TCP connections and never answers: libvirt's
        // open() blocks on it. The dialog must stay responsive regardless.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        HostDialog dialog({});
        dialog.setConfig(Test::hostConfig(0, u"hung"_s,
                                          QStringLiteral("test+tcp://127.0.0.1:%1/default").arg(silent.serverPort())));
        QElapsedTimer clock;
        clock.start();
        dialog.testButton()->click();
        QVERIFY2(clock.elapsed() < 50, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(dialog.statusLabel()->text().contains(u"Connecting"_s));
        // The event loop keeps turning while the probe hangs: a 10 ms timer
        // fires on time, repeatedly.
        qint64 worst = 0;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer tick;
            tick.start();
            QTest::qWait(10);
            worst = std::max(worst, tick.elapsed());
        }
        QVERIFY2(worst < 60, qPrintable(QString::number(worst)));
        // The dialog can be closed while the probe still hangs; its late answer is dropped.
        dialog.reject();
        // Hang up on the probe so that its thread ends before the program
        // does (a thread still inside libvirt at exit crashed under ASan).
        QTRY_VERIFY(silent.hasPendingConnections());
        while (silent.hasPendingConnections())
            delete silent.nextPendingConnection();
        silent.close();
        QVERIFY(Jobs::pool()->waitForDone(30000));
    }
};

VIGIL_TEST_GUI_MAIN(TestHostDialog)
#include "tst_hostdialog.moc"
