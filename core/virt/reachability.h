#pragma once

#include "hostendpoint.h"

namespace Vigil::Virt {

// How long a host may take to accept a TCP connection before it is called
// unreachable. Three SYN retransmissions fit (1 + 2 + 4 s); the kernel's own
// limit is over two minutes, during which a host would look "connecting".
inline constexpr int kReachTimeoutMs = 8000;

// Whether the endpoint accepts a TCP connection within `timeoutMs`; on
// failure a sentence saying what happened (refused, no route, no answer,
// unknown name). The connection is closed at once. Blocks the calling
// (worker) thread for at most about timeoutMs plus name resolution.
bool probeTcp(const HostEndpoint &endpoint, int timeoutMs, QString *reason);

} // namespace Vigil::Virt
