#include "eventloop.h"

#include <csignal>
#include <sys/resource.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/parser.h>

#include <QDebug>

#include <atomic>
#include <mutex>
#include <thread>

namespace Vigil::Virt {
namespace {

std::mutex loopMutex;
// A thread of its own for the life of the process, not a job (core/jobs.h):
// it never returns while Vigil runs and is joined at shutdown.
std::thread loopThread;
std::atomic_bool stopRequested{false};
bool registered = false;

// libvirt prints every error to stderr by default; Vigil reports errors
// itself, per connection, so silence the global handler.
void quietErrorHandler(void *, virErrorPtr) {}

void runLoop()
{
    while (!stopRequested.load()) {
        if (virEventRunDefaultImpl() < 0) {
            qWarning("libvirt event loop iteration failed: %s", virGetLastErrorMessage());
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

void wakeUp(int timer, void *)
{
    virEventRemoveTimeout(timer);
}

struct LoopStopper {
    ~LoopStopper() { stopEventLoop(); }
} stopper;

// libvirt's and libxml2's one-time set-up, once per process.
void initializeLibraries()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virInitialize();
        // libvirt parses XML on every host's thread at once (the test
        // driver's node files, capabilities): libxml2's lazy set-up of its
        // globals raced there (LeakSanitizer caught a mutex allocated twice).
        // Done here, once, before any open.
        xmlInitParser();
    });
}

} // namespace

void prepareProcess()
{
    qputenv("QT_NO_GLIB", "1");
    // On the main thread: virInitialize sets up curl, libssh2 and with them
    // OpenSSL, whose per-thread error state then belongs to a thread that
    // lives until exit. Done on a host's worker thread instead, that state
    // was left behind (LeakSanitizer, 1 run in 10).
    initializeLibraries();
    // libvirt writes to the pipe of a command transport (qemu+ssh, qemu+ext)
    // whose helper may have exited: without this, one refused ssh host
    // killed the whole process (exit 141) — the failover engine with it.
    // Ignored, the write fails with EPIPE and only that connection is lost.
    std::signal(SIGPIPE, SIG_IGN);
    // Every host is a socket, every worker thread an event fd: past ~500
    // hosts a desktop session's soft limit of 1,024 open files made
    // connections fail with "Too many open files". The hard limit is the
    // admin's; the soft one is ours to raise (as systemd advises services).
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
}

void ensureEventLoopRunning()
{
    std::lock_guard lock(loopMutex);
    if (!registered) {
        initializeLibraries();
        virSetErrorFunc(nullptr, quietErrorHandler);
        if (virEventRegisterDefaultImpl() < 0)
            qFatal("cannot register libvirt's event loop: %s", virGetLastErrorMessage());
        registered = true;
    }
    if (!loopThread.joinable()) {
        stopRequested = false;
        loopThread = std::thread(runLoop);
    }
}

void stopEventLoop()
{
    std::lock_guard lock(loopMutex);
    if (!loopThread.joinable())
        return;
    stopRequested = true;
    // A zero-delay timer makes the blocked poll() return so the loop sees the flag.
    virEventAddTimeout(0, wakeUp, nullptr, nullptr);
    loopThread.join();
}

} // namespace Vigil::Virt
