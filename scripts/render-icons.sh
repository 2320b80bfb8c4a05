#!/usr/bin/env bash
# Renders resources/icons/vigil.svg into the hicolor PNG sizes (committed, like
# the screenshots). Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
for size in 16 22 24 32 48 64 128 256; do
    dir="$here/resources/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert -w "$size" -h "$size" "$here/resources/icons/vigil.svg" -o "$dir/vigil.png"
done
echo "rendered $here/resources/icons/hicolor"
