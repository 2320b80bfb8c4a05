#!/usr/bin/env bash
# Screenshots of the Backups tab with real backups: two lab hosts (real
# libvirt daemons on loopback, tests/lab/vigil-lab), guests with data in
# their qcow2 disks, a job imported with vigilctl, a full run, data written
# into a running guest, an incremental run, a restore test. Then the Backups
# tab, the job editor and the restore dialog. Root only. Never edit
# docs/screenshots by hand: run this instead.
set -euo pipefail
. "$(dirname "$0")/lab-session.sh"
for guest in lab-db lab-web lab-files; do
    "$lab" busy-guest "$work/lab" 1 "$guest"
    qemu-io -f qcow2 -c "write -P 0x5a 0 12M" "$work/lab/h1/disks/$guest.qcow2" >/dev/null
done
addr1=$("$lab" address "$work/lab" 1)
for guest in lab-db lab-web; do virsh -q -c "qemu+tcp://$addr1/system" start "$guest" >/dev/null; done
cat > "$work/job.json" <<JSON
{"format": "vigil-backup-job/1", "name": "nightly", "enabled": true,
 "guests": ["lab-db", "lab-files"], "patterns": ["lab-w*"], "policies": [],
 "schedule": {"kind": "daily", "at": "01:30", "everyHours": 24, "weekdays": []},
 "target": "$work/backup", "mirror": "$work/offsite", "transfer": "auto", "rpoHours": 26,
 "mode": "incremental", "fullEvery": 7,
 "retention": {"last": 3, "daily": 7, "weekly": 4, "monthly": 6},
 "concurrency": 2, "bandwidthMiBs": 0, "quiesce": true, "verifyAfter": true,
 "drillEveryDays": 7}
JSON
"$vigilctl" --db "$db" backup import "$work/job.json" >/dev/null
"$vigilctl" --db "$db" backup run nightly >/dev/null || true
# New data in the running database guest, then the incremental run.
virsh -q -c "qemu+tcp://$addr1/system" qemu-monitor-command lab-db --hmp \
    'qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend "write -P 0x11 2M 1M"' >/dev/null
"$vigilctl" --db "$db" backup run nightly >/dev/null || true
"$vigilctl" --db "$db" backup test-restore 2 --guest lab-db >/dev/null || true

for page in backups backup-job backup-job-schedule backup-job-storage backup-job-mirror restore; do
    "$build/app/vigil/vigil" --db "$db" --screenshot "$out/lab-$page.png" --page "$page" --wait 2 2>/dev/null
    echo "wrote $out/lab-$page.png"
done
"$vigilctl" --db "$db" backup list
