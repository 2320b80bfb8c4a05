#pragma once

#include <QString>

namespace Vigil::Store {

// A null QString binds as SQL NULL; Vigil's text columns are NOT NULL with
// '' as default, so bind an empty string instead.
inline QString sqlText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace Vigil::Store
