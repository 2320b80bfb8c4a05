#pragma once

#include "virthelpers.h"

#include <QString>

#include <atomic>

namespace Vigil::Virt {

// Restored disks for a host on another machine, whose directories this
// machine cannot write: each becomes a new volume of the host's storage
// pool for that directory, its bytes sent through libvirt's stream API
// (the same connection Vigil manages the host with; no extra port or login).
class RemoteDisks
{
public:
    explicit RemoteDisks(virConnectPtr conn) : m_conn(conn) {}

    // Finds the active directory-based pool (dir, fs, netfs) whose path on
    // the host is `directory`; false with a message naming the pools there are.
    bool openPool(const QString &host, const QString &directory, QString *error);
    bool exists(const QString &fileName);
    // Sends the local file `source` (a qcow2 image, copied byte for byte)
    // as the new volume `fileName`; its path on the host, empty with `error`.
    QString upload(const QString &source, const QString &fileName, QString *error, const std::atomic<bool> &cancel);
    // Deletes a volume this class uploaded (or any volume at that path).
    bool remove(const QString &hostPath);

private:
    virConnectPtr m_conn;
    std::unique_ptr<virStoragePool, PoolDeleter> m_pool;
};

} // namespace Vigil::Virt
