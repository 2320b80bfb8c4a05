#pragma once

// qcustomplot.h uses Qt's `foreach`, which Vigil builds without
// (QT_NO_FOREACH): lend it a range-for for the header only.
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define VIGIL_LENT_FOREACH
#endif
#include <qcustomplot.h>
#ifdef VIGIL_LENT_FOREACH
#undef foreach
#undef VIGIL_LENT_FOREACH
#endif
