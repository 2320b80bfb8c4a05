#pragma once

#include <QStyledItemDelegate>

namespace Vigil::Ui {

// Draws a bar behind a cell's text from a 0–100 value in `role` (nothing
// when the value is NaN: not reported). Usage bars turn orange and red as
// they fill; progress bars stay one neutral colour.
class PercentBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Usage, Progress };
    PercentBarDelegate(int role, QObject *parent = nullptr, Kind kind = Kind::Usage)
        : QStyledItemDelegate(parent), m_role(role), m_kind(kind) {}
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
    Kind m_kind;
};

} // namespace Vigil::Ui
