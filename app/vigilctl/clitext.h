#pragma once

#include <QCoreApplication>

namespace Vigil::Cli {

// vigilctl's messages: CliText::tr("…") in one translation context,
// "vigilctl", wherever a command is written.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(vigilctl)
};

} // namespace Vigil::Cli
