#include "movestatusnote.h"

#include "core/migration/migrationmanager.h"

#include <QCoreApplication>
#include <QSet>
#include <QStatusBar>

namespace Vigil::Ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ui::MoveStatusNote)
};

class MoveStatusNote : public QObject
{
public:
    MoveStatusNote(QStatusBar *bar, Migration::MigrationManager *manager, const QList<quint64> &ids)
        : QObject(bar)
        , m_bar(bar)
        , m_pending(ids.cbegin(), ids.cend())
        , m_total(int(ids.size()))
    {
        m_bar->showMessage(Text::tr("%n move(s) queued; see the Migrations panel", nullptr, m_total));
        connect(manager, &Migration::MigrationManager::jobChanged, this, &MoveStatusNote::onJobChanged);
        // A move may have ended before the dialog said it was submitted.
        for (quint64 id : ids)
            onJobChanged(manager->job(id));
    }

private:
    void onJobChanged(const Migration::MigrationStatus &status)
    {
        if (!status.isFinished() || !m_pending.remove(status.request.id))
            return;
        m_failed += status.state != Migration::MigrationState::Completed;
        if (!m_pending.isEmpty())
            return;
        m_bar->showMessage(m_failed == 0 ? Text::tr("%n move(s) finished", nullptr, m_total)
                                         : Text::tr("%1 of %n move(s) did not finish; see the Migrations panel",
                                                    nullptr, m_total).arg(m_failed),
                           8000);
        deleteLater();
    }

    QStatusBar *m_bar;
    QSet<quint64> m_pending;
    int m_total;
    int m_failed = 0;
};

} // namespace

void followMovesInStatusBar(QStatusBar *bar, Migration::MigrationManager *manager, const QList<quint64> &ids)
{
    if (!ids.isEmpty())
        new MoveStatusNote(bar, manager, ids);
}

} // namespace Vigil::Ui
