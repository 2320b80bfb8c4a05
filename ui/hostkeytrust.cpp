#include "hostkeytrust.h"

#include "core/jobs.h"
#include "core/virt/libsshhostkeys.h"
#include "core/virt/sshhostkeys.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Vigil::Ui {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ui::HostKeyTrust)
};
} // namespace

void confirmAndTrustHostKey(QWidget *parent, const QString &hostName, const QString &uri,
                            const QString &fingerprint, QObject *context,
                            std::function<void(const QString &error)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question, Text::tr("Trust Host Key"),
                                Text::tr("<p>%1 offers this SSH host key, which this computer has not seen before:</p>"
                                         "<p><nobr><tt>%2</tt></nobr></p>"
                                         "<p>Compare it with the host's own before you trust it. On the host, run:</p>"
                                         "<pre>for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done</pre>"
                                         "<p>Trust it only if both are the same.</p>")
                                    .arg(hostName.toHtmlEscaped(), fingerprint),
                                QMessageBox::Cancel, parent);
    QPushButton *trust = box->addButton(Text::tr("Trust This Key"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);   // Enter must not trust a key unread
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context, [box, trust, uri, fingerprint, context, done]() {
        if (box->clickedButton() != trust)
            return;
        Jobs::run(context, [uri, fingerprint]() {
            QString error = Text::tr("%1 is not reached over ssh").arg(uri);
            const std::optional<Virt::HostEndpoint> endpoint = Virt::hostEndpoint(uri);
            if (!endpoint || !endpoint->usesSsh())
                return error;
            // OpenSSH reads ssh's known_hosts; libssh and libssh2 libvirt's own.
            const bool trusted = endpoint->transport == u"ssh" ? Virt::trustHostKey(*endpoint, fingerprint, &error)
                                                               : Virt::trustLibsshHostKey(uri, fingerprint, &error);
            if (trusted)
                error.clear();
            return error;
        }, done);
    });
    box->open();
}

} // namespace Vigil::Ui
