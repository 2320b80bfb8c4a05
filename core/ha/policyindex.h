#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>

#include "policy.h"

namespace Vigil::Ha {

// Answers "which enabled policy protects this guest, at what priority" fast
// (patterns compiled once), for the planner and the inventory's HA column.
class PolicyIndex
{
public:
    PolicyIndex() = default;
    explicit PolicyIndex(const QList<Policy> &policies);

    struct Membership {
        const Policy *policy = nullptr;
        int priority = 0;
        QString startAfter;
        explicit operator bool() const { return policy != nullptr; }
    };
    Membership lookup(const QString &guestName) const;
    const QList<Policy> &policies() const { return m_policies; }

private:
    QList<Policy> m_policies;   // enabled ones, in name order
    QList<QRegularExpression> m_patterns;
};

} // namespace Vigil::Ha
