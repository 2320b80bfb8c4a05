#pragma once

namespace Vigil::Virt {

// Caps how many host workers do CPU-bound libvirt work at once when the
// driver runs inside this process (test:///, qemu:///session-style local
// URIs): there, every open and refresh is XML parsing on our own cores, and
// hundreds of workers at once would starve the GUI thread (and invert
// priorities on the locks they share with it). Remote hosts are not capped:
// their workers mostly wait on the network, and a hung host must never hold
// up the others.
class LocalWorkPermit
{
public:
    explicit LocalWorkPermit(bool needed);
    ~LocalWorkPermit();
    LocalWorkPermit(const LocalWorkPermit &) = delete;
    LocalWorkPermit &operator=(const LocalWorkPermit &) = delete;

private:
    bool m_held;
};

} // namespace Vigil::Virt
