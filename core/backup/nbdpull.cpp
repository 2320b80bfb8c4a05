#include "nbdpull.h"

#include "qcow2writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <libnbd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::NbdPull)
};

struct HandleCloser {
    void operator()(nbd_handle *h) const { nbd_close(h); }
};
using NbdHandle = std::unique_ptr<nbd_handle, HandleCloser>;

QString nbdError()
{
    const char *error = nbd_get_error();
    return error && *error ? QString::fromUtf8(error) : Text::tr("unknown NBD error");
}

// Requests of whole qcow2 clusters, several in flight; each reply is
// written into the image as it arrives. 256 KiB × 16 copied at the speed
// of `qemu-img convert` where 64 KiB × 32 reached 0.6–0.7× of it
// (bench_pullbackup); a guest's backup holds 4 MiB of buffers.
constexpr qint64 kClusterBytes = Qcow2Writer::kClusterBytes;
constexpr qint64 kChunkBytes = qint64(256) << 10;
constexpr int kInFlight = 16;
// Block status is asked for in windows (QEMU answers at most 4 GiB at once).
constexpr qint64 kStatusWindow = qint64(1) << 30;
constexpr const char kAllocationContext[] = "base:allocation";
constexpr uint32_t kDirtyFlag = 1;   // qemu:dirty-bitmap: bit 0 set = changed since the checkpoint
// NBD_NULL_COMPLETION is a C compound literal; commands are collected with
// nbd_aio_command_completed instead of a callback.
constexpr nbd_completion_callback kNoCompletion{nullptr, nullptr, nullptr};

struct Extent {
    qint64 offset = 0;
    qint64 length = 0;
};

struct ExtentCollector {
    QByteArray context;
    bool dirtyOnly = false;
    qint64 end = 0;              // the export's size: extents are clipped to it
    qint64 reached = 0;          // how far the answers went
    QList<Extent> *extents = nullptr;
};

int collectExtent(void *data, const char *metacontext, uint64_t offset, uint32_t *entries, size_t count, int *)
{
    auto *c = static_cast<ExtentCollector *>(data);
    if (c->context != metacontext)
        return 0;
    qint64 position = qint64(offset);
    for (size_t i = 0; i + 1 < count; i += 2) {
        const qint64 length = std::min<qint64>(entries[i], c->end - position);
        if (length <= 0)
            break;
        const uint32_t flags = entries[i + 1];
        const bool copy = c->dirtyOnly ? (flags & kDirtyFlag) != 0 : (flags & LIBNBD_STATE_ZERO) == 0;
        if (copy) {
            if (!c->extents->isEmpty() && c->extents->last().offset + c->extents->last().length == position)
                c->extents->last().length += length;
            else
                c->extents->append({position, length});
        }
        position += length;
    }
    c->reached = std::max(c->reached, position);
    return 0;
}

bool mapExtents(nbd_handle *h, const QByteArray &context, bool dirtyOnly, qint64 size, QList<Extent> *extents,
                QString *error, const std::atomic<bool> &cancel)
{
    ExtentCollector collector{context, dirtyOnly, size, 0, extents};
    for (qint64 offset = 0; offset < size;) {
        if (cancel.load())
            return false;
        collector.reached = offset;
        const nbd_extent_callback callback{collectExtent, &collector, nullptr};
        if (nbd_block_status(h, uint64_t(std::min(size - offset, kStatusWindow)), uint64_t(offset), callback, 0) < 0) {
            *error = Text::tr("the host did not say which blocks to read: %1").arg(nbdError());
            return false;
        }
        if (collector.reached <= offset) {
            *error = Text::tr("the host's block map stopped at byte %1").arg(offset);
            return false;
        }
        offset = collector.reached;
    }
    return true;
}

// Whole clusters only: each extent grows to the clusters it touches. The
// extra bytes are read from the export, the disk as it was when the backup
// began; for an incremental backup the bitmap says they did not change
// since its checkpoint, so they equal what the backing file (the backup
// taken at that checkpoint) holds there.
QList<Extent> alignedToClusters(const QList<Extent> &extents, qint64 size)
{
    QList<Extent> aligned;
    for (const Extent &e : extents) {
        const qint64 start = e.offset / kClusterBytes * kClusterBytes;
        const qint64 end = std::min(size, (e.offset + e.length + kClusterBytes - 1) / kClusterBytes * kClusterBytes);
        if (!aligned.isEmpty() && aligned.last().offset + aligned.last().length >= start)
            aligned.last().length = std::max(aligned.last().length, end - aligned.last().offset);
        else
            aligned.append({start, end - start});
    }
    return aligned;
}

