#include "policy.h"

namespace Vigil::Ha {

bool Policy::covers(const QString &guestName) const
{
    return priorityOf(guestName) > 0;
}

int Policy::priorityOf(const QString &guestName) const
{
    for (const GuestRule &rule : guests)
        if (rule.guest == guestName)
            return rule.priority;
    if (!namePattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(namePattern));
        if (re.match(guestName).hasMatch())
            return defaultPriority;
    }
    return 0;
}

QString Policy::startAfterOf(const QString &guestName) const
{
    for (const GuestRule &rule : guests)
        if (rule.guest == guestName)
            return rule.startAfter;
    return {};
}

const Policy *policyFor(const QList<Policy> &policies, const QString &guestName)
{
    for (const Policy &policy : policies)
        if (policy.enabled && policy.covers(guestName))
            return &policy;
    return nullptr;
}

} // namespace Vigil::Ha
