#pragma once

#include <QString>

#include <optional>

namespace Vigil::Virt {

// Where a remote libvirt URI opens its network connection, as the transport
// itself would work it out: for ssh and libssh that is OpenSSH's own view
// (`ssh -G`: Host aliases, HostName, Port, User from ~/.ssh/config).
struct HostEndpoint {
    QString transport;        // ssh, libssh, libssh2, tls, tcp
    QString host;             // name or address the socket connects to
    int port = 0;
    QString user;             // ssh transports: the login name
    // ssh goes through a ProxyCommand or ProxyJump: the host itself is not
    // reachable from here, so it is not probed directly.
    bool proxied = false;
    // ssh: the file new host keys go to (the first UserKnownHostsFile) and
    // whether OpenSSH hashes the names in it (Debian does by default).
    QString knownHostsFile;
    bool hashKnownHosts = false;
    QString hostKeyAlias;     // ssh: HostKeyAlias, the name ssh checks the key under

    bool usesSsh() const { return transport == u"ssh" || transport == u"libssh" || transport == u"libssh2"; }
    // "host:port" for messages, "[v6]:port" for IPv6 addresses.
    QString display() const;
};

// Null for local URIs (qemu:///system, test:///…) and unparsable ones.
// Runs `ssh -G` for ssh transports: call it from a worker thread.
std::optional<HostEndpoint> hostEndpoint(const QString &uri);

} // namespace Vigil::Virt