// Connects without blocking past `timeoutMs` (a dropped host would
// otherwise hold the worker for the kernel's TCP timeout, minutes).
bool connectSource(nbd_handle *h, const NbdExport &source, int timeoutMs, QString *error,
                   const std::atomic<bool> &cancel)
{
    // With TLS the name is what the certificate is checked against.
    const QString dialled = source.tlsHostname.isEmpty() ? source.address : source.tlsHostname;
    const QByteArray address = dialled.toUtf8();
    const QByteArray port = QByteArray::number(source.port);
    if (nbd_aio_connect_tcp(h, address.constData(), port.constData()) < 0) {
        *error = Text::tr("cannot connect to the NBD export on %1:%2: %3").arg(dialled).arg(source.port).arg(nbdError());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    // Blocking calls (block status) and quiet waits notice a host that
    // vanished: the kernel probes an idle connection after 5 s.
    const auto keepalive = [timeoutMs](int fd) {
        const int on = 1, idle = 5, interval = 5, count = 3;
        setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
        setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
        const unsigned int unacknowledgedMs = unsigned(timeoutMs);
        setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &unacknowledgedMs, sizeof unacknowledgedMs);
    };
    int keepaliveFd = -1;   // a name with several addresses gets a new socket per address
    while (nbd_aio_is_ready(h) != 1) {
        if (const int fd = nbd_aio_get_fd(h); fd >= 0 && fd != keepaliveFd) {
            keepalive(fd);
            keepaliveFd = fd;
        }
        if (nbd_aio_is_dead(h) == 1 || nbd_poll(h, 100) < 0) {
            *error = Text::tr("cannot connect to the NBD export on %1:%2: %3").arg(dialled).arg(source.port).arg(nbdError());
            return false;
        }
        if (cancel.load())
            return false;
        if (clock.elapsed() > timeoutMs) {
            *error = Text::tr("the NBD export on %1:%2 did not answer within %3 s (a firewall between this machine "
                              "and the host?)").arg(dialled).arg(source.port).arg(timeoutMs / 1000);
            return false;
        }
    }
    keepalive(nbd_aio_get_fd(h));   // the socket that answered (its number may have been reused)
    return true;
}

bool allZero(const char *data, qint64 length)
{
    return length == 0 || (data[0] == 0 && std::memcmp(data, data + 1, size_t(length - 1)) == 0);
}

class Pump
{
public:
    Pump(nbd_handle *source, Qcow2Writer *target, bool incremental, const NbdPullOptions &options,
         const std::atomic<bool> &cancel, NbdPullResult *result)
        : m_source(source), m_target(target), m_incremental(incremental), m_options(options), m_cancel(cancel),
          m_result(result)
    {
    }

    bool copy(const QList<Extent> &extents);

private:
    struct Slot {
        std::vector<char> buffer = std::vector<char>(size_t(kChunkBytes));
        Extent chunk;
        int64_t cookie = 0;
        bool reading = false;
    };
    bool fail(const QString &message)
    {
        m_result->error = message;
        return false;
    }
    bool mayIssue(qint64 issued, qint64 elapsedMs) const;
    bool advance(Slot &slot);
    bool waitForSocket(int timeoutMs);

    nbd_handle *m_source;
    Qcow2Writer *m_target;
    bool m_incremental;
    const NbdPullOptions &m_options;
    const std::atomic<bool> &m_cancel;
    NbdPullResult *m_result;
    qint64 m_done = 0;
};

bool Pump::mayIssue(qint64 issued, qint64 elapsedMs) const
{
    if (m_options.bandwidthMiBs <= 0)
        return true;
    // A token bucket one chunk deep: the average never exceeds the limit.
    const qint64 allowed = qint64(m_options.bandwidthMiBs) * 1048576 * elapsedMs / 1000 + kChunkBytes;
    return issued + kChunkBytes <= allowed;
}

