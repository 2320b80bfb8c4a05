#pragma once

#include <QSet>

#include "core/hostconfig.h"
#include "naturalsortproxy.h"

namespace Vigil::Models {

// Filters the guest table by free text (guest or host name), by state
// group and by a set of hosts (the navigator's selection); names sort in
// natural order.
class DomainFilterProxy : public NaturalSortProxy
{
    Q_OBJECT
public:
    enum class StateFilter { All, Running, Paused, Stopped, Problem };

    explicit DomainFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStateFilter(StateFilter filter);
    // Empty set: all hosts.
    void setHosts(const QSet<HostId> &hosts);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StateFilter m_state = StateFilter::All;
    QSet<HostId> m_hosts;
};

} // namespace Vigil::Models
