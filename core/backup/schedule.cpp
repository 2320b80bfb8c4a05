#include "schedule.h"

namespace Vigil::Backup {

QDateTime nextRunAfter(const Schedule &schedule, const QDateTime &after)
{
    const QDateTime local = after.toLocalTime();
    switch (schedule.kind) {
    case Schedule::Kind::Manual:
        return {};
    case Schedule::Kind::EveryHours: {
        // Aligned to the hour grid of the day (every 6 h: 00, 06, 12, 18), so
        // runs do not drift by however long the previous one took.
        const qint64 step = qint64(std::max(1, schedule.everyHours)) * 3600;
        const QDateTime midnight(local.date(), QTime(0, 0));
        const qint64 since = midnight.secsTo(local);
        return midnight.addSecs((since / step + 1) * step);
    }
    case Schedule::Kind::Daily: {
        QDateTime t(local.date(), schedule.at);
        if (t <= local)
            t = QDateTime(local.date().addDays(1), schedule.at);
        return t;
    }
    case Schedule::Kind::Weekly: {
        for (int offset = 0; offset <= 7; ++offset) {
            const QDate day = local.date().addDays(offset);
            if (!schedule.weekdays.contains(day.dayOfWeek()))
                continue;
            const QDateTime t(day, schedule.at);
            if (t > local)
                return t;
        }
        return {};
    }
    }
    return {};
}

bool isDue(const Schedule &schedule, const QDateTime &lastRun, const QDateTime &now)
{
    if (!lastRun.isValid())
        return false;
    const QDateTime next = nextRunAfter(schedule, lastRun);
    return next.isValid() && next <= now;
}

} // namespace Vigil::Backup
