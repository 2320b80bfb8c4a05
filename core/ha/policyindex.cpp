#include "policyindex.h"

namespace Vigil::Ha {

PolicyIndex::PolicyIndex(const QList<Policy> &policies)
{
    for (const Policy &p : policies)
        if (p.enabled)
            m_policies.append(p);
    std::sort(m_policies.begin(), m_policies.end(), [](const Policy &a, const Policy &b) { return a.name < b.name; });
    for (const Policy &p : std::as_const(m_policies))
        m_patterns.append(p.namePattern.isEmpty()
                              ? QRegularExpression()
                              : QRegularExpression(QRegularExpression::wildcardToRegularExpression(p.namePattern)));
}

PolicyIndex::Membership PolicyIndex::lookup(const QString &guestName) const
{
    for (int i = 0; i < m_policies.size(); ++i) {
        const Policy &p = m_policies.at(i);
        for (const GuestRule &rule : p.guests)
            if (rule.guest == guestName)
                return {&p, rule.priority, rule.startAfter};
        if (!p.namePattern.isEmpty() && m_patterns.at(i).match(guestName).hasMatch())
            return {&p, p.defaultPriority, {}};
    }
    return {};
}

} // namespace Vigil::Ha
