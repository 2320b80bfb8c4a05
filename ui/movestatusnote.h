#pragma once

#include <QList>
#include <QtGlobal>

class QStatusBar;

namespace Vigil::Migration {
class MigrationManager;
}

namespace Vigil::Ui {

// Says in the status bar what became of moves just submitted: "queued"
// while any of them has not finished (never after), then how they ended.
void followMovesInStatusBar(QStatusBar *bar, Migration::MigrationManager *manager, const QList<quint64> &ids);

} // namespace Vigil::Ui
