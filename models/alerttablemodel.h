#pragma once

#include <QAbstractTableModel>

#include "core/health/alert.h"

namespace Vigil::Health {
class AlertEngine;
}

namespace Vigil::Models {

// The alert engine's alerts, newest first: open ones, and (optionally)
// those that cleared during this run.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Raised, Host, Subject, Message, Status, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 50;

    explicit AlertTableModel(Health::AlertEngine *engine, QObject *parent = nullptr);

    void setShowCleared(bool show);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Health::Alert alertAt(int row) const { return m_alerts.value(row); }
    int openCount(Health::Severity severity) const;

private:
    void reload();
    void onChanged(const Health::Alert &alert);

    Health::AlertEngine *m_engine;
    bool m_showCleared = false;
    QList<Health::Alert> m_alerts;
};

} // namespace Vigil::Models
