#include "columnwidths.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>

namespace Vigil::Ui {

void fitColumn(QHeaderView *header, int column, const QStringList &texts)
{
    if (!header->model())
        return;
    const QFontMetrics labelMetrics(header->font());
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    // Room for the sort arrow, which a sortable header draws beside the label.
    const int arrow = header->isSortIndicatorShown() ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + margin : 0;
    int needed = labelMetrics.horizontalAdvance(
                     header->model()->headerData(column, header->orientation()).toString())
                 + 2 * margin + arrow;
    // Cells: the view's font, its item margins and an icon or state dot.
    const QFontMetrics cellMetrics(header->parentWidget() ? header->parentWidget()->font() : header->font());
    for (const QString &text : texts)
        needed = std::max(needed, cellMetrics.horizontalAdvance(text) + 2 * margin + 24);
    if (header->sectionSize(column) < needed)
        header->resizeSection(column, needed);
}

void fitColumnsToHeaders(QHeaderView *header)
{
    for (int c = 0; c < header->count(); ++c)
        if (header->sectionResizeMode(c) != QHeaderView::Stretch
            && !(header->stretchLastSection() && c == header->count() - 1))
            fitColumn(header, c);
}

} // namespace Vigil::Ui
