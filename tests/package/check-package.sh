#!/usr/bin/env bash
# Builds the Debian package from the build tree and checks it the way a user
# would meet it: valid desktop entry and AppStream metadata, computed
# dependencies including libvirt, every file in place, and a vigilctl that
# runs from a scratch root.   usage: check-package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"
build="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

desktop-file-validate "$src/resources/org.vigilproject.Vigil.desktop"
appstreamcli validate --no-net "$src/resources/org.vigilproject.Vigil.metainfo.xml"

cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q "libvirt0" <<<"$depends" || { echo "libvirt0 missing from Depends"; exit 1; }
grep -q "libqt6sql6-sqlite" <<<"$depends" || { echo "the SQLite Qt plugin is missing from Depends"; exit 1; }

dpkg-deb -c "$deb" > "$work/contents"
for f in ./usr/bin/vigil ./usr/bin/vigilctl \
         ./usr/share/applications/org.vigilproject.Vigil.desktop \
         ./usr/share/metainfo/org.vigilproject.Vigil.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/vigil.svg \
         ./usr/share/icons/hicolor/48x48/apps/vigil.png \
         ./usr/share/icons/hicolor/256x256/apps/vigil.png \
         ./usr/share/man/man1/vigil.1 ./usr/share/man/man1/vigilctl.1 \
         ./usr/lib/systemd/system/vigilctl-agent.service; do
    grep -q " $f\$" "$work/contents" || { echo "missing from the package: $f"; exit 1; }
done

dpkg -x "$deb" "$work/root"
version=$("$work/root/usr/bin/vigilctl" --version)
echo "$version"
grep -q "0.1.0" <<<"$version"
# The translations are embedded in the binaries: the installed vigilctl
# speaks German and Chinese.
# (Whole output first: grep -q would end the pipe early, and pipefail
# would count vigilctl's SIGPIPE as a failure.)
german=$("$work/root/usr/bin/vigilctl" --lang de --help)
grep -q "Vigil-Befehlszeilenwerkzeug" <<<"$german" || { echo "the packaged vigilctl has no German translation"; exit 1; }
chinese=$("$work/root/usr/bin/vigilctl" --lang zh_CN --help)
grep -q "Vigil 命令行工具" <<<"$chinese" || { echo "the packaged vigilctl has no Chinese translation"; exit 1; }
echo "package ok: $(basename "$deb"), $(wc -l < "$work/contents") entries"
