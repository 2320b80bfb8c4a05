#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Vigil::Backup {

// One disk of a pull-mode backup as the host's QEMU exports it over NBD.
struct NbdExport {
    QString address;        // where the host's NBD server listens (the host's own address)
    int port = 0;
    QString name;           // the export: the disk's target ("vda")
    // Incremental: the dirty bitmap exported with it; only the extents it
    // marks are read. Empty: a full copy of the allocated extents.
    QString dirtyBitmap;
    // TLS, required and verified: a directory with libnbd's file names
    // (ca-cert.pem, client-cert.pem, client-key.pem), and the host's name
    // as this machine reaches it: connected to by that name, which its
    // certificate must carry (as libvirt's own TLS checks). Empty: plain NBD.
    QString tlsCertificates;
    QString tlsHostname;
};

struct NbdPullOptions {
    int bandwidthMiBs = 0;            // 0: unlimited
    int stallTimeoutMs = 30000;       // no reply for this long: the host is gone
    // Asked while replies are late (after 1 s): false ends the copy at once,
    // e.g. when the host's libvirt connection lost its keepalive.
    std::function<bool()> hostAlive;
    // Called at most every 200 ms, on the calling thread.
    std::function<void(qint64 done, qint64 total)> progress;
};

struct NbdPullResult {
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 virtualSize = 0;
    qint64 bytesRead = 0;             // over the network (whole clusters)
    qint64 bytesWritten = 0;          // data written to the file (zeros excluded)
    int extents = 0;                  // extents copied
    bool tls = false;                 // the export was read over TLS
};

// Reads an NBD export with libnbd (several requests in flight) into a new
// local qcow2 file, written in this process as the replies arrive
// (Qcow2Writer), in whole 64 KiB clusters: full: every allocated extent,
// zeros left as holes; incremental: only the extents the dirty bitmap
// marks, on top of `backingFile` (a path relative to `file`'s directory,
// as qcow2 keeps it), zeros written as zeros so that they hide the older
// data. Blocks: worker threads only. On failure or cancel the file may be
// half-written (and is no valid image: its header comes last); the caller
// removes it.
NbdPullResult pullNbdExport(const NbdExport &source, const QString &file, const QString &backingFile,
                            const NbdPullOptions &options, const std::atomic<bool> &cancel);

} // namespace Vigil::Backup
