#include "statecolors.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Vigil::Models {
namespace {

bool darkPalette()
{
    // Without a GUI application (vigilctl, a core test) there is no palette: light.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor stateColor(StateColor state)
{
    const bool dark = darkPalette();
    switch (state) {
    case StateColor::Good:     return dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x84, 0x49);
    case StateColor::Warning:  return dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xb9, 0x77, 0x0e);
    case StateColor::Bad:      return dark ? QColor(0xf2, 0x6d, 0x5f) : QColor(0xc0, 0x39, 0x2b);
    case StateColor::Neutral:  return dark ? QColor(0xa0, 0xa6, 0xad) : QColor(0x7f, 0x8c, 0x8d);
    case StateColor::Progress: return dark ? QColor(0x5d, 0xad, 0xe2) : QColor(0x34, 0x98, 0xdb);
    }
    return {};
}

QString stateColorName(StateColor state)
{
    return stateColor(state).name();
}

QString inStateColor(StateColor state, const QString &html)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(stateColorName(state), html);
}

QString stateStyleSheet(StateColor state)
{
    return u"color:%1"_s.arg(stateColorName(state));
}

} // namespace Vigil::Models
