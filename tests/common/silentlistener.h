#pragma once

#include <QtGlobal>

namespace Vigil::Test {

// A TCP port on 127.0.0.1 that accepts connections (the kernel queues them)
// and never reads or answers: a host that is up on the network but whose
// daemon is hung. Closing it resets the queued connections.
class SilentListener
{
public:
    SilentListener();
    ~SilentListener();
    SilentListener(const SilentListener &) = delete;
    SilentListener &operator=(const SilentListener &) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    void close();

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

} // namespace Vigil::Test
