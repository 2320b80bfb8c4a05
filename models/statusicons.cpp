#include "statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Vigil::Models {

QColor hostStateColor(HostState state)
{
    switch (state) {
    case HostState::Up:          return QColor(0x2e, 0x9d, 0x4f);
    case HostState::Connecting:  return QColor(0xd9, 0x9a, 0x1e);
    case HostState::Unreachable: return QColor(0xd0, 0x3b, 0x2f);
    }
    return Qt::gray;
}

QColor domainStateColor(DomainState state)
{
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked:      return QColor(0x2e, 0x9d, 0x4f);
    case DomainState::Paused:
    case DomainState::PmSuspended:
    case DomainState::ShuttingDown: return QColor(0xd9, 0x9a, 0x1e);
    case DomainState::Crashed:      return QColor(0xd0, 0x3b, 0x2f);
    case DomainState::Shutoff:
    case DomainState::NoState:      return QColor(0x8a, 0x8f, 0x98);
    }
    return Qt::gray;
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
