#pragma once

#include <QSortFilterProxyModel>

namespace Vigil::Models {

// Sorts text in natural order (node-2 before node-10, core/naturalorder.h);
// numbers, dates and everything else as QSortFilterProxyModel does.
class NaturalSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Vigil::Models
