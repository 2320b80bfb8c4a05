<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Vigil::ArtifactFiles</name>
    <message numerus="yes">
      <source>%n file(s) match their SHA-256; disk images are clean</source>
      <translation>
        <numerusform>%n file matches its SHA-256; disk images are clean</numerusform>
        <numerusform>%n files match their SHA-256; disk images are clean</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Backup::BackupManager</name>
    <message numerus="yes">
      <source> (and the %n backup(s) it builds on)</source>
      <translation>
        <numerusform> (and the %n backup it builds on)</numerusform>
        <numerusform> (and the %n backups it builds on)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>backup job %1 started (%2): %n guest(s)</source>
      <translation>
        <numerusform>backup job %1 started (%2): %n guest</numerusform>
        <numerusform>backup job %1 started (%2): %n guests</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>backup job %1: retention keeps %n backup(s) that a restore or verify is reading; they go after a later run</source>
      <translation>
        <numerusform>backup job %1: retention keeps %n backup that a restore or verify is reading; it goes after a later run</numerusform>
        <numerusform>backup job %1: retention keeps %n backups that a restore or verify is reading; they go after a later run</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>backup job %1: retention pruned %n backup(s)</source>
      <translation>
        <numerusform>backup job %1: retention pruned %n backup</numerusform>
        <numerusform>backup job %1: retention pruned %n backups</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>restore drill of %1 (job %2) is overdue: last drilled %3, due every %n day(s)</source>
      <translation>
        <numerusform>restore drill of %1 (job %2) is overdue: last drilled %3, due every %n day</numerusform>
        <numerusform>restore drill of %1 (job %2) is overdue: last drilled %3, due every %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::Planner</name>
    <message numerus="yes">
      <source>%n protected guest(s) run on hosts without a disk lock manager (%1): if a fence reports success without powering the host off, nothing stops a second copy. Run virtlockd or sanlock there and tick it in the host's settings.</source>
      <translation>
        <numerusform>%n protected guest runs on hosts without a disk lock manager (%1): if a fence reports success without powering the host off, nothing stops a second copy. Run virtlockd or sanlock there and tick it in the host's settings.</numerusform>
        <numerusform>%n protected guests run on hosts without a disk lock manager (%1): if a fence reports success without powering the host off, nothing stops a second copy. Run virtlockd or sanlock there and tick it in the host's settings.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Every protected guest can be placed if any one host dies now (%n restart(s) planned).</source>
      <translation>
        <numerusform>Every protected guest can be placed if any one host dies now (%n restart planned).</numerusform>
        <numerusform>Every protected guest can be placed if any one host dies now (%n restarts planned).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not HA-ready: %n protected guest placement(s) would fail if their host died now.</source>
      <translation>
        <numerusform>Not HA-ready: %n protected guest placement would fail if its host died now.</numerusform>
        <numerusform>Not HA-ready: %n protected guest placements would fail if their host died now.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::MetricWriter</name>
    <message numerus="yes">
      <source> (%n queued sample(s) dropped so far)</source>
      <translation>
        <numerusform> (%n queued sample dropped so far)</numerusform>
        <numerusform> (%n queued samples dropped so far)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migration</name>
    <message numerus="yes">
      <source>the guest has %n snapshot(s); libvirt refuses to migrate it</source>
      <translation>
        <numerusform>the guest has %n snapshot; libvirt refuses to migrate it</numerusform>
        <numerusform>the guest has %n snapshots; libvirt refuses to migrate it</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migration::MaintenanceCoordinator</name>
    <message numerus="yes">
      <source>in maintenance: %n guest(s) moved, none left running here</source>
      <translation>
        <numerusform>in maintenance: %n guest moved, none left running here</numerusform>
        <numerusform>in maintenance: %n guests moved, none left running here</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in maintenance: %n guest(s) moved; still running here: %1</source>
      <translation>
        <numerusform>in maintenance: %n guest moved; still running here: %1</numerusform>
        <numerusform>in maintenance: %n guests moved; still running here: %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::HostHealthModel</name>
    <message numerus="yes">
      <source>%n guest(s), state unknown</source>
      <translation>
        <numerusform>%n guest, state unknown</numerusform>
        <numerusform>%n guests, state unknown</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::PolicyTableModel</name>
    <message numerus="yes">
      <source>%n guest(s)</source>
      <translation>
        <numerusform>%n guest</numerusform>
        <numerusform>%n guests</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Session</name>
    <message numerus="yes">
      <source>statistics history is being saved again (%n queued sample(s) written)</source>
      <translation>
        <numerusform>statistics history is being saved again (%n queued sample written)</numerusform>
        <numerusform>statistics history is being saved again (%n queued samples written)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::SshMirror</name>
    <message numerus="yes">
      <source>%n file(s) copied to %1 match their SHA-256 there</source>
      <translation>
        <numerusform>%n file copied to %1 match their SHA-256 there</numerusform>
        <numerusform>%n files copied to %1 match their SHA-256 there</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::BalancePage</name>
    <message numerus="yes">
      <source>%n move(s) queued; see the Migrations panel. Recompute when they are done.</source>
      <translation>
        <numerusform>%n move queued; see the Migrations panel. Recompute when it is done.</numerusform>
        <numerusform>%n moves queued; see the Migrations panel. Recompute when they are done.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imbalance %1; after the %n recommended move(s): %2.</source>
      <translation>
        <numerusform>Imbalance %1; after the %n recommended move: %2.</numerusform>
        <numerusform>Imbalance %1; after the %n recommended moves: %2.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::GuestActions</name>
    <message numerus="yes">
      <source>%1: %n guest(s)…</source>
      <translation>
        <numerusform>%1: %n guest…</numerusform>
        <numerusform>%1: %n guests…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostActions</name>
    <message numerus="yes">
      <source>Move back the %n guest(s) that left for the maintenance</source>
      <translation>
        <numerusform>Move back the %n guest that left for the maintenance</numerusform>
        <numerusform>Move back the %n guests that left for the maintenance</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MainWindow</name>
    <message numerus="yes">
      <source>%n backup run(s) are still running; closing cancels them, the guests keep running and no partial backup is kept.</source>
      <translation>
        <numerusform>%n backup run is still running; closing cancels it, the guest keeps running and no partial backup is kept.</numerusform>
        <numerusform>%n backup runs are still running; closing cancels them, the guests keep running and no partial backup is kept.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n guest move(s) are still running; closing cancels them and the guests keep running on their source hosts.</source>
      <translation>
        <numerusform>%n guest move is still running; closing cancels it and the guest keeps running on its source host.</numerusform>
        <numerusform>%n guest moves are still running; closing cancels them and the guests keep running on their source hosts.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MigrateDialog</name>
    <message numerus="yes">
      <source>%n guest(s) can move.</source>
      <translation>
        <numerusform>%n guest can move.</numerusform>
        <numerusform>%n guests can move.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Migrate %n Guests</source>
      <translation>
        <numerusform>Migrate %n Guest</numerusform>
        <numerusform>Migrate %n Guests</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MoveStatusNote</name>
    <message numerus="yes">
      <source>%1 of %n move(s) did not finish; see the Migrations panel</source>
      <translation>
        <numerusform>%1 of %n move did not finish; see the Migrations panel</numerusform>
        <numerusform>%1 of %n moves did not finish; see the Migrations panel</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n move(s) finished</source>
      <translation>
        <numerusform>%n move finished</numerusform>
        <numerusform>%n moves finished</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n move(s) queued; see the Migrations panel</source>
      <translation>
        <numerusform>%n move queued; see the Migrations panel</numerusform>
        <numerusform>%n moves queued; see the Migrations panel</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::OverviewPage</name>
    <message numerus="yes">
      <source>%n failed restore drill(s)</source>
      <translation>
        <numerusform>%n failed restore drill</numerusform>
        <numerusform>%n failed restore drills</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::RestoreDialog</name>
    <message numerus="yes">
      <source>Backup of %1 taken %2 on %3: %4, %5.
