#pragma once

#include <Qt>

namespace Vigil::Models {

// Custom item roles shared by Vigil's models and views.
enum Role {
    HostIdRole = Qt::UserRole + 1,  // qint64 host id
    UuidRole,                       // guest UUID
    DomainStateRole,                // int(Vigil::DomainState)
    HostStateRole,                  // int(Vigil::HostState)
    SortRole,                       // numeric value for sorting
    IsGroupRole,                    // true on group rows of the host tree
    GroupNameRole,
};

} // namespace Vigil::Models
