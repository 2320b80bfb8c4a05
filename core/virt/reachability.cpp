#include "reachability.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Virt)
};

struct AddressList {
    addrinfo *first = nullptr;
    ~AddressList() { if (first) freeaddrinfo(first); }
};

// 0 when connected, else the errno of the failure (ETIMEDOUT when the
// deadline passed without an answer).
int connectWithin(const addrinfo *address, int timeoutMs)
{
    const int fd = socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                          address->ai_protocol);
    if (fd < 0)
        return errno;
    int error = 0;
    if (::connect(fd, address->ai_addr, address->ai_addrlen) < 0) {
        error = errno;
        if (error == EINPROGRESS) {
            QElapsedTimer waited;
            waited.start();
            pollfd watch{fd, POLLOUT, 0};
            int ready;
            do {
                ready = poll(&watch, 1, std::max(0, timeoutMs - int(waited.elapsed())));
            } while (ready < 0 && errno == EINTR);
            if (ready < 0) {
                error = errno;
            } else if (ready == 0) {
                error = ETIMEDOUT;
            } else {
                socklen_t length = sizeof(error);
                if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) < 0)
                    error = errno;
            }
        }
    }
    close(fd);
    return error;
}

QString failureText(const HostEndpoint &endpoint, int error, int timeoutMs)
{
    switch (error) {
    case ETIMEDOUT:
        return Text::tr("no answer from %1 within %2 s: the host is down, or a firewall drops the packets")
            .arg(endpoint.display()).arg(timeoutMs / 1000);
    case ECONNREFUSED:
        return Text::tr("%1 refused the connection: nothing listens on port %2 (is %3 running there, "
                        "and is the port right?)")
            .arg(endpoint.display()).arg(endpoint.port)
            .arg(endpoint.usesSsh() ? QStringLiteral("sshd") : QStringLiteral("libvirtd"));
    case EHOSTUNREACH:
    case ENETUNREACH:
        return Text::tr("no route to %1: the host is down or not on a network this machine reaches")
            .arg(endpoint.host);
    }
    return Text::tr("cannot connect to %1: %2").arg(endpoint.display(), QString::fromLocal8Bit(strerror(error)));
}

} // namespace

bool probeTcp(const HostEndpoint &endpoint, int timeoutMs, QString *reason)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    AddressList addresses;
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray port = QByteArray::number(endpoint.port);
    const int status = getaddrinfo(host.constData(), port.constData(), &hints, &addresses.first);
    if (status != 0) {
        *reason = Text::tr("the name %1 does not resolve: %2").arg(endpoint.host, QString::fromLocal8Bit(gai_strerror(status)));
        return false;
    }
    // Every address the name has, as a connecting client would, within one
    // deadline; each gets an equal share of what is left, so a dropped IPv6
    // address does not use it all before IPv4 is tried.
    QElapsedTimer elapsed;
    elapsed.start();
    int remaining = 0;
    for (const addrinfo *address = addresses.first; address; address = address->ai_next)
        ++remaining;
    int error = ETIMEDOUT;
    for (const addrinfo *address = addresses.first; address; address = address->ai_next, --remaining) {
        const int left = timeoutMs - int(elapsed.elapsed());
        if (left <= 0)
            break;
        error = connectWithin(address, left / remaining);
        if (error == 0)
            return true;
    }
    *reason = failureText(endpoint, error, timeoutMs);
    return false;
}

} // namespace Vigil::Virt
