#pragma once

#include <QString>

namespace Vigil {
class Session;
namespace Ui {
class MainWindow;
}
}

namespace Vigil::App {

// Whether --page NAME is something the harness can show (a tab is shown at
// once); says why not on stderr.
bool isScreenshotPage(Ui::MainWindow &window, const QString &page);
// Once every host has loaded or failed (at most 30 s), then `waitMs` more:
// opens `page` (a tab, a dialog, a wizard page), saves the window or dialog
// as a PNG to `file` and ends the application (1 if it could not be written).
void scheduleScreenshot(Ui::MainWindow *window, Session *session, const QString &file, const QString &page,
                        int waitMs);

} // namespace Vigil::App
