#pragma once

#include <QString>

namespace Vigil {

// Names that end up in file names and command lines: a guest name given for
// a restore, or read from a backup's manifest, becomes part of the restored
// disks' file names, so "../x" would write outside the chosen folder before
// libvirt ever saw (and refused) the name.

// Empty when `name` may name a guest, else why not (as libvirt: no "/";
// and no control characters, no empty name, at most 200 characters).
QString checkGuestName(const QString &name);

// True when `text` holds a control character (NUL, ESC, newline, DEL, C1…):
// the one definition for names and strings from outside. (Not !isPrint():
// that also refuses every character outside the BMP, whose UTF-16 halves
// are not printable one by one.)
bool hasControlCharacters(const QString &text);

// True for one plain file-name component: not empty, no "/", no control
// characters, not "." or "..".
bool isPlainFileName(const QString &name);

} // namespace Vigil
