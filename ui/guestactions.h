#pragma once

#include <QList>
#include <QObject>

#include <functional>

#include "core/domainaction.h"
#include "core/hostconfig.h"
#include "core/inventory.h"

class QAction;
class QWidget;

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Ui {

struct GuestRef {
    HostId host = 0;
    DomainInfo info;
};

// The guest actions (start, shut down, force off, reboot, suspend, resume):
// enabled from the selection's states, confirmed when destructive, sent to
// the host's worker, and reported back through the event log and a status
// message. Never blocks the GUI thread.
class GuestActions : public QObject
{
    Q_OBJECT
public:
    // Asks the user; calls `proceed` only if they agree. Asynchronous: the
    // default shows a window-modal message box without a nested event loop.
    using Confirmer = std::function<void(DomainAction, const QList<GuestRef> &, std::function<void()> proceed)>;

    GuestActions(ClusterManager *cluster, QWidget *dialogParent);

    QList<QAction *> actions() const { return m_actions; }
    QAction *action(DomainAction which) const;
    void setSelection(const QList<GuestRef> &guests);
    // Tests replace the confirmation dialog.
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void trigger(DomainAction which);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void actionFailed(const QString &title, const QString &details);

private:
    bool enabledFor(DomainAction which, const DomainInfo &info) const;
    void confirmWithDialog(DomainAction which, const QList<GuestRef> &guests, std::function<void()> proceed);
    void run(DomainAction which, const QList<GuestRef> &targets);
    void answered(const ActionResult &result);

    ClusterManager *m_cluster;
    QWidget *m_dialogParent;
    QList<QAction *> m_actions;
    QList<GuestRef> m_selection;
    Confirmer m_confirm;
};

} // namespace Vigil::Ui