bool Pump::advance(Slot &slot)
{
    if (!slot.reading)
        return true;
    const int done = nbd_aio_command_completed(m_source, uint64_t(slot.cookie));
    if (done < 0)
        return fail(Text::tr("reading from the host failed at byte %1: %2").arg(slot.chunk.offset).arg(nbdError()));
    if (done == 0)
        return true;
    slot.reading = false;
    m_result->bytesRead += slot.chunk.length;
    m_done += slot.chunk.length;
    // Cluster by cluster: runs of data in one write each. A new image reads
    // as zeros already; an incremental one says zeros, which hide the
    // backing file's older data.
    QString error;
    const char *data = slot.buffer.data();
    qint64 runStart = 0, runLength = 0;   // data not written yet, within the chunk
    for (qint64 at = 0;; at += kClusterBytes) {
        const qint64 length = std::min(kClusterBytes, slot.chunk.length - at);
        const bool end = length <= 0;
        const bool zero = !end && allZero(data + at, length);
        if (runLength > 0 && (zero || end)) {
            if (!m_target->writeClusters(slot.chunk.offset + runStart, data + runStart, runLength, &error))
                return fail(error);
            m_result->bytesWritten += runLength;
            runLength = 0;
        }
        if (end)
            return true;
        if (zero) {
            if (m_incremental && !m_target->writeZeroCluster(slot.chunk.offset + at, &error))
                return fail(error);
        } else {
            if (runLength == 0)
                runStart = at;
            runLength += length;
        }
    }
}

bool Pump::waitForSocket(int timeoutMs)
{
    pollfd fd;
    fd.fd = nbd_aio_get_fd(m_source);
    if (fd.fd < 0)
        return fail(Text::tr("the NBD connection closed: %1").arg(nbdError()));
    const unsigned direction = nbd_aio_get_direction(m_source);
    fd.events = short(((direction & LIBNBD_AIO_DIRECTION_READ) ? POLLIN : 0)
                      | ((direction & LIBNBD_AIO_DIRECTION_WRITE) ? POLLOUT : 0));
    fd.revents = 0;
    if (poll(&fd, 1, timeoutMs) < 0 && errno != EINTR)
        return fail(Text::tr("waiting for the NBD connection failed: %1").arg(QString::fromUtf8(std::strerror(errno))));
    // An error or hang-up is read, so that libnbd notices and says why.
    if ((fd.revents & (POLLIN | POLLHUP | POLLERR)) && nbd_aio_notify_read(m_source) < 0)
        return fail(Text::tr("the NBD connection failed: %1").arg(nbdError()));
    if ((fd.revents & POLLOUT) && nbd_aio_notify_write(m_source) < 0)
        return fail(Text::tr("the NBD connection failed: %1").arg(nbdError()));
    return true;
}

