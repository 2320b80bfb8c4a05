#include "percentbardelegate.h"

#include <QPainter>

#include <cmath>

namespace Vigil::Ui {

void PercentBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(m_role);
    const double percent = value.isValid() ? value.toDouble() : std::nan("");
    if (!std::isnan(percent)) {
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(int(bar.width() * std::clamp(percent, 0.0, 100.0) / 100.0));
        const QColor color = m_kind == Kind::Progress ? QColor(0x34, 0x98, 0xdb, 110)
                           : percent >= 90 ? QColor(0xe7, 0x4c, 0x3c, 110)
                           : percent >= 75 ? QColor(0xf3, 0x9c, 0x12, 110)
                                           : QColor(0x27, 0xae, 0x60, 90);
        painter->fillRect(bar, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace Vigil::Ui
