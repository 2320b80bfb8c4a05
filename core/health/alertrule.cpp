#include "alertrule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Vigil::Health {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Health)
};

QString durationText(int seconds)
{
    if (seconds <= 0)
        return {};
    if (seconds % 3600 == 0)
        return Text::tr(" for %1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return Text::tr(" for %1 min").arg(seconds / 60);
    return Text::tr(" for %1 s").arg(seconds);
}

ConditionInfo conditionInfo(const QString &key, const char *label, const QString &unit)
{
    return {key, StoredText("Vigil::Health", label), unit};
}

} // namespace

QString scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Host:    return QStringLiteral("host");
    case Scope::Guest:   return QStringLiteral("guest");
    case Scope::Pool:    return QStringLiteral("pool");
    case Scope::Network: return QStringLiteral("network");
    case Scope::System:  return QStringLiteral("system");
    }
    return {};
}

std::optional<Scope> scopeFromName(const QString &name)
{
    for (Scope s : {Scope::Host, Scope::Guest, Scope::Pool, Scope::Network, Scope::System})
        if (scopeName(s) == name)
            return s;
    return std::nullopt;
}

QString scopeLabel(Scope scope)
{
    switch (scope) {
    case Scope::Host:    return Text::tr("Host");
    case Scope::Guest:   return Text::tr("Guest");
    case Scope::Pool:    return Text::tr("Storage pool");
    case Scope::Network: return Text::tr("Network");
    case Scope::System:  return Text::tr("Vigil");
    }
    return {};
}

QList<ConditionInfo> conditionsFor(Scope scope)
{
    const QString percent = QStringLiteral("%");
    switch (scope) {
    case Scope::Host:
        return {conditionInfo(u"cpu"_s, QT_TRANSLATE_NOOP("Vigil::Health", "CPU load"), percent),
                conditionInfo(u"memory_used"_s, QT_TRANSLATE_NOOP("Vigil::Health", "memory used"), percent),
                conditionInfo(u"unreachable"_s, QT_TRANSLATE_NOOP("Vigil::Health", "unreachable"), QString()),
                conditionInfo(u"fence_unavailable"_s,
                              QT_TRANSLATE_NOOP("Vigil::Health", "fence device fails its status check"), QString())};
    case Scope::Guest:
        return {conditionInfo(u"cpu"_s, QT_TRANSLATE_NOOP("Vigil::Health", "CPU load"), percent),
                conditionInfo(u"memory_used"_s, QT_TRANSLATE_NOOP("Vigil::Health", "memory used"), percent),
                conditionInfo(u"crashed"_s, QT_TRANSLATE_NOOP("Vigil::Health", "crashed"), QString()),
                conditionInfo(u"paused_error"_s, QT_TRANSLATE_NOOP("Vigil::Health", "paused by an error"), QString()),
                conditionInfo(u"left_down"_s,
                              QT_TRANSLATE_NOOP("Vigil::Health", "not restarted after its host failed"), QString()),
                conditionInfo(u"running_twice"_s, QT_TRANSLATE_NOOP("Vigil::Health", "running on two hosts"),
                              QString()),
                conditionInfo(u"fence_ineffective"_s,
                              QT_TRANSLATE_NOOP("Vigil::Health", "not restarted: its host's fencing did not work"),
                              QString())};
    case Scope::Pool:
        return {conditionInfo(u"used"_s, QT_TRANSLATE_NOOP("Vigil::Health", "space used"), percent),
                conditionInfo(u"inactive"_s, QT_TRANSLATE_NOOP("Vigil::Health", "inactive"), QString())};
    case Scope::Network:
        return {conditionInfo(u"inactive"_s, QT_TRANSLATE_NOOP("Vigil::Health", "inactive"), QString())};
    case Scope::System:
        return {conditionInfo(u"history_write_failed"_s,
                              QT_TRANSLATE_NOOP("Vigil::Health", "statistics history cannot be saved"), QString()),
                conditionInfo(u"backup_problem"_s,
                              QT_TRANSLATE_NOOP("Vigil::Health", "a backup failed verification or its mirror"),
                              QString())};
    }
    return {};
}

