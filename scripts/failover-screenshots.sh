#!/usr/bin/env bash
# The Failover page after a real failover, seen from a console next to the
# agent that did it (root; two lab hosts): `vigilctl agent` holds the lease,
# host 1 dies, the agent fences it and restarts its guests on host 2; the
# console, a separate process on the same database, shows the incident.
set -euo pipefail
source "$(dirname "$0")/lab-session.sh"

for g in lab-web lab-db; do
    "$lab" guest "$work/lab" 1 "$g" >/dev/null
    virsh -c "qemu+tcp://$("$lab" address "$work/lab" 1)/system" start "$g" >/dev/null
done
cat >"$work/policy.json" <<JSON
{
    "vigil_policy": 1,
    "name": "lab-services",
    "enabled": true,
    "members": { "guests": [ { "name": "lab-db", "priority": 1 }, { "name": "lab-web", "priority": 2 } ],
                 "default_priority": 3 },
    "placement": { "preferred_hosts": [], "allowed_hosts": [], "forbidden_hosts": [], "affinity": [], "anti_affinity": [] },
    "admission": { "spare_host_failures": 1, "vcpu_overcommit": 16.0 },
    "detection": { "keepalive_interval": 1, "keepalive_count": 3, "grace_seconds": 0 },
    "fencing": { "restart_without_fencing": false,
                 "hosts": { "lab1": { "argv": ["$lab", "kill", "$work/lab", "1"], "timeout_seconds": 20 } } },
    "limits": { "max_restarts": 3, "window_minutes": 60 },
    "failback": false
}
JSON
"$vigilctl" --db "$db" policy import "$work/policy.json" >/dev/null
"$vigilctl" --db "$db" agent --holder "vigilctl agent (lab)" --lease-ttl 3 >"$work/agent.log" 2>&1 &
agent=$!
for _ in $(seq 60); do grep -q "connected to.*connected to\|failover engine active" "$work/agent.log" && break; sleep 0.5; done
sleep 3
kill -9 "$("$lab" pid "$work/lab" 1)"
for _ in $(seq 120); do grep -q "failover finished" "$work/agent.log" && break; sleep 0.5; done
"$build/app/vigil/vigil" --db "$db" --screenshot "$out/lab-failover-incident.png" --page failover --wait 4 2>/dev/null
kill "$agent"; wait "$agent" || true
echo "wrote $out/lab-failover-incident.png"
