#pragma once

#include <QStringList>

class QHeaderView;

namespace Vigil::Ui {

// Widens a fixed (Interactive) column so that its header label — in the
// language shown — and each of `texts` (words the column shows, translated:
// "not reported", a state name) fit without "…". Never narrows a column;
// sizes from these few texts, not from every row (which costs hundreds of
// milliseconds with a thousand hosts).
void fitColumn(QHeaderView *header, int column, const QStringList &texts = {});

// fitColumn for every column of `header` that does not stretch.
void fitColumnsToHeaders(QHeaderView *header);

} // namespace Vigil::Ui
