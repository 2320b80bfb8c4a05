#!/usr/bin/env python3
"""Writes the demo cluster's libvirt test-driver node files into resources/demo/.

The demo is served by libvirt's real `test` driver; these files only describe
each host's initial inventory. Re-run after editing HOSTS and commit the output.
"""
import pathlib
import uuid

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "demo"
NS = "http://libvirt.org/schemas/domain/test/1.0"
STATES = {"running": 1, "paused": 3, "shutoff": 5}

# name, cpus(sockets, cores, threads), memory GiB, networks, pools, guests
# guest: (name, vcpus, memory MiB, state, network, pool, disk GiB, cpu mode)
HOSTS = [
    ("prod-a", (2, 8, 2), 128, ["default", "storage-net"], ["images", "shared-nfs"], [
        ("web-frontend-1", 2, 2048, "running", "default", "shared-nfs", 20, "host-model"),
        ("db-primary", 8, 16384, "running", "storage-net", "images", 200, "host-passthrough"),
        ("cache-redis", 2, 4096, "paused", "default", "shared-nfs", 10, "host-model"),
        ("reporting", 4, 8192, "shutoff", "default", "shared-nfs", 50, "host-model"),
    ]),
    ("prod-b", (2, 8, 2), 128, ["default", "storage-net"], ["images", "shared-nfs"], [
        ("web-frontend-3", 2, 2048, "running", "default", "shared-nfs", 20, "host-model"),
        ("db-replica", 8, 16384, "running", "storage-net", "images", 200, "host-passthrough"),
        ("queue-rabbitmq", 2, 4096, "running", "default", "shared-nfs", 20, "host-model"),
        ("batch-etl", 6, 12288, "shutoff", "default", "shared-nfs", 100, "host-model"),
    ]),
    ("prod-c", (1, 16, 2), 256, ["default"], ["images", "shared-nfs"], [
        ("ldap-1", 1, 1024, "running", "default", "shared-nfs", 8, "host-model"),
        ("monitoring", 4, 8192, "running", "default", "shared-nfs", 100, "host-model"),
        ("ci-runner-1", 8, 16384, "running", "default", "images", 80, "host-model"),
        ("ci-runner-2", 8, 16384, "paused", "default", "images", 80, "host-model"),
        ("ci-runner-3", 8, 16384, "shutoff", "default", "images", 80, "host-model"),
        ("mail-relay", 1, 1024, "running", "default", "shared-nfs", 8, "host-model"),
        ("web-frontend-2", 2, 2048, "running", "default", "shared-nfs", 20, "host-model"),
    ]),
    ("lab-1", (1, 8, 1), 32, ["default", "isolated-lab"], ["images"], [
        ("dev-alice", 2, 4096, "running", "isolated-lab", "images", 40, "host-model"),
        ("dev-bob", 2, 4096, "shutoff", "isolated-lab", "images", 40, "host-model"),
        ("win-build", 4, 8192, "running", "default", "images", 120, "custom"),
        ("scratch", 1, 512, "shutoff", "default", "images", 4, "host-model"),
    ]),
]

NETWORKS = {
    "default": ("virbr0", "nat", "192.168.122.1"),
    "storage-net": ("virbr1", "route", "10.20.0.1"),
    "isolated-lab": ("virbr9", None, "172.30.9.1"),
}


def stable_uuid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "vigil-demo:" + "/".join(parts)))


def mac(host_index, guest_index):
    return "52:54:00:%02x:%02x:%02x" % (host_index, guest_index, 1)


def node(host_index, host):
    name, (sockets, cores, threads), mem_gib, networks, pools, guests = host
    cpus = sockets * cores * threads
    out = [f"<node>",
           f"  <cpu><mhz>2900</mhz><model>x86_64</model><nodes>1</nodes>"
           f"<sockets>{sockets}</sockets><cores>{cores}</cores><threads>{threads}</threads>"
           f"<active>{cpus}</active></cpu>",
           f"  <memory>{mem_gib * 1024 * 1024}</memory>"]
    for net in networks:
        bridge, forward, ip = NETWORKS[net]
        fwd = f"<forward mode='{forward}'/>" if forward else ""
        out.append(f"  <network><name>{net}</name><uuid>{stable_uuid(name, 'net', net)}</uuid>"
                   f"<bridge name='{bridge}'/>{fwd}<ip address='{ip}' netmask='255.255.255.0'/></network>")
    for pool in pools:
        path = "/var/lib/libvirt/images" if pool == "images" else "/srv/nfs/vm-images"
        pool_type = "dir" if pool == "images" else "netfs"
        vols = []
        for g in guests:
            if g[5] == pool:
                vols.append(f"    <volume type='file'><name>{g[0]}.qcow2</name>"
                            f"<capacity unit='GiB'>{g[6]}</capacity>"
                            f"<allocation unit='GiB'>{max(1, g[6] // 3)}</allocation>"
                            f"<target><path>{path}/{g[0]}.qcow2</path><format type='qcow2'/></target></volume>")
        src = "<source><host name='nfs.example.internal'/><dir path='/exports/vm-images'/><format type='nfs'/></source>" if pool_type == "netfs" else ""
        out.append(f"  <pool type='{pool_type}'><name>{pool}</name><uuid>{stable_uuid(name, 'pool', pool)}</uuid>"
                   f"{src}<target><path>{path}</path></target>")
        out.extend(vols)
        out.append("  </pool>")
    for gi, (gname, vcpus, mem, state, net, pool, disk, cpu) in enumerate(guests):
        path = "/var/lib/libvirt/images" if pool == "images" else "/srv/nfs/vm-images"
        cpu_xml = "<cpu mode='custom'><model>Skylake-Server</model></cpu>" if cpu == "custom" else f"<cpu mode='{cpu}'/>"
        out.append(
            f"  <domain type='test' xmlns:test='{NS}'>\n"
            f"    <name>{gname}</name><uuid>{stable_uuid(name, 'domain', gname)}</uuid>\n"
            f"    <memory unit='MiB'>{mem}</memory><vcpu>{vcpus}</vcpu>\n"
            f"    <os><type arch='x86_64'>hvm</type></os>{cpu_xml}\n"
            f"    <devices>\n"
            f"      <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
            f"<source file='{path}/{gname}.qcow2'/><target dev='vda' bus='virtio'/></disk>\n"
            f"      <interface type='network'><mac address='{mac(host_index, gi)}'/>"
            f"<source network='{net}'/><model type='virtio'/></interface>\n"
            f"    </devices>\n"
            f"    <test:runstate>{STATES[state]}</test:runstate>\n"
            f"  </domain>")
    out.append("</node>")
    return "\n".join(out) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for i, host in enumerate(HOSTS, start=1):
        (OUT / f"{host[0]}.xml").write_text(node(i, host))
    print(f"wrote {len(HOSTS)} node files to {OUT}")


if __name__ == "__main__":
    main()