%6 — %7 in %n backup(s).</source>
      <translation>
        <numerusform>Backup of %1 taken %2 on %3: %4, %5.
%6 — %7 in %n backup.</numerusform>
        <numerusform>Backup of %1 taken %2 on %3: %4, %5.
%6 — %7 in %n backups.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::ReviewPage</name>
    <message numerus="yes">
      <source>&lt;b&gt;%1&lt;/b&gt;: %n explicit guest(s)</source>
      <translation>
        <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n explicit guest</numerusform>
        <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n explicit guests</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Admission control: the cluster cannot absorb %n host failure(s) with these members.</source>
      <translation>
        <numerusform>Admission control: the cluster cannot absorb %n host failure with these members.</numerusform>
        <numerusform>Admission control: the cluster cannot absorb %n host failures with these members.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Virt::HostConnection</name>
    <message numerus="yes">
      <source>reconnected after %n failed attempt(s)</source>
      <translation>
        <numerusform>reconnected after %n failed attempt</numerusform>
        <numerusform>reconnected after %n failed attempts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>vigilctl</name>
    <message numerus="yes">
      <source>%n explicit guest(s)</source>
      <translation>
        <numerusform>%n explicit guest</numerusform>
        <numerusform>%n explicit guests</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>host credentials read from %1: logins for %n host(s)</source>
      <translation>
        <numerusform>host credentials read from %1: logins for %n host</numerusform>
        <numerusform>host credentials read from %1: logins for %n hosts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>wrote %1 and %n guest definition(s) in %2 (install them at %3 on every node)</source>
      <translation>
        <numerusform>wrote %1 and %n guest definition in %2 (install them at %3 on every node)</numerusform>
        <numerusform>wrote %1 and %n guest definitions in %2 (install them at %3 on every node)</numerusform>
      </translation>
    </message>
  </context>
</TS>
