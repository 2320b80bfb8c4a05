#include "statusicons.h"
#include "statecolors.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Vigil::Models {

QColor hostStateColor(HostState state)
{
    switch (state) {
    case HostState::Up:          return stateColor(StateColor::Good);
    case HostState::Connecting:  return stateColor(StateColor::Warning);
    case HostState::Unreachable: return stateColor(StateColor::Bad);
    }
    return stateColor(StateColor::Neutral);
}

QColor domainStateColor(DomainState state)
{
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked:      return stateColor(StateColor::Good);
    case DomainState::Paused:
    case DomainState::PmSuspended:
    case DomainState::ShuttingDown: return stateColor(StateColor::Warning);
    case DomainState::Crashed:      return stateColor(StateColor::Bad);
    case DomainState::Shutoff:
    case DomainState::NoState:      return stateColor(StateColor::Neutral);
    }
    return stateColor(StateColor::Neutral);
}

QIcon badgeIcon(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    const auto it = cache.constFind(color.rgb());
    if (it != cache.cend())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    painter.end();
    QIcon icon(pixmap);
    cache.insert(color.rgb(), icon);
    return icon;
}

} // namespace Vigil::Models
