#include "naturalorder.h"

#include <algorithm>

namespace Vigil {
namespace {

qsizetype digitRunEnd(QStringView s, qsizetype from)
{
    while (from < s.size() && s.at(from).isDigit())
        ++from;
    return from;
}

// Two runs of digits by value: leading zeros aside, the longer is larger,
// else the first different digit decides.
int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype endA = digitRunEnd(a, i);
            const qsizetype endB = digitRunEnd(b, j);
            if (const int c = compareNumbers(a.mid(i, endA - i), b.mid(j, endB - j)); c != 0)
                return c < 0 ? -1 : 1;
            i = endA;
            j = endB;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;   // a prefix first
    const int exact = a.compare(b);     // "node-01" and "node-1", "Web" and "web"
    return exact < 0 ? -1 : exact > 0 ? 1 : 0;
}

void naturalSort(QStringList &names)
{
    std::sort(names.begin(), names.end(), [](const QString &x, const QString &y) { return naturalLess(x, y); });
}

} // namespace Vigil
