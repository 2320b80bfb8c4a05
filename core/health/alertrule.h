#pragma once

#include <QList>
#include <QString>

#include "healthcheck.h"
#include "core/storedtext.h"

namespace Vigil::Health {

// What a rule watches. Each scope has its own conditions; percentages are
// 0–100 and flags are 1 (true) or 0.
enum class Scope { Host, Guest, Pool, Network, System };
QString scopeName(Scope scope);                  // "host", "guest"...
std::optional<Scope> scopeFromName(const QString &name);
QString scopeLabel(Scope scope);

struct ConditionInfo {
    QString key;       // "cpu", "memory_used", "unreachable"...
    StoredText label;  // shown in the reader's language (toString()), also inside stored alert messages
    QString unit;      // "%", or empty for a yes/no condition
    bool isFlag() const { return unit.isEmpty(); }
};
QList<ConditionInfo> conditionsFor(Scope scope);
std::optional<ConditionInfo> findCondition(Scope scope, const QString &key);

// "Host CPU above 90 % for 5 min". Stored in SQLite, edited in the console.
struct AlertRule {
    enum class Comparison { Above, Below };
    qint64 id = 0;
    QString name;
    Scope scope = Scope::Host;
    QString condition;
    Comparison comparison = Comparison::Above;
    double threshold = 0;
    int durationSeconds = 0;
    Severity severity = Severity::Warning;
    bool enabled = true;

    bool breached(double value) const
    {
        return comparison == Comparison::Above ? value > threshold : value < threshold;
    }
    // "CPU > 90 % for 5 min", for lists and event messages.
    QString describe() const;
    bool operator==(const AlertRule &) const = default;
};

// Empty when valid, else what is wrong in one sentence.
QString validateRule(const AlertRule &rule);
// The rules a new database starts with.
QList<AlertRule> defaultRules();

} // namespace Vigil::Health
