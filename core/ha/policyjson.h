#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include "policy.h"

namespace Vigil::Ha {

// JSON form of a policy (schema in docs/POLICIES.md). Parsing validates
// everything and reports each problem with the path of the bad field, e.g.
// "$.members.guests[1].priority: must be an integer from 1 to 5".
QJsonObject policyToJson(const Policy &policy);
QByteArray policyToJsonText(const Policy &policy);

struct PolicyParse {
    bool ok = false;
    Policy policy;
    QStringList errors;
};
PolicyParse policyFromJson(const QByteArray &text);
PolicyParse policyFromJson(const QJsonObject &object);

// Document-level checks shared by JSON import and the wizard.
QStringList validatePolicy(const Policy &policy);

} // namespace Vigil::Ha
