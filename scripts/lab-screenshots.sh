#!/usr/bin/env bash
# Screenshots of the dashboards with real data: two lab hosts (real libvirt
# daemons on loopback, tests/lab/vigil-lab) running busy QEMU guests, watched
# by the console for a few minutes, then the overview, host and guest pages,
# the migration dialog, a move in progress, a maintenance preview, the
# balance page and the first page of a PDF health report. Root only (the lab starts
# libvirtd). Never edit docs/screenshots by hand: run this instead.
set -euo pipefail
collect="${VIGIL_SCREENSHOT_COLLECT_SECONDS:-150}"
. "$(dirname "$0")/lab-session.sh"
for guest in lab-web lab-db; do "$lab" busy-guest "$work/lab" 1 "$guest"; done
for guest in lab-app1 lab-app2 lab-app3; do "$lab" guest "$work/lab" 1 "$guest" 512; done
# Listed first (by name), so it is the one the migration pictures move: 48 MiB
# of real memory content take about a minute at the pictures' 1 MiB/s.
"$lab" heavy-guest "$work/lab" 1 lab-agent 48
"$lab" busy-guest "$work/lab" 2 lab-cache
"$lab" guest "$work/lab" 2 lab-small 64
for i in 1 2; do
    addr=$("$lab" address "$work/lab" "$i")
    virsh -q -c "qemu+tcp://$addr/system" list --all --name | while read -r g; do
        [ -n "$g" ] && virsh -q -c "qemu+tcp://$addr/system" start "$g" >/dev/null
    done
done
# Charts open on the last 15 minutes.
mkdir -p "$XDG_CONFIG_HOME/vigil"
printf '[charts]\nrangeSeconds=900\n' > "$XDG_CONFIG_HOME/vigil/vigil.conf"

# The first run watches the cluster for a while (history is written as it
# goes); a reset half-way makes the guests read their disks again.
( sleep $((collect / 2)); for i in 1 2; do
      addr=$("$lab" address "$work/lab" "$i")
      for g in $(virsh -q -c "qemu+tcp://$addr/system" list --name); do
          virsh -q -c "qemu+tcp://$addr/system" reset "$g" >/dev/null; done; done ) &
"$build/app/vigil/vigil" --db "$db" --screenshot "$out/lab-guest.png" --page guest --wait "$collect" 2>/dev/null
wait
echo "wrote $out/lab-guest.png"
for page in overview host balance migrate maintenance; do
    "$build/app/vigil/vigil" --db "$db" --screenshot "$out/lab-$page.png" --page "$page" --wait 6 2>/dev/null
    echo "wrote $out/lab-$page.png"
done
# A real move, slowed down, in the Migrations dock (the guest really moves).
"$build/app/vigil/vigil" --db "$db" --screenshot "$out/lab-migrating.png" --page migrating 2>/dev/null
echo "wrote $out/lab-migrating.png"
"$build/app/vigilctl/vigilctl" --db "$db" report --range 1h --out "$work/report.pdf" >/dev/null
pdftoppm -png -r 70 -f 1 -l 1 "$work/report.pdf" "$work/report"
cp "$work"/report-1.png "$out/lab-report-pdf.png"
echo "wrote $out/lab-report-pdf.png"
