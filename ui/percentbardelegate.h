#pragma once

#include <QStyledItemDelegate>

namespace Vigil::Ui {

// Draws a usage bar behind a cell's text from a 0–100 value in `role`
// (nothing when the value is NaN: not reported).
class PercentBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    PercentBarDelegate(int role, QObject *parent = nullptr) : QStyledItemDelegate(parent), m_role(role) {}
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Vigil::Ui
