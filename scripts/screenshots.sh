#!/usr/bin/env bash
# Regenerates the README's screenshots from the embedded demo cluster.
# Never edit docs/screenshots by hand: run this after UI changes.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="${VIGIL_BUILD_DIR:-$here/build}"
out="$here/docs/screenshots"
mkdir -p "$out"
[ -x "$build/app/vigil/vigil" ] || { echo "build first: scripts/dev demo (or cmake --build build)" >&2; exit 1; }
# Private settings so a developer's saved window layout does not leak into the pictures.
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
export QT_QPA_PLATFORM=offscreen
for page in overview inventory host failover wizard-1 wizard-2 wizard-3 wizard-4 wizard-5 wizard-6; do
    "$build/app/vigil/vigil" --demo --screenshot "$out/$page.png" --page "$page" 2>/dev/null
    echo "wrote $out/$page.png"
done
# The same console in Simplified Chinese and German.
for lang in zh_CN de; do
    "$build/app/vigil/vigil" --demo --lang "$lang" --screenshot "$out/$lang-overview.png" --page overview 2>/dev/null
    echo "wrote $out/$lang-overview.png"
done
"$build/app/vigil/vigil" --demo --lang zh_CN --screenshot "$out/zh_CN-wizard-1.png" --page wizard-1 2>/dev/null
echo "wrote $out/zh_CN-wizard-1.png"
