# Sourced by the lab screenshot scripts: paths, a private work directory
# with its own settings, and a two-host lab that is stopped on exit.
# Sets: here build out lab vigilctl work db; starts hosts 1 and 2 and adds
# them to $db as lab1 and lab2 (group Lab).
here=$(cd "$(dirname "$0")/.." && pwd)
build="${VIGIL_BUILD_DIR:-$here/build}"
out="$here/docs/screenshots"
lab="$here/tests/lab/vigil-lab"
vigilctl="$build/app/vigilctl/vigilctl"
[ -x "$build/app/vigil/vigil" ] || { echo "build first: scripts/dev demo (or cmake --build build)" >&2; exit 1; }
"$lab" check

work=$(mktemp -d)
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
cleanup() { "$lab" stop "$work/lab" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen

"$lab" start "$work/lab" 2
db="$work/vigil.sqlite"
for i in 1 2; do
    "$vigilctl" --db "$db" hosts add "lab$i" "qemu+tcp://$("$lab" address "$work/lab" "$i")/system" --group Lab >/dev/null
done
