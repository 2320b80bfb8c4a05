#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace Vigil::Ui {

// Asks the admin to compare the SSH host key a host offers (its fingerprint)
// with the host's own and, if they agree, trusts it in the known_hosts file
// the URI's transport reads, off the GUI thread. `done` gets an empty string
// once trusted, else why not; it is not called when the admin cancels or
// `context` is gone. Used by Host ▸ Trust Host Key and the Add Host dialog.
void confirmAndTrustHostKey(QWidget *parent, const QString &hostName, const QString &uri,
                            const QString &fingerprint, QObject *context,
                            std::function<void(const QString &error)> done);

} // namespace Vigil::Ui
