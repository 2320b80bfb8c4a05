#include "percentbardelegate.h"
#include "models/statecolors.h"

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
        QColor color = Models::stateColor(m_kind == Kind::Progress ? Models::StateColor::Progress
                                          : percent >= 90               ? Models::StateColor::Bad
                                          : percent >= 75               ? Models::StateColor::Warning
                                                                        : Models::StateColor::Good);
        color.setAlpha(110);   // the cell's text stays readable over the bar
        painter->fillRect(bar, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace Vigil::Ui