bool Pump::copy(const QList<Extent> &extents)
{
    qint64 total = 0;
    for (const Extent &e : extents)
        total += e.length;
    std::vector<Slot> requests(static_cast<size_t>(kInFlight));
    int nextExtent = 0;
    qint64 nextOffset = extents.isEmpty() ? 0 : extents.first().offset;
    qint64 issued = 0;
    QElapsedTimer clock, sinceReply, sinceProgress;
    clock.start();
    sinceReply.start();
    sinceProgress.start();
    for (;;) {
        if (m_cancel.load()) {
            m_result->cancelled = true;
            return fail(Text::tr("cancelled"));
        }
        bool busy = false;
        for (Slot &slot : requests) {
            if (!slot.reading && nextExtent < extents.size() && mayIssue(issued, clock.elapsed())) {
                const Extent &e = extents.at(nextExtent);
                slot.chunk = {nextOffset, std::min(kChunkBytes, e.offset + e.length - nextOffset)};
                slot.cookie = nbd_aio_pread(m_source, slot.buffer.data(), size_t(slot.chunk.length),
                                            uint64_t(slot.chunk.offset), kNoCompletion, 0);
                if (slot.cookie < 0)
                    return fail(Text::tr("reading from the host failed: %1").arg(nbdError()));
                slot.reading = true;
                issued += slot.chunk.length;
                nextOffset += slot.chunk.length;
                if (nextOffset >= e.offset + e.length && ++nextExtent < extents.size())
                    nextOffset = extents.at(nextExtent).offset;
            }
            busy = busy || slot.reading;
        }
        if (!busy && nextExtent >= extents.size())
            break;
        if (!waitForSocket(busy ? 100 : 20))
            return false;
        qint64 lowest = nextExtent < extents.size() ? nextOffset : m_target->virtualSize();
        for (Slot &slot : requests) {
            const bool before = slot.reading;
            if (!advance(slot))
                return false;
            if (slot.reading != before)
                sinceReply.restart();
            if (slot.reading)
                lowest = std::min(lowest, slot.chunk.offset);
        }
        // Requests go out in disk order: below the lowest one still out,
        // nothing more arrives.
        if (QString error; !m_target->tablesDoneBelow(lowest, &error))
            return fail(error);
        if (busy && sinceReply.elapsed() > 1000 && m_options.hostAlive && !m_options.hostAlive())
            return fail(Text::tr("the host stopped answering (its libvirt connection lost its keepalive)"));
        if (busy && sinceReply.elapsed() > m_options.stallTimeoutMs)
            return fail(Text::tr("the host sent nothing for %1 s (unreachable, or its NBD server stopped)")
                            .arg(m_options.stallTimeoutMs / 1000));
        if (m_options.progress && sinceProgress.elapsed() >= 200) {
            m_options.progress(m_done, total);
            sinceProgress.restart();
        }
    }
    if (m_options.progress)
        m_options.progress(m_done, total);
    return true;
}

} // namespace

NbdPullResult pullNbdExport(const NbdExport &source, const QString &file, const QString &backingFile,
                            const NbdPullOptions &options, const std::atomic<bool> &cancel)
{
    NbdPullResult result;
    const auto fail = [&result](const QString &message) {
        result.error = message;
        return result;
    };
    NbdHandle sourceHandle(nbd_create());
    nbd_handle *src = sourceHandle.get();
    const bool incremental = !source.dirtyBitmap.isEmpty();
    const QByteArray context = incremental ? "qemu:dirty-bitmap:" + source.dirtyBitmap.toUtf8()
                                           : QByteArray(kAllocationContext);
    if (!src || nbd_set_export_name(src, source.name.toUtf8().constData()) < 0
        || nbd_add_meta_context(src, context.constData()) < 0)
        return fail(nbdError());
    if (!source.tlsCertificates.isEmpty()
        && (nbd_set_tls(src, LIBNBD_TLS_REQUIRE) < 0
            || nbd_set_tls_certificates(src, QFile::encodeName(source.tlsCertificates).constData()) < 0
            || nbd_set_tls_verify_peer(src, true) < 0))
        return fail(Text::tr("TLS for the NBD export cannot be set up: %1").arg(nbdError()));
    QString error;
    if (!connectSource(src, source, options.stallTimeoutMs, &error, cancel)) {
        result.cancelled = cancel.load();
        return fail(result.cancelled ? Text::tr("cancelled") : error);
    }
    result.tls = nbd_get_tls_negotiated(src) == 1;
    if (nbd_can_meta_context(src, context.constData()) != 1)
        return fail(incremental ? Text::tr("the host does not export the changed-block map %1 of %2")
                                      .arg(source.dirtyBitmap, source.name)
                                : Text::tr("the host's NBD server does not say which blocks are allocated"));
    const int64_t size = nbd_get_size(src);
    if (size < 0)
        return fail(Text::tr("the size of export %1 is unknown: %2").arg(source.name, nbdError()));
    result.virtualSize = size;

    QList<Extent> extents;
    if (!mapExtents(src, context, incremental, size, &extents, &error, cancel)) {
        result.cancelled = cancel.load();
        return fail(result.cancelled ? Text::tr("cancelled") : error);
    }
    extents = alignedToClusters(extents, size);
    result.extents = int(extents.size());

    Qcow2Writer target;
    if (!target.create(file, size, backingFile, &error))
        return fail(error);
    Pump pump(src, &target, incremental, options, cancel, &result);
    if (!pump.copy(extents))
        return result;
    if (!target.finish(&error))
        return fail(error);
    nbd_shutdown(src, 0);
    result.ok = true;
    return result;
}

} // namespace Vigil::Backup
