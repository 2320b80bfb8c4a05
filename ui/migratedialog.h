#pragma once

#include <QDialog>
#include <QHash>

#include "guestactions.h"
#include "core/migration/preflight.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

// Moves one or many guests: a target (or "best host" per guest), live or
// offline, storage copy, bandwidth and convergence options, and the
// pre-flight checklist of every guest for its target, refreshed as the
// choice changes (the CPU check asks the target's libvirt asynchronously).
// Guests whose checklist has a failure are left out, with the reason; Move
// queues the others in the migration manager, which shows their progress.
class MigrateDialog : public QDialog
{
    Q_OBJECT
public:
    MigrateDialog(Session *session, const QList<GuestRef> &guests, QWidget *parent = nullptr);

    QComboBox *targetBox() const { return m_target; }
    QPushButton *moveButton() const { return m_move; }
    QTreeWidget *checklist() const { return m_checks; }
    QSpinBox *bandwidthBox() const { return m_bandwidth; }
    // Guests that would move now, with their targets.
    QList<QPair<GuestRef, HostId>> movable() const;

Q_SIGNALS:
    void submitted(const QList<quint64> &ids);
    // The checklist was rebuilt (and, once CPU answers arrive, again).
    void checklistUpdated();

private:
    void rebuild();
    void askCpu(const GuestRef &guest, HostId target);
    void submit();

    Session *m_session;
    QList<GuestRef> m_guests;
    QComboBox *m_target;
    QRadioButton *m_live;
    QRadioButton *m_offline;
    QRadioButton *m_cold;
    QCheckBox *m_copyStorage;
    QSpinBox *m_bandwidth;
    QCheckBox *m_autoConverge;
    QCheckBox *m_postCopy;
    QCheckBox *m_compressed;
    QSpinBox *m_concurrency;
    QTreeWidget *m_checks;
    QLabel *m_summary;
    QPushButton *m_move;
    // CPU answers by "uuid->target".
    QHash<QString, CpuComparison> m_cpu;   // answers by guest and target
    QSet<QString> m_pendingCpu;            // questions asked, not yet answered
    QList<QPair<GuestRef, HostId>> m_movable;
};

} // namespace Vigil::Ui