std::optional<ConditionInfo> findCondition(Scope scope, const QString &key)
{
    for (const ConditionInfo &c : conditionsFor(scope))
        if (c.key == key)
            return c;
    return std::nullopt;
}

QString AlertRule::describe() const
{
    const auto info = findCondition(scope, condition);
    const QString label = info ? info->label.toString() : condition;
    QString text;
    if (info && info->isFlag())
        text = QStringLiteral("%1 %2").arg(scopeLabel(scope), label);
    else
        text = QStringLiteral("%1 %2 %3 %4 %5").arg(scopeLabel(scope), label,
                                                  comparison == Comparison::Above ? u">"_s : u"<"_s)
                   .arg(threshold).arg(info ? info->unit : QString());
    return text + durationText(durationSeconds);
}

QString validateRule(const AlertRule &rule)
{
    if (rule.name.trimmed().isEmpty())
        return Text::tr("The rule needs a name.");
    const auto info = findCondition(rule.scope, rule.condition);
    if (!info)
        return Text::tr("“%1” is not a condition of a %2 rule.").arg(rule.condition, scopeLabel(rule.scope).toLower());
    if (!info->isFlag() && (rule.threshold < 0 || rule.threshold > 100))
        return Text::tr("The threshold of a percentage must be between 0 and 100.");
    if (rule.durationSeconds < 0 || rule.durationSeconds > 7 * 86400)
        return Text::tr("The duration must be between 0 s and 7 days.");
    return {};
}

QList<AlertRule> defaultRules()
{
    using C = AlertRule::Comparison;
    const auto rule = [](const QString &name, Scope scope, const QString &condition, double threshold,
                         int seconds, Severity severity) {
        AlertRule r;
        r.name = name;
        r.scope = scope;
        r.condition = condition;
        r.comparison = C::Above;
        r.threshold = threshold;
        r.durationSeconds = seconds;
        r.severity = severity;
        return r;
    };
    return {
        rule(Text::tr("Host unreachable"), Scope::Host, u"unreachable"_s, 0, 60, Severity::Critical),
        rule(Text::tr("Host CPU high"), Scope::Host, u"cpu"_s, 90, 300, Severity::Warning),
        rule(Text::tr("Host memory exhausted"), Scope::Host, u"memory_used"_s, 95, 120, Severity::Critical),
        rule(Text::tr("Storage pool almost full"), Scope::Pool, u"used"_s, 85, 0, Severity::Warning),
        rule(Text::tr("Storage pool inactive"), Scope::Pool, u"inactive"_s, 0, 60, Severity::Warning),
        rule(Text::tr("Network inactive"), Scope::Network, u"inactive"_s, 0, 60, Severity::Warning),
        rule(Text::tr("Guest crashed"), Scope::Guest, u"crashed"_s, 0, 0, Severity::Critical),
        rule(Text::tr("Guest paused by an error"), Scope::Guest, u"paused_error"_s, 0, 0, Severity::Critical),
        // These two: the same names as schema 9's migration gives older databases.
        rule(Text::tr("Protected guest left down"), Scope::Guest, u"left_down"_s, 0, 0, Severity::Critical),
        rule(Text::tr("Guest running on two hosts"), Scope::Guest, u"running_twice"_s, 0, 0, Severity::Critical),
        // The same names as schema 10's migration gives older databases.
        rule(Text::tr("Fencing did not work"), Scope::Guest, u"fence_ineffective"_s, 0, 0, Severity::Critical),
        rule(Text::tr("Fence device not answering"), Scope::Host, u"fence_unavailable"_s, 0, 0, Severity::Critical),
        rule(Text::tr("Guest CPU saturated"), Scope::Guest, u"cpu"_s, 95, 600, Severity::Warning),
        rule(Text::tr("Statistics history not saved"), Scope::System, u"history_write_failed"_s, 0, 0,
             Severity::Critical),
        // The same name as schema 7's migration gives older databases.
        rule(Text::tr("Backup failed, skipped or damaged"), Scope::System, u"backup_problem"_s, 0, 0, Severity::Critical),
    };
}

} // namespace Vigil::Health
