#pragma once

#include <QString>
#include <QStringList>

namespace Vigil {

// Names in the order people expect: node-2 before node-10 (runs of digits
// compare by value), letters without regard to case, and the exact text as
// the last tie-break so that the order is total. Locale-independent and
// cheap enough for sorting thousands of hosts in a view.
int naturalCompare(QStringView a, QStringView b);
inline bool naturalLess(QStringView a, QStringView b)
{
    return naturalCompare(a, b) < 0;
}
void naturalSort(QStringList &names);

} // namespace Vigil
