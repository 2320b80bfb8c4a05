#include "policy.h"

namespace Vigil::Ha {

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


} // namespace Vigil::Ha
