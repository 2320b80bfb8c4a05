#pragma once

#include <QAbstractTableModel>

#include "core/ha/policy.h"

namespace Vigil::Models {

// The failover policies, one row each. Policies change only on an explicit
// user action, so an update resets the model (no polling churn to avoid).
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EnabledColumn, MembersColumn, FencingColumn, ColumnCount };

    explicit PolicyTableModel(QObject *parent = nullptr);
    void setPolicies(const QList<Ha::Policy> &policies);
    const Ha::Policy &policyAt(int row) const { return m_policies.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Ha::Policy> m_policies;
};

} // namespace Vigil::Models
