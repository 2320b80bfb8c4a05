#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include "../hostconfig.h"
#include "../eventrecord.h"
#include "../storedtext.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Ha {

class FailoverJournal;

// A host that answers again after a failover still has the definitions of
// the guests restarted elsewhere (same UUID): anyone could start them next
// to the running copy. The active engine asks this to look at each host
// whose guests were just read; a stopped copy of a guest that a failover
// restarted away from that host, and that runs elsewhere now, is removed
// (docs/POLICIES.md says why removing beats renaming). A copy that runs is
// left to the running-twice alert: which one holds the good data is the
// admin's call. An admin's own stopped copy (not a failover's leftover) is
// never touched.
class StaleCopyRetirer : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    StaleCopyRetirer(ClusterManager *cluster, const FailoverJournal *journal, QObject *parent = nullptr);

    void check(HostId host);

Q_SIGNALS:
    void logged(const QString &host, const QString &guest, const Vigil::StoredText &message,
                Vigil::EventRecord::Result result);

private:
    using Copy = QPair<HostId, QString>;   // host, guest UUID

    ClusterManager *m_cluster;
    const FailoverJournal *m_journal;
    // Copies being removed; then removed ones until their removal reaches
    // the cluster's cache (so nothing asks twice).
    QSet<Copy> m_retiring;
    QSet<Copy> m_retired;
};

} // namespace Vigil::Ha
