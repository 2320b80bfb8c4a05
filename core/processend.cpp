#include "processend.h"

#include "cluster/clustermanager.h"

#include <cstdio>
#include <cstdlib>

namespace Vigil {

int endProcess(int code)
{
    if (!ClusterManager::abandonedConnections())
        return code;
    std::fflush(nullptr);
    std::_Exit(code);
}

} // namespace Vigil
