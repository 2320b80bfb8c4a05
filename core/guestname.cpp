#include "guestname.h"

#include <QCoreApplication>

#include <algorithm>

namespace Vigil {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::GuestName)
};

} // namespace

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString checkGuestName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("The guest needs a name.");
    if (name.size() > 200)
        return Text::tr("The guest name is longer than 200 characters.");
    if (name.contains(u'/'))
        return Text::tr("The guest name \"%1\" contains \"/\".").arg(name);
    if (hasControlCharacters(name))
        return Text::tr("The guest name contains control characters.");
    return {};
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !hasControlCharacters(name);
}

} // namespace Vigil
