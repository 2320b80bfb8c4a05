#pragma once

#include "core/credentials/credentialstore.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace Vigil::Ui {

// Host logins the admin asked the console to remember, in the desktop
// keyring (Secret Service or KWallet, through QtKeychain), one entry per
// host URI. Never in a plain file: without a keyring the login lasts until
// Vigil quits. Every call is asynchronous; `done` runs on `context`'s
// thread, not at all once `context` is gone.
namespace Keyring {

// The login stored for `uri`, or none; `error` is empty when the keyring
// answered (also when it had nothing).
void readLogin(const QString &uri, QObject *context,
               std::function<void(const std::optional<HostCredentials> &login, const QString &error)> done);
// Stores (replaces) the login for `uri`; `done` gets why not, or nothing.
void storeLogin(const QString &uri, const HostCredentials &login, QObject *context,
                std::function<void(const QString &error)> done);
// Forgets it (nothing stored is no error).
void forgetLogin(const QString &uri, QObject *context, std::function<void(const QString &error)> done);

} // namespace Keyring
} // namespace Vigil::Ui
