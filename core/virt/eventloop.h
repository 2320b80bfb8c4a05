#pragma once

namespace Vigil::Virt {

// Must run before the Q(Core)Application is created. libvirt 9's default
// event loop runs on GLib's default main context; Qt's GLib dispatcher
// would claim that same context for the main thread and starve libvirt's
// loop thread (keepalive and close callbacks stall). Qt's own UNIX
// dispatcher avoids the clash. Also ignores SIGPIPE (a command transport's
// helper that exited must cost one connection, not the process) and raises
// the soft limit of open files to the hard one (one socket per host).
void prepareProcess();

// libvirt's default event loop on one dedicated thread. Keepalive, close
// callbacks and domain events only work while it runs, so it must be started
// before the first connection is opened. Idempotent and thread-safe.
void ensureEventLoopRunning();

// Stops the loop thread. Call once all connections are closed (at exit).
void stopEventLoop();

} // namespace Vigil::Virt
