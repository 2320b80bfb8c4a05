#pragma once

#include <QColor>
#include <QString>

namespace Vigil::Models {

// The one palette for state: every "ok", "warning", "failed" in the
// console (badges, check lists, inline messages, rich text) takes its
// colour from here, in a shade readable on the application's current
// palette — darker on a light window, lighter on a dark one.
enum class StateColor { Good, Warning, Bad, Neutral, Progress };

QColor stateColor(StateColor state);
// "#rrggbb", for style sheets and rich text.
QString stateColorName(StateColor state);
// `html` in a span of the state's colour.
QString inStateColor(StateColor state, const QString &html);
// "color:#rrggbb", for QWidget::setStyleSheet.
QString stateStyleSheet(StateColor state);

} // namespace Vigil::Models
