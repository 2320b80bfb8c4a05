#pragma once

namespace Vigil {

// The last statement of main(): returns `code`, unless a host connection
// was abandoned at shutdown (ClusterManager::abandonedConnections). Then
// its thread may still be inside libvirt, and the static destructors and
// exit handlers that a normal return runs could be freeing what it uses
// when its call returns, so the process ends at once with `code` after
// flushing stdio.
int endProcess(int code);

} // namespace Vigil
