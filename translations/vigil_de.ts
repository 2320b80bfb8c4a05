<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>QObject</name>
    <message>
      <source>%1 (%2) is reached through a proxy or a HostKeyAlias: Vigil cannot read its key the way ssh checks it. Connect once with ssh after comparing its fingerprint.</source>
      <translation>%1 (%2) wird über einen Proxy oder einen HostKeyAlias erreicht: Vigil kann seinen Schlüssel nicht so lesen, wie ssh ihn prüft. Verbinden Sie sich einmal mit ssh, nachdem Sie den Fingerabdruck verglichen haben.</translation>
    </message>
    <message>
      <source>%1 (%2) offers these SSH host keys:</source>
      <translation>%1 (%2) bietet diese SSH-Hostschlüssel an:</translation>
    </message>
    <message>
      <source>%1 is %2: %3</source>
      <translation>%1 ist %2: %3</translation>
    </message>
    <message>
      <source>%1 is not reached over ssh (%2): only ssh hosts have host keys to trust; TLS hosts are trusted through their CA certificate</source>
      <translation>%1 wird nicht über ssh erreicht (%2): nur ssh-Hosts haben Hostschlüssel zum Vertrauen; TLS-Hosts wird über ihr CA-Zertifikat vertraut</translation>
    </message>
    <message>
      <source>%1 offers this SSH host key: %2</source>
      <translation>%1 bietet diesen SSH-Host-Schlüssel an: %2</translation>
    </message>
    <message>
      <source>%1's host key is trusted already (libvirt's known_hosts)</source>
      <translation>Dem Host-Schlüssel von %1 wird bereits vertraut (known_hosts von libvirt)</translation>
    </message>
    <message>
      <source>A rule named “%1” already exists.</source>
      <translation>Eine Regel namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
      <source>Cannot create a temporary folder for the demo database: %1</source>
      <translation>Für die Demo-Datenbank kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
      <source>Compare with the host's own (on the host: for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done), then trust it:</source>
      <translation>Mit denen des Hosts vergleichen (auf dem Host: for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done), dann vertrauen:</translation>
    </message>
    <message>
      <source>The event log could not be saved: %1</source>
      <translation>Das Ereignisprotokoll konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
      <source>added host %1 (%2)</source>
      <translation>Host %1 hinzugefügt (%2)</translation>
    </message>
    <message>
      <source>cannot add host: %1</source>
      <translation>Host kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
      <source>no host named "%1"</source>
      <translation>kein Host namens „%1“</translation>
    </message>
    <message>
      <source>not trusted: %1</source>
      <translation>nicht vertraut: %1</translation>
    </message>
    <message>
      <source>removed host %1</source>
      <translation>Host %1 entfernt</translation>
    </message>
    <message>
      <source>trusted %1 for %2 in %3; a running console or agent connects on its next attempt (within 10 minutes; Reconnect in the console at once)</source>
      <translation>%1 für %2 in %3 vertraut; eine laufende Konsole oder ein Agent verbindet sich beim nächsten Versuch (innerhalb von 10 Minuten; Neu verbinden in der Konsole sofort)</translation>
    </message>
    <message>
      <source>trusted %1 for %2 in libvirt's known_hosts; a running console or agent connects on its next attempt (within 10 minutes; Reconnect in the console at once)</source>
      <translation>%1 für %2 in der known_hosts von libvirt als vertrauenswürdig eingetragen; eine laufende Konsole oder ein Agent verbindet sich beim nächsten Versuch (innerhalb von 10 Minuten; mit „Neu verbinden“ in der Konsole sofort)</translation>
    </message>
    <message>
      <source>usage: vigilctl hosts add NAME URI [--group G] [--keepalive-interval S] [--keepalive-count N] [--lock-manager]</source>
      <translation>Aufruf: vigilctl hosts add NAME URI [--group G] [--keepalive-interval S] [--keepalive-count N] [--lock-manager]</translation>
    </message>
    <message>
      <source>usage: vigilctl hosts remove NAME</source>
      <translation>Aufruf: vigilctl hosts remove NAME</translation>
    </message>
    <message>
      <source>usage: vigilctl hosts trust NAME [--fingerprint SHA256:…]</source>
      <translation>Aufruf: vigilctl hosts trust NAME [--fingerprint SHA256:…]</translation>
    </message>
    <message>
      <source>…</source>
      <translation>…</translation>
    </message>
  </context>
  <context>
    <name>Vigil::ArtifactFiles</name>
    <message>
      <source>%1 could not be deleted completely</source>
      <translation>%1 konnte nicht vollständig gelöscht werden</translation>
    </message>
    <message>
      <source>%1 has %2 bytes; the manifest says %3</source>
      <translation>%1 hat %2 Bytes; laut Manifest %3</translation>
    </message>
    <message>
      <source>%1 is damaged: its SHA-256 is %2, the manifest says %3</source>
      <translation>%1 ist beschädigt: SHA-256 ist %2, laut Manifest %3</translation>
    </message>
    <message>
      <source>%1 is missing</source>
      <translation>%1 fehlt</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) match their SHA-256; disk images are clean</source>
      <translation>
        <numerusform>%n Datei stimmt mit ihrer SHA-256 überein; Disk-Images sind fehlerfrei</numerusform>
        <numerusform>%n Dateien stimmen mit ihrer SHA-256 überein; Disk-Images sind fehlerfrei</numerusform>
      </translation>
    </message>
    <message>
      <source>an older copy at %1 cannot be replaced</source>
      <translation>eine ältere Kopie in %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>cannot create %1 (missing, read-only or no permission)</source>
      <translation>%1 kann nicht angelegt werden (fehlt, schreibgeschützt oder keine Berechtigung)</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>cannot rename %1 to %2</source>
      <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
      <source>cannot write %1: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <source>qemu-img check of %1 failed: %2</source>
      <translation>qemu-img check von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>the manifest %1 cannot be read: %2</source>
      <translation>Das Manifest %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>the manifest differs from the one recorded when the backup was taken</source>
      <translation>das Manifest weicht von dem bei der Sicherung gespeicherten ab</translation>
    </message>
    <message>
      <source>the manifest is damaged: %1</source>
      <translation>das Manifest ist beschädigt: %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Backup::BackupManager</name>
    <message numerus="yes">
      <source> (and the %n backup(s) it builds on)</source>
      <translation>
        <numerusform> (und die %n Sicherung, auf der sie aufbaut)</numerusform>
        <numerusform> (und die %n Sicherungen, auf denen sie aufbaut)</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 backup (job %2): %3 in %4 s, %5%6</source>
      <translation>%1 Sicherung (Auftrag %2): %3 in %4 s, %5%6</translation>
    </message>
    <message>
      <source>%1 has no storage pool named %2</source>
      <translation>%1 hat keinen Speicherpool namens %2</translation>
    </message>
    <message>
      <source>%1 misses the RPO of job %2 (%3 h): it has no good backup</source>
      <translation>%1 verfehlt das RPO von Auftrag %2 (%3 h): keine gute Sicherung vorhanden</translation>
    </message>
    <message>
      <source>%1 misses the RPO of job %2 (%3 h): its newest good backup is %4 h old</source>
      <translation>%1 verfehlt das RPO von Auftrag %2 (%3 h): die neueste gute Sicherung ist %4 h alt</translation>
    </message>
    <message>
      <source>%1 of %2 guests backed up, %3</source>
      <translation>%1 von %2 Gästen gesichert, %3</translation>
    </message>
    <message>
      <source>; retention and mirror skipped (only a fully successful run prunes or mirrors)</source>
      <translation>; Aufbewahrung und Spiegelung übersprungen (nur ein vollständig erfolgreicher Lauf löscht oder spiegelt)</translation>
    </message>
    <message>
      <source>The old checkpoint %1 could not be deleted: %2.</source>
      <translation>Der alte Checkpoint %1 konnte nicht gelöscht werden: %2.</translation>
    </message>
    <message>
      <source>backup %1 is %2; only complete backups can be verified</source>
      <translation>Sicherung %1 ist %2; nur vollständige Sicherungen können geprüft werden</translation>
    </message>
    <message>
      <source>backup %1 is being removed by retention</source>
      <translation>Sicherung %1 wird gerade durch die Aufbewahrung entfernt</translation>
    </message>
    <message>
      <source>backup (job %1) %2: %3</source>
      <translation>Sicherung (Auftrag %1) %2: %3</translation>
    </message>
    <message>
      <source>backup (job %1) failed: %2</source>
      <translation>Sicherung (Auftrag %1) fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>backup job %1 %2 (%3): %4</source>
      <translation>Sicherungsauftrag %1 %2 (%3): %4</translation>
    </message>
    <message>
      <source>backup job %1 %2: %3</source>
      <translation>Sicherungsauftrag %1 %2: %3</translation>
    </message>
    <message>
      <source>backup job %1 is running already</source>
      <translation>Sicherungsauftrag %1 läuft bereits</translation>
    </message>
    <message>
      <source>backup job %1 is tried again at %2</source>
      <translation>Sicherungsauftrag %1 wird um %2 erneut versucht</translation>
    </message>
    <message numerus="yes">
      <source>backup job %1 started (%2): %n guest(s)</source>
      <translation>
        <numerusform>Sicherungsauftrag %1 gestartet (%2): %n Gast</numerusform>
        <numerusform>Sicherungsauftrag %1 gestartet (%2): %n Gäste</numerusform>
      </translation>
    </message>
    <message>
      <source>backup job %1: %2</source>
      <translation>Sicherungsauftrag %1: %2</translation>
    </message>
    <message numerus="yes">
      <source>backup job %1: retention keeps %n backup(s) that a restore or verify is reading; they go after a later run</source>
      <translation>
        <numerusform>Sicherungsauftrag %1: Die Aufbewahrung behält %n Sicherung, die gerade von einer Wiederherstellung oder Prüfung gelesen wird; sie wird nach einem späteren Lauf entfernt</numerusform>
        <numerusform>Sicherungsauftrag %1: Die Aufbewahrung behält %n Sicherungen, die gerade von einer Wiederherstellung oder Prüfung gelesen werden; sie werden nach einem späteren Lauf entfernt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>backup job %1: retention pruned %n backup(s)</source>
      <translation>
        <numerusform>Sicherungsauftrag %1: Aufbewahrung hat %n Sicherung gelöscht</numerusform>
        <numerusform>Sicherungsauftrag %1: Aufbewahrung hat %n Sicherungen gelöscht</numerusform>
      </translation>
    </message>
    <message>
      <source>backup of %1 failed verification: %2</source>
      <translation>Sicherung von %1 hat die Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
      <source>backup of %1 from %2 failed verification: %3</source>
      <translation>Sicherung von %1 vom %2 hat die Prüfung nicht bestanden: %3</translation>
    </message>
    <message>
      <source>backup of %1 from %2 is not in the mirror</source>
      <translation>Sicherung von %1 vom %2 ist nicht im Spiegel</translation>
    </message>
    <message>
      <source>backup of run %1 interrupted: the Vigil process running it stopped; its partial files are removed</source>
      <translation>Sicherung von Lauf %1 unterbrochen: der ausführende Vigil-Prozess wurde beendet; ihre Teildateien werden entfernt</translation>
    </message>
    <message>
      <source>cancelled before it started</source>
      <translation>abgebrochen, bevor sie begann</translation>
    </message>
    <message>
      <source>cancelled: Vigil was closed during the run</source>
      <translation>abgebrochen: Vigil wurde während des Laufs geschlossen</translation>
    </message>
    <message>
      <source>cannot reconcile interrupted backups: %1</source>
      <translation>unterbrochene Sicherungen können nicht abgeglichen werden: %1</translation>
    </message>
    <message>
      <source>full</source>
      <translation>voll</translation>
    </message>
    <message>
      <source>host %1 is unreachable</source>
      <translation>Host %1 ist nicht erreichbar</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>inkrementell</translation>
    </message>
    <message>
      <source>interrupted: the Vigil process running it stopped</source>
      <translation>unterbrochen: der ausführende Vigil-Prozess wurde beendet</translation>
    </message>
    <message>
      <source>mirror of %1 failed: %2</source>
      <translation>Spiegelung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>no connected host has a guest named %1</source>
      <translation>kein verbundener Host hat einen Gast namens %1</translation>
    </message>
    <message>
      <source>no guest's backup could start (%1 of %2), first %3</source>
      <translation>keine Sicherung eines Gastes konnte beginnen (%1 von %2), zuerst %3</translation>
    </message>
    <message>
      <source>pool %1 on %2 is a %3 pool; backups need a directory-based pool (dir, fs or netfs)</source>
      <translation>Pool %1 auf %2 ist ein %3-Pool; Sicherungen brauchen einen verzeichnisbasierten Pool (dir, fs oder netfs)</translation>
    </message>
    <message>
      <source>pool %1 on %2 is not active</source>
      <translation>Pool %1 auf %2 ist nicht aktiv</translation>
    </message>
    <message>
      <source>pruned by retention</source>
      <translation>durch Aufbewahrung gelöscht</translation>
    </message>
    <message numerus="yes">
      <source>restore drill of %1 (job %2) is overdue: last drilled %3, due every %n day(s)</source>
      <translation>
        <numerusform>Wiederherstellungsübung von %1 (Auftrag %2) ist überfällig: zuletzt geübt %3, fällig jeden Tag</numerusform>
        <numerusform>Wiederherstellungsübung von %1 (Auftrag %2) ist überfällig: zuletzt geübt %3, fällig alle %n Tage</numerusform>
      </translation>
    </message>
    <message>
      <source>restore drill of %1 (job %2, %3) failed: %4</source>
      <translation>Wiederherstellungsübung von %1 (Auftrag %2, %3) fehlgeschlagen: %4</translation>
    </message>
    <message>
      <source>restore drill of %1 waits: host %2 is not up</source>
      <translation>Wiederherstellungsübung von %1 wartet: Host %2 ist nicht erreichbar</translation>
    </message>
    <message>
      <source>restore drill of the backup of %1: %2</source>
      <translation>Wiederherstellungsübung der Sicherung vom %1: %2</translation>
    </message>
    <message>
      <source>restore of %1 from the backup of %2: %3</source>
      <translation>Wiederherstellung von %1 aus der Sicherung vom %2: %3</translation>
    </message>
    <message>
      <source>restore test of the backup of %1: %2</source>
      <translation>Wiederherstellungstest der Sicherung vom %1: %2</translation>
    </message>
    <message>
      <source>scheduled backup job %1 was skipped: %2</source>
      <translation>geplanter Sicherungsauftrag %1 wurde übersprungen: %2</translation>
    </message>
    <message>
      <source>the backup it builds on (backup %1 of %2) is damaged: %3</source>
      <translation>die Sicherung, auf der sie aufbaut (Sicherung %1 vom %2), ist beschädigt: %3</translation>
    </message>
    <message>
      <source>the job selects no guest that Vigil knows</source>
      <translation>der Auftrag wählt keinen Gast, den Vigil kennt</translation>
    </message>
    <message>
      <source>the pool's host %1 is not connected, so its pool %2 is not known</source>
      <translation>der Host %1 des Pools ist nicht verbunden, daher ist sein Pool %2 nicht bekannt</translation>
    </message>
    <message>
      <source>the target host is not known</source>
      <translation>der Zielhost ist nicht bekannt</translation>
    </message>
    <message>
      <source>there is no backup %1</source>
      <translation>es gibt keine Sicherung %1</translation>
    </message>
    <message>
      <source>there is no backup job %1</source>
      <translation>es gibt keinen Sicherungsauftrag %1</translation>
    </message>
    <message>
      <source>there is no host named %1 for the target pool</source>
      <translation>es gibt keinen Host namens %1 für den Zielpool</translation>
    </message>
    <message>
      <source>verification failed: %1</source>
      <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>verify of backup %1: %2</source>
      <translation>Prüfung der Sicherung %1: %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupExecutor</name>
    <message>
      <source> (%1 is reached over TLS, so its disks are exported over TLS: its QEMU needs ca-cert.pem, server-cert.pem and server-key.pem in qemu.conf's backup_tls_x509_cert_dir)</source>
      <translation> (%1 wird über TLS erreicht, also werden seine Festplatten über TLS exportiert: sein QEMU braucht ca-cert.pem, server-cert.pem und server-key.pem in backup_tls_x509_cert_dir aus qemu.conf)</translation>
    </message>
    <message>
      <source> (the target directory must exist under the same path on %1: local for a local host, else a shared mount; or let the job pull the backup over the network)</source>
      <translation> (das Zielverzeichnis muss auf %1 unter demselben Pfad existieren: lokal bei einem lokalen Host, sonst ein gemeinsamer Mount; oder lassen Sie den Auftrag die Sicherung über das Netzwerk abholen)</translation>
    </message>
    <message>
      <source>%1 exists already; nothing was overwritten</source>
      <translation>%1 existiert bereits; nichts wurde überschrieben</translation>
    </message>
    <message>
      <source>%1 is reached over TLS, but this machine's TLS file %2 cannot be used for its NBD export</source>
      <translation>%1 wird über TLS erreicht, aber die TLS-Datei %2 dieses Rechners kann für seinen NBD-Export nicht verwendet werden</translation>
    </message>
    <message>
      <source>%1 is reached through an ssh proxy, so its disks cannot be read over NBD from here; back it up in push mode to a target the host shares</source>
      <translation>%1 wird über einen SSH-Proxy erreicht, daher können seine Datenträger von hier nicht über NBD gelesen werden; sichern Sie ihn im Push-Modus in ein Ziel, das der Host mitbenutzt</translation>
    </message>
    <message>
      <source>; it could not be deleted: %1</source>
      <translation>; er konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
      <source>Crash-consistent: quiescing is off for this job. </source>
      <translation>Absturzkonsistent: Stilllegen ist für diesen Auftrag aus. </translation>
    </message>
    <message>
      <source>Crash-consistent: the guest agent did not freeze the filesystems (%1). </source>
      <translation>Absturzkonsistent: der Gastagent hat die Dateisysteme nicht eingefroren (%1). </translation>
    </message>
    <message>
      <source>Full backup: checkpoint %1 cannot be used (%2); its bitmap was lost when the guest's QEMU was restarted, as after a host crash%3. </source>
      <translation>Vollsicherung: Checkpoint %1 ist nicht verwendbar (%2); seine Bitmap ging verloren, als QEMU des Gasts neu gestartet wurde, wie nach einem Host-Absturz%3. </translation>
    </message>
    <message>
      <source>Full backup: incremental backups need qcow2 disks. </source>
      <translation>Vollsicherung: inkrementelle Sicherungen brauchen qcow2-Disks. </translation>
    </message>
    <message>
      <source>Full backup: no earlier backup to build on. </source>
      <translation>Vollsicherung: keine frühere Sicherung als Grundlage. </translation>
    </message>
    <message>
      <source>Full backup: the guest no longer has checkpoint %1 (the chain is broken: the guest was re-created, moved, or the checkpoint deleted). </source>
      <translation>Vollsicherung: der Gast hat den Checkpoint %1 nicht mehr (die Kette ist unterbrochen: Gast neu angelegt, verschoben oder Checkpoint gelöscht). </translation>
    </message>
    <message>
      <source>Full copy: the guest is shut off (incremental backups need it running). </source>
      <translation>Vollkopie: der Gast ist ausgeschaltet (inkrementelle Sicherungen brauchen einen laufenden Gast). </translation>
    </message>
    <message>
      <source>Not backed up: %1. </source>
      <translation>Nicht gesichert: %1. </translation>
    </message>
    <message>
      <source>Pulled over NBD from %1: %2 read. </source>
      <translation>Über NBD von %1 abgeholt: %2 gelesen. </translation>
    </message>
    <message>
      <source>Pulled over NBD with TLS from %1: %2 read. </source>
      <translation>Über NBD mit TLS von %1 abgeholt: %2 gelesen. </translation>
    </message>
    <message>
      <source>Pushed: %1 is reached through an ssh proxy, so its disks cannot be read over NBD from here. </source>
      <translation>Vom Host geschrieben: %1 wird über einen SSH-Proxy erreicht, daher können seine Datenträger von hier nicht über NBD gelesen werden. </translation>
    </message>
    <message>
      <source>The console password (if any) is not in this backup: the connection may not read it. </source>
      <translation>Das Konsolenpasswort (falls vorhanden) ist nicht in dieser Sicherung: Die Verbindung darf es nicht lesen. </translation>
    </message>
    <message>
      <source>The host's NBD export was still open 30 s after Vigil ended it; the next run stops it. </source>
      <translation>Der NBD-Export des Hosts war 30 s nach dem Beenden durch Vigil noch offen; der nächste Lauf stoppt ihn. </translation>
    </message>
    <message>
      <source>cancelled; nothing was kept</source>
      <translation>abgebrochen; nichts wurde behalten</translation>
    </message>
    <message>
      <source>cancelled; the guest keeps running and nothing was kept</source>
      <translation>abgebrochen; der Gast läuft weiter und nichts wurde behalten</translation>
    </message>
    <message>
      <source>cannot checksum the backup: %1</source>
      <translation>Prüfsummen der Sicherung nicht möglich: %1</translation>
    </message>
    <message>
      <source>cannot connect to %1: %2</source>
      <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
      <source>cannot create %1 (missing, read-only or no permission)</source>
      <translation>%1 kann nicht angelegt werden (fehlt, schreibgeschützt oder keine Berechtigung)</translation>
    </message>
    <message>
      <source>cannot link %1 to its chain: %2</source>
      <translation>%1 kann nicht mit seiner Kette verknüpft werden: %2</translation>
    </message>
    <message>
      <source>cannot read the guest's definition: %1</source>
      <translation>Definition des Gasts kann nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>cannot rename %1 to %2</source>
      <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
      <source>cannot write the guest's definition: %1</source>
      <translation>Definition des Gasts kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <source>cannot write the manifest: %1</source>
      <translation>Manifest kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <source>copying %1 failed: %2</source>
      <translation>Kopieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>libvirt refused the backup: %1</source>
      <translation>libvirt hat die Sicherung abgelehnt: %1</translation>
    </message>
    <message>
      <source>reading %1 from %2 over NBD failed: %3</source>
      <translation>Lesen von %1 auf %2 über NBD fehlgeschlagen: %3</translation>
    </message>
    <message>
      <source>the address of %1 (%2) cannot be resolved for its NBD export</source>
      <translation>die Adresse von %1 (%2) kann für seinen NBD-Export nicht aufgelöst werden</translation>
    </message>
    <message>
      <source>the backup job failed</source>
      <translation>der Sicherungsjob ist fehlgeschlagen</translation>
    </message>
    <message>
      <source>the backup job failed: %1</source>
      <translation>der Sicherungsjob ist fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>the backup job was cancelled</source>
      <translation>der Sicherungsjob wurde abgebrochen</translation>
    </message>
    <message>
      <source>the disk %1 (%2) is not reachable from this machine; shut-off guests are copied by path, so the host's storage must be local or shared</source>
      <translation>die Disk %1 (%2) ist von diesem Rechner aus nicht erreichbar; ausgeschaltete Gäste werden über den Pfad kopiert, der Speicher des Hosts muss also lokal oder gemeinsam sein</translation>
    </message>
    <message>
      <source>the guest has no disk to back up%1</source>
      <translation>der Gast hat keine Disk zum Sichern%1</translation>
    </message>
    <message>
      <source>the guest is no longer on %1: %2</source>
      <translation>der Gast ist nicht mehr auf %1: %2</translation>
    </message>
    <message>
      <source>the result of the backup job cannot be read: %1</source>
      <translation>das Ergebnis des Sicherungsjobs kann nicht gelesen werden: %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupJob</name>
    <message>
      <source>"%1" is not a valid wildcard pattern (an unclosed "["?)</source>
      <translation>„%1“ ist kein gültiges Platzhaltermuster (ein nicht geschlossenes „[“?)</translation>
    </message>
    <message>
      <source>"Every N hours" needs N between 1 and 744.</source>
      <translation>„Alle N Stunden“ braucht N zwischen 1 und 744.</translation>
    </message>
    <message>
      <source>"Full backup every N runs" cannot be negative.</source>
      <translation>„Vollsicherung alle N Läufe“ kann nicht negativ sein.</translation>
    </message>
    <message>
      <source>A pool target is written by the pool's host (push); pulled backups go to a directory of the machine running Vigil.</source>
      <translation>Ein Pool-Ziel wird vom Host des Pools geschrieben (Push); abgeholte Sicherungen gehen in ein Verzeichnis des Rechners, auf dem Vigil läuft.</translation>
    </message>
    <message>
      <source>A target pool needs both its host and its name.</source>
      <translation>Ein Zielpool braucht seinen Host und seinen Namen.</translation>
    </message>
    <message>
      <source>A weekly schedule needs at least one day.</source>
      <translation>Ein wöchentlicher Zeitplan braucht mindestens einen Tag.</translation>
    </message>
    <message>
      <source>Concurrency must be between 1 and 16 guests.</source>
      <translation>Die Parallelität muss zwischen 1 und 16 Gästen liegen.</translation>
    </message>
    <message>
      <source>Re-verification must be every 1 to 366 days, or never (0).</source>
      <translation>Die erneute Prüfung muss alle 1 bis 366 Tage erfolgen oder nie (0).</translation>
    </message>
    <message>
      <source>Retention counts cannot be negative.</source>
      <translation>Aufbewahrungszahlen können nicht negativ sein.</translation>
    </message>
    <message>
      <source>The RPO must be 1 to 8784 hours, or none (0).</source>
      <translation>Das RPO muss 1 bis 8784 Stunden betragen, oder keines (0).</translation>
    </message>
    <message>
      <source>The bandwidth limit cannot be negative.</source>
      <translation>Die Bandbreitenbegrenzung kann nicht negativ sein.</translation>
    </message>
    <message>
      <source>The job has both a target directory and a target pool; choose one.</source>
      <translation>Der Auftrag hat ein Zielverzeichnis und einen Zielpool; wählen Sie eines.</translation>
    </message>
    <message>
      <source>The job has no name.</source>
      <translation>Der Auftrag hat keinen Namen.</translation>
    </message>
    <message>
      <source>The job has no target directory.</source>
      <translation>Der Auftrag hat kein Zielverzeichnis.</translation>
    </message>
    <message>
      <source>The job selects no guests: name guests, a name pattern or a failover policy.</source>
      <translation>Der Auftrag wählt keine Gäste: Gäste, ein Namensmuster oder eine Failover-Richtlinie angeben.</translation>
    </message>
    <message>
      <source>The mirror directory is the target directory; a mirror must be another place.</source>
      <translation>Das Spiegelverzeichnis ist das Zielverzeichnis; ein Spiegel muss ein anderer Ort sein.</translation>
    </message>
    <message>
      <source>The mirror directory must be an absolute path.</source>
      <translation>Das Spiegelverzeichnis muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
      <source>The schedule has no valid time of day.</source>
      <translation>Der Zeitplan hat keine gültige Uhrzeit.</translation>
    </message>
    <message>
      <source>The target directory must be an absolute path.</source>
      <translation>Das Zielverzeichnis muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
      <source>Weekdays are 1 (Monday) to 7 (Sunday); %1 is not one.</source>
      <translation>Wochentage sind 1 (Montag) bis 7 (Sonntag); %1 ist keiner.</translation>
    </message>
    <message>
      <source>daily at %1</source>
      <translation>täglich um %1</translation>
    </message>
    <message>
      <source>every %1 hours</source>
      <translation>alle %1 Stunden</translation>
    </message>
    <message>
      <source>every hour</source>
      <translation>stündlich</translation>
    </message>
    <message>
      <source>keep all</source>
      <translation>alle behalten</translation>
    </message>
    <message>
      <source>last %1, daily %2, weekly %3, monthly %4</source>
      <translation>letzte %1, täglich %2, wöchentlich %3, monatlich %4</translation>
    </message>
    <message>
      <source>manual only</source>
      <translation>nur manuell</translation>
    </message>
    <message>
      <source>must be a day from 1 (Monday) to 7 (Sunday)</source>
      <translation>muss ein Tag von 1 (Montag) bis 7 (Sonntag) sein</translation>
    </message>
    <message>
      <source>must be a number of days from 1 to 366, or 0 (never)</source>
      <translation>muss eine Anzahl Tage von 1 bis 366 sein, oder 0 (nie)</translation>
    </message>
    <message>
      <source>must be a number of days from 1 to 366, or 0 (no drills)</source>
      <translation>muss eine Anzahl Tage von 1 bis 366 sein, oder 0 (keine Übungen)</translation>
    </message>
    <message>
      <source>must be a number of hours from 1 to 8784, or 0 (no objective)</source>
      <translation>muss eine Anzahl Stunden von 1 bis 8784 sein, oder 0 (kein Ziel)</translation>
    </message>
    <message>
      <source>must be a time of day as HH:mm, such as 01:30</source>
      <translation>muss eine Uhrzeit im Format HH:mm sein, etwa 01:30</translation>
    </message>
    <message>
      <source>pool %1 on %2</source>
      <translation>Pool %1 auf %2</translation>
    </message>
    <message>
      <source>unknown backup mode "%1" (full or incremental)</source>
      <translation>unbekannte Sicherungsart „%1“ (full oder incremental)</translation>
    </message>
    <message>
      <source>unknown job format "%1" (this version reads vigil-backup-job/1)</source>
      <translation>unbekanntes Auftragsformat „%1“ (diese Version liest vigil-backup-job/1)</translation>
    </message>
    <message>
      <source>unknown schedule kind "%1" (manual, every-hours, daily or weekly)</source>
      <translation>unbekannte Zeitplanart „%1“ (manual, every-hours, daily oder weekly)</translation>
    </message>
    <message>
      <source>unknown transfer "%1" (auto, push or pull)</source>
      <translation>unbekannte Übertragung „%1“ (auto, push oder pull)</translation>
    </message>
    <message>
      <source>weekly on %1 at %2</source>
      <translation>wöchentlich am %1 um %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupLeftovers</name>
    <message>
      <source>%1 (and as metadata only: %2)</source>
      <translation>%1 (und nur als Metadaten: %2)</translation>
    </message>
    <message>
      <source>Could not delete checkpoint %1: %2.</source>
      <translation>Checkpoint %1 konnte nicht gelöscht werden: %2.</translation>
    </message>
    <message>
      <source>Deleted checkpoint %1, which no kept backup builds on.</source>
      <translation>Checkpoint %1 gelöscht, auf dem keine behaltene Sicherung aufbaut.</translation>
    </message>
    <message>
      <source>NBD export of run %1</source>
      <translation>NBD-Export von Lauf %1</translation>
    </message>
    <message>
      <source>Stopped the backup job an interrupted run had left running (%1).</source>
      <translation>Den Sicherungsjob gestoppt, den ein unterbrochener Lauf laufen ließ (%1).</translation>
    </message>
    <message>
      <source>another backup job is running on the guest (writing %1); it is left alone</source>
      <translation>auf dem Gast läuft ein anderer Sicherungsauftrag (schreibt %1); er bleibt unangetastet</translation>
    </message>
    <message>
      <source>the backup job an interrupted run left running did not stop within 60 s</source>
      <translation>der Sicherungsauftrag, den ein unterbrochener Lauf zurückließ, hat nicht binnen 60 s angehalten</translation>
    </message>
    <message>
      <source>to an unknown target</source>
      <translation>in ein unbekanntes Ziel</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupManifest</name>
    <message>
      <source>SHA-256 is not available from OpenSSL</source>
      <translation>SHA-256 ist in OpenSSL nicht verfügbar</translation>
    </message>
    <message>
      <source>application-consistent</source>
      <translation>anwendungskonsistent</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>consistent (guest shut off)</source>
      <translation>konsistent (Gast ausgeschaltet)</translation>
    </message>
    <message>
      <source>crash-consistent</source>
      <translation>absturzkonsistent</translation>
    </message>
    <message>
      <source>the manifest is not valid JSON: %1</source>
      <translation>das Manifest ist kein gültiges JSON: %1</translation>
    </message>
    <message>
      <source>the manifest names a disk "%1" (file "%2") that is not a plain name</source>
      <translation>das Manifest nennt eine Disk „%1“ (Datei „%2“), deren Name kein einfacher Name ist</translation>
    </message>
    <message>
      <source>the manifest names a file outside its directory: "%1"</source>
      <translation>das Manifest nennt eine Datei außerhalb seines Verzeichnisses: „%1“</translation>
    </message>
    <message>
      <source>the manifest names no guest or no files</source>
      <translation>das Manifest nennt keinen Gast oder keine Dateien</translation>
    </message>
    <message>
      <source>the manifest's guest name is not valid: %1</source>
      <translation>der Gastname im Manifest ist ungültig: %1</translation>
    </message>
    <message>
      <source>unknown manifest format "%1"</source>
      <translation>unbekanntes Manifestformat „%1“</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupRecord</name>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>complete</source>
      <translation>vollständig</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>unterbrochen</translation>
    </message>
    <message>
      <source>partly failed</source>
      <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
      <source>pruned</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <source>running</source>
      <translation>läuft</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>übersprungen</translation>
    </message>
    <message>
      <source>succeeded</source>
      <translation>erfolgreich</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupStatus</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>met</source>
      <translation>eingehalten</translation>
    </message>
    <message>
      <source>missed</source>
      <translation>verfehlt</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupStore</name>
    <message>
      <source> and failed verification</source>
      <translation> und hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
      <source>A backup job named "%1" exists already.</source>
      <translation>Einen Sicherungsauftrag namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
      <source>The backup job no longer exists.</source>
      <translation>Der Sicherungsauftrag existiert nicht mehr.</translation>
    </message>
    <message>
      <source>backup %1 of %2 (%3) cannot be restored: it is %4%5</source>
      <translation>Sicherung %1 von %2 (%3) kann nicht wiederhergestellt werden: sie ist %4%5</translation>
    </message>
    <message>
      <source>backup %1 of the chain is missing from the database</source>
      <translation>Sicherung %1 der Kette fehlt in der Datenbank</translation>
    </message>
    <message>
      <source>backup job %1 in the database is invalid: %2</source>
      <translation>Sicherungsauftrag %1 in der Datenbank ist ungültig: %2</translation>
    </message>
    <message>
      <source>the backup chain loops</source>
      <translation>die Sicherungskette ist zyklisch</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Balance</name>
    <message>
      <source>%1 load %2 → %3, %4 load %5 → %6</source>
      <translation>%1 Last %2 → %3, %4 Last %5 → %6</translation>
    </message>
    <message>
      <source>No guest CPU history: balancing on memory only.</source>
      <translation>Kein CPU-Verlauf der Gäste: Ausgleich nur nach Arbeitsspeicher.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Cli::Notifier</name>
    <message>
      <source>notification to %1 failed: %2</source>
      <translation>Benachrichtigung an %1 fehlgeschlagen: %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::ClusterManager</name>
    <message>
      <source>%1 runs on %2 (the same guest: UUID %3); starting this copy would run it twice</source>
      <translation>%1 läuft auf %2 (derselbe Gast: UUID %3); diese Kopie zu starten, ließe ihn doppelt laufen</translation>
    </message>
    <message>
      <source>%1 was running on %2 when that host last answered; until %2 is fenced or its copy is gone, starting this one could run the guest twice</source>
      <translation>%1 lief auf %2, als dieser Host zuletzt antwortete; solange %2 nicht abgeschaltet (fenced) oder seine Kopie entfernt ist, könnte ein Start hier den Gast doppelt laufen lassen</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>no answer within %1 s while connecting (the host or its libvirtd may hang)</source>
      <translation>keine Antwort innerhalb von %1 s beim Verbinden (der Host oder sein libvirtd hängt vielleicht)</translation>
    </message>
    <message>
      <source>the host was removed</source>
      <translation>der Host wurde entfernt</translation>
    </message>
  </context>
  <context>
    <name>Vigil::CredentialsFile</name>
    <message>
      <source>%1 belongs to another user (uid %2); it must be this user's own: chown %3 %1</source>
      <translation>%1 gehört einem anderen Benutzer (UID %2); sie muss diesem Benutzer gehören: chown %3 %1</translation>
    </message>
    <message>
      <source>%1 can be read or changed by other users (mode %2): chmod 600 %1. Vigil reads no password from it until then</source>
      <translation>%1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2): chmod 600 %1. Bis dahin liest Vigil kein Passwort daraus</translation>
    </message>
    <message>
      <source>%1 does not exist</source>
      <translation>%1 existiert nicht</translation>
    </message>
    <message>
      <source>%1 is a symbolic link; name the file itself</source>
      <translation>%1 ist ein symbolischer Link; geben Sie die Datei selbst an</translation>
    </message>
    <message>
      <source>%1 is larger than %2 KiB: not a credentials file</source>
      <translation>%1 ist größer als %2 KiB: keine Zugangsdatei</translation>
    </message>
    <message>
      <source>%1 is not a regular file</source>
      <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
      <source>%1, line %2: a second "%3" line in this section</source>
      <translation>%1, Zeile %2: eine zweite „%3“-Zeile in diesem Abschnitt</translation>
    </message>
    <message>
      <source>%1, line %2: a second section for the same URI (the first is at line %3)</source>
      <translation>%1, Zeile %2: ein zweiter Abschnitt für dieselbe URI (der erste steht in Zeile %3)</translation>
    </message>
    <message>
      <source>%1, line %2: a section header ends with "]"</source>
      <translation>%1, Zeile %2: eine Abschnittsüberschrift endet mit „]“</translation>
    </message>
    <message>
      <source>%1, line %2: a section needs a host URI: [qemu+tcp://…]</source>
      <translation>%1, Zeile %2: ein Abschnitt braucht eine Host-URI: [qemu+tcp://…]</translation>
    </message>
    <message>
      <source>%1, line %2: expected "user = …" or "password = …"</source>
      <translation>%1, Zeile %2: erwartet „user = …“ oder „password = …“</translation>
    </message>
    <message>
      <source>%1, line %2: expected a [URI] section first</source>
      <translation>%1, Zeile %2: zuerst wird ein [URI]-Abschnitt erwartet</translation>
    </message>
    <message>
      <source>cannot read %1</source>
      <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Database</name>
    <message>
      <source>%1 is a database of another application (tables: %2). Vigil leaves it untouched; give --db a new file or Vigil's own database.</source>
      <translation>%1 ist eine Datenbank einer anderen Anwendung (Tabellen: %2). Vigil lässt sie unverändert; geben Sie --db eine neue Datei oder Vigils eigene Datenbank.</translation>
    </message>
    <message>
      <source>Cannot connect to the PostgreSQL database %1: %2</source>
      <translation>Keine Verbindung zur PostgreSQL-Datenbank %1: %2</translation>
    </message>
    <message>
      <source>Cannot create the database %1: %2</source>
      <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
      <source>Cannot create the folder %1 for the database.</source>
      <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
      <source>Cannot lock the database %1 for its upgrade: %2</source>
      <translation>Die Datenbank %1 kann für ihre Aktualisierung nicht gesperrt werden: %2</translation>
    </message>
    <message>
      <source>Creating the database %1 failed: %2</source>
      <translation>Das Anlegen der Datenbank %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
      <translation>Der PostgreSQL-Treiber von Qt fehlt (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
      <source>The PostgreSQL address %1 is not valid; expected postgresql://user@host:port/dbname.</source>
      <translation>Die PostgreSQL-Adresse %1 ist ungültig; erwartet wird postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
      <source>The PostgreSQL address contains a password. Put it in ~/.pgpass (or the file PGPASSFILE names), readable only by you; it never belongs on a command line.</source>
      <translation>Die PostgreSQL-Adresse enthält ein Passwort. Legen Sie es in ~/.pgpass ab (oder in der Datei, die PGPASSFILE nennt), nur für Sie lesbar; auf eine Befehlszeile gehört es nie.</translation>
    </message>
    <message>
      <source>The database %1 cannot be read by this user (permission denied). (%2)</source>
      <translation>Die Datenbank %1 kann von diesem Benutzer nicht gelesen werden (Zugriff verweigert). (%2)</translation>
    </message>
    <message>
      <source>The database %1 cannot be read: %2. It may be damaged or not a Vigil database; it has been left untouched. Move it aside (or restore a backup) and start again.</source>
      <translation>Die Datenbank %1 kann nicht gelesen werden: %2. Sie ist vielleicht beschädigt oder keine Vigil-Datenbank; sie wurde nicht verändert. Legen Sie sie beiseite (oder stellen Sie eine Sicherung wieder her) und starten Sie erneut.</translation>
    </message>
    <message>
      <source>The database %1 is locked by another program (another Vigil console or vigilctl?). Close it or use --db with another file. (%2)</source>
      <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt (eine andere Vigil-Konsole oder vigilctl?). Schließen Sie es oder verwenden Sie --db mit einer anderen Datei. (%2)</translation>
    </message>
    <message>
      <source>The database %1 is read-only for this user. Run Vigil as its owner or make it writable. (%2)</source>
      <translation>Die Datenbank %1 ist für diesen Benutzer schreibgeschützt. Starten Sie Vigil als ihr Eigentümer oder machen Sie sie beschreibbar. (%2)</translation>
    </message>
    <message>
      <source>The database %1 was written by a newer version of Vigil (schema %2; this version understands up to %3). It has been left untouched: upgrade Vigil or use another file with --db.</source>
      <translation>Die Datenbank %1 wurde von einer neueren Vigil-Version geschrieben (Schema %2; diese Version versteht bis %3). Sie wurde nicht verändert: Aktualisieren Sie Vigil oder verwenden Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
      <source>The disk holding %1 is full (%2). Free some space and start again; the database was not changed.</source>
      <translation>Der Datenträger mit %1 ist voll (%2). Geben Sie Platz frei und starten Sie erneut; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
      <source>The folder %1 is read-only: SQLite must create %2-wal and %2-shm beside the database. Make the folder writable or use --db with a file elsewhere. (%3)</source>
      <translation>Der Ordner %1 ist schreibgeschützt: SQLite muss neben der Datenbank %2-wal und %2-shm anlegen. Machen Sie den Ordner beschreibbar oder verwenden Sie --db mit einer Datei an anderer Stelle. (%3)</translation>
    </message>
    <message>
      <source>Upgrading the database %1 from schema %2 to %3 failed: %4. It was rolled back and is still at schema %2, as this version found it.</source>
      <translation>Das Aktualisieren der Datenbank %1 von Schema %2 auf %3 ist fehlgeschlagen: %4. Es wurde zurückgerollt; die Datenbank ist weiterhin bei Schema %2, wie diese Version sie vorfand.</translation>
    </message>
    <message>
      <source>the schema_version table is empty</source>
      <translation>die Tabelle schema_version ist leer</translation>
    </message>
  </context>
  <context>
    <name>Vigil::DomainAction</name>
    <message>
      <source>force off</source>
      <translation>ausschalten erzwingen</translation>
    </message>
    <message>
      <source>reboot</source>
      <translation>neu starten</translation>
    </message>
    <message>
      <source>resume</source>
      <translation>fortsetzen</translation>
    </message>
    <message>
      <source>shut down</source>
      <translation>herunterfahren</translation>
    </message>
    <message>
      <source>start</source>
      <translation>starten</translation>
    </message>
    <message>
      <source>suspend</source>
      <translation>anhalten</translation>
    </message>
  </context>
  <context>
    <name>Vigil::DomainRewrite</name>
    <message>
      <source>%1 disks are not backed up (only file and block disks)</source>
      <translation>%1-Disks werden nicht gesichert (nur Datei- und Block-Disks)</translation>
    </message>
    <message>
      <source>no source</source>
      <translation>keine Quelle</translation>
    </message>
    <message>
      <source>read-only disk</source>
      <translation>schreibgeschützte Disk</translation>
    </message>
    <message>
      <source>removable media (%1)</source>
      <translation>Wechselmedium (%1)</translation>
    </message>
    <message>
      <source>shareable disk (belongs to more than one guest)</source>
      <translation>gemeinsam genutzte Disk (gehört zu mehr als einem Gast)</translation>
    </message>
    <message>
      <source>the saved definition is not valid XML: %1</source>
      <translation>die gespeicherte Definition ist kein gültiges XML: %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::GuestName</name>
    <message>
      <source>The guest name "%1" contains "/".</source>
      <translation>Der Gastname „%1“ enthält „/“.</translation>
    </message>
    <message>
      <source>The guest name contains control characters.</source>
      <translation>Der Gastname enthält Steuerzeichen.</translation>
    </message>
    <message>
      <source>The guest name is longer than 200 characters.</source>
      <translation>Der Gastname ist länger als 200 Zeichen.</translation>
    </message>
    <message>
      <source>The guest needs a name.</source>
      <translation>Der Gast braucht einen Namen.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::FailoverEngine</name>
    <message>
      <source>already running on %1</source>
      <translation>läuft bereits auf %1</translation>
    </message>
    <message>
      <source>answered again before failover</source>
      <translation>hat vor dem Failover wieder geantwortet</translation>
    </message>
    <message>
      <source>back after failover</source>
      <translation>nach dem Failover zurück</translation>
    </message>
    <message>
      <source>cannot be restarted: %1</source>
      <translation>kann nicht neu gestartet werden: %1</translation>
    </message>
    <message>
      <source>cannot write the failover journal (%1): not restarted</source>
      <translation>Failover-Journal kann nicht geschrieben werden (%1): nicht neu gestartet</translation>
    </message>
    <message>
      <source>cannot write the failover journal: %1</source>
      <translation>Failover-Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>failover done</source>
      <translation>Failover abgeschlossen</translation>
    </message>
    <message>
      <source>failover engine active (%1)</source>
      <translation>Failover-Engine aktiv (%1)</translation>
    </message>
    <message>
      <source>failover engine passive: %1 holds the lease</source>
      <translation>Failover-Engine passiv: %1 hält die Lease</translation>
    </message>
    <message>
      <source>failover finished: %1 restarted, %2 not</source>
      <translation>Failover beendet: %1 neu gestartet, %2 nicht</translation>
    </message>
    <message>
      <source>fenced</source>
      <translation>abgeschaltet (fenced)</translation>
    </message>
    <message>
      <source>fencing</source>
      <translation>Fencing läuft</translation>
    </message>
    <message>
      <source>fencing: %1</source>
      <translation>Fencing: %1</translation>
    </message>
    <message>
      <source>handed to the failover of %1, which was lost while the guest was starting there</source>
      <translation>an das Failover von %1 übergeben, das verloren ging, während der Gast dort startete</translation>
    </message>
    <message>
      <source>host answered again; no failover</source>
      <translation>Host antwortet wieder; kein Failover</translation>
    </message>
    <message>
      <source>host failed; failover is left to the active engine (%1)</source>
      <translation>Host ausgefallen; das Failover übernimmt die aktive Engine (%1)</translation>
    </message>
    <message>
      <source>host failed; no protected guest was running there</source>
      <translation>Host ausgefallen; dort lief kein geschützter Gast</translation>
    </message>
    <message>
      <source>host in maintenance is unreachable: no failover</source>
      <translation>Host in Wartung ist nicht erreichbar: kein Failover</translation>
    </message>
    <message>
      <source>host is back after a failover; its restarted guests stay where they are</source>
      <translation>Host ist nach einem Failover zurück; seine neu gestarteten Gäste bleiben, wo sie sind</translation>
    </message>
    <message>
      <source>in maintenance</source>
      <translation>in Wartung</translation>
    </message>
    <message>
      <source>not restarted: already restarted %1 time(s) in the last %2 min (limit %3)</source>
      <translation>nicht neu gestartet: bereits %1-mal in den letzten %2 min neu gestartet (Grenze %3)</translation>
    </message>
    <message>
      <source>not restarted: no fence action for %1 and the policy requires fencing</source>
      <translation>nicht neu gestartet: keine Fencing-Aktion für %1 und die Richtlinie verlangt Fencing</translation>
    </message>
    <message>
      <source>not restarted: the host is not fenced (%1) and the policy requires fencing</source>
      <translation>nicht neu gestartet: der Host ist nicht abgeschaltet (%1) und die Richtlinie verlangt Fencing</translation>
    </message>
    <message>
      <source>recovered</source>
      <translation>erholt</translation>
    </message>
    <message>
      <source>restart without fencing (allowed by policy %1)</source>
      <translation>Neustart ohne Fencing (erlaubt durch Richtlinie %1)</translation>
    </message>
    <message>
      <source>restarting guests</source>
      <translation>Gäste werden neu gestartet</translation>
    </message>
    <message>
      <source>resuming an interrupted failover (journal entry %1, was %2)</source>
      <translation>unterbrochenes Failover wird fortgesetzt (Journaleintrag %1, war %2)</translation>
    </message>
    <message>
      <source>suspect</source>
      <translation>verdächtig</translation>
    </message>
    <message>
      <source>the failover policies could not be re-read; deciding with those last read</source>
      <translation>die Failover-Richtlinien konnten nicht erneut gelesen werden; entschieden wird mit den zuletzt gelesenen</translation>
    </message>
    <message>
      <source>the fence action is no longer configured</source>
      <translation>die Fencing-Aktion ist nicht mehr konfiguriert</translation>
    </message>
    <message>
      <source>up</source>
      <translation>verbunden</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::FailoverJournal</name>
    <message>
      <source>RTO %1 s from the last contact (%2)</source>
      <translation>RTO %1 s ab dem letzten Kontakt (%2)</translation>
    </message>
    <message>
      <source>detect %1 s</source>
      <translation>Erkennung %1 s</translation>
    </message>
    <message>
      <source>fence %1 s</source>
      <translation>Fencing %1 s</translation>
    </message>
    <message>
      <source>start %1 s</source>
      <translation>Start %1 s</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::FenceSelfTest</name>
    <message>
      <source>the fence action of %1 is not tested on schedule: it has no action argument (--action, -o) that could be switched to "status"</source>
      <translation>die Fencing-Aktion von %1 wird nicht planmäßig getestet: sie hat kein Aktionsargument (--action, -o), das auf „status“ umgestellt werden könnte</translation>
    </message>
    <message>
      <source>the fence device of %1 answers (status check)</source>
      <translation>das Fencing-Gerät von %1 antwortet (Statusprüfung)</translation>
    </message>
    <message>
      <source>the fence device of %1 does not answer its status check: %2</source>
      <translation>das Fencing-Gerät von %1 besteht seine Statusprüfung nicht: %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::Fencer</name>
    <message>
      <source>fence confirmed</source>
      <translation>Fencing bestätigt</translation>
    </message>
    <message>
      <source>fence confirmed: %1</source>
      <translation>Fencing bestätigt: %1</translation>
    </message>
    <message>
      <source>no fence command configured</source>
      <translation>kein Fencing-Befehl konfiguriert</translation>
    </message>
    <message>
      <source>the fence command could not be started: %1</source>
      <translation>der Fencing-Befehl konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
      <source>the fence command crashed</source>
      <translation>der Fencing-Befehl ist abgestürzt</translation>
    </message>
    <message>
      <source>the fence command did not finish within %1 s</source>
      <translation>der Fencing-Befehl endete nicht innerhalb von %1 s</translation>
    </message>
    <message>
      <source>the fence command failed (exit %1)%2</source>
      <translation>der Fencing-Befehl ist fehlgeschlagen (Exit %1)%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::Planner</name>
    <message>
      <source>%1 has %2 free, %3 needed</source>
      <translation>%1 hat %2 frei, %3 benötigt</translation>
    </message>
    <message>
      <source>%1 has another guest named %2</source>
      <translation>%1 hat einen anderen Gast namens %2</translation>
    </message>
    <message>
      <source>%1 is forbidden by the policy</source>
      <translation>%1 ist durch die Richtlinie verboten</translation>
    </message>
    <message>
      <source>%1 is in maintenance</source>
      <translation>%1 ist in Wartung</translation>
    </message>
    <message>
      <source>%1 is not among the allowed hosts</source>
      <translation>%1 gehört nicht zu den erlaubten Hosts</translation>
    </message>
    <message>
      <source>%1 is not up</source>
      <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
      <source>%1 runs %2, which must be kept apart from %3</source>
      <translation>%1 führt %2 aus, der von %3 getrennt bleiben muss</translation>
    </message>
    <message>
      <source>%1 would exceed %2 vCPUs (%3 CPUs × %4 overcommit)</source>
      <translation>%1 würde %2 vCPUs überschreiten (%3 CPUs × %4 Überbuchung)</translation>
    </message>
    <message numerus="yes">
      <source>%n protected guest(s) run on hosts without a disk lock manager (%1): if a fence reports success without powering the host off, nothing stops a second copy. Run virtlockd or sanlock there and tick it in the host's settings.</source>
      <translation>
        <numerusform>%n geschützte VM läuft auf Hosts ohne Lock-Manager für Datenträger (%1): meldet ein Fencing Erfolg, ohne den Host auszuschalten, hält nichts eine zweite Kopie auf. Betreiben Sie dort virtlockd oder sanlock und kreuzen Sie es in den Host-Einstellungen an.</numerusform>
        <numerusform>%n geschützte VMs laufen auf Hosts ohne Lock-Manager für Datenträger (%1): meldet ein Fencing Erfolg, ohne den Host auszuschalten, hält nichts eine zweite Kopie auf. Betreiben Sie dort virtlockd oder sanlock und kreuzen Sie es in den Host-Einstellungen an.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Every protected guest can be placed if any one host dies now (%n restart(s) planned).</source>
      <translation>
        <numerusform>Jeder geschützte Gast kann untergebracht werden, wenn jetzt ein beliebiger Host ausfällt (%n Neustart geplant).</numerusform>
        <numerusform>Jeder geschützte Gast kann untergebracht werden, wenn jetzt ein beliebiger Host ausfällt (%n Neustarts geplant).</numerusform>
      </translation>
    </message>
    <message>
      <source>No failover policy is enabled: no guest is protected, and nothing would be restarted if a host died.</source>
      <translation>Keine Failover-Richtlinie ist aktiviert: Kein Gast ist geschützt, und nichts würde neu gestartet, wenn ein Host ausfiele.</translation>
    </message>
    <message>
      <source>No protected guest is running: the enabled policies match no running guest, so nothing would be restarted if a host died.</source>
      <translation>Kein geschützter Gast läuft: Die aktivierten Richtlinien erfassen keinen laufenden Gast, daher würde nichts neu gestartet, wenn ein Host ausfiele.</translation>
    </message>
    <message numerus="yes">
      <source>Not HA-ready: %n protected guest placement(s) would fail if their host died now.</source>
      <translation>
        <numerusform>Nicht HA-bereit: %n Platzierung eines geschützten Gastes würde fehlschlagen, wenn sein Host jetzt ausfiele.</numerusform>
        <numerusform>Nicht HA-bereit: %n Platzierungen geschützter Gäste würden fehlschlagen, wenn ihr Host jetzt ausfiele.</numerusform>
      </translation>
    </message>
    <message>
      <source>disk %1 is not in a storage pool of %2, so no other host is known to reach it</source>
      <translation>Disk %1 liegt in keinem Speicherpool von %2, daher ist kein anderer Host bekannt, der sie erreicht</translation>
    </message>
    <message>
      <source>disk %1 is on %2's local pool "%3" (%4), which other hosts cannot reach (if it is an NFS or cluster filesystem mounted on every host, list it among the policy's shared pools)</source>
      <translation>Datenträger %1 liegt im lokalen Pool „%3“ (%4) von %2, den andere Hosts nicht erreichen (ist er ein auf jedem Host eingehängtes NFS- oder Cluster-Dateisystem, tragen Sie ihn unter den gemeinsamen Pools der Richtlinie ein)</translation>
    </message>
    <message>
      <source>it already runs on %1</source>
      <translation>läuft bereits auf %1</translation>
    </message>
    <message>
      <source>keeps it with its affinity group</source>
      <translation>bleibt bei seiner Affinitätsgruppe</translation>
    </message>
    <message>
      <source>most free memory</source>
      <translation>meister freier Arbeitsspeicher</translation>
    </message>
    <message>
      <source>network %1 is not active on %2</source>
      <translation>Netzwerk %1 ist auf %2 nicht aktiv</translation>
    </message>
    <message>
      <source>no fence action for %1 and restart without fencing is off</source>
      <translation>keine Fencing-Aktion für %1 und Neustart ohne Fencing ist aus</translation>
    </message>
    <message>
      <source>no host can take it: %1</source>
      <translation>kein Host kann ihn aufnehmen: %1</translation>
    </message>
    <message>
      <source>no other host</source>
      <translation>kein anderer Host</translation>
    </message>
    <message>
      <source>preferred host</source>
      <translation>bevorzugter Host</translation>
    </message>
    <message>
      <source>storage pool %1 (%2) is not active on %3</source>
      <translation>Speicherpool %1 (%2) ist auf %3 nicht aktiv</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::RestartQueue</name>
    <message>
      <source>%1 answered again without running it</source>
      <translation>%1 antwortet wieder, ohne ihn auszuführen</translation>
    </message>
    <message>
      <source>%1; still after %2 s</source>
      <translation>%1; auch nach %2 s noch</translation>
    </message>
    <message>
      <source>already running on %1; not started again</source>
      <translation>läuft bereits auf %1; nicht erneut gestartet</translation>
    </message>
    <message>
      <source>cannot write the failover journal: %1</source>
      <translation>Failover-Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <source>fencing of %1 did not work: %2 could not start on %3 because its disks are still in use (%4); it probably still runs on %1. No further guest of this failover is started: check the fence device, power %1 off by hand, then start the guests</source>
      <translation>Fencing von %1 hat nicht gewirkt: %2 konnte auf %3 nicht starten, weil ihre Datenträger noch belegt sind (%4); sie läuft vermutlich noch auf %1. Keine weitere VM dieses Failovers wird gestartet: Fencing-Gerät prüfen, %1 von Hand ausschalten, dann die VMs starten</translation>
    </message>
    <message>
      <source>not started on %1: its disks are still in use (%2). The fenced host's disk lease may not have expired yet: retrying for up to %3 s before calling the fence ineffective; no other guest of this failover starts meanwhile</source>
      <translation>nicht auf %1 gestartet: seine Datenträger sind noch belegt (%2). Die Datenträger-Lease des abgeschotteten Hosts ist vielleicht noch nicht abgelaufen: neuer Versuch bis zu %3 s lang, bevor die Abschottung als unwirksam gilt; kein anderer Gast dieses Failovers startet in dieser Zeit</translation>
    </message>
    <message>
      <source>not started on %1: its disks are still in use (%2); fencing of %3 did not work</source>
      <translation>nicht auf %1 gestartet: ihre Datenträger sind noch belegt (%2); Fencing von %3 hat nicht gewirkt</translation>
    </message>
    <message>
      <source>not started: fencing of %1 did not work (%2's disks are still in use)</source>
      <translation>nicht gestartet: Fencing von %1 hat nicht gewirkt (die Datenträger von %2 sind noch belegt)</translation>
    </message>
    <message>
      <source>restart on %1 failed: %2 (tried on %3 hosts; giving up)</source>
      <translation>Neustart auf %1 fehlgeschlagen: %2 (auf %3 Hosts versucht; aufgegeben)</translation>
    </message>
    <message>
      <source>restart on %1 failed: %2; no other host can take it: %3</source>
      <translation>Neustart auf %1 fehlgeschlagen: %2; kein anderer Host kann ihn übernehmen: %3</translation>
    </message>
    <message>
      <source>restart on %1 failed: %2; trying %3 instead (%4)</source>
      <translation>Neustart auf %1 fehlgeschlagen: %2; stattdessen wird %3 versucht (%4)</translation>
    </message>
    <message>
      <source>restarted on %1: %2</source>
      <translation>auf %1 neu gestartet: %2</translation>
    </message>
    <message>
      <source>restarted without its console password, if it had one: the connection to its host could not read it, or this engine took the failover over from another process (passwords are kept in memory only); set it again with virsh</source>
      <translation>ohne sein Konsolenpasswort (falls es eines hatte) neu gestartet: Die Verbindung zu seinem Host durfte es nicht lesen, oder diese Engine hat das Failover von einem anderen Prozess übernommen (Passwörter werden nur im Speicher gehalten); mit virsh neu setzen</translation>
    </message>
    <message>
      <source>runs on %1 (the start went through before the connection broke): %2</source>
      <translation>läuft auf %1 (der Start gelang, bevor die Verbindung abbrach): %2</translation>
    </message>
    <message>
      <source>runs on %1 again, which was reported fenced while the guest's disks stayed in use: fencing of %1 did not work; not started again</source>
      <translation>läuft wieder auf %1, das als abgeschottet gemeldet wurde, während die Datenträger des Gastes belegt blieben: die Abschottung von %1 hat nicht gewirkt; nicht erneut gestartet</translation>
    </message>
    <message>
      <source>the connection to %1 broke while the guest was starting there (%2): whether it runs there is unknown, so it is not started elsewhere until %1 answers again or is fenced</source>
      <translation>die Verbindung zu %1 brach ab, während der Gast dort startete (%2): ob er dort läuft, ist unbekannt, daher wird er nirgends sonst gestartet, bis %1 wieder antwortet oder abgeschottet ist</translation>
    </message>
    <message>
      <source>the guest is no longer protected</source>
      <translation>der Gast ist nicht mehr geschützt</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::StaleCopyRetirer</name>
    <message>
      <source>a failover restarted this guest on %1; removing its stale definition here so that nothing can start it twice</source>
      <translation>ein Failover hat diese VM auf %1 neu gestartet; ihre veraltete Definition wird hier entfernt, damit nichts sie zweimal starten kann</translation>
    </message>
    <message>
      <source>stale definition removed (%1)</source>
      <translation>veraltete Definition entfernt (%1)</translation>
    </message>
    <message>
      <source>the stale definition could not be removed: %1</source>
      <translation>die veraltete Definition konnte nicht entfernt werden: %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Health</name>
    <message>
      <source> for %1 h</source>
      <translation> für %1 h</translation>
    </message>
    <message>
      <source> for %1 min</source>
      <translation> für %1 min</translation>
    </message>
    <message>
      <source> for %1 s</source>
      <translation> für %1 s</translation>
    </message>
    <message>
      <source>Backup failed, skipped or damaged</source>
      <translation>Sicherung fehlgeschlagen, übersprungen oder beschädigt</translation>
    </message>
    <message>
      <source>CPU load</source>
      <translation>CPU-Last</translation>
    </message>
    <message>
      <source>CPU load %1 %</source>
      <translation>CPU-Last %1 %</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>Kritisch</translation>
    </message>
    <message>
      <source>Fence device not answering</source>
      <translation>Fencing-Gerät antwortet nicht</translation>
    </message>
    <message>
      <source>Fencing did not work</source>
      <translation>Fencing hat nicht gewirkt</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Guest CPU saturated</source>
      <translation>Gast-CPU ausgelastet</translation>
    </message>
    <message>
      <source>Guest crashed</source>
      <translation>Gast abgestürzt</translation>
    </message>
    <message>
      <source>Guest paused by an error</source>
      <translation>Gast durch einen Fehler angehalten</translation>
    </message>
    <message>
      <source>Guest running on two hosts</source>
      <translation>Gast läuft auf zwei Hosts</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Host CPU high</source>
      <translation>Host-CPU hoch</translation>
    </message>
    <message>
      <source>Host memory exhausted</source>
      <translation>Host-Arbeitsspeicher erschöpft</translation>
    </message>
    <message>
      <source>Host unreachable</source>
      <translation>Host nicht erreichbar</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>Info</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Netzwerk</translation>
    </message>
    <message>
      <source>Network inactive</source>
      <translation>Netzwerk inaktiv</translation>
    </message>
    <message>
      <source>Protected guest left down</source>
      <translation>Geschützter Gast bleibt aus</translation>
    </message>
    <message>
      <source>Statistics history not saved</source>
      <translation>Statistikverlauf nicht gespeichert</translation>
    </message>
    <message>
      <source>Storage pool</source>
      <translation>Speicherpool</translation>
    </message>
    <message>
      <source>Storage pool almost full</source>
      <translation>Speicherpool fast voll</translation>
    </message>
    <message>
      <source>Storage pool inactive</source>
      <translation>Speicherpool inaktiv</translation>
    </message>
    <message>
      <source>The duration must be between 0 s and 7 days.</source>
      <translation>Die Dauer muss zwischen 0 s und 7 Tagen liegen.</translation>
    </message>
    <message>
      <source>The rule needs a name.</source>
      <translation>Die Regel braucht einen Namen.</translation>
    </message>
    <message>
      <source>The threshold of a percentage must be between 0 and 100.</source>
      <translation>Der Schwellwert eines Prozentwerts muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
      <source>Vigil</source>
      <translation>Vigil</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>a backup failed verification or its mirror</source>
      <translation>eine Sicherung hat die Prüfung oder ihre Spiegelung nicht bestanden</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>verbindet</translation>
    </message>
    <message>
      <source>crashed</source>
      <translation>abgestürzt</translation>
    </message>
    <message>
      <source>fence device fails its status check</source>
      <translation>Fencing-Gerät besteht seine Statusprüfung nicht</translation>
    </message>
    <message>
      <source>guest %1 crashed</source>
      <translation>Gast %1 ist abgestürzt</translation>
    </message>
    <message>
      <source>guest %1 is paused: %2</source>
      <translation>Gast %1 ist angehalten: %2</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>inaktiv</translation>
    </message>
    <message>
      <source>memory %1 % used</source>
      <translation>Arbeitsspeicher %1 % belegt</translation>
    </message>
    <message>
      <source>memory used</source>
      <translation>belegter Arbeitsspeicher</translation>
    </message>
    <message>
      <source>network %1 is inactive</source>
      <translation>Netzwerk %1 ist inaktiv</translation>
    </message>
    <message>
      <source>not restarted after its host failed</source>
      <translation>nach dem Ausfall seines Hosts nicht neu gestartet</translation>
    </message>
    <message>
      <source>not restarted: its host's fencing did not work</source>
      <translation>nicht neu gestartet: das Fencing ihres Hosts hat nicht gewirkt</translation>
    </message>
    <message>
      <source>paused by an error</source>
      <translation>durch einen Fehler angehalten</translation>
    </message>
    <message>
      <source>running on two hosts</source>
      <translation>läuft auf zwei Hosts</translation>
    </message>
    <message>
      <source>space used</source>
      <translation>belegter Platz</translation>
    </message>
    <message>
      <source>statistics history cannot be saved</source>
      <translation>Statistikverlauf kann nicht gespeichert werden</translation>
    </message>
    <message>
      <source>storage pool %1 is %2 % full</source>
      <translation>Speicherpool %1 ist zu %2 % voll</translation>
    </message>
    <message>
      <source>storage pool %1 is inactive</source>
      <translation>Speicherpool %1 ist inaktiv</translation>
    </message>
    <message>
      <source>unreachable</source>
      <translation>nicht erreichbar</translation>
    </message>
    <message>
      <source>unreachable: %1</source>
      <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
      <source>“%1” is not a condition of a %2 rule.</source>
      <translation>„%1“ ist keine Bedingung einer %2-Regel.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Health::AlertEngine</name>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1: %2 %3 %4 (threshold %5 %4)</source>
      <translation>%1: %2 %3 %4 (Schwellwert %5 %4)</translation>
    </message>
    <message>
      <source>%1: %2 (%3)</source>
      <translation>%1: %2 (%3)</translation>
    </message>
    <message>
      <source>Vigil</source>
      <translation>Vigil</translation>
    </message>
    <message>
      <source>alert acknowledged: %1 — %2</source>
      <translation>Alarm bestätigt: %1 — %2</translation>
    </message>
    <message>
      <source>alert cleared: %1 — %2</source>
      <translation>Alarm aufgehoben: %1 — %2</translation>
    </message>
    <message>
      <source>alert cleared: %1 — %2 (%3)</source>
      <translation>Alarm aufgehoben: %1 — %2 (%3)</translation>
    </message>
    <message>
      <source>alert raised (%1): %2 — %3</source>
      <translation>Alarm ausgelöst (%1): %2 — %3</translation>
    </message>
    <message>
      <source>it no longer exists</source>
      <translation>existiert nicht mehr</translation>
    </message>
    <message>
      <source>its rule was disabled or removed</source>
      <translation>seine Regel wurde deaktiviert oder entfernt</translation>
    </message>
    <message>
      <source>the host was removed from Vigil</source>
      <translation>der Host wurde aus Vigil entfernt</translation>
    </message>
  </context>
  <context>
    <name>Vigil::HostProbe</name>
    <message>
      <source>Connected to %1: %2 CPUs, %3 MiB memory, %4 guests (%5)</source>
      <translation>Verbunden mit %1: %2 CPUs, %3 MiB Arbeitsspeicher, %4 Gäste (%5)</translation>
    </message>
  </context>
  <context>
    <name>Vigil::HostRepository</name>
    <message>
      <source>A host named "%1" already exists.</source>
      <translation>Einen Host namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
      <source>Removing the host failed: %1</source>
      <translation>Entfernen des Hosts fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>Saving the host failed: %1</source>
      <translation>Speichern des Hosts fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>The URI %1 is already used by the host "%2".</source>
      <translation>Die URI %1 wird bereits vom Host „%2“ verwendet.</translation>
    </message>
    <message>
      <source>The host name contains control characters.</source>
      <translation>Der Hostname enthält Steuerzeichen.</translation>
    </message>
    <message>
      <source>The host name is longer than 128 characters.</source>
      <translation>Der Hostname ist länger als 128 Zeichen.</translation>
    </message>
    <message>
      <source>The host name must not start with "-" (it would read as an option in commands and fence actions).</source>
      <translation>Der Hostname darf nicht mit „-“ beginnen (er würde in Befehlen und Fencing-Aktionen als Option gelesen).</translation>
    </message>
    <message>
      <source>The host needs a name.</source>
      <translation>Der Host braucht einen Namen.</translation>
    </message>
    <message>
      <source>The host no longer exists.</source>
      <translation>Der Host existiert nicht mehr.</translation>
    </message>
    <message>
      <source>The keepalive count must be between 1 and 100.</source>
      <translation>Die Keepalive-Anzahl muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
      <source>The keepalive interval must be between 1 and 300 seconds.</source>
      <translation>Das Keepalive-Intervall muss zwischen 1 und 300 Sekunden liegen.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::HostState</name>
    <message>
      <source>connecting</source>
      <translation>verbindet</translation>
    </message>
    <message>
      <source>unreachable</source>
      <translation>nicht erreichbar</translation>
    </message>
    <message>
      <source>up</source>
      <translation>verbunden</translation>
    </message>
  </context>
  <context>
    <name>Vigil::HostUri</name>
    <message>
      <source>(none)</source>
      <translation>(keiner)</translation>
    </message>
    <message>
      <source>Expected "://" after the scheme.</source>
      <translation>Nach dem Schema wird „://“ erwartet.</translation>
    </message>
    <message>
      <source>The %1 driver needs the path /system or /session, not "%2".</source>
      <translation>Der Treiber %1 braucht den Pfad /system oder /session, nicht „%2“.</translation>
    </message>
    <message>
      <source>The URI contains a password. Vigil never stores passwords: use SSH keys, TLS certificates or SASL credentials configured for libvirt.</source>
      <translation>Die URI enthält ein Passwort. Vigil speichert niemals Passwörter: Verwenden Sie SSH-Schlüssel, TLS-Zertifikate oder für libvirt eingerichtete SASL-Zugangsdaten.</translation>
    </message>
    <message>
      <source>The URI has no scheme; expected e.g. qemu+ssh://host/system.</source>
      <translation>Die URI hat kein Schema; erwartet wird z. B. qemu+ssh://host/system.</translation>
    </message>
    <message>
      <source>The URI is empty.</source>
      <translation>Die URI ist leer.</translation>
    </message>
    <message>
      <source>The URI is malformed: %1</source>
      <translation>Die URI ist fehlerhaft: %1</translation>
    </message>
    <message>
      <source>The URI must not contain spaces.</source>
      <translation>Die URI darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
      <source>The URI parameter "%1" makes libvirt run a program and is not accepted.</source>
      <translation>Der URI-Parameter „%1“ lässt libvirt ein Programm ausführen und wird nicht akzeptiert.</translation>
    </message>
    <message>
      <source>The ext transport runs a local command and is not accepted; use ssh, tls or tcp.</source>
      <translation>Der Transport ext führt einen lokalen Befehl aus und wird nicht akzeptiert; verwenden Sie ssh, tls oder tcp.</translation>
    </message>
    <message>
      <source>The port must be between 1 and 65535.</source>
      <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
      <source>The scheme "%1" has more than one transport.</source>
      <translation>Das Schema „%1“ hat mehr als einen Transport.</translation>
    </message>
    <message>
      <source>The test driver needs /default or the absolute path of a node file, e.g. test:///default.</source>
      <translation>Der Testtreiber braucht /default oder den absoluten Pfad einer Knotendatei, z. B. test:///default.</translation>
    </message>
    <message>
      <source>The transport "%1" needs a host name, e.g. %2+%1://server/...</source>
      <translation>Der Transport „%1“ braucht einen Hostnamen, z. B. %2+%1://server/...</translation>
    </message>
    <message>
      <source>Unknown hypervisor driver "%1" (known: %2).</source>
      <translation>Unbekannter Hypervisor-Treiber „%1“ (bekannt: %2).</translation>
    </message>
    <message>
      <source>Unknown transport "%1" (known: %2).</source>
      <translation>Unbekannter Transport „%1“ (bekannt: %2).</translation>
    </message>
  </context>
  <context>
    <name>Vigil::JsonReader</name>
    <message>
      <source>$: must be a JSON object</source>
      <translation>$: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
      <source>$: not valid JSON at offset %1: %2</source>
      <translation>$: kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
      <source>%1: given twice</source>
      <translation>%1: doppelt angegeben</translation>
    </message>
    <message>
      <source>is required</source>
      <translation>ist erforderlich</translation>
    </message>
    <message>
      <source>must be a number from %1 to %2</source>
      <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
      <source>must be a string</source>
      <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
      <source>must be an array</source>
      <translation>muss ein Array sein</translation>
    </message>
    <message>
      <source>must be an integer from %1 to %2</source>
      <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>muss ein Objekt sein</translation>
    </message>
    <message>
      <source>must be true or false (not in quotes)</source>
      <translation>muss true oder false sein (ohne Anführungszeichen)</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>darf nicht leer sein</translation>
    </message>
    <message>
      <source>must not begin or end with spaces</source>
      <translation>darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
      <source>must not contain control characters</source>
      <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
      <source>unknown field</source>
      <translation>unbekanntes Feld</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Maintenance</name>
    <message>
      <source>%1 free on %2, the most among the hosts that pass the checks</source>
      <translation>%1 frei auf %2, am meisten unter den Hosts, die die Prüfungen bestehen</translation>
    </message>
    <message>
      <source>%1 is %2</source>
      <translation>%1 is %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1: it would run next to a guest a failover policy keeps apart from %2</source>
      <translation>%1: er würde neben einem Gast laufen, den eine Failover-Richtlinie von %2 trennt</translation>
    </message>
    <message>
      <source>in maintenance</source>
      <translation>in Wartung</translation>
    </message>
    <message>
      <source>no other host</source>
      <translation>kein anderer Host</translation>
    </message>
    <message>
      <source>not up</source>
      <translation>nicht verbunden</translation>
    </message>
    <message>
      <source>shut off: stays defined on %1</source>
      <translation>ausgeschaltet: bleibt auf %1 definiert</translation>
    </message>
  </context>
  <context>
    <name>Vigil::MetricWriter</name>
    <message numerus="yes">
      <source> (%n queued sample(s) dropped so far)</source>
      <translation>
        <numerusform> (%n wartender Messwert bisher verworfen)</numerusform>
        <numerusform> (%n wartende Messwerte bisher verworfen)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Metrics</name>
    <message>
      <source>CPU %</source>
      <translation>CPU %</translation>
    </message>
    <message>
      <source>Disk read</source>
      <translation>Disk lesen</translation>
    </message>
    <message>
      <source>Disk read IOPS</source>
      <translation>Disk-Lese-IOPS</translation>
    </message>
    <message>
      <source>Disk write</source>
      <translation>Disk schreiben</translation>
    </message>
    <message>
      <source>Disk write IOPS</source>
      <translation>Disk-Schreib-IOPS</translation>
    </message>
    <message>
      <source>Memory total</source>
      <translation>Arbeitsspeicher gesamt</translation>
    </message>
    <message>
      <source>Memory used</source>
      <translation>Arbeitsspeicher belegt</translation>
    </message>
    <message>
      <source>Network received</source>
      <translation>Netzwerk empfangen</translation>
    </message>
    <message>
      <source>Network sent</source>
      <translation>Netzwerk gesendet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migration</name>
    <message>
      <source> — choose a storage copy (non-shared migration)</source>
      <translation> — wählen Sie eine Speicherkopie (Migration ohne gemeinsamen Speicher)</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 already has a definition of this guest; it will be replaced</source>
      <translation>%1 hat bereits eine Definition dieses Gasts; sie wird ersetzt</translation>
    </message>
    <message>
      <source>%1 already has another guest named %2</source>
      <translation>%1 hat bereits einen anderen Gast namens %2</translation>
    </message>
    <message>
      <source>%1 free on %2, %3 needed</source>
      <translation>%1 frei auf %2, %3 benötigt</translation>
    </message>
    <message>
      <source>%1 has %2 free, the guest needs %3</source>
      <translation>%1 hat %2 frei, der Gast braucht %3</translation>
    </message>
    <message>
      <source>%1 is in maintenance</source>
      <translation>%1 ist in Wartung</translation>
    </message>
    <message>
      <source>%1 is not reachable</source>
      <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
      <source>%1 is up</source>
      <translation>%1 ist verbunden</translation>
    </message>
    <message>
      <source>%1 of %2 left</source>
      <translation>%1 von %2 übrig</translation>
    </message>
    <message>
      <source>%1 runs %2, which a failover policy keeps apart from %3</source>
      <translation>%1 führt %2 aus, den eine Failover-Richtlinie von %3 trennt</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 nach %2</translation>
    </message>
    <message>
      <source>%1 would run %2 vCPUs on %3 CPUs</source>
      <translation>%1 würde %2 vCPUs auf %3 CPUs ausführen</translation>
    </message>
    <message>
      <source>%1/s</source>
      <translation>%1/s</translation>
    </message>
    <message>
      <source>Affinity</source>
      <translation>Affinität</translation>
    </message>
    <message>
      <source>Architecture</source>
      <translation>Architektur</translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>ETA %1 s</source>
      <translation>noch etwa %1 s</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Hypervisor</source>
      <translation>Hypervisor</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Netzwerke</translation>
    </message>
    <message>
      <source>Snapshots</source>
      <translation>Snapshots</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Speicher</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <source>could not be checked</source>
      <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
      <source>every disk is on storage %1 can reach</source>
      <translation>jede Disk liegt auf Speicher, den %1 erreicht</translation>
    </message>
    <message>
      <source>every network is active on %1</source>
      <translation>jedes Netzwerk ist auf %1 aktiv</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>nicht bestanden</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>host-passthrough: safe only between hosts with identical CPUs (%1 reports %2)</source>
      <translation>host-passthrough: nur zwischen Hosts mit identischen CPUs sicher (%1 meldet %2)</translation>
    </message>
    <message>
      <source>libvirt's test driver cannot migrate guests</source>
      <translation>der Testtreiber von libvirt kann keine Gäste migrieren</translation>
    </message>
    <message>
      <source>libvirt's test driver cannot migrate guests: cold relocation instead (shut down, define on %1, start there)</source>
      <translation>der Testtreiber von libvirt kann keine Gäste migrieren: stattdessen Kaltumzug (herunterfahren, auf %1 definieren, dort starten)</translation>
    </message>
    <message>
      <source>no failover policy rule is broken</source>
      <translation>keine Regel einer Failover-Richtlinie wird verletzt</translation>
    </message>
    <message>
      <source>no guest of that name or UUID on %1</source>
      <translation>kein Gast dieses Namens oder dieser UUID auf %1</translation>
    </message>
    <message>
      <source>no progress reported yet</source>
      <translation>noch kein Fortschritt gemeldet</translation>
    </message>
    <message>
      <source>no snapshots</source>
      <translation>keine Snapshots</translation>
    </message>
    <message>
      <source>not active on %1: %2</source>
      <translation>nicht aktiv auf %1: %2</translation>
    </message>
    <message>
      <source>pass</source>
      <translation>bestanden</translation>
    </message>
    <message>
      <source>queued</source>
      <translation>wartet</translation>
    </message>
    <message>
      <source>running</source>
      <translation>läuft</translation>
    </message>
    <message>
      <source>the architecture is not reported</source>
      <translation>die Architektur wird nicht gemeldet</translation>
    </message>
    <message numerus="yes">
      <source>the guest has %n snapshot(s); libvirt refuses to migrate it</source>
      <translation>
        <numerusform>der Gast hat %n Snapshot; libvirt verweigert seine Migration</numerusform>
        <numerusform>der Gast hat %n Snapshots; libvirt verweigert seine Migration</numerusform>
      </translation>
    </message>
    <message>
      <source>the guest has no disk</source>
      <translation>der Gast hat keine Disk</translation>
    </message>
    <message>
      <source>the guest has no network interface</source>
      <translation>der Gast hat keine Netzwerkschnittstelle</translation>
    </message>
    <message>
      <source>the guest is %1, %2 is %3</source>
      <translation>der Gast ist %1, %2 ist %3</translation>
    </message>
    <message>
      <source>the guest is not known on the source host</source>
      <translation>der Gast ist auf dem Quellhost nicht bekannt</translation>
    </message>
    <message>
      <source>the source driver does not report snapshots</source>
      <translation>der Quelltreiber meldet keine Snapshots</translation>
    </message>
    <message>
      <source>the target host is not configured</source>
      <translation>der Zielhost ist nicht konfiguriert</translation>
    </message>
    <message>
      <source>the target is the guest's own host</source>
      <translation>das Ziel ist der eigene Host des Gasts</translation>
    </message>
    <message>
      <source>the test driver reports a fixed host architecture</source>
      <translation>der Testtreiber meldet eine feste Host-Architektur</translation>
    </message>
    <message>
      <source>vCPUs</source>
      <translation>vCPUs</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>Warnung</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migration::MaintenanceCoordinator</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>%1 (the move to %2 failed: %3)</source>
      <translation>%1 (der Umzug nach %2 ist fehlgeschlagen: %3)</translation>
    </message>
    <message>
      <source>%1 (the move to %2 was cancelled: %3)</source>
      <translation>%1 (der Umzug nach %2 wurde abgebrochen: %3)</translation>
    </message>
    <message>
      <source>cannot record %1 for failback: %2</source>
      <translation>%1 kann für die Rückführung nicht gespeichert werden: %2</translation>
    </message>
    <message>
      <source>entering maintenance: %1 guest(s) to move, %2 staying</source>
      <translation>Wartung beginnt: %1 Gast/Gäste zu verschieben, %2 bleiben</translation>
    </message>
    <message>
      <source>failback of %1 skipped: %2</source>
      <translation>Rückführung von %1 übersprungen: %2</translation>
    </message>
    <message>
      <source>in maintenance (no guest had to move)</source>
      <translation>in Wartung (kein Gast musste verschoben werden)</translation>
    </message>
    <message numerus="yes">
      <source>in maintenance: %n guest(s) moved, none left running here</source>
      <translation>
        <numerusform>in Wartung: %n Gast verschoben, keiner läuft mehr hier</numerusform>
        <numerusform>in Wartung: %n Gäste verschoben, keiner läuft mehr hier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in maintenance: %n guest(s) moved; still running here: %1</source>
      <translation>
        <numerusform>in Wartung: %n Gast verschoben; läuft noch hier: %1</numerusform>
        <numerusform>in Wartung: %n Gäste verschoben; läuft noch hier: %1</numerusform>
      </translation>
    </message>
    <message>
      <source>left maintenance</source>
      <translation>Wartung beendet</translation>
    </message>
    <message>
      <source>the host is no longer configured</source>
      <translation>der Host ist nicht mehr konfiguriert</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migration::MigrationManager</name>
    <message>
      <source> — and it could not be started again on %1: %2</source>
      <translation> — und er konnte auf %1 nicht wieder gestartet werden: %2</translation>
    </message>
    <message>
      <source> — started again on %1</source>
      <translation> — auf %1 wieder gestartet</translation>
    </message>
    <message>
      <source>%1 is no longer on %2</source>
      <translation>%1 ist nicht mehr auf %2</translation>
    </message>
    <message>
      <source>%1 to %2: %3</source>
      <translation>%1 nach %2: %3</translation>
    </message>
    <message>
      <source>%1 was lost</source>
      <translation>%1 ging verloren</translation>
    </message>
    <message>
      <source>(%1 s)</source>
      <translation>(%1 s)</translation>
    </message>
    <message>
      <source>(%1 s, downtime %2 ms)</source>
      <translation>(%1 s, Ausfallzeit %2 ms)</translation>
    </message>
    <message>
      <source>cancelled before it started</source>
      <translation>abgebrochen, bevor sie begann</translation>
    </message>
    <message>
      <source>cancelled; %1 is started again on %2</source>
      <translation>abgebrochen; %1 wird auf %2 wieder gestartet</translation>
    </message>
    <message>
      <source>cold relocation</source>
      <translation>Kaltumzug</translation>
    </message>
    <message>
      <source>could not shut %1 down: %2</source>
      <translation>%1 konnte nicht heruntergefahren werden: %2</translation>
    </message>
    <message>
      <source>defined on %1 but it did not start: %2</source>
      <translation>auf %1 definiert, startete aber nicht: %2</translation>
    </message>
    <message>
      <source>defined on %1 but still defined on %2: %3</source>
      <translation>auf %1 definiert, aber noch auf %2 definiert: %3</translation>
    </message>
    <message>
      <source>live migration</source>
      <translation>Live-Migration</translation>
    </message>
    <message>
      <source>offline migration</source>
      <translation>Offline-Migration</translation>
    </message>
    <message>
      <source>relocated to %1 (cold: it was shut off)</source>
      <translation>nach %1 umgezogen (kalt: er war ausgeschaltet)</translation>
    </message>
    <message>
      <source>relocated to %1 (cold: shut down, defined there, started)</source>
      <translation>nach %1 umgezogen (kalt: heruntergefahren, dort definiert, gestartet)</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migrator</name>
    <message>
      <source>%1 is no longer on %2</source>
      <translation>%1 ist nicht mehr auf %2</translation>
    </message>
    <message>
      <source>%1 is not running: move it offline instead</source>
      <translation>%1 läuft nicht: verschieben Sie ihn offline</translation>
    </message>
    <message>
      <source>%1's driver (libvirt's test driver) cannot migrate guests</source>
      <translation>der Treiber von %1 (Testtreiber von libvirt) kann keine Gäste migrieren</translation>
    </message>
    <message>
      <source>cancelled; %1 keeps running on %2</source>
      <translation>abgebrochen; %1 läuft weiter auf %2</translation>
    </message>
    <message>
      <source>cannot connect to %1: %2</source>
      <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
      <source>lost contact with %1 during the move (%2); where %3 runs is known once %1 answers again</source>
      <translation>Verbindung zu %1 während des Verschiebens verloren (%2); wo %3 läuft, ist bekannt, sobald %1 wieder antwortet</translation>
    </message>
    <message>
      <source>moved to %1 in %2 s</source>
      <translation>nach %1 verschoben in %2 s</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::AlertTableModel</name>
    <message>
      <source>Alert</source>
      <translation>Alarm</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>Ausgelöst</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Schweregrad</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <source>acknowledged by %1</source>
      <translation>bestätigt von %1</translation>
    </message>
    <message>
      <source>cleared %1</source>
      <translation>aufgehoben %1</translation>
    </message>
    <message>
      <source>open</source>
      <translation>offen</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::BackupArtifactModel</name>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 % · %2 s left</source>
      <translation>%1 % · noch %2 s</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>Consistency</source>
      <translation>Konsistenz</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Mirror</source>
      <translation>Spiegel</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Geprüft</translation>
    </message>
    <message>
      <source>full</source>
      <translation>voll</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>inkrementell</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>bestanden</translation>
    </message>
    <message>
      <source>starting…</source>
      <translation>startet…</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::BackupJobModel</name>
    <message>
      <source>%1
Failed: %2</source>
      <translation>%1
Fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>%1
Missed by: %2</source>
      <translation>%1
Verfehlt von: %2</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 (disabled)</source>
      <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
      <source>%1 (mirror %2)</source>
      <translation>%1 (Spiegel %2)</translation>
    </message>
    <message>
      <source>%1 h: %2 of %3 missed</source>
      <translation>%1 h: %2 von %3 verfehlt</translation>
    </message>
    <message>
      <source>%1 h: all %2 met</source>
      <translation>%1 h: alle %2 erfüllt</translation>
    </message>
    <message>
      <source>%1 h: no backup yet</source>
      <translation>%1 h: noch keine Sicherung</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Gäste</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Auftrag</translation>
    </message>
    <message>
      <source>Last run</source>
      <translation>Letzter Lauf</translation>
    </message>
    <message>
      <source>Next run</source>
      <translation>Nächster Lauf</translation>
    </message>
    <message>
      <source>RPO</source>
      <translation>RPO</translation>
    </message>
    <message>
      <source>Restore drills</source>
      <translation>Wiederherstellungsübungen</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Aufbewahrung</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Zeitplan</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>every %1 d: %2 of %3 failed</source>
      <translation>alle %1 T: %2 von %3 fehlgeschlagen</translation>
    </message>
    <message>
      <source>every %1 d: %2 passed</source>
      <translation>alle %1 T: %2 bestanden</translation>
    </message>
    <message>
      <source>every %1 d: none yet</source>
      <translation>alle %1 T: noch keine</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>policy %1</source>
      <translation>Richtlinie %1</translation>
    </message>
    <message>
      <source>running…</source>
      <translation>läuft…</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::BackupRunModel</name>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Gestartet</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Trigger</source>
      <translation>Auslöser</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>manuell</translation>
    </message>
    <message>
      <source>scheduled</source>
      <translation>geplant</translation>
    </message>
    <message>
      <source>vigilctl</source>
      <translation>vigilctl</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::DomainTableModel</name>
    <message>
      <source>%1 (last known)</source>
      <translation>%1 (zuletzt bekannt)</translation>
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1 T %2 h</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1 of at most %2</source>
      <translation>%1 von höchstens %2</translation>
    </message>
    <message>
      <source>Already running when Vigil connected; libvirt does not report the start time.</source>
      <translation>Lief bereits, als Vigil sich verband; libvirt meldet keine Startzeit.</translation>
    </message>
    <message>
      <source>HA</source>
      <translation>HA</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Last known state: the host %1 is %2 (%3)</source>
      <translation>Zuletzt bekannter Zustand: der Host %1 ist %2 (%3)</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>No enabled failover policy covers this guest.</source>
      <translation>Keine aktive Failover-Richtlinie schützt diesen Gast.</translation>
    </message>
    <message>
      <source>Restarted by policy %1 at priority %2 (1 = first) if %3 fails</source>
      <translation>Neustart durch Richtlinie %1 mit Priorität %2 (1 = zuerst), wenn %3 ausfällt</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Time since Vigil saw the guest start. libvirt does not report start times, so guests already running when Vigil connected show no uptime.</source>
      <translation>Zeit, seit Vigil den Gast starten sah. libvirt meldet keine Startzeiten, daher zeigen Gäste, die beim Verbinden schon liefen, keine Laufzeit.</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>Laufzeit</translation>
    </message>
    <message>
      <source>Whether a failover policy restarts this guest when its host fails.</source>
      <translation>Ob eine Failover-Richtlinie diesen Gast neu startet, wenn sein Host ausfällt.</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>vCPUs</source>
      <translation>vCPUs</translation>
    </message>
    <message>
      <source>yes (P%1)</source>
      <translation>ja (P%1)</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::EventLogModel</name>
    <message>
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>cleared</source>
      <translation>aufgehoben</translation>
    </message>
    <message>
      <source>configuration</source>
      <translation>Konfiguration</translation>
    </message>
    <message>
      <source>connection</source>
      <translation>Verbindung</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>failover</source>
      <translation>Failover</translation>
    </message>
    <message>
      <source>health</source>
      <translation>Gesundheit</translation>
    </message>
    <message>
      <source>lifecycle</source>
      <translation>Lebenszyklus</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>ok</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::HostHealthModel</name>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 / %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <source>%1 of %2 (%3 %)</source>
      <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s), state unknown</source>
      <translation>
        <numerusform>%n VM, Zustand unbekannt</numerusform>
        <numerusform>%n VMs, Zustand unbekannt</numerusform>
      </translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Befunde</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Gesundheit</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Memory used</source>
      <translation>Arbeitsspeicher belegt</translation>
    </message>
    <message>
      <source>No problems found</source>
      <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Laufend</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>gesund</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>nicht gemeldet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::HostTreeModel</name>
    <message>
      <source> — in maintenance: new guests and failover restarts avoid it</source>
      <translation> — in Wartung: neue Gäste und Failover-Neustarts meiden ihn</translation>
    </message>
    <message>
      <source>%1 of %2 up</source>
      <translation>%1 von %2 verbunden</translation>
    </message>
    <message>
      <source>%1/%2</source>
      <translation>%1/%2</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Gäste</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Ungrouped</source>
      <translation>Ohne Gruppe</translation>
    </message>
    <message>
      <source>maintenance (%1)</source>
      <translation>Wartung (%1)</translation>
    </message>
    <message>
      <source>next attempt at %1</source>
      <translation>nächster Versuch um %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::IncidentModel</name>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Host failed</source>
      <translation>Host ausgefallen</translation>
    </message>
    <message>
      <source>Recovery time</source>
      <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
      <source>Restarted on</source>
      <translation>Neu gestartet auf</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>not restarted</source>
      <translation>nicht neu gestartet</translation>
    </message>
    <message>
      <source>not restarted: fence did not work</source>
      <translation>nicht neu gestartet: Fencing hat nicht gewirkt</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>geplant</translation>
    </message>
    <message>
      <source>restart failed</source>
      <translation>Neustart fehlgeschlagen</translation>
    </message>
    <message>
      <source>running</source>
      <translation>läuft</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>startet</translation>
    </message>
    <message>
      <source>waiting for the fence</source>
      <translation>wartet auf Fencing</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::MigrationTableModel</name>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 MiB/s, %2</source>
      <translation>%1 MiB/s, %2</translation>
    </message>
    <message>
      <source>%1 ms</source>
      <translation>%1 ms</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>%1 s left</source>
      <translation>noch %1 s</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <source>Downtime</source>
      <translation>Ausfallzeit</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>ETA unknown</source>
      <translation>Restzeit unbekannt</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Fortschritt</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Geschwindigkeit</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Nach</translation>
    </message>
    <message>
      <source>live</source>
      <translation>live</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>startet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::PolicyTableModel</name>
    <message>
      <source> (restarts without fencing: split-brain risk)</source>
      <translation> (Neustarts ohne Fencing: Split-Brain-Risiko)</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s)</source>
      <translation>
        <numerusform>%n Gast</numerusform>
        <numerusform>%n Gäste</numerusform>
      </translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Fencing</source>
      <translation>Fencing</translation>
    </message>
    <message>
      <source>Guests may be restarted although their host was not fenced: if the host was only cut off, the same guest could run twice (split brain).</source>
      <translation>Gäste dürfen neu gestartet werden, obwohl ihr Host nicht abgeschaltet wurde: war der Host nur abgeschnitten, könnte derselbe Gast doppelt laufen (Split Brain).</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>Richtlinie</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>pattern %1</source>
      <translation>Muster %1</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
  </context>
  <context>
    <name>Vigil::NbdPull</name>
    <message>
      <source>TLS for the NBD export cannot be set up: %1</source>
      <translation>TLS für den NBD-Export kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>cannot connect to the NBD export on %1:%2: %3</source>
      <translation>keine Verbindung zum NBD-Export auf %1:%2: %3</translation>
    </message>
    <message>
      <source>reading from the host failed at byte %1: %2</source>
      <translation>Lesen vom Host bei Byte %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>reading from the host failed: %1</source>
      <translation>Lesen vom Host fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>the NBD connection closed: %1</source>
      <translation>die NBD-Verbindung wurde geschlossen: %1</translation>
    </message>
    <message>
      <source>the NBD connection failed: %1</source>
      <translation>die NBD-Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>the NBD export on %1:%2 did not answer within %3 s (a firewall between this machine and the host?)</source>
      <translation>der NBD-Export auf %1:%2 hat nicht innerhalb von %3 s geantwortet (eine Firewall zwischen diesem Rechner und dem Host?)</translation>
    </message>
    <message>
      <source>the host did not say which blocks to read: %1</source>
      <translation>der Host hat nicht mitgeteilt, welche Blöcke zu lesen sind: %1</translation>
    </message>
    <message>
      <source>the host does not export the changed-block map %1 of %2</source>
      <translation>der Host exportiert die Änderungskarte %1 von %2 nicht</translation>
    </message>
    <message>
      <source>the host sent nothing for %1 s (unreachable, or its NBD server stopped)</source>
      <translation>der Host hat %1 s lang nichts gesendet (nicht erreichbar, oder sein NBD-Server wurde beendet)</translation>
    </message>
    <message>
      <source>the host stopped answering (its libvirt connection lost its keepalive)</source>
      <translation>der Host antwortet nicht mehr (seine libvirt-Verbindung hat das Keepalive verloren)</translation>
    </message>
    <message>
      <source>the host's NBD server does not say which blocks are allocated</source>
      <translation>der NBD-Server des Hosts teilt nicht mit, welche Blöcke belegt sind</translation>
    </message>
    <message>
      <source>the host's block map stopped at byte %1</source>
      <translation>die Blockkarte des Hosts endete bei Byte %1</translation>
    </message>
    <message>
      <source>the size of export %1 is unknown: %2</source>
      <translation>die Größe des Exports %1 ist unbekannt: %2</translation>
    </message>
    <message>
      <source>unknown NBD error</source>
      <translation>unbekannter NBD-Fehler</translation>
    </message>
    <message>
      <source>waiting for the NBD connection failed: %1</source>
      <translation>Warten auf die NBD-Verbindung fehlgeschlagen: %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::OutputFile</name>
    <message>
      <source>%1 is not a regular file (a device, FIFO, socket or folder); it is left alone.</source>
      <translation>%1 ist keine reguläre Datei (sondern ein Gerät, FIFO, Socket oder Ordner) und bleibt unverändert.</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <source>No output file was given.</source>
      <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::PacemakerExport</name>
    <message>
      <source>the id %1 is used more than once</source>
      <translation>die ID %1 wird mehr als einmal verwendet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Qcow2Writer</name>
    <message>
      <source>%1 bytes at byte %2 are not whole clusters of this %3-byte disk</source>
      <translation>%1 Bytes ab Byte %2 sind keine ganzen Cluster dieser Festplatte mit %3 Bytes</translation>
    </message>
    <message>
      <source>a disk of %1 bytes cannot be backed up</source>
      <translation>eine Festplatte mit %1 Bytes kann nicht gesichert werden</translation>
    </message>
    <message>
      <source>byte %1 is not the start of a cluster of this %2-byte disk</source>
      <translation>Byte %1 ist nicht der Anfang eines Clusters dieser Festplatte mit %2 Bytes</translation>
    </message>
    <message>
      <source>cannot create %1: %2</source>
      <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
      <source>the backing file's name is longer than qcow2 allows: %1</source>
      <translation>der Name der Basisdatei ist länger, als qcow2 erlaubt: %1</translation>
    </message>
    <message>
      <source>the cluster at byte %1 was written after its table was done</source>
      <translation>der Cluster bei Byte %1 wurde geschrieben, nachdem seine Tabelle abgeschlossen war</translation>
    </message>
    <message>
      <source>the cluster at byte %1 was written twice</source>
      <translation>der Cluster bei Byte %1 wurde zweimal geschrieben</translation>
    </message>
    <message>
      <source>writing %1 failed: %2</source>
      <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>writing %1 to disk failed: %2</source>
      <translation>Schreiben von %1 auf die Platte fehlgeschlagen: %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::QemuImg</name>
    <message>
      <source>%1 %2 failed (exit code %3)</source>
      <translation>%1 %2 ist fehlgeschlagen (Exit-Code %3)</translation>
    </message>
    <message>
      <source>%1 did not start: %2</source>
      <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
      <source>%1 is not installed (Debian package %2)</source>
      <translation>%1 ist nicht installiert (Debian-Paket %2)</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
  </context>
  <context>
    <name>Vigil::RemoteDisks</name>
    <message>
      <source>%1 is on another machine, so restored disks go into one of its storage pools, and it has no active directory pool (virsh pool-define-as)</source>
      <translation>%1 ist ein anderer Rechner, daher kommen wiederhergestellte Datenträger in einen seiner Speicherpools, und er hat keinen aktiven Verzeichnis-Pool (virsh pool-define-as)</translation>
    </message>
    <message>
      <source>%1 is on another machine, so restored disks go into one of its storage pools, and none has the directory %2; choose one of: %3</source>
      <translation>%1 ist ein anderer Rechner, daher kommen wiederhergestellte Datenträger in einen seiner Speicherpools, und keiner hat das Verzeichnis %2; wählen Sie eines von: %3</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>cannot list the storage pools of %1: %2</source>
      <translation>die Speicherpools von %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>sending %1 to the host failed: %2</source>
      <translation>Senden von %1 an den Host fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>the host did not finish writing %1: %2</source>
      <translation>der Host hat das Schreiben von %1 nicht abgeschlossen: %2</translation>
    </message>
    <message>
      <source>the host refused a new volume %1: %2</source>
      <translation>der Host hat ein neues Volume %1 abgelehnt: %2</translation>
    </message>
    <message>
      <source>the host refused the upload of %1: %2</source>
      <translation>der Host hat das Hochladen von %1 abgelehnt: %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Report</name>
    <message>
      <source>%1 (%2 h)</source>
      <translation>%1 (%2 h)</translation>
    </message>
    <message>
      <source>%1 (%2 running)</source>
      <translation>%1 (%2 laufend)</translation>
    </message>
    <message>
      <source>%1 (%2 still open)</source>
      <translation>%1 (%2 noch offen)</translation>
    </message>
    <message>
      <source>%1 (%2 up, %3 unreachable)</source>
      <translation>%1 (%2 verbunden, %3 nicht erreichbar)</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <source>%1 on %2 host CPUs</source>
      <translation>%1 auf %2 Host-CPUs</translation>
    </message>
    <message>
      <source>Actions and changes</source>
      <translation>Aktionen und Änderungen</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alarm</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alarme</translation>
    </message>
    <message>
      <source>Alerts could not be read: %1</source>
      <translation>Alarme konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>Alerts in range</source>
      <translation>Alarme im Zeitraum</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <source>Blocked, and why</source>
      <translation>Blockiert, und warum</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>CPU avg / peak</source>
      <translation>CPU Mittel / Spitze</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Kapazität</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Diagramme</translation>
    </message>
    <message>
      <source>Cleared</source>
      <translation>Aufgehoben</translation>
    </message>
    <message>
      <source>Cluster summary</source>
      <translation>Cluster-Übersicht</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>Erfasst</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Befunde</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Gäste</translation>
    </message>
    <message>
      <source>Guests running</source>
      <translation>Laufende Gäste</translation>
    </message>
    <message>
      <source>HA readiness</source>
      <translation>HA-Bereitschaft</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>Gesundheit</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>Hosts</translation>
    </message>
    <message>
      <source>If this host fails</source>
      <translation>Wenn dieser Host ausfällt</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Auftrag</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>Letzte Sicherung</translation>
    </message>
    <message>
      <source>Last restore drill</source>
      <translation>Letzte Wiederherstellungsübung</translation>
    </message>
    <message>
      <source>Memory allocated to running guests</source>
      <translation>Laufenden Gästen zugewiesener Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Memory used avg / peak</source>
      <translation>Arbeitsspeicher belegt Mittel / Spitze</translation>
    </message>
    <message>
      <source>Mirrored</source>
      <translation>Gespiegelt</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Netzwerk</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Netzwerke</translation>
    </message>
    <message>
      <source>No action in this range.</source>
      <translation>Keine Aktion in diesem Zeitraum.</translation>
    </message>
    <message>
      <source>No alert was raised or cleared in this range.</source>
      <translation>In diesem Zeitraum wurde kein Alarm ausgelöst oder aufgehoben.</translation>
    </message>
    <message>
      <source>No failover policy exists: no guest is restarted elsewhere when its host fails.</source>
      <translation>Es gibt keine Failover-Richtlinie: kein Gast wird anderswo neu gestartet, wenn sein Host ausfällt.</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>Richtlinie</translation>
    </message>
    <message>
      <source>Pool</source>
      <translation>Pool</translation>
    </message>
    <message>
      <source>Protected guests</source>
      <translation>Geschützte Gäste</translation>
    </message>
    <message>
      <source>RPO</source>
      <translation>RPO</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>Ausgelöst</translation>
    </message>
    <message>
      <source>Range %1: %2 – %3 (UTC). Generated %4 by Vigil %5.</source>
      <translation>Zeitraum %1: %2 – %3 (UTC). Erstellt %4 von Vigil %5.</translation>
    </message>
    <message>
      <source>Reading alerts</source>
      <translation>Alarme werden gelesen</translation>
    </message>
    <message>
      <source>Reading the backups</source>
      <translation>Sicherungen werden gelesen</translation>
    </message>
    <message>
      <source>Reading the event log</source>
      <translation>Ereignisprotokoll wird gelesen</translation>
    </message>
    <message>
      <source>Reading the history of %1</source>
      <translation>Verlauf von %1 wird gelesen</translation>
    </message>
    <message>
      <source>Restartable</source>
      <translation>Neu startbar</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Running the failover dry run</source>
      <translation>Failover-Probelauf läuft</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Schweregrad</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Storage pools</source>
      <translation>Speicherpools</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Used</source>
      <translation>Belegt</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>Geprüft</translation>
    </message>
    <message>
      <source>Vigil health report</source>
      <translation>Vigil-Zustandsbericht</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>failed: %1</source>
      <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>full</source>
      <translation>voll</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>gesund</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>inaktiv</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>inkrementell</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>no mirror</source>
      <translation>kein Spiegel</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>nicht geprüft</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>nicht gemeldet</translation>
    </message>
    <message>
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>bestanden</translation>
    </message>
    <message>
      <source>ran after %1 s</source>
      <translation>lief nach %1 s</translation>
    </message>
    <message>
      <source>vCPUs of running guests</source>
      <translation>vCPUs laufender Gäste</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
  </context>
  <context>
    <name>Vigil::RestoreCheck</name>
    <message>
      <source>%1 already has a guest named %2</source>
      <translation>%1 hat bereits einen Gast namens %2</translation>
    </message>
    <message>
      <source>%1 has no network %2; the guest cannot be defined there</source>
      <translation>%1 hat kein Netzwerk %2; der Gast kann dort nicht definiert werden</translation>
    </message>
    <message>
      <source>%1 is free on %2</source>
      <translation>%1 ist auf %2 frei</translation>
    </message>
    <message>
      <source>%1 is in maintenance</source>
      <translation>%1 ist in Wartung</translation>
    </message>
    <message>
      <source>%1 is not up</source>
      <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
      <source>%1 is up</source>
      <translation>%1 ist verbunden</translation>
    </message>
    <message>
      <source>%1 runs on %2: restore it under a new name, or stop that copy first</source>
      <translation>%1 läuft auf %2: stellen Sie ihn unter einem neuen Namen wieder her oder halten Sie diese Kopie zuerst an</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Netzwerke</translation>
    </message>
    <message>
      <source>bridged or direct interfaces (%1) cannot be checked from here</source>
      <translation>Bridge- oder direkte Schnittstellen (%1) können von hier nicht geprüft werden</translation>
    </message>
    <message>
      <source>every network is active on %1</source>
      <translation>jedes Netzwerk ist auf %1 aktiv</translation>
    </message>
    <message>
      <source>network %1 is not active on %2</source>
      <translation>Netzwerk %1 ist auf %2 nicht aktiv</translation>
    </message>
    <message>
      <source>the guest has no network interface</source>
      <translation>der Gast hat keine Netzwerkschnittstelle</translation>
    </message>
    <message>
      <source>the host is not configured</source>
      <translation>der Host ist nicht konfiguriert</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Restorer</name>
    <message>
      <source>%1 already has a guest named %2; restore under another name</source>
      <translation>%1 hat bereits einen Gast namens %2; unter anderem Namen wiederherstellen</translation>
    </message>
    <message>
      <source>%1 already has a guest with the UUID of %2; restore under a new name</source>
      <translation>%1 hat bereits einen Gast mit der UUID von %2; unter neuem Namen wiederherstellen</translation>
    </message>
    <message>
      <source>%1 exists already; nothing was overwritten</source>
      <translation>%1 existiert bereits; nichts wurde überschrieben</translation>
    </message>
    <message>
      <source>%1 refused the restored definition: %2</source>
      <translation>%1 hat die wiederhergestellte Definition abgelehnt: %2</translation>
    </message>
    <message>
      <source>cancelled; nothing was kept</source>
      <translation>abgebrochen; nichts wurde behalten</translation>
    </message>
    <message>
      <source>cancelled; the test guest was removed</source>
      <translation>abgebrochen; der Testgast wurde entfernt</translation>
    </message>
    <message>
      <source>cannot connect to %1: %2</source>
      <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
      <source>cannot create %1</source>
      <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
      <source>cannot create a staging directory beside the backup: %1</source>
      <translation>neben der Sicherung kann kein Zwischenverzeichnis angelegt werden: %1</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>cannot read the saved definition: %1</source>
      <translation>die gespeicherte Definition kann nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>nothing to restore</source>
      <translation>nichts wiederherzustellen</translation>
    </message>
    <message>
      <source>restored and ran for %1 s (no guest agent answered); test guest removed</source>
      <translation>wiederhergestellt und %1 s gelaufen (kein Gastagent antwortete); Testgast entfernt</translation>
    </message>
    <message>
      <source>restored as %1 on %2</source>
      <translation>als %1 auf %2 wiederhergestellt</translation>
    </message>
    <message>
      <source>restored as %1 on %2 and started</source>
      <translation>als %1 auf %2 wiederhergestellt und gestartet</translation>
    </message>
    <message>
      <source>restored, booted and answered through its guest agent; test guest removed</source>
      <translation>wiederhergestellt, gebootet und über seinen Gastagenten geantwortet; Testgast entfernt</translation>
    </message>
    <message>
      <source>restored, but it did not keep running on %1; test guest removed</source>
      <translation>wiederhergestellt, lief aber auf %1 nicht weiter; Testgast entfernt</translation>
    </message>
    <message>
      <source>restored, but it does not start on %1: %2</source>
      <translation>wiederhergestellt, startet aber nicht auf %1: %2</translation>
    </message>
    <message>
      <source>restoring disk %1 failed: %2</source>
      <translation>Wiederherstellung der Disk %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>the connection to %1 was lost: %2</source>
      <translation>die Verbindung zu %1 ging verloren: %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Session</name>
    <message>
      <source>An alert could not be saved: %1</source>
      <translation>Ein Alarm konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
      <source>Changes made by other Vigil processes cannot be followed: %1</source>
      <translation>Änderungen anderer Vigil-Prozesse können nicht verfolgt werden: %1</translation>
    </message>
    <message>
      <source>alert rule removed: %1</source>
      <translation>Alarmregel entfernt: %1</translation>
    </message>
    <message>
      <source>alert rule saved: %1 (%2)</source>
      <translation>Alarmregel gespeichert: %1 (%2)</translation>
    </message>
    <message>
      <source>alert rules cannot be read: %1</source>
      <translation>Alarmregeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>also running on %1 (the same UUID, %2): stop the copy that should not run</source>
      <translation>läuft auch auf %1 (dieselbe UUID, %2): die Kopie anhalten, die nicht laufen soll</translation>
    </message>
    <message>
      <source>failover policy %1 changed</source>
      <translation>Failover-Richtlinie %1 geändert</translation>
    </message>
    <message>
      <source>failover policy %1 created</source>
      <translation>Failover-Richtlinie %1 angelegt</translation>
    </message>
    <message>
      <source>failover policy %1 deleted</source>
      <translation>Failover-Richtlinie %1 gelöscht</translation>
    </message>
    <message>
      <source>host added (%1)</source>
      <translation>Host hinzugefügt (%1)</translation>
    </message>
    <message>
      <source>host removed</source>
      <translation>Host entfernt</translation>
    </message>
    <message>
      <source>host settings changed (%1)</source>
      <translation>Host-Einstellungen geändert (%1)</translation>
    </message>
    <message>
      <source>recording the statistics history</source>
      <translation>Statistikverlauf wird aufgezeichnet</translation>
    </message>
    <message>
      <source>statistics history cannot be saved: %1</source>
      <translation>Statistikverlauf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
      <source>statistics history cannot be saved; samples are kept in memory and written when this is fixed: %1</source>
      <translation>Statistikverlauf kann nicht gespeichert werden; Messwerte bleiben im Speicher und werden geschrieben, sobald das behoben ist: %1</translation>
    </message>
    <message numerus="yes">
      <source>statistics history is being saved again (%n queued sample(s) written)</source>
      <translation>
        <numerusform>Statistikverlauf wird wieder gespeichert (%n wartender Messwert geschrieben)</numerusform>
        <numerusform>Statistikverlauf wird wieder gespeichert (%n wartende Messwerte geschrieben)</numerusform>
      </translation>
    </message>
    <message>
      <source>statistics history recorded by %1; not written here</source>
      <translation>Statistikverlauf wird von %1 aufgezeichnet; hier nicht geschrieben</translation>
    </message>
  </context>
  <context>
    <name>Vigil::SshMirror</name>
    <message>
      <source>%1 could not be deleted: %2</source>
      <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
      <source>%1 did not hash the copy (an sftp-only account runs no commands): it cannot be verified there</source>
      <translation>%1 hat die Kopie nicht gehasht (ein reines sftp-Konto führt keine Befehle aus): Sie kann dort nicht geprüft werden</translation>
    </message>
    <message>
      <source>%1 did not offer the pinned host key (a different server, or its key changed): %2</source>
      <translation>%1 hat nicht den festgelegten Host-Schlüssel angeboten (ein anderer Server, oder sein Schlüssel hat sich geändert): %2</translation>
    </message>
    <message>
      <source>%1 is not in the mirror %2; it was left alone</source>
      <translation>%1 liegt nicht im Spiegel %2; es wurde nicht angerührt</translation>
    </message>
    <message>
      <source>%1 on %2 is damaged: its SHA-256 there is %3, expected %4</source>
      <translation>%1 auf %2 ist beschädigt: SHA-256 dort ist %3, erwartet %4</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) copied to %1 match their SHA-256 there</source>
      <translation>
        <numerusform>%n Datei kopiert nach %1 stimmt dort mit ihrem SHA-256 überein</numerusform>
        <numerusform>%n Dateien kopiert nach %1 stimmen dort mit ihrem SHA-256 überein</numerusform>
      </translation>
    </message>
    <message>
      <source>The mirror directory contains a control character.</source>
      <translation>Das Spiegelverzeichnis enthält ein Steuerzeichen.</translation>
    </message>
    <message>
      <source>The mirror server "%1" is not a host name.</source>
      <translation>Der Spiegel-Server „%1“ ist kein Hostname.</translation>
    </message>
    <message>
      <source>The mirror server "%1" is not ssh://[user@]server[:port]/absolute/directory.</source>
      <translation>Der Spiegel-Server „%1“ hat nicht die Form ssh://[benutzer@]server[:port]/absolutes/verzeichnis.</translation>
    </message>
    <message>
      <source>The mirror server's address contains a password; the mirror logs in with a key.</source>
      <translation>Die Adresse des Spiegel-Servers enthält ein Passwort; der Spiegel meldet sich mit einem Schlüssel an.</translation>
    </message>
    <message>
      <source>The mirror server's host key is not an OpenSSH public key ("ssh-ed25519 AAAA…").</source>
      <translation>Der Host-Schlüssel des Spiegel-Servers ist kein öffentlicher OpenSSH-Schlüssel („ssh-ed25519 AAAA…“).</translation>
    </message>
    <message>
      <source>The mirror server's host key is not pinned: add the key that `ssh-keyscan -p %1 %2` prints (compare its fingerprint with the server's).</source>
      <translation>Der Host-Schlüssel des Spiegel-Servers ist nicht festgelegt: Fügen Sie den Schlüssel ein, den `ssh-keyscan -p %1 %2` ausgibt (vergleichen Sie seinen Fingerabdruck mit dem des Servers).</translation>
    </message>
    <message>
      <source>The mirror's key file must be an absolute path.</source>
      <translation>Die Schlüsseldatei des Spiegels muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
      <source>a name in %1 contains a control character; it is not sent over sftp</source>
      <translation>ein Name in %1 enthält ein Steuerzeichen; er wird nicht über sftp gesendet</translation>
    </message>
    <message>
      <source>copy to %1 failed: %2</source>
      <translation>Kopie nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>fehlt</translation>
    </message>
    <message>
      <source>the backup's manifest cannot be read: %1</source>
      <translation>das Manifest der Sicherung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>the copy on %1 could not be checked there (sha256sum over ssh): %2</source>
      <translation>die Kopie auf %1 konnte dort nicht geprüft werden (sha256sum über ssh): %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::AlertRulesDialog</name>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>&amp;Condition:</source>
      <translation>&amp;Bedingung:</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>&amp;Enabled</source>
      <translation>&amp;Aktiv</translation>
    </message>
    <message>
      <source>&amp;For at least:</source>
      <translation>&amp;Mindestens für:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Neu</translation>
    </message>
    <message>
      <source>&amp;Save Rule</source>
      <translation>Regel &amp;speichern</translation>
    </message>
    <message>
      <source>&amp;Severity:</source>
      <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
      <source>&amp;Threshold:</source>
      <translation>Sch&amp;wellwert:</translation>
    </message>
    <message>
      <source>&amp;Watch:</source>
      <translation>Ü&amp;berwachen:</translation>
    </message>
    <message>
      <source>Alert Rules</source>
      <translation>Alarmregeln</translation>
    </message>
    <message>
      <source>Alert rules</source>
      <translation>Alarmregeln</translation>
    </message>
    <message>
      <source>How long the condition must hold before the alert is raised</source>
      <translation>Wie lange die Bedingung gelten muss, bevor der Alarm ausgelöst wird</translation>
    </message>
    <message>
      <source>New rule</source>
      <translation>Neue Regel</translation>
    </message>
    <message>
      <source>above</source>
      <translation>über</translation>
    </message>
    <message>
      <source>below</source>
      <translation>unter</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::AlertsPanel</name>
    <message>
      <source>&amp;Acknowledge</source>
      <translation>&amp;Bestätigen</translation>
    </message>
    <message>
      <source>&amp;Rules…</source>
      <translation>&amp;Regeln…</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alarme</translation>
    </message>
    <message>
      <source>Show &amp;cleared</source>
      <translation>&amp;Aufgehobene zeigen</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::BackupJobDialog</name>
    <message>
      <source> MiB/s</source>
      <translation> MiB/s</translation>
    </message>
    <message>
      <source> at a time</source>
      <translation> gleichzeitig</translation>
    </message>
    <message>
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <source> days per guest</source>
      <translation> Tage je Gast</translation>
    </message>
    <message>
      <source> guests at a time</source>
      <translation> Gäste gleichzeitig</translation>
    </message>
    <message>
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <source> newest per guest</source>
      <translation> neueste je Gast</translation>
    </message>
    <message>
      <source> runs</source>
      <translation> Läufe</translation>
    </message>
    <message>
      <source>%1 did not offer a key: %2</source>
      <translation>%1 hat keinen Schlüssel angeboten: %2</translation>
    </message>
    <message>
      <source>%1 on %2 (not known now)</source>
      <translation>%1 auf %2 (derzeit unbekannt)</translation>
    </message>
    <message>
      <source>%1 on %2 — %3</source>
      <translation>%1 auf %2 — %3</translation>
    </message>
    <message>
      <source>&amp;At:</source>
      <translation>&amp;Um:</translation>
    </message>
    <message>
      <source>&amp;Bandwidth (shut-off guests):</source>
      <translation>&amp;Bandbreite (ausgeschaltete Gäste):</translation>
    </message>
    <message>
      <source>&amp;Concurrency:</source>
      <translation>&amp;Parallelität:</translation>
    </message>
    <message>
      <source>&amp;Data transfer:</source>
      <translation>Über&amp;tragung:</translation>
    </message>
    <message>
      <source>&amp;Enabled (runs on its schedule)</source>
      <translation>&amp;Aktiv (läuft nach Zeitplan)</translation>
    </message>
    <message>
      <source>&amp;Every:</source>
      <translation>&amp;Alle:</translation>
    </message>
    <message>
      <source>&amp;Full backup:</source>
      <translation>&amp;Vollsicherung:</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>&amp;Gäste</translation>
    </message>
    <message>
      <source>&amp;Keep:</source>
      <translation>&amp;Behalten:</translation>
    </message>
    <message>
      <source>&amp;Mirror to:</source>
      <translation>&amp;Spiegeln nach:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Patterns:</source>
      <translation>&amp;Muster:</translation>
    </message>
    <message>
      <source>&amp;Re-verify kept backups:</source>
      <translation>Aufbewahrte Sicherungen erneut &amp;prüfen:</translation>
    </message>
    <message>
      <source>&amp;Read From Server…</source>
      <translation>Vom Server &amp;lesen…</translation>
    </message>
    <message>
      <source>&amp;Runs:</source>
      <translation>&amp;Läuft:</translation>
    </message>
    <message>
      <source>&amp;Schedule</source>
      <translation>&amp;Zeitplan</translation>
    </message>
    <message>
      <source>&amp;Target directory:</source>
      <translation>&amp;Zielverzeichnis:</translation>
    </message>
    <message>
      <source>/srv/backup</source>
      <translation>/srv/backup</translation>
    </message>
    <message>
      <source>0 everywhere keeps every backup. Retention runs only after a run in which every guest succeeded, and never breaks an incremental chain.</source>
      <translation>0 überall behält jede Sicherung. Die Aufbewahrung läuft nur nach einem Lauf, in dem jeder Gast erfolgreich war, und unterbricht nie eine inkrementelle Kette.</translation>
    </message>
    <message>
      <source>&lt;p&gt;%1 offers this SSH host key:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Compare it with the server's own before you pin it. On the server, run:&lt;/p&gt;&lt;pre&gt;for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done&lt;/pre&gt;&lt;p&gt;The mirror will trust this key only.&lt;/p&gt;</source>
      <translation>&lt;p&gt;%1 bietet diesen SSH-Host-Schlüssel an:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie ihn mit dem des Servers, bevor Sie ihn festlegen. Führen Sie auf dem Server aus:&lt;/p&gt;&lt;pre&gt;for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done&lt;/pre&gt;&lt;p&gt;Der Spiegel vertraut dann nur diesem Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A directory</source>
      <translation>Ein Verzeichnis</translation>
    </message>
    <message>
      <source>A storage pool of a host</source>
      <translation>Ein Speicherpool eines Hosts</translation>
    </message>
    <message>
      <source>Always full</source>
      <translation>Immer voll</translation>
    </message>
    <message>
      <source>Ask the server for its key and show its fingerprint to compare</source>
      <translation>Den Server nach seinem Schlüssel fragen und den Fingerabdruck zum Vergleich zeigen</translation>
    </message>
    <message>
      <source>Automatic: pull from hosts on other machines, push on this one</source>
      <translation>Automatisch: entfernte Hosts abholen, lokale schreiben lassen</translation>
    </message>
    <message>
      <source>Back up &amp;into:</source>
      <translation>Sichern &amp;in:</translation>
    </message>
    <message>
      <source>Choose the mirror directory</source>
      <translation>Spiegelverzeichnis wählen</translation>
    </message>
    <message>
      <source>Choose the target directory</source>
      <translation>Zielverzeichnis wählen</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Täglich</translation>
    </message>
    <message>
      <source>Drill &amp;on:</source>
      <translation>Übungs-&amp;Host:</translation>
    </message>
    <message>
      <source>Drills at o&amp;nce:</source>
      <translation>Übungen gleich&amp;zeitig:</translation>
    </message>
    <message>
      <source>Edit Backup Job %1</source>
      <translation>Sicherungsauftrag %1 bearbeiten</translation>
    </message>
    <message>
      <source>Every N hours</source>
      <translation>Alle N Stunden</translation>
    </message>
    <message>
      <source>Every new backup is copied to a second place and checked there (SHA-256). Put it on another machine: a mirror beside the target is lost with it.</source>
      <translation>Jede neue Sicherung wird an einen zweiten Ort kopiert und dort geprüft (SHA-256). Legen Sie ihn auf eine andere Maschine: Ein Spiegel neben dem Ziel geht mit ihm verloren.</translation>
    </message>
    <message>
      <source>Failover policies whose members are backed up</source>
      <translation>Failover-Richtlinien, deren Mitglieder gesichert werden</translation>
    </message>
    <message>
      <source>Fingerprint: %1</source>
      <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
      <source>Freeze filesystems through the guest agent (application-consistent)</source>
      <translation>Dateisysteme über den Gastagenten einfrieren (anwendungskonsistent)</translation>
    </message>
    <message>
      <source>Guests to back up</source>
      <translation>Zu sichernde Gäste</translation>
    </message>
    <message>
      <source>Guests:</source>
      <translation>Gäste:</translation>
    </message>
    <message>
      <source>Incremental (full when there is no chain)</source>
      <translation>Inkrementell (voll, wenn es keine Kette gibt)</translation>
    </message>
    <message>
      <source>Login key &amp;file:</source>
      <translation>Anmelde-Schlüssel&amp;datei:</translation>
    </message>
    <message>
      <source>M&amp;irror</source>
      <translation>Sp&amp;iegel</translation>
    </message>
    <message>
      <source>M&amp;ode:</source>
      <translation>M&amp;odus:</translation>
    </message>
    <message>
      <source>Manual only</source>
      <translation>Nur manuell</translation>
    </message>
    <message>
      <source>Members of
failover policies:</source>
      <translation>Mitglieder von
Failover-Richtlinien:</translation>
    </message>
    <message>
      <source>Mirror kee&amp;ps:</source>
      <translation>Spiegel be&amp;hält:</translation>
    </message>
    <message>
      <source>New Backup Job</source>
      <translation>Neuer Sicherungsauftrag</translation>
    </message>
    <message>
      <source>On:</source>
      <translation>Am:</translation>
    </message>
    <message>
      <source>Pin Host Key</source>
      <translation>Host-Schlüssel festlegen</translation>
    </message>
    <message>
      <source>Pull: read the disks over the network (NBD) into this machine's directory</source>
      <translation>Abholen: die Datenträger über das Netzwerk (NBD) in das Verzeichnis dieses Rechners lesen</translation>
    </message>
    <message>
      <source>Push: the hosts write into the directory (the same path there, a shared mount)</source>
      <translation>Schreiben lassen: die Hosts schreiben in das Verzeichnis (derselbe Pfad dort, ein gemeinsamer Mount)</translation>
    </message>
    <message>
      <source>Re-read every kept backup this often and check its SHA-256: finds a damaged or tampered target before a restore needs it. A failure raises an alert.</source>
      <translation>Jede aufbewahrte Sicherung in diesem Abstand erneut lesen und ihre SHA-256 prüfen: findet ein beschädigtes oder manipuliertes Ziel, bevor eine Wiederherstellung es braucht. Ein Fehler löst einen Alarm aus.</translation>
    </message>
    <message>
      <source>Read Host Key</source>
      <translation>Host-Schlüssel lesen</translation>
    </message>
    <message>
      <source>Recovery point ob&amp;jective:</source>
      <translation>RPO (&amp;höchstes Alter):</translation>
    </message>
    <message>
      <source>Recovery point objective: the backup alert names every guest whose newest good backup is older than this.</source>
      <translation>Wiederherstellungspunkt-Ziel: der Sicherungsalarm nennt jeden Gast, dessen neueste gute Sicherung älter ist.</translation>
    </message>
    <message>
      <source>Restore &amp;drills:</source>
      <translation>Wiederherstellungs&amp;übungen:</translation>
    </message>
    <message>
      <source>Restores each guest's newest backup as a test guest (network cut), checks that it runs, and removes it: the guest not drilled for longest first. A failed drill raises the backup alert.</source>
      <translation>Stellt die neueste Sicherung jedes Gasts als Testgast wieder her (Netzwerk getrennt), prüft, dass er läuft, und entfernt ihn: der am längsten nicht geübte Gast zuerst. Eine fehlgeschlagene Übung löst die Sicherungswarnung aus.</translation>
    </message>
    <message>
      <source>S&amp;torage and retention</source>
      <translation>S&amp;peicher und Aufbewahrung</translation>
    </message>
    <message>
      <source>Server's host &amp;key:</source>
      <translation>Host-Schlüssel des Ser&amp;vers:</translation>
    </message>
    <message>
      <source>Storage &amp;pool:</source>
      <translation>Speicher&amp;pool:</translation>
    </message>
    <message>
      <source>Target storage pool</source>
      <translation>Ziel-Speicherpool</translation>
    </message>
    <message>
      <source>The host the backup came from</source>
      <translation>Der Host, von dem die Sicherung stammt</translation>
    </message>
    <message>
      <source>The mirror's own retention: it can keep backups longer (or shorter) than the target; chains are kept whole.</source>
      <translation>Die eigene Aufbewahrung des Spiegels: Er kann Sicherungen länger (oder kürzer) behalten als das Ziel; Ketten bleiben vollständig.</translation>
    </message>
    <message>
      <source>Times are this machine's local time. A run missed while no Vigil console or agent was running is made up once at the next start.</source>
      <translation>Zeiten sind Ortszeit dieses Rechners. Ein Lauf, der verpasst wurde, während keine Vigil-Konsole und kein Agent liefen, wird beim nächsten Start einmal nachgeholt.</translation>
    </message>
    <message>
      <source>Verify every backup after writing it (re-read, SHA-256, qemu-img check)</source>
      <translation>Jede Sicherung nach dem Schreiben prüfen (erneut lesen, SHA-256, qemu-img check)</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Wöchentlich</translation>
    </message>
    <message>
      <source>as long as the backup</source>
      <translation>so lange wie die Sicherung</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>täglich</translation>
    </message>
    <message>
      <source>e.g. nightly-databases</source>
      <translation>z. B. nightly-datenbanken</translation>
    </message>
    <message>
      <source>every </source>
      <translation>alle </translation>
    </message>
    <message>
      <source>keep %1</source>
      <translation>%1 behalten</translation>
    </message>
    <message>
      <source>last</source>
      <translation>letzte</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>monatlich</translation>
    </message>
    <message>
      <source>name patterns, comma-separated, e.g. db-*, web-?</source>
      <translation>Namensmuster, durch Kommas getrennt, z. B. db-*, web-?</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>never forced</source>
      <translation>nie erzwungen</translation>
    </message>
    <message>
      <source>no drills</source>
      <translation>keine Übungen</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>optional: ssh://backup@server/srv/vigil, or a directory here</source>
      <translation>optional: ssh://backup@server/srv/vigil oder ein Verzeichnis hier</translation>
    </message>
    <message>
      <source>ssh's own: the agent, ~/.ssh/id_*</source>
      <translation>die von ssh: der Agent, ~/.ssh/id_*</translation>
    </message>
    <message>
      <source>the server's public host key, ssh-ed25519 AAAA…</source>
      <translation>der öffentliche Host-Schlüssel des Servers, ssh-ed25519 AAAA…</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>unbegrenzt</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>wöchentlich</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::BackupPage</name>
    <message>
      <source>&amp;Cancel Run</source>
      <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
      <source>&amp;Disable</source>
      <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Enable</source>
      <translation>&amp;Aktivieren</translation>
    </message>
    <message>
      <source>&amp;New Job…</source>
      <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
      <source>&amp;Run Now</source>
      <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
      <source>&amp;Test Restore</source>
      <translation>&amp;Wiederherstellung testen</translation>
    </message>
    <message>
      <source>&amp;Verify Now</source>
      <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Sicherung</translation>
    </message>
    <message>
      <source>Backup jobs</source>
      <translation>Sicherungsaufträge</translation>
    </message>
    <message>
      <source>Ctrl+Shift+B</source>
      <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
      <source>Ctrl+Shift+N</source>
      <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>Delete Backup Job</source>
      <translation>Sicherungsauftrag löschen</translation>
    </message>
    <message>
      <source>Delete the job %1? Its backups stay on disk and can still be restored.</source>
      <translation>Den Auftrag %1 löschen? Seine Sicherungen bleiben auf der Disk und können weiterhin wiederhergestellt werden.</translation>
    </message>
    <message>
      <source>Failed: %1</source>
      <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>Guests in the selected run</source>
      <translation>Gäste im gewählten Lauf</translation>
    </message>
    <message>
      <source>Guests of the selected run</source>
      <translation>Gäste des gewählten Laufs</translation>
    </message>
    <message>
      <source>Re&amp;store…</source>
      <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
      <source>Restore test of %1 running (restore, boot, check, remove)…</source>
      <translation>Wiederherstellungstest von %1 läuft (wiederherstellen, booten, prüfen, entfernen)…</translation>
    </message>
    <message>
      <source>Run history</source>
      <translation>Laufverlauf</translation>
    </message>
    <message>
      <source>Runs of the selected job</source>
      <translation>Läufe des gewählten Auftrags</translation>
    </message>
    <message>
      <source>Verifying the backup of %1…</source>
      <translation>Sicherung von %1 wird geprüft…</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::BalancePage</name>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
      <source>%n move(s) queued; see the Migrations panel. Recompute when they are done.</source>
      <translation>
        <numerusform>%n Verschiebung eingereiht; siehe Migrationsbereich. Neu berechnen, wenn sie fertig ist.</numerusform>
        <numerusform>%n Verschiebungen eingereiht; siehe Migrationsbereich. Neu berechnen, wenn sie fertig sind.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Apply Selected</source>
      <translation>Ausgewählte &amp;anwenden</translation>
    </message>
    <message>
      <source>&amp;Recompute</source>
      <translation>Neu &amp;berechnen</translation>
    </message>
    <message>
      <source>Aggressive (many, small gains)</source>
      <translation>Aggressiv (viele, kleine Gewinne)</translation>
    </message>
    <message>
      <source>Aggressiveness</source>
      <translation>Aggressivität</translation>
    </message>
    <message>
      <source>Aggressiveness:</source>
      <translation>Aggressivität:</translation>
    </message>
    <message>
      <source>CPU demand</source>
      <translation>CPU-Bedarf</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>Berechnung…</translation>
    </message>
    <message>
      <source>Conservative (few, large gains)</source>
      <translation>Zurückhaltend (wenige, große Gewinne)</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Host loads</source>
      <translation>Host-Lasten</translation>
    </message>
    <message>
      <source>Imbalance</source>
      <translation>Ungleichgewicht</translation>
    </message>
    <message>
      <source>Imbalance %1. No move is worth making (a move must also pass the pre-flight checks).</source>
      <translation>Ungleichgewicht %1. Keine Verschiebung lohnt sich (eine Verschiebung muss auch die Vorabprüfungen bestehen).</translation>
    </message>
    <message numerus="yes">
      <source>Imbalance %1; after the %n recommended move(s): %2.</source>
      <translation>
        <numerusform>Ungleichgewicht %1; nach der %n empfohlenen Verschiebung: %2.</numerusform>
        <numerusform>Ungleichgewicht %1; nach den %n empfohlenen Verschiebungen: %2.</numerusform>
      </translation>
    </message>
    <message>
      <source>Load</source>
      <translation>Last</translation>
    </message>
    <message>
      <source>Memory allocated</source>
      <translation>Zugewiesener Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Moderate</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Verschieben</translation>
    </message>
    <message>
      <source>Press Recompute to see how evenly the load is spread.</source>
      <translation>Neu berechnen drücken, um zu sehen, wie gleichmäßig die Last verteilt ist.</translation>
    </message>
    <message>
      <source>Recommended moves</source>
      <translation>Empfohlene Verschiebungen</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Nach</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>nicht gemeldet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::DryRunView</name>
    <message>
      <source>Dry run</source>
      <translation>Probelauf</translation>
    </message>
    <message>
      <source>If this host died now</source>
      <translation>Wenn dieser Host jetzt ausfiele</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorität</translation>
    </message>
    <message>
      <source>Restarted on</source>
      <translation>Neu gestartet auf</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>no protected guest runs here</source>
      <translation>hier läuft kein geschützter Gast</translation>
    </message>
    <message>
      <source>not restarted</source>
      <translation>nicht neu gestartet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::FailoverPage</name>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importieren…</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Neu…</translation>
    </message>
    <message>
      <source>&amp;Simulate host failures</source>
      <translation>Host-Ausfälle &amp;simulieren</translation>
    </message>
    <message>
      <source>&lt;b&gt;Dry run&lt;/b&gt;</source>
      <translation>&lt;b&gt;Probelauf&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Incidents&lt;/b&gt; (from every engine on this database)</source>
      <translation>&lt;b&gt;Vorfälle&lt;/b&gt; (von jeder Engine dieser Datenbank)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Policies&lt;/b&gt;</source>
      <translation>&lt;b&gt;Richtlinien&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Cannot delete the policy</source>
      <translation>Die Richtlinie kann nicht gelöscht werden</translation>
    </message>
    <message>
      <source>Cannot read the policy</source>
      <translation>Die Richtlinie kann nicht gelesen werden</translation>
    </message>
    <message>
      <source>Cannot save the policy</source>
      <translation>Die Richtlinie kann nicht gespeichert werden</translation>
    </message>
    <message>
      <source>Cannot write the policy</source>
      <translation>Die Richtlinie kann nicht geschrieben werden</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
    <message>
      <source>Delete Policy</source>
      <translation>Richtlinie löschen</translation>
    </message>
    <message>
      <source>Delete the failover policy %1? Its guests are no longer restarted when their host fails.</source>
      <translation>Die Failover-Richtlinie %1 löschen? Ihre Gäste werden dann nicht mehr neu gestartet, wenn ihr Host ausfällt.</translation>
    </message>
    <message>
      <source>E&amp;dit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <source>Enable/Di&amp;sable</source>
      <translation>Aktivieren/&amp;Deaktivieren</translation>
    </message>
    <message>
      <source>Export Policy</source>
      <translation>Richtlinie exportieren</translation>
    </message>
    <message>
      <source>Failover incidents</source>
      <translation>Failover-Vorfälle</translation>
    </message>
    <message>
      <source>Failover policies</source>
      <translation>Failover-Richtlinien</translation>
    </message>
    <message>
      <source>Import Policy</source>
      <translation>Richtlinie importieren</translation>
    </message>
    <message>
      <source>No failover yet: no protected host has failed since this database was created.</source>
      <translation>Noch kein Failover: Seit dem Anlegen dieser Datenbank ist kein geschützter Host ausgefallen.</translation>
    </message>
    <message>
      <source>Policies (*.json)</source>
      <translation>Richtlinien (*.json)</translation>
    </message>
    <message>
      <source>Simulating…</source>
      <translation>Simulation…</translation>
    </message>
    <message>
      <source>The policy is not valid</source>
      <translation>Die Richtlinie ist ungültig</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::FencingPage</name>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1: the command cannot be read (unbalanced quotes?)</source>
      <translation>%1: der Befehl kann nicht gelesen werden (unausgeglichene Anführungszeichen?)</translation>
    </message>
    <message>
      <source>A dead host is fenced (powered off) before its guests restart elsewhere. Give the command per host — a program and its arguments, no shell. {host}, {uri} and {address} are replaced.</source>
      <translation>Ein ausgefallener Host wird abgeschaltet (ausgeschaltet), bevor seine Gäste anderswo neu starten. Geben Sie den Befehl pro Host an — ein Programm und seine Argumente, keine Shell. {host}, {uri} und {address} werden ersetzt.</translation>
    </message>
    <message>
      <source>Confirm that you accept the split-brain risk, or untick restart without fencing.</source>
      <translation>Bestätigen Sie, dass Sie das Split-Brain-Risiko akzeptieren, oder entfernen Sie den Haken bei „Neustart ohne Fencing“.</translation>
    </message>
    <message>
      <source>Fence command</source>
      <translation>Fencing-Befehl</translation>
    </message>
    <message>
      <source>Fencing</source>
      <translation>Fencing</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>How often the command is run with its action switched to "status", so that a fence device that stops answering raises an alert before a host needs it</source>
      <translation>Wie oft der Befehl mit auf „status“ umgestellter Aktion läuft, damit ein Fencing-Gerät, das nicht mehr antwortet, einen Alarm auslöst, bevor ein Host es braucht</translation>
    </message>
    <message>
      <source>I understand that a host that is only cut off may still run its guests, so they could run twice and corrupt their disks (split brain).</source>
      <translation>Mir ist klar, dass ein nur abgeschnittener Host seine Gäste weiter ausführen kann, sodass sie doppelt laufen und ihre Disks beschädigen könnten (Split Brain).</translation>
    </message>
    <message>
      <source>Not tested: no --action/-o argument to switch to "status", so a test could fence the host.</source>
      <translation>Nicht getestet: kein --action/-o-Argument, um auf „status“ umzuschalten, ein Test könnte den Host abschalten.</translation>
    </message>
    <message>
      <source>Restart guests even when their host could not be fenced</source>
      <translation>Gäste neu starten, auch wenn ihr Host nicht abgeschaltet werden konnte</translation>
    </message>
    <message>
      <source>Runs the command with its action switched to "status": the host is not powered off.</source>
      <translation>Führt den Befehl mit der Aktion „status“ aus: der Host wird nicht ausgeschaltet.</translation>
    </message>
    <message>
      <source>Status check</source>
      <translation>Statusprüfung</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Testen</translation>
    </message>
    <message>
      <source>Testing the fence command of %1…</source>
      <translation>Fencing-Befehl von %1 wird getestet…</translation>
    </message>
    <message>
      <source>Timeout (s)</source>
      <translation>Zeitlimit (s)</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::GuestActions</name>
    <message>
      <source>%1: %2 done</source>
      <translation>%1: %2 erledigt</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n guest(s)…</source>
      <translation>
        <numerusform>%1: %n Gast…</numerusform>
        <numerusform>%1: %n Gäste…</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Force Off</source>
      <translation>&amp;Ausschalten erzwingen</translation>
    </message>
    <message>
      <source>&amp;Reboot</source>
      <translation>&amp;Neu starten</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Starten</translation>
    </message>
    <message>
      <source>Could not %1 %2</source>
      <translation>%1 %2 nicht möglich</translation>
    </message>
    <message>
      <source>Force off %1? This is like pulling the power cord: unsaved data in the guest is lost.</source>
      <translation>%1 hart ausschalten? Das ist wie Stecker ziehen: ungespeicherte Daten im Gast gehen verloren.</translation>
    </message>
    <message>
      <source>Host %1: %2</source>
      <translation>Host %1: %2</translation>
    </message>
    <message>
      <source>Reboot %1? Its services are interrupted while it restarts.</source>
      <translation>%1 neu starten? Seine Dienste sind während des Neustarts unterbrochen.</translation>
    </message>
    <message>
      <source>Res&amp;ume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>S&amp;uspend</source>
      <translation>&amp;Anhalten</translation>
    </message>
    <message>
      <source>Shut &amp;Down</source>
      <translation>&amp;Herunterfahren</translation>
    </message>
    <message>
      <source>Shut down %1? Its services stop until it is started again.</source>
      <translation>%1 herunterfahren? Seine Dienste stehen still, bis er wieder gestartet wird.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::GuestsPage</name>
    <message>
      <source>&amp;Guests (tick to protect):</source>
      <translation>&amp;Gäste (zum Schützen anhaken):</translation>
    </message>
    <message>
      <source>A policy named %1 already exists.</source>
      <translation>Eine Richtlinie namens %1 gibt es bereits.</translation>
    </message>
    <message>
      <source>Give the policy a name.</source>
      <translation>Geben Sie der Richtlinie einen Namen.</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Gäste</translation>
    </message>
    <message>
      <source>Guests to protect</source>
      <translation>Zu schützende Gäste</translation>
    </message>
    <message>
      <source>Name &amp;pattern:</source>
      <translation>Namens&amp;muster:</translation>
    </message>
    <message>
      <source>Policy &amp;name:</source>
      <translation>&amp;Name der Richtlinie:</translation>
    </message>
    <message>
      <source>Tick at least one guest or give a name pattern.</source>
      <translation>Haken Sie mindestens einen Gast an oder geben Sie ein Namensmuster an.</translation>
    </message>
    <message>
      <source>Which guests does this policy restart when their host fails?</source>
      <translation>Welche Gäste startet diese Richtlinie neu, wenn ihr Host ausfällt?</translation>
    </message>
    <message>
      <source>e.g. web-* (optional)</source>
      <translation>z. B. web-* (optional)</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostActions</name>
    <message>
      <source>&amp;Add Host…</source>
      <translation>Host &amp;hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Edit Host…</source>
      <translation>Host &amp;bearbeiten…</translation>
    </message>
    <message>
      <source>&amp;Log In…</source>
      <translation>&amp;Anmelden…</translation>
    </message>
    <message>
      <source>&amp;Reconnect</source>
      <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
      <source>&amp;Trust Host Key…</source>
      <translation>Hostschlüssel &amp;vertrauen…</translation>
    </message>
    <message>
      <source>Could not enter maintenance</source>
      <translation>Wartung konnte nicht begonnen werden</translation>
    </message>
    <message>
      <source>Could not exit maintenance</source>
      <translation>Wartung konnte nicht beendet werden</translation>
    </message>
    <message>
      <source>Could not remove the host</source>
      <translation>Der Host konnte nicht entfernt werden</translation>
    </message>
    <message>
      <source>Could not trust the host key of %1</source>
      <translation>Dem Hostschlüssel von %1 konnte nicht vertraut werden</translation>
    </message>
    <message>
      <source>Ctrl+Del</source>
      <translation>Ctrl+Del</translation>
    </message>
    <message>
      <source>Ctrl+E</source>
      <translation>Ctrl+E</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>E&amp;xit Maintenance…</source>
      <translation>Wartung b&amp;eenden…</translation>
    </message>
    <message>
      <source>Enter &amp;Maintenance…</source>
      <translation>&amp;Wartung beginnen…</translation>
    </message>
    <message>
      <source>Exit Maintenance</source>
      <translation>Wartung beenden</translation>
    </message>
    <message>
      <source>Give the user name and password the host asks for, and remember them in the desktop keyring</source>
      <translation>Benutzername und Passwort angeben, die der Host verlangt, und sie im Schlüsselbund des Desktops speichern</translation>
    </message>
    <message>
      <source>Login not remembered</source>
      <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message numerus="yes">
      <source>Move back the %n guest(s) that left for the maintenance</source>
      <translation>
        <numerusform>Den %n Gast zurückverschieben, der für die Wartung verschoben wurde</numerusform>
        <numerusform>Die %n Gäste zurückverschieben, die für die Wartung verschoben wurden</numerusform>
      </translation>
    </message>
    <message>
      <source>Re&amp;move Host…</source>
      <translation>Host ent&amp;fernen…</translation>
    </message>
    <message>
      <source>Remove %1 (%2) from Vigil? Its guests keep running; Vigil stops watching them.</source>
      <translation>%1 (%2) aus Vigil entfernen? Seine Gäste laufen weiter; Vigil überwacht sie nicht mehr.</translation>
    </message>
    <message>
      <source>Remove Host</source>
      <translation>Host entfernen</translation>
    </message>
    <message>
      <source>Take %1 out of maintenance?</source>
      <translation>%1 aus der Wartung nehmen?</translation>
    </message>
    <message>
      <source>The host's login is still in the desktop keyring</source>
      <translation>Die Anmeldung des Hosts ist noch im Schlüsselbund des Desktops</translation>
    </message>
    <message>
      <source>Trust the SSH host key the host offers, after comparing its fingerprint</source>
      <translation>Dem SSH-Hostschlüssel des Hosts vertrauen, nachdem sein Fingerabdruck verglichen wurde</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostDialog</name>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>%1 on %2 over %3</source>
      <translation>%1 auf %2 über %3</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>&amp;Gruppe:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
      <source>&amp;URI:</source>
      <translation>&amp;URI:</translation>
    </message>
    <message>
      <source>Add Host</source>
      <translation>Host hinzufügen</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Verbinde mit %1…</translation>
    </message>
    <message>
      <source>Edit Host</source>
      <translation>Host bearbeiten</translation>
    </message>
    <message>
      <source>Enter a libvirt URI.</source>
      <translation>Geben Sie eine libvirt-URI ein.</translation>
    </message>
    <message>
      <source>Keepalive &amp;count:</source>
      <translation>Keepalive-&amp;Anzahl:</translation>
    </message>
    <message>
      <source>Keepalive &amp;interval:</source>
      <translation>Keepalive-&amp;Intervall:</translation>
    </message>
    <message>
      <source>Lo&amp;g In…</source>
      <translation>An&amp;melden…</translation>
    </message>
    <message>
      <source>No answer after 15 s: the host may be down or hung. You can still save it; Vigil keeps retrying.</source>
      <translation>Keine Antwort nach 15 s: der Host ist vielleicht aus oder hängt. Sie können ihn trotzdem speichern; Vigil versucht es weiter.</translation>
    </message>
    <message>
      <source>Runs a disk &amp;lock manager (virtlockd or sanlock, leases on shared storage)</source>
      <translation>Betreibt einen &amp;Lock-Manager für Datenträger (virtlockd oder sanlock, Leases auf gemeinsamem Speicher)</translation>
    </message>
    <message>
      <source>T&amp;rust Host Key…</source>
      <translation>Hostschlüssel ve&amp;rtrauen…</translation>
    </message>
    <message>
      <source>Unanswered keepalive probes before the host counts as unreachable.</source>
      <translation>Unbeantwortete Keepalive-Proben, bevor der Host als nicht erreichbar gilt.</translation>
    </message>
    <message>
      <source>With lock_manager set in its qemu.conf, a guest's disks hold a lease while it runs, so a second copy cannot start even if a fence reports success without powering the host off. Failover readiness warns about protected guests on hosts without one.</source>
      <translation>Mit lock_manager in seiner qemu.conf halten die Datenträger einer VM ein Lease, solange sie läuft; eine zweite Kopie kann nicht starten, selbst wenn ein Fencing Erfolg meldet, ohne den Host auszuschalten. Die Failover-Bereitschaft warnt vor geschützten VMs auf Hosts ohne Lock-Manager.</translation>
    </message>
    <message>
      <source>libvirt URI</source>
      <translation>libvirt-URI</translation>
    </message>
    <message>
      <source>local %1 driver</source>
      <translation>lokaler %1-Treiber</translation>
    </message>
    <message>
      <source>taken from the URI when empty</source>
      <translation>aus der URI übernommen, wenn leer</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostKeyTrust</name>
    <message>
      <source>%1 is not reached over ssh</source>
      <translation>%1 wird nicht über ssh erreicht</translation>
    </message>
    <message>
      <source>&lt;p&gt;%1 offers this SSH host key, which this computer has not seen before:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host's own before you trust it. On the host, run:&lt;/p&gt;&lt;pre&gt;for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done&lt;/pre&gt;&lt;p&gt;Trust it only if both are the same.&lt;/p&gt;</source>
      <translation>&lt;p&gt;%1 bietet diesen SSH-Hostschlüssel an, den dieser Computer noch nicht gesehen hat:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie ihn mit dem des Hosts, bevor Sie ihm vertrauen. Auf dem Host ausführen:&lt;/p&gt;&lt;pre&gt;for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done&lt;/pre&gt;&lt;p&gt;Vertrauen Sie ihm nur, wenn beide gleich sind.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Trust Host Key</source>
      <translation>Hostschlüssel vertrauen</translation>
    </message>
    <message>
      <source>Trust This Key</source>
      <translation>Diesem Schlüssel vertrauen</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostPage</name>
    <message>
      <source>%1 (%2 %)</source>
      <translation>%1 (%2 %)</translation>
    </message>
    <message>
      <source>%1 (%2) — %3 CPUs: %4 socket(s) × %5 core(s) × %6 thread(s), %7 MHz, %8 NUMA node(s)</source>
      <translation>%1 (%2) — %3 CPUs: %4 Sockel × %5 Kern(e) × %6 Thread(s), %7 MHz, %8 NUMA-Knoten</translation>
    </message>
    <message>
      <source>%1 total, %2 free</source>
      <translation>%1 gesamt, %2 frei</translation>
    </message>
    <message>
      <source>%1 total; free memory not reported by this driver</source>
      <translation>%1 gesamt; freien Arbeitsspeicher meldet dieser Treiber nicht</translation>
    </message>
    <message>
      <source>&amp;Charts</source>
      <translation>&amp;Diagramme</translation>
    </message>
    <message>
      <source>&amp;Storage and networks</source>
      <translation>&amp;Speicher und Netzwerke</translation>
    </message>
    <message>
      <source>&lt;b&gt;Networks&lt;/b&gt;</source>
      <translation>&lt;b&gt;Netzwerke&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Storage pools&lt;/b&gt;</source>
      <translation>&lt;b&gt;Speicherpools&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;No host selected&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Kein Host gewählt&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>Bridge</translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Kapazität</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <source>Hostname</source>
      <translation>Hostname</translation>
    </message>
    <message>
      <source>Hypervisor</source>
      <translation>Hypervisor</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Netzwerk</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Netzwerke</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>Nächster Versuch</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Pfad</translation>
    </message>
    <message>
      <source>Pick a host in the navigator.</source>
      <translation>Wählen Sie einen Host im Navigator.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Storage pool</source>
      <translation>Speicherpool</translation>
    </message>
    <message>
      <source>Storage pools</source>
      <translation>Speicherpools</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>URI</source>
      <translation>URI</translation>
    </message>
    <message>
      <source>Used</source>
      <translation>Belegt</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>inaktiv</translation>
    </message>
    <message>
      <source>libvirt</source>
      <translation>libvirt</translation>
    </message>
    <message>
      <source>not known yet: the host has not been reached</source>
      <translation>noch nicht bekannt: der Host wurde noch nicht erreicht</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::InventoryPage</name>
    <message>
      <source>%1 of %2 guests</source>
      <translation>%1 von %2 Gästen</translation>
    </message>
    <message>
      <source>All hosts</source>
      <translation>Alle Hosts</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>Alle Zustände</translation>
    </message>
    <message>
      <source>Crashed / unknown</source>
      <translation>Abgestürzt / unbekannt</translation>
    </message>
    <message>
      <source>Filter guests by name or host (Ctrl+F)</source>
      <translation>Gäste nach Name oder Host filtern (Strg+F)</translation>
    </message>
    <message>
      <source>Guest filter</source>
      <translation>Gastfilter</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Gäste</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Angehalten</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Laufend</translation>
    </message>
    <message>
      <source>Shut off</source>
      <translation>Ausgeschaltet</translation>
    </message>
    <message>
      <source>State filter</source>
      <translation>Zustandsfilter</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::LimitsPage</name>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>&amp;Grace after the link is lost:</source>
      <translation>&amp;Karenz nach Verbindungsverlust:</translation>
    </message>
    <message>
      <source>&amp;Max restarts per guest:</source>
      <translation>&amp;Max. Neustarts pro Gast:</translation>
    </message>
    <message>
      <source>&amp;Spare capacity for host failures:</source>
      <translation>&amp;Reservekapazität für Host-Ausfälle:</translation>
    </message>
    <message>
      <source>A fenced host's disk leases can outlive it on shared storage (NFS v4: 90 s, sanlock: about 80 s). A restart refused because a disk is still leased is retried this long before the fence is called ineffective; nothing else of that failover starts meanwhile.</source>
      <translation>Die Datenträger-Leases eines abgeschotteten Hosts können ihn auf gemeinsamem Speicher überdauern (NFS v4: 90 s, sanlock: etwa 80 s). Ein Neustart, der abgelehnt wird, weil ein Datenträger noch belegt ist, wird so lange wiederholt, bevor die Abschottung als unwirksam gilt; nichts anderes dieses Failovers startet in dieser Zeit.</translation>
    </message>
    <message>
      <source>Detection and limits</source>
      <translation>Erkennung und Grenzen</translation>
    </message>
    <message>
      <source>How fast a host counts as failed, and how far the restarts may go.</source>
      <translation>Wie schnell ein Host als ausgefallen gilt und wie weit die Neustarts gehen dürfen.</translation>
    </message>
    <message>
      <source>Keepalive &amp;count:</source>
      <translation>Keepalive-&amp;Anzahl:</translation>
    </message>
    <message>
      <source>Keepalive &amp;interval:</source>
      <translation>Keepalive-&amp;Intervall:</translation>
    </message>
    <message>
      <source>Move guests back to their preferred host when it recovers (not done yet: kept with the policy only)</source>
      <translation>Gäste zurück auf ihren bevorzugten Host verschieben, sobald er wieder läuft (noch nicht umgesetzt: nur in der Richtlinie gespeichert)</translation>
    </message>
    <message>
      <source>Wait for &amp;disk leases after a fence:</source>
      <translation>&amp;Lease-Wartezeit nach Abschottung:</translation>
    </message>
    <message>
      <source>v&amp;CPU overcommit on targets:</source>
      <translation>v&amp;CPU-Überbuchung auf Zielen:</translation>
    </message>
    <message>
      <source>… within:</source>
      <translation>… innerhalb von:</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::LoginDialog</name>
    <message>
      <source>&amp;Log In</source>
      <translation>&amp;Anmelden</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <source>&amp;Remember in the desktop keyring</source>
      <translation>Im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>&amp;Benutzer:</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; asks for a login:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;It goes to this URI only (libssh password or key passphrase, or a SASL login).&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; verlangt eine Anmeldung:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Sie geht nur an diese URI (libssh-Passwort oder Schlüssel-Passphrase, oder eine SASL-Anmeldung).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;The host refused the login Vigil had for it.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Der Host hat die Anmeldung abgelehnt, die Vigil für ihn hatte.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Log In to %1</source>
      <translation>Bei %1 anmelden</translation>
    </message>
    <message>
      <source>The login is used until Vigil quits, but the desktop keyring did not keep it: %1</source>
      <translation>Die Anmeldung gilt, bis Vigil beendet wird, aber der Schlüsselbund des Desktops hat sie nicht gespeichert: %1</translation>
    </message>
    <message>
      <source>Vigil stores it in the desktop keyring (Secret Service or KWallet), never in its database or a file. Untick to forget a remembered login.</source>
      <translation>Vigil speichert sie im Schlüsselbund des Desktops (Secret Service oder KWallet), nie in seiner Datenbank oder einer Datei. Abwählen, um eine gespeicherte Anmeldung zu vergessen.</translation>
    </message>
    <message>
      <source>it did not answer within %1 s</source>
      <translation>er hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MainWindow</name>
    <message>
      <source>%1 hosts: %2 up, %3 unreachable  |  %4 guests, %5 active</source>
      <translation>%1 Hosts: %2 verbunden, %3 nicht erreichbar  |  %4 Gäste, %5 aktiv</translation>
    </message>
    <message>
      <source>%1 on %2</source>
      <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
      <source>%n backup run(s) are still running; closing cancels them, the guests keep running and no partial backup is kept.</source>
      <translation>
        <numerusform>%n Sicherungslauf läuft noch; Schließen bricht ihn ab, die Gäste laufen weiter und keine Teilsicherung wird behalten.</numerusform>
        <numerusform>%n Sicherungsläufe laufen noch; Schließen bricht sie ab, die Gäste laufen weiter und keine Teilsicherung wird behalten.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n guest move(s) are still running; closing cancels them and the guests keep running on their source hosts.</source>
      <translation>
        <numerusform>%n Gastverschiebung läuft noch; Schließen bricht sie ab und die Gäste laufen auf ihren Quellhosts weiter.</numerusform>
        <numerusform>%n Gastverschiebungen laufen noch; Schließen bricht sie ab und die Gäste laufen auf ihren Quellhosts weiter.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;About Vigil</source>
      <translation>&amp;Über Vigil</translation>
    </message>
    <message>
      <source>&amp;Balance</source>
      <translation>&amp;Ausgleich</translation>
    </message>
    <message>
      <source>&amp;Export Health Report…</source>
      <translation>Zustandsbericht &amp;exportieren…</translation>
    </message>
    <message>
      <source>&amp;Failover</source>
      <translation>&amp;Failover</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Guest</source>
      <translation>&amp;Gast</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>&amp;Gäste</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Migrate…</source>
      <translation>&amp;Migrieren…</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>About Vigil</source>
      <translation>Über Vigil</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alarme</translation>
    </message>
    <message>
      <source>All hosts</source>
      <translation>Alle Hosts</translation>
    </message>
    <message>
      <source>Alt+1</source>
      <translation>Alt+1</translation>
    </message>
    <message>
      <source>Alt+2</source>
      <translation>Alt+2</translation>
    </message>
    <message>
      <source>Alt+3</source>
      <translation>Alt+3</translation>
    </message>
    <message>
      <source>Alt+4</source>
      <translation>Alt+4</translation>
    </message>
    <message>
      <source>Alt+5</source>
      <translation>Alt+5</translation>
    </message>
    <message>
      <source>Alt+6</source>
      <translation>Alt+6</translation>
    </message>
    <message>
      <source>Bac&amp;kups</source>
      <translation>Sicher&amp;ungen</translation>
    </message>
    <message>
      <source>Critical alert: %1</source>
      <translation>Kritischer Alarm: %1</translation>
    </message>
    <message>
      <source>Ctrl+M</source>
      <translation>Ctrl+M</translation>
    </message>
    <message>
      <source>Ctrl+Shift+A</source>
      <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
      <source>Ctrl+Shift+E</source>
      <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
      <source>Ctrl+Shift+G</source>
      <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
      <source>Ctrl+Shift+H</source>
      <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
      <source>Ctrl+Shift+L</source>
      <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
      <source>Event Log</source>
      <translation>Ereignisprotokoll</translation>
    </message>
    <message>
      <source>Event log</source>
      <translation>Ereignisprotokoll</translation>
    </message>
    <message>
      <source>Failover engine state</source>
      <translation>Zustand der Failover-Engine</translation>
    </message>
    <message>
      <source>Failover: active in this console</source>
      <translation>Failover: aktiv in dieser Konsole</translation>
    </message>
    <message>
      <source>Failover: passive — %1 holds the lease</source>
      <translation>Failover: passiv — %1 hält die Lease</translation>
    </message>
    <message>
      <source>H&amp;ost</source>
      <translation>H&amp;ost</translation>
    </message>
    <message>
      <source>Host &amp;Details</source>
      <translation>Host-&amp;Details</translation>
    </message>
    <message>
      <source>Host &amp;details</source>
      <translation>Host-&amp;Details</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>Hosts</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Haupt</translation>
    </message>
    <message>
      <source>Migrations</source>
      <translation>Migrationen</translation>
    </message>
    <message>
      <source>Only one console or agent per database acts on host failures.</source>
      <translation>Nur eine Konsole oder ein Agent pro Datenbank handelt bei Host-Ausfällen.</translation>
    </message>
    <message>
      <source>Vigil</source>
      <translation>Vigil</translation>
    </message>
    <message>
      <source>Vigil %1 — high availability for libvirt clusters.</source>
      <translation>Vigil %1 — Hochverfügbarkeit für libvirt-Cluster.</translation>
    </message>
    <message>
      <source>Vigil — demo cluster</source>
      <translation>Vigil — Demo-Cluster</translation>
    </message>
    <message>
      <source>Work in progress</source>
      <translation>Arbeit läuft</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MaintenanceDialog</name>
    <message>
      <source>%1 guest(s) will move; %2 stay.</source>
      <translation>%1 Gast/Gäste werden verschoben; %2 bleiben.</translation>
    </message>
    <message>
      <source>&amp;Enter Maintenance</source>
      <translation>&amp;Wartung beginnen</translation>
    </message>
    <message>
      <source>Evacuation plan</source>
      <translation>Evakuierungsplan</translation>
    </message>
    <message>
      <source>Goes to</source>
      <translation>Geht nach</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>How many guests move at the same time</source>
      <translation>Wie viele Gäste gleichzeitig verschoben werden</translation>
    </message>
    <message>
      <source>Maintenance of %1</source>
      <translation>Wartung von %1</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Moves at a &amp;time:</source>
      <translation>Verschiebungen &amp;gleichzeitig:</translation>
    </message>
    <message>
      <source>While %1 is in maintenance, new guests and failover restarts avoid it and its loss of connection starts no failover. Each running guest moves live to its own target:</source>
      <translation>Solange %1 in Wartung ist, meiden neue Gäste und Failover-Neustarts ihn, und sein Verbindungsverlust löst kein Failover aus. Jeder laufende Gast wird live zu seinem eigenen Ziel verschoben:</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>stays</source>
      <translation>bleibt</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MetricChart</name>
    <message>
      <source>%1: %2 %3</source>
      <translation>%1: %2 %3</translation>
    </message>
    <message>
      <source>%1: not reported</source>
      <translation>%1: nicht gemeldet</translation>
    </message>
    <message>
      <source>/s</source>
      <translation>/s</translation>
    </message>
    <message>
      <source>Could not write %1</source>
      <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <source>Save chart</source>
      <translation>Diagramm speichern</translation>
    </message>
    <message>
      <source>Save chart as PNG…</source>
      <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
      <source>no statistics in this range yet</source>
      <translation>noch keine Statistik in diesem Zeitraum</translation>
    </message>
    <message>
      <source>not reported by this host</source>
      <translation>von diesem Host nicht gemeldet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MetricsPanel</name>
    <message>
      <source>1 h</source>
      <translation>1 h</translation>
    </message>
    <message>
      <source>15 min</source>
      <translation>15 min</translation>
    </message>
    <message>
      <source>24 h</source>
      <translation>24 h</translation>
    </message>
    <message>
      <source>30 d</source>
      <translation>30 T</translation>
    </message>
    <message>
      <source>7 d</source>
      <translation>7 T</translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Could not write %1.</source>
      <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <source>Disk operations</source>
      <translation>Disk-Operationen</translation>
    </message>
    <message>
      <source>Disk throughput</source>
      <translation>Disk-Durchsatz</translation>
    </message>
    <message>
      <source>Export PNG…</source>
      <translation>PNG exportieren…</translation>
    </message>
    <message>
      <source>Export charts</source>
      <translation>Diagramme exportieren</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Netzwerk</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <source>Show the last %1</source>
      <translation>Die letzten %1 zeigen</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MigrateDialog</name>
    <message>
      <source> MiB/s</source>
      <translation> MiB/s</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>%1 (on %2)</source>
      <translation>%1 (auf %2)</translation>
    </message>
    <message>
      <source>%1 is not running: choose an offline move</source>
      <translation>%1 läuft nicht: wählen Sie eine Offline-Verschiebung</translation>
    </message>
    <message>
      <source>%1 is not up</source>
      <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
      <source>%1 is running: an offline move needs it shut off</source>
      <translation>%1 läuft: eine Offline-Verschiebung braucht ihn ausgeschaltet</translation>
    </message>
    <message>
      <source>%1 of %2 guest(s) can move; the others stay where they are (see why above).</source>
      <translation>%1 von %2 Gast/Gästen können verschoben werden; die anderen bleiben, wo sie sind (Gründe siehe oben).</translation>
    </message>
    <message>
      <source>%1: %2 → %3</source>
      <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s) can move.</source>
      <translation>
        <numerusform>%n Gast kann verschoben werden.</numerusform>
        <numerusform>%n Gäste können verschoben werden.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Auto-converge (slow a busy guest down so the move finishes)</source>
      <translation>&amp;Auto-Converge (einen beschäftigten Gast bremsen, damit die Verschiebung fertig wird)</translation>
    </message>
    <message>
      <source>&amp;Bandwidth limit:</source>
      <translation>&amp;Bandbreitenbegrenzung:</translation>
    </message>
    <message>
      <source>&amp;Cold relocation (shut down, define on the target, start there) — for hosts whose driver cannot migrate</source>
      <translation>&amp;Kaltumzug (herunterfahren, auf dem Ziel definieren, dort starten) — für Hosts, deren Treiber nicht migrieren kann</translation>
    </message>
    <message>
      <source>&amp;Live (the guest keeps running)</source>
      <translation>&amp;Live (der Gast läuft weiter)</translation>
    </message>
    <message>
      <source>&amp;Move</source>
      <translation>&amp;Verschieben</translation>
    </message>
    <message>
      <source>&amp;Post-copy if pre-copy does not converge</source>
      <translation>&amp;Post-Copy, wenn Pre-Copy nicht konvergiert</translation>
    </message>
    <message>
      <source>&amp;Target:</source>
      <translation>&amp;Ziel:</translation>
    </message>
    <message>
      <source>&lt;b&gt;Pre-flight checklist&lt;/b&gt;</source>
      <translation>&lt;b&gt;Vorabprüfung&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Best host for each guest</source>
      <translation>Bester Host für jeden Gast</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Prüfung</translation>
    </message>
    <message>
      <source>Co&amp;mpress memory pages</source>
      <translation>Speicherseiten ko&amp;mprimieren</translation>
    </message>
    <message>
      <source>Copy &amp;disks that are not on shared storage</source>
      <translation>&amp;Disks kopieren, die nicht auf gemeinsamem Speicher liegen</translation>
    </message>
    <message>
      <source>Guest state</source>
      <translation>Gastzustand</translation>
    </message>
    <message>
      <source>How many moves run at the same time</source>
      <translation>Wie viele Verschiebungen gleichzeitig laufen</translation>
    </message>
    <message>
      <source>Migrate %1</source>
      <translation>%1 migrieren</translation>
    </message>
    <message numerus="yes">
      <source>Migrate %n Guests</source>
      <translation>
        <numerusform>%n Gast migrieren</numerusform>
        <numerusform>%n Gäste migrieren</numerusform>
      </translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Modus</translation>
    </message>
    <message>
      <source>Mode:</source>
      <translation>Modus:</translation>
    </message>
    <message>
      <source>Moves at a &amp;time:</source>
      <translation>Verschiebungen &amp;gleichzeitig:</translation>
    </message>
    <message>
      <source>O&amp;ffline (move a shut-off guest's definition)</source>
      <translation>O&amp;ffline (Definition eines ausgeschalteten Gasts verschieben)</translation>
    </message>
    <message>
      <source>Pre-flight checklist</source>
      <translation>Vorabprüfung</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Target host</source>
      <translation>Zielhost</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Warum</translation>
    </message>
    <message>
      <source>asking %1…</source>
      <translation>frage %1…</translation>
    </message>
    <message>
      <source>both hosts can migrate: use a live or offline move</source>
      <translation>beide Hosts können migrieren: verwenden Sie eine Live- oder Offline-Verschiebung</translation>
    </message>
    <message>
      <source>can move</source>
      <translation>kann verschoben werden</translation>
    </message>
    <message>
      <source>cannot move</source>
      <translation>kann nicht verschoben werden</translation>
    </message>
    <message>
      <source>could not be checked</source>
      <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>nicht bestanden</translation>
    </message>
    <message>
      <source>no host passes the checks for this guest</source>
      <translation>kein Host besteht die Prüfungen für diesen Gast</translation>
    </message>
    <message>
      <source>pass</source>
      <translation>bestanden</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>unbegrenzt</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>Warnung</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MigrationsPanel</name>
    <message>
      <source>&amp;Cancel Move</source>
      <translation>Verschiebung &amp;abbrechen</translation>
    </message>
    <message>
      <source>Migrations</source>
      <translation>Migrationen</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MoveStatusNote</name>
    <message numerus="yes">
      <source>%1 of %n move(s) did not finish; see the Migrations panel</source>
      <translation>
        <numerusform>%1 von %n Verschiebung nicht abgeschlossen; siehe Migrationsbereich</numerusform>
        <numerusform>%1 von %n Verschiebungen nicht abgeschlossen; siehe Migrationsbereich</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n move(s) finished</source>
      <translation>
        <numerusform>%n Verschiebung abgeschlossen</numerusform>
        <numerusform>%n Verschiebungen abgeschlossen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n move(s) queued; see the Migrations panel</source>
      <translation>
        <numerusform>%n Verschiebung eingereiht; siehe Migrationsbereich</numerusform>
        <numerusform>%n Verschiebungen eingereiht; siehe Migrationsbereich</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::OverviewPage</name>
    <message>
      <source> · %1 connecting</source>
      <translation> · %1 verbindet</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 allocated</source>
      <translation>%1 zugewiesen</translation>
    </message>
    <message>
      <source>%1 critical</source>
      <translation>%1 kritisch</translation>
    </message>
    <message>
      <source>%1 in maintenance</source>
      <translation>%1 in Wartung</translation>
    </message>
    <message>
      <source>%1 met</source>
      <translation>%1 erfüllt</translation>
    </message>
    <message>
      <source>%1 missed</source>
      <translation>%1 verfehlt</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <source>%1 of %2 on %3 host(s)</source>
      <translation>%1 von %2 auf %3 Host(s)</translation>
    </message>
    <message>
      <source>%1 running · %2 paused · %3 stopped</source>
      <translation>%1 laufend · %2 angehalten · %3 gestoppt</translation>
    </message>
    <message>
      <source>%1 unknown (host unreachable)</source>
      <translation>%1 unbekannt (Host nicht erreichbar)</translation>
    </message>
    <message>
      <source>%1 unreachable</source>
      <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
      <source>%1 up</source>
      <translation>%1 verbunden</translation>
    </message>
    <message>
      <source>%1 used</source>
      <translation>%1 belegt</translation>
    </message>
    <message>
      <source>%1 warning</source>
      <translation>%1 Warnung</translation>
    </message>
    <message numerus="yes">
      <source>%n failed restore drill(s)</source>
      <translation>
        <numerusform>%n fehlgeschlagene Wiederherstellungsübung</numerusform>
        <numerusform>%n fehlgeschlagene Wiederherstellungsübungen</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup RPO</source>
      <translation>Sicherungs-RPO</translation>
    </message>
    <message>
      <source>Busiest guests</source>
      <translation>Aktivste Gäste</translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Cluster CPU</source>
      <translation>Cluster-CPU</translation>
    </message>
    <message>
      <source>Cluster memory</source>
      <translation>Cluster-Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Failed the last restore drill: %1</source>
      <translation>Letzte Wiederherstellungsübung fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Gäste</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Host health</source>
      <translation>Host-Zustand</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>Hosts</translation>
    </message>
    <message>
      <source>Largest guests</source>
      <translation>Größte Gäste</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>Arbeitsspeicher</translation>
    </message>
    <message>
      <source>Missed the RPO: %1</source>
      <translation>RPO verfehlt: %1</translation>
    </message>
    <message>
      <source>Open alerts</source>
      <translation>Offene Alarme</translation>
    </message>
    <message>
      <source>Top guests by CPU</source>
      <translation>Top-Gäste nach CPU</translation>
    </message>
    <message>
      <source>Top guests by memory</source>
      <translation>Top-Gäste nach Arbeitsspeicher</translation>
    </message>
    <message>
      <source>across %1 CPUs that report load</source>
      <translation>über %1 CPUs, die Last melden</translation>
    </message>
    <message>
      <source>alerts run in the console and the agent</source>
      <translation>Alarme laufen in der Konsole und im Agenten</translation>
    </message>
    <message>
      <source>free memory not reported by these hosts</source>
      <translation>freien Arbeitsspeicher melden diese Hosts nicht</translation>
    </message>
    <message>
      <source>guest CPU not reported by these hosts</source>
      <translation>Gast-CPU melden diese Hosts nicht</translation>
    </message>
    <message>
      <source>no backup job states an RPO</source>
      <translation>kein Sicherungsauftrag nennt ein RPO</translation>
    </message>
    <message>
      <source>not reported by these hosts</source>
      <translation>von diesen Hosts nicht gemeldet</translation>
    </message>
    <message>
      <source>waiting for the first samples</source>
      <translation>warte auf die ersten Messwerte</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::PlacementPage</name>
    <message>
      <source>&amp;Shared storage pools (dir or fs pools on NFS or a cluster filesystem that every host mounts, same name and path everywhere):</source>
      <translation>&amp;Gemeinsame Speicherpools (dir- oder fs-Pools auf NFS oder einem Cluster-Dateisystem, das jeder Host einhängt, überall mit gleichem Namen und Pfad):</translation>
    </message>
    <message>
      <source>1 is tried first; 0 means no preference.</source>
      <translation>1 wird zuerst versucht; 0 bedeutet keine Präferenz.</translation>
    </message>
    <message>
      <source>A group needs at least two guests: %1</source>
      <translation>Eine Gruppe braucht mindestens zwei Gäste: %1</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Verboten</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Keep &amp;apart (anti-affinity):</source>
      <translation>&amp;Getrennt halten (Anti-Affinität):</translation>
    </message>
    <message>
      <source>Keep &amp;together (affinity):</source>
      <translation>&amp;Zusammen halten (Affinität):</translation>
    </message>
    <message>
      <source>Keep apart</source>
      <translation>Getrennt halten</translation>
    </message>
    <message>
      <source>Keep together</source>
      <translation>Zusammen halten</translation>
    </message>
    <message>
      <source>One group per line, guests separated by commas: app-1, db-1</source>
      <translation>Eine Gruppe pro Zeile, Gäste durch Kommas getrennt: app-1, db-1</translation>
    </message>
    <message>
      <source>One group per line: web-1, web-2, web-3</source>
      <translation>Eine Gruppe pro Zeile: web-1, web-2, web-3</translation>
    </message>
    <message>
      <source>Placement</source>
      <translation>Platzierung</translation>
    </message>
    <message>
      <source>Preference</source>
      <translation>Präferenz</translation>
    </message>
    <message>
      <source>Shared storage pools</source>
      <translation>Gemeinsame Speicherpools</translation>
    </message>
    <message>
      <source>Where may the guests restart? Preferred hosts are tried first (1 before 2); forbidden hosts are never used.</source>
      <translation>Wo dürfen die Gäste neu starten? Bevorzugte Hosts werden zuerst versucht (1 vor 2); verbotene Hosts werden nie verwendet.</translation>
    </message>
    <message>
      <source>vmstore, images-nfs</source>
      <translation>vmstore, images-nfs</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::PolicyWizard</name>
    <message>
      <source>Cannot save the policy</source>
      <translation>Die Richtlinie kann nicht gespeichert werden</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
      <source>Discard this new policy?</source>
      <translation>Diese neue Richtlinie verwerfen?</translation>
    </message>
    <message>
      <source>Discard your changes to the policy %1?</source>
      <translation>Ihre Änderungen an der Richtlinie %1 verwerfen?</translation>
    </message>
    <message>
      <source>Edit Failover Policy</source>
      <translation>Failover-Richtlinie bearbeiten</translation>
    </message>
    <message>
      <source>New Failover Policy</source>
      <translation>Neue Failover-Richtlinie</translation>
    </message>
    <message>
      <source>Nothing has been saved yet.</source>
      <translation>Es wurde noch nichts gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::PreferencesDialog</name>
    <message>
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>&amp;Design:</translation>
    </message>
    <message>
      <source>Collect &amp;every:</source>
      <translation>&amp;Erfassen alle:</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Dem System folgen</translation>
    </message>
    <message>
      <source>Keep &amp;1-minute averages:</source>
      <translation>&amp;1-Minuten-Mittel behalten:</translation>
    </message>
    <message>
      <source>Keep &amp;raw samples:</source>
      <translation>&amp;Rohwerte behalten:</translation>
    </message>
    <message>
      <source>Keep 1-&amp;hour averages:</source>
      <translation>1-&amp;Stunden-Mittel behalten:</translation>
    </message>
    <message>
      <source>Keepalive &amp;count:</source>
      <translation>Keepalive-&amp;Anzahl:</translation>
    </message>
    <message>
      <source>Keepalive &amp;interval:</source>
      <translation>Keepalive-&amp;Intervall:</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>New hosts</source>
      <translation>Neue Hosts</translation>
    </message>
    <message>
      <source>Notifications and appearance</source>
      <translation>Benachrichtigungen und Darstellung</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Show a desktop notification for new critical alerts</source>
      <translation>Desktop-Benachrichtigung für neue kritische Alarme zeigen</translation>
    </message>
    <message>
      <source>Statistics and history</source>
      <translation>Statistik und Verlauf</translation>
    </message>
    <message>
      <source>The language changes the next time Vigil starts.</source>
      <translation>Die Sprache wechselt beim nächsten Start von Vigil.</translation>
    </message>
    <message>
      <source>These apply the next time Vigil starts. About 0.8 MiB per guest per day of raw samples, 0.12 MiB of 1-minute and 2 KiB of 1-hour averages.</source>
      <translation>Diese gelten beim nächsten Start von Vigil. Etwa 0,8 MiB Rohwerte pro Gast und Tag, 0,12 MiB 1-Minuten- und 2 KiB 1-Stunden-Mittel.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::PrioritiesPage</name>
    <message>
      <source>(nothing)</source>
      <translation>(nichts)</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Priorities and order</source>
      <translation>Prioritäten und Reihenfolge</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorität</translation>
    </message>
    <message>
      <source>Priority 1 restarts first, 5 last. A guest can wait until another one runs.</source>
      <translation>Priorität 1 startet zuerst, 5 zuletzt. Ein Gast kann warten, bis ein anderer läuft.</translation>
    </message>
    <message>
      <source>Priority of guests matched by the &amp;pattern:</source>
      <translation>Priorität der vom &amp;Muster erfassten Gäste:</translation>
    </message>
    <message>
      <source>Start after</source>
      <translation>Starten nach</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::Report</name>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <source>Host CPU</source>
      <translation>Host-CPU</translation>
    </message>
    <message>
      <source>Host CPU load (the ten busiest hosts)</source>
      <translation>Host-CPU-Last (die zehn aktivsten Hosts)</translation>
    </message>
    <message>
      <source>Host memory used</source>
      <translation>Host-Arbeitsspeicher belegt</translation>
    </message>
    <message>
      <source>Host memory used (the ten fullest hosts)</source>
      <translation>Host-Arbeitsspeicher belegt (die zehn vollsten Hosts)</translation>
    </message>
    <message>
      <source>Vigil health report</source>
      <translation>Vigil-Zustandsbericht</translation>
    </message>
    <message>
      <source>no statistics recorded for these hosts in this range</source>
      <translation>keine Statistik für diese Hosts in diesem Zeitraum aufgezeichnet</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::ReportDialog</name>
    <message>
      <source>%1 &lt;a href="%2"&gt;Open it&lt;/a&gt;</source>
      <translation>%1 &lt;a href="%2"&gt;Öffnen&lt;/a&gt;</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Abbrechen</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exportieren</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <source>&amp;Range:</source>
      <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
      <source>Actions and changes</source>
      <translation>Aktionen und Änderungen</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alarme</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <source>CSV table</source>
      <translation>CSV-Tabelle</translation>
    </message>
    <message>
      <source>Cancelled; nothing was written.</source>
      <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Wird abgebrochen…</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Diagramme</translation>
    </message>
    <message>
      <source>Cluster summary</source>
      <translation>Cluster-Übersicht</translation>
    </message>
    <message>
      <source>Collecting…</source>
      <translation>Sammeln…</translation>
    </message>
    <message>
      <source>Drawing charts…</source>
      <translation>Diagramme werden gezeichnet…</translation>
    </message>
    <message>
      <source>Export Health Report</source>
      <translation>Zustandsbericht exportieren</translation>
    </message>
    <message>
      <source>HA readiness</source>
      <translation>HA-Bereitschaft</translation>
    </message>
    <message>
      <source>HTML page</source>
      <translation>HTML-Seite</translation>
    </message>
    <message>
      <source>Host health and capacity</source>
      <translation>Host-Zustand und Kapazität</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>Hosts</translation>
    </message>
    <message>
      <source>Hosts in the report</source>
      <translation>Hosts im Bericht</translation>
    </message>
    <message>
      <source>JSON data</source>
      <translation>JSON-Daten</translation>
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Letzte 30 Tage</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Letzte 7 Tage</translation>
    </message>
    <message>
      <source>Last hour</source>
      <translation>Letzte Stunde</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>PDF-Dokument</translation>
    </message>
    <message>
      <source>Pick at least one host.</source>
      <translation>Wählen Sie mindestens einen Host.</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Bericht speichern</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Abschnitte</translation>
    </message>
    <message>
      <source>Storage pools and networks</source>
      <translation>Speicherpools und Netzwerke</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>%1 wird geschrieben…</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::RestoreDialog</name>
    <message>
      <source>%1 (unreachable)</source>
      <translation>%1 (nicht erreichbar)</translation>
    </message>
    <message>
      <source>%1 still exists; a restore next to it needs a new identity.</source>
      <translation>%1 existiert noch; eine Wiederherstellung daneben braucht eine neue Identität.</translation>
    </message>
    <message>
      <source>%1-restored</source>
      <translation>%1-wiederhergestellt</translation>
    </message>
    <message>
      <source>&amp;Disks go to:</source>
      <translation>&amp;Disks nach:</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>&amp;Host:</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>&amp;Start the guest after restoring it</source>
      <translation>Gast nach der Wiederherstellung &amp;starten</translation>
    </message>
    <message>
      <source>&amp;Test Restore</source>
      <translation>&amp;Wiederherstellung testen</translation>
    </message>
    <message>
      <source>A full backup</source>
      <translation>Eine Vollsicherung</translation>
    </message>
    <message>
      <source>A restore test cannot run on this host: %1</source>
      <translation>Ein Wiederherstellungstest kann auf diesem Host nicht laufen: %1</translation>
    </message>
    <message numerus="yes">
      <source>Backup of %1 taken %2 on %3: %4, %5.
%6 — %7 in %n backup(s).</source>
      <translation>
        <numerusform>Sicherung von %1 vom %2 auf %3: %4, %5.
%6 — %7 in %n Sicherung.</numerusform>
        <numerusform>Sicherung von %1 vom %2 auf %3: %4, %5.
%6 — %7 in %n Sicherungen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Prüfung</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Na&amp;me:</source>
      <translation>Na&amp;me:</translation>
    </message>
    <message>
      <source>Restore %1</source>
      <translation>%1 wiederherstellen</translation>
    </message>
    <message>
      <source>Restore as a &amp;new guest (new name, UUID and MAC addresses)</source>
      <translation>Als &amp;neuen Gast wiederherstellen (neuer Name, neue UUID und MAC-Adressen)</translation>
    </message>
    <message>
      <source>Restore checklist</source>
      <translation>Prüfliste der Wiederherstellung</translation>
    </message>
    <message>
      <source>Restore in progress</source>
      <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
      <source>Restore under a scratch name with network links down, start it, check that it runs (and that its guest agent answers, if it has one), then remove it.</source>
      <translation>Unter einem Wegwerfnamen mit getrennten Netzwerkverbindungen wiederherstellen, starten, prüfen, ob er läuft (und ob sein Gastagent antwortet, falls vorhanden), dann entfernen.</translation>
    </message>
    <message>
      <source>Restores the full backup and %1 incremental one(s) on top</source>
      <translation>Stellt die Vollsicherung und %1 inkrementelle darauf wieder her</translation>
    </message>
    <message>
      <source>Restoring into a scratch guest, starting it…</source>
      <translation>Wiederherstellung in einen Testgast, Start…</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Wiederherstellung…</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Target host</source>
      <translation>Zielhost</translation>
    </message>
    <message>
      <source>The saved definition cannot be read: %1</source>
      <translation>Die gespeicherte Definition kann nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>This backup cannot be restored: %1</source>
      <translation>Diese Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
      <source>Where the restored disk files are created, as the host sees it. Existing files are never overwritten.</source>
      <translation>Wo die wiederhergestellten Disk-Dateien angelegt werden, wie der Host sie sieht. Vorhandene Dateien werden nie überschrieben.</translation>
    </message>
    <message>
      <source>full</source>
      <translation>voll</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>inkrementell</translation>
    </message>
    <message>
      <source>✔ %1</source>
      <translation>✔ %1</translation>
    </message>
    <message>
      <source>✘ %1</source>
      <translation>✘ %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::ReviewPage</name>
    <message>
      <source>%1 detects a failure after up to %2 s (keepalive %3 s × %4); this policy asks for %5 s. Change it with Host ▸ Edit Host.</source>
      <translation>%1 erkennt einen Ausfall nach bis zu %2 s (Keepalive %3 s × %4); diese Richtlinie verlangt %5 s. Ändern Sie das mit Host ▸ Host bearbeiten.</translation>
    </message>
    <message>
      <source>, pattern %1</source>
      <translation>, Muster %1</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%1&lt;/b&gt;: %n explicit guest(s)</source>
      <translation>
        <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n ausdrücklicher Gast</numerusform>
        <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n ausdrückliche Gäste</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Admission control: the cluster cannot absorb %n host failure(s) with these members.</source>
      <translation>
        <numerusform>Zugangskontrolle: der Cluster kann %n Host-Ausfall mit diesen Mitgliedern nicht auffangen.</numerusform>
        <numerusform>Zugangskontrolle: der Cluster kann %n Host-Ausfälle mit diesen Mitgliedern nicht auffangen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Restarts without fencing: split-brain risk.</source>
      <translation>Neustarts ohne Fencing: Split-Brain-Risiko.</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Überprüfung</translation>
    </message>
    <message>
      <source>Simulating…</source>
      <translation>Simulation…</translation>
    </message>
    <message>
      <source>What would happen with this policy if each host died now.</source>
      <translation>Was mit dieser Richtlinie geschähe, wenn jetzt jeder Host ausfiele.</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Virt</name>
    <message>
      <source>%1 (libvirt's TLS files for this host: the CA certificate that signed the hosts' certificates, and this machine's certificate and key signed by the CA the hosts trust; pkipath=DIR in the URI says where they are). %2</source>
      <translation>%1 (libvirts TLS-Dateien für diesen Host: das CA-Zertifikat, das die Zertifikate der Hosts signiert hat, sowie Zertifikat und Schlüssel dieses Rechners, signiert von der CA, der die Hosts vertrauen; pkipath=VERZ in der URI sagt, wo sie liegen). %2</translation>
    </message>
    <message>
      <source>%1 is reached through a proxy or under a HostKeyAlias: Vigil cannot read its key the way ssh sees it; connect once with ssh in a terminal to trust it</source>
      <translation>%1 wird über einen Proxy oder unter einem HostKeyAlias erreicht: Vigil kann seinen Schlüssel nicht so lesen, wie ssh ihn sieht; einmal mit ssh in einem Terminal verbinden, um ihm zu vertrauen</translation>
    </message>
    <message>
      <source>%1 no longer offers the key %2 (it offers %3): nothing was trusted</source>
      <translation>%1 bietet den Schlüssel %2 nicht mehr an (sondern %3): nichts wurde vertraut</translation>
    </message>
    <message>
      <source>%1 offered no SSH host key (is it an SSH server?)</source>
      <translation>%1 bot keinen SSH-Hostschlüssel an (ist es ein SSH-Server?)</translation>
    </message>
    <message>
      <source>%1 refused the connection: nothing listens on port %2 (is %3 running there, and is the port right?)</source>
      <translation>%1 hat die Verbindung abgelehnt: auf Port %2 lauscht nichts (läuft dort %3, und stimmt der Port?)</translation>
    </message>
    <message>
      <source>%1: is it signed by the CA the host trusts, and still valid?</source>
      <translation>%1: ist es von der CA signiert, der der Host vertraut, und noch gültig?</translation>
    </message>
    <message>
      <source>; it offers %1</source>
      <translation>; er bietet %1 an</translation>
    </message>
    <message>
      <source>Check the client certificate or the SASL credentials libvirt uses for this host.</source>
      <translation>Client-Zertifikat oder SASL-Zugangsdaten prüfen, die libvirt für diesen Host verwendet.</translation>
    </message>
    <message>
      <source>Vigil never types passwords into ssh: load a key into ssh-agent or ~/.ssh and authorize it on the host (ssh-copy-id), or log in with a password over qemu+libssh:// instead.</source>
      <translation>Vigil gibt nie Passwörter in ssh ein: Laden Sie einen Schlüssel in ssh-agent oder ~/.ssh und autorisieren Sie ihn auf dem Host (ssh-copy-id), oder melden Sie sich stattdessen über qemu+libssh:// mit einem Passwort an.</translation>
    </message>
    <message>
      <source>Vigil tries again as soon as the login changes, or when you reconnect the host.</source>
      <translation>Vigil versucht es erneut, sobald sich die Anmeldung ändert, oder wenn Sie den Host neu verbinden.</translation>
    </message>
    <message>
      <source>Vigil tries again in 10 minutes, or at once when you reconnect the host or change it.</source>
      <translation>Vigil versucht es in 10 Minuten wieder, oder sofort, wenn Sie den Host neu verbinden oder ändern.</translation>
    </message>
    <message>
      <source>booted</source>
      <translation>gebootet</translation>
    </message>
    <message>
      <source>cannot connect to %1: %2</source>
      <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
      <source>cannot create %1</source>
      <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
      <source>cannot write %1: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <source>closed by Vigil</source>
      <translation>von Vigil geschlossen</translation>
    </message>
    <message>
      <source>configuration updated</source>
      <translation>Konfiguration aktualisiert</translation>
    </message>
    <message>
      <source>connection closed</source>
      <translation>Verbindung geschlossen</translation>
    </message>
    <message>
      <source>connection error</source>
      <translation>Verbindungsfehler</translation>
    </message>
    <message>
      <source>crashed</source>
      <translation>abgestürzt</translation>
    </message>
    <message>
      <source>defined</source>
      <translation>definiert</translation>
    </message>
    <message>
      <source>event %1/%2</source>
      <translation>Ereignis %1/%2</translation>
    </message>
    <message>
      <source>failed to start</source>
      <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
      <source>forced off</source>
      <translation>hart ausgeschaltet</translation>
    </message>
    <message>
      <source>it asked again for the same password</source>
      <translation>er hat erneut nach demselben Passwort gefragt</translation>
    </message>
    <message>
      <source>it may not name the host as the URI does, not be signed by this machine's CA certificate, or have expired</source>
      <translation>es nennt den Host vielleicht nicht so wie die URI, ist nicht vom CA-Zertifikat dieses Rechners signiert oder abgelaufen</translation>
    </message>
    <message>
      <source>migrated away</source>
      <translation>wegmigriert</translation>
    </message>
    <message>
      <source>migrated in</source>
      <translation>hermigriert</translation>
    </message>
    <message>
      <source>no answer from %1 within %2 s: the host is down, or a firewall drops the packets</source>
      <translation>keine Antwort von %1 innerhalb von %2 s: der Host ist aus, oder eine Firewall verwirft die Pakete</translation>
    </message>
    <message>
      <source>no keepalive answer from the host</source>
      <translation>keine Keepalive-Antwort vom Host</translation>
    </message>
    <message>
      <source>no route to %1: the host is down or not on a network this machine reaches</source>
      <translation>keine Route zu %1: der Host ist aus oder in keinem Netz, das dieser Rechner erreicht</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>angehalten</translation>
    </message>
    <message>
      <source>paused after an API error</source>
      <translation>nach einem API-Fehler angehalten</translation>
    </message>
    <message>
      <source>paused after an I/O error</source>
      <translation>nach einem E/A-Fehler angehalten</translation>
    </message>
    <message>
      <source>paused by a user</source>
      <translation>von einem Benutzer angehalten</translation>
    </message>
    <message>
      <source>paused by the watchdog</source>
      <translation>vom Watchdog angehalten</translation>
    </message>
    <message>
      <source>paused for migration</source>
      <translation>für die Migration angehalten</translation>
    </message>
    <message>
      <source>paused while shutting down</source>
      <translation>beim Herunterfahren angehalten</translation>
    </message>
    <message>
      <source>paused: disk I/O error</source>
      <translation>angehalten: Disk-E/A-Fehler</translation>
    </message>
    <message>
      <source>paused: guest crashed</source>
      <translation>angehalten: Gast abgestürzt</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>wiederhergestellt</translation>
    </message>
    <message>
      <source>resumed</source>
      <translation>fortgesetzt</translation>
    </message>
    <message>
      <source>shut down normally</source>
      <translation>normal heruntergefahren</translation>
    </message>
    <message>
      <source>shutting down</source>
      <translation>fährt herunter</translation>
    </message>
    <message>
      <source>ssh-keyscan %1 did not finish within 10 s</source>
      <translation>ssh-keyscan %1 wurde nicht innerhalb von 10 s fertig</translation>
    </message>
    <message>
      <source>started</source>
      <translation>gestartet</translation>
    </message>
    <message>
      <source>started (from snapshot)</source>
      <translation>gestartet (aus Snapshot)</translation>
    </message>
    <message>
      <source>started (incoming migration)</source>
      <translation>gestartet (eingehende Migration)</translation>
    </message>
    <message>
      <source>started (restored)</source>
      <translation>gestartet (wiederhergestellt)</translation>
    </message>
    <message>
      <source>started (woken up)</source>
      <translation>gestartet (aufgeweckt)</translation>
    </message>
    <message>
      <source>starting up</source>
      <translation>fährt hoch</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>gestoppt</translation>
    </message>
    <message>
      <source>stopped (crashed)</source>
      <translation>gestoppt (abgestürzt)</translation>
    </message>
    <message>
      <source>stopped (forced off)</source>
      <translation>gestoppt (hart ausgeschaltet)</translation>
    </message>
    <message>
      <source>stopped (host emulator failed)</source>
      <translation>gestoppt (Host-Emulator fehlgeschlagen)</translation>
    </message>
    <message>
      <source>stopped (migrated away)</source>
      <translation>gestoppt (wegmigriert)</translation>
    </message>
    <message>
      <source>stopped (saved)</source>
      <translation>gestoppt (gespeichert)</translation>
    </message>
    <message>
      <source>stopped (shut down)</source>
      <translation>gestoppt (heruntergefahren)</translation>
    </message>
    <message>
      <source>suspended by guest power management</source>
      <translation>durch Gast-Energieverwaltung angehalten</translation>
    </message>
    <message>
      <source>the host asks for a login Vigil does not have for this URI ("%1"). Log in with Host ▸ Log In… in the console (it can remember the login in the desktop keyring), or add a [URI] section with user and password to the credentials file vigilctl and the agent read (%2, or --credentials FILE). %3</source>
      <translation>der Host verlangt eine Anmeldung, die Vigil für diese URI nicht hat („%1“). Melden Sie sich in der Konsole mit Host ▸ Anmelden… an (sie kann die Anmeldung im Schlüsselbund des Desktops speichern), oder tragen Sie einen [URI]-Abschnitt mit user und password in die Zugangsdatei ein, die vigilctl und der Agent lesen (%2, oder --credentials DATEI). %3</translation>
    </message>
    <message>
      <source>the host closed the connection (EOF)</source>
      <translation>der Host hat die Verbindung geschlossen (EOF)</translation>
    </message>
    <message>
      <source>the host ended the TLS session at once: it did not accept this machine's client certificate (%1). %2</source>
      <translation>der Host hat die TLS-Sitzung sofort beendet: er hat das Client-Zertifikat dieses Rechners nicht akzeptiert (%1). %2</translation>
    </message>
    <message>
      <source>the host offers %1 now, not %2</source>
      <translation>der Host bietet jetzt %1 an, nicht %2</translation>
    </message>
    <message>
      <source>the host refused the login (%1). %2 %3</source>
      <translation>der Host hat die Anmeldung abgelehnt (%1). %2 %3</translation>
    </message>
    <message>
      <source>the host refused the login Vigil has for this URI (%1). Correct it with Host ▸ Log In… in the console, or in the credentials file vigilctl and the agent read (%3, or --credentials FILE). %2</source>
      <translation>der Host hat die Anmeldung abgelehnt, die Vigil für diese URI hat (%1). Korrigieren Sie sie in der Konsole mit Host ▸ Anmelden… oder in der Zugangsdatei, die vigilctl und der Agent lesen (%3, oder --credentials DATEI). %2</translation>
    </message>
    <message>
      <source>the host's SSH key is not in libvirt's own known_hosts for %1 (%2; ~/.config/libvirt/known_hosts, not ssh's). Compare the key with the host's own, then add it there (or connect once with virsh -c URI in a terminal and accept it). %3</source>
      <translation>der SSH-Schlüssel des Hosts steht nicht in libvirts eigener known_hosts für %1 (%2; ~/.config/libvirt/known_hosts, nicht die von ssh). Den Schlüssel mit dem des Hosts vergleichen und dort eintragen (oder einmal mit virsh -c URI in einem Terminal verbinden und ihn annehmen). %3</translation>
    </message>
    <message>
      <source>the host's SSH key is not the one trusted for it (%1)%2. A reinstalled host has a new key; anything else may be an attack. If the change is expected, remove the old key (ssh-keygen -R HOST, or -R '[HOST]:PORT' off port 22) and trust the new one. %3</source>
      <translation>der SSH-Schlüssel des Hosts ist nicht der, dem für ihn vertraut wird (%1)%2. Ein neu installierter Host hat einen neuen Schlüssel; alles andere kann ein Angriff sein. Ist die Änderung erwartet, den alten Schlüssel entfernen (ssh-keygen -R HOST, oder -R '[HOST]:PORT' bei einem anderen Port als 22) und dem neuen vertrauen. %3</translation>
    </message>
    <message>
      <source>the host's SSH key is not trusted on this machine yet%1. Compare it with the host's own (on the host: ssh-keygen -lf /etc/ssh/ssh_host_TYPE_key.pub), then trust it: Host ▸ Trust Host Key in the console, or vigilctl hosts trust NAME. %2</source>
      <translation>dem SSH-Schlüssel des Hosts wird auf diesem Rechner noch nicht vertraut%1. Mit dem des Hosts vergleichen (auf dem Host: ssh-keygen -lf /etc/ssh/ssh_host_TYP_key.pub), dann vertrauen: Host ▸ Hostschlüssel vertrauen in der Konsole, oder vigilctl hosts trust NAME. %2</translation>
    </message>
    <message>
      <source>the host's TLS certificate failed this machine's check: %1. %2</source>
      <translation>das TLS-Zertifikat des Hosts hat die Prüfung dieses Rechners nicht bestanden: %1. %2</translation>
    </message>
    <message>
      <source>the host's certificate (issued by %1) is not signed by the CA in %2</source>
      <translation>das Zertifikat des Hosts (ausgestellt von %1) ist nicht von der CA in %2 signiert</translation>
    </message>
    <message>
      <source>the host's certificate expired on %1</source>
      <translation>das Zertifikat des Hosts ist am %1 abgelaufen</translation>
    </message>
    <message>
      <source>the host's certificate is for %1, not for %2 (use a name it lists, or give the host a certificate that names %2)</source>
      <translation>das Zertifikat des Hosts gilt für %1, nicht für %2 (einen Namen verwenden, den es nennt, oder dem Host ein Zertifikat geben, das %2 nennt)</translation>
    </message>
    <message>
      <source>the host's certificate is valid only from %1 (check both clocks)</source>
      <translation>das Zertifikat des Hosts gilt erst ab %1 (beide Uhren prüfen)</translation>
    </message>
    <message>
      <source>the name %1 does not resolve: %2</source>
      <translation>der Name %1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
      <source>there is no readable CA certificate at %1</source>
      <translation>unter %1 liegt kein lesbares CA-Zertifikat</translation>
    </message>
    <message>
      <source>there is none at %1</source>
      <translation>unter %1 liegt keines</translation>
    </message>
    <message>
      <source>undefined</source>
      <translation>entfernt (undefined)</translation>
    </message>
    <message>
      <source>unpaused</source>
      <translation>fortgesetzt</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Virt::HostConnection</name>
    <message>
      <source>%1 is unreachable</source>
      <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
      <source>%1 is unreachable: %2</source>
      <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
      <source>%1's hypervisor lacks CPU features the guest uses</source>
      <translation>dem Hypervisor von %1 fehlen CPU-Funktionen, die der Gast verwendet</translation>
    </message>
    <message>
      <source>%1's hypervisor provides the guest's CPU</source>
      <translation>der Hypervisor von %1 bietet die CPU des Gasts</translation>
    </message>
    <message>
      <source>already gone from %1</source>
      <translation>auf %1 bereits entfernt</translation>
    </message>
    <message>
      <source>already running</source>
      <translation>läuft bereits</translation>
    </message>
    <message>
      <source>autostart is off, but the definition stays on %1: %2</source>
      <translation>Autostart ist aus, aber die Definition bleibt auf %1: %2</translation>
    </message>
    <message>
      <source>cannot define the guest here: %1</source>
      <translation>der Gast kann hier nicht definiert werden: %1</translation>
    </message>
    <message>
      <source>cannot define the guest on %1: %2</source>
      <translation>der Gast kann auf %1 nicht definiert werden: %2</translation>
    </message>
    <message>
      <source>cannot list guests: %1</source>
      <translation>Gäste können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
      <source>cannot remove the guest from %1: %2</source>
      <translation>der Gast kann nicht von %1 entfernt werden: %2</translation>
    </message>
    <message>
      <source>connected to %1</source>
      <translation>verbunden mit %1</translation>
    </message>
    <message>
      <source>connection lost: %1</source>
      <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
      <source>defined on %1</source>
      <translation>auf %1 definiert</translation>
    </message>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>host-passthrough: only an identical host CPU is safe</source>
      <translation>host-passthrough: nur eine identische Host-CPU ist sicher</translation>
    </message>
    <message>
      <source>it is running on %1; not removed</source>
      <translation>sie läuft auf %1; nicht entfernt</translation>
    </message>
    <message>
      <source>neither autostart could be turned off (%1) nor the definition removed from %2: %3</source>
      <translation>weder konnte Autostart abgeschaltet (%1) noch die Definition von %2 entfernt werden: %3</translation>
    </message>
    <message>
      <source>no lifecycle events from this host (%1); changes are found by polling</source>
      <translation>keine Lebenszyklus-Ereignisse von diesem Host (%1); Änderungen werden durch Abfragen gefunden</translation>
    </message>
    <message>
      <source>not connected: %1</source>
      <translation>nicht verbunden: %1</translation>
    </message>
    <message numerus="yes">
      <source>reconnected after %n failed attempt(s)</source>
      <translation>
        <numerusform>nach %n fehlgeschlagenem Versuch wieder verbunden</numerusform>
        <numerusform>nach %n fehlgeschlagenen Versuchen wieder verbunden</numerusform>
      </translation>
    </message>
    <message>
      <source>removed from %1</source>
      <translation>von %1 entfernt</translation>
    </message>
    <message>
      <source>started</source>
      <translation>gestartet</translation>
    </message>
    <message>
      <source>the guest defines no CPU model</source>
      <translation>der Gast definiert kein CPU-Modell</translation>
    </message>
    <message>
      <source>the guest no longer exists on %1</source>
      <translation>der Gast existiert auf %1 nicht mehr</translation>
    </message>
    <message>
      <source>this host cannot report guest statistics in bulk (%1); only states are recorded</source>
      <translation>dieser Host kann Gaststatistiken nicht gesammelt melden (%1); nur Zustände werden aufgezeichnet</translation>
    </message>
  </context>
  <context>
    <name>vigil</name>
    <message>
      <source>High-availability console for libvirt clusters.</source>
      <translation>Hochverfügbarkeits-Konsole für libvirt-Cluster.</translation>
    </message>
    <message>
      <source>Interface language: en, de or zh_CN (default: Preferences, else the system's).</source>
      <translation>Sprache der Oberfläche: en, de oder zh_CN (Standard: Einstellungen, sonst die des Systems).</translation>
    </message>
    <message>
      <source>Open the embedded demo cluster.</source>
      <translation>Den eingebauten Demo-Cluster öffnen.</translation>
    </message>
    <message>
      <source>Page to show: overview, inventory, guest, host, failover, balance, backups, migrate, maintenance, migrating, backup-job, restore, or wizard-1 … wizard-6.</source>
      <translation>Anzuzeigende Seite: overview, inventory, guest, host, failover, balance, backups, migrate, maintenance, migrating, backup-job, restore oder wizard-1 … wizard-6.</translation>
    </message>
    <message>
      <source>Save a PNG of the window once all hosts have loaded, then exit.</source>
      <translation>Ein PNG des Fensters speichern, sobald alle Hosts geladen sind, dann beenden.</translation>
    </message>
    <message>
      <source>Use this database file.</source>
      <translation>Diese Datenbankdatei verwenden.</translation>
    </message>
    <message>
      <source>Vigil cannot start</source>
      <translation>Vigil kann nicht starten</translation>
    </message>
    <message>
      <source>With --screenshot: seconds to wait after the hosts have settled.</source>
      <translation>Mit --screenshot: Sekunden Wartezeit, nachdem die Hosts bereit sind.</translation>
    </message>
  </context>
  <context>
    <name>vigilctl</name>
    <message>
      <source>  NOT restarted: %1 (priority %2): %3</source>
      <translation>  NICHT neu gestartet: %1 (Priorität %2): %3</translation>
    </message>
    <message>
      <source>  agent                      run the failover engine headless (SIGTERM stops it)</source>
      <translation>  agent                      die Failover-Engine ohne Oberfläche ausführen (SIGTERM beendet sie)</translation>
    </message>
    <message>
      <source>  alert list [--all] | alert ack KEY   alerts as the evaluating process stored them</source>
      <translation>  alert list [--all] | alert ack KEY   Alarme, wie der auswertende Prozess sie gespeichert hat</translation>
    </message>
    <message>
      <source>  backup list                jobs, their next run and recent runs with each guest's backup
  backup import FILE | export JOB | remove JOB   backup jobs as JSON documents
  backup run JOB             back up now and wait (Ctrl-C cancels; guests keep running)
  backup verify RUN          re-read every file of the run's backups (SHA-256, qemu-img check)
  backup restore RUN --to HOST [--as NAME] [--guest NAME] [--disk-dir DIR] [--start]
  backup test-restore RUN [--to HOST] [--guest NAME]   restore, boot, check, remove
                             (RUN is a run id, or #ID for one guest's backup)</source>
      <translation>  backup list                Aufträge, ihr nächster Lauf und die letzten Läufe mit der Sicherung jedes Gasts
  backup import FILE | export JOB | remove JOB   Sicherungsaufträge als JSON-Dokumente
  backup run JOB             jetzt sichern und warten (Strg-C bricht ab; Gäste laufen weiter)
  backup verify RUN          jede Datei der Sicherungen eines Laufs erneut lesen (SHA-256, qemu-img check)
  backup restore RUN --to HOST [--as NAME] [--guest NAME] [--disk-dir DIR] [--start]
  backup test-restore RUN [--to HOST] [--guest NAME]   wiederherstellen, booten, prüfen, entfernen
                             (RUN ist eine Lauf-ID oder #ID für die Sicherung eines Gasts)</translation>
    </message>
    <message>
      <source>  balance --dry-run [--aggressiveness LEVEL]   load per host, imbalance, recommended moves</source>
      <translation>  balance --dry-run [--aggressiveness LEVEL]   Last pro Host, Ungleichgewicht, empfohlene Verschiebungen</translation>
    </message>
    <message>
      <source>  events [--limit N] [--follow]   the shared event log of every process (Ctrl-C stops --follow)</source>
      <translation>  events [--limit N] [--follow]   das gemeinsame Ereignisprotokoll aller Prozesse (Strg-C beendet --follow)</translation>
    </message>
    <message>
      <source>  export pacemaker --out FILE   the policies as a Pacemaker CIB (checked with crm_verify)</source>
      <translation>  export pacemaker --out FILE   die Richtlinien als Pacemaker-CIB (geprüft mit crm_verify)</translation>
    </message>
    <message>
      <source>  guest start|shutdown|reboot|force-off|suspend|resume NAME [--host NAME]</source>
      <translation>  guest start|shutdown|reboot|force-off|suspend|resume NAME [--host NAME]</translation>
    </message>
    <message>
      <source>  guests list [--host NAME]  every guest on every host</source>
      <translation>  guests list [--host NAME]  jeder Gast auf jedem Host</translation>
    </message>
    <message>
      <source>  host maintenance enter NAME   evacuate the host and keep failover off it (waits for the moves)
  host maintenance exit NAME [--failback]   leave maintenance (and move the guests back)</source>
      <translation>  host maintenance enter NAME   den Host evakuieren und aus dem Failover nehmen (wartet auf die Verschiebungen)
  host maintenance exit NAME [--failback]   die Wartung beenden (und die Gäste zurückverschieben)</translation>
    </message>
    <message>
      <source>  hosts list                 configured hosts and their connection state
  hosts add NAME URI         store a host (validated; connected by the next console/agent)
  hosts remove NAME          forget a host
  hosts trust NAME [--fingerprint F]   show an ssh host's key; trust it once compared</source>
      <translation>  hosts list                 konfigurierte Hosts und ihr Verbindungszustand
  hosts add NAME URI         einen Host speichern (geprüft; von der nächsten Konsole/dem nächsten Agenten verbunden)
  hosts remove NAME          einen Host vergessen
  hosts trust NAME [--fingerprint F]   den Schlüssel eines ssh-Hosts zeigen; nach dem Vergleich vertrauen</translation>
    </message>
    <message>
      <source>  migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MIBS] [--dry-run]
                             pre-flight checklist, then the move with progress (Ctrl-C cancels)</source>
      <translation>  migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MIBS] [--dry-run]
                             Vorabprüfung, dann die Verschiebung mit Fortschritt (Strg-C bricht ab)</translation>
    </message>
    <message>
      <source>  no protected guest is running there</source>
      <translation>  dort läuft kein geschützter Gast</translation>
    </message>
    <message>
      <source>  policy list|show NAME|export [NAME]|import FILE|validate FILE|delete NAME
  policy simulate --host NAME|--all-hosts   dry run: what happens if a host dies now</source>
      <translation>  policy list|show NAME|export [NAME]|import FILE|validate FILE|delete NAME
  policy simulate --host NAME|--all-hosts   Probelauf: was passiert, wenn ein Host jetzt ausfällt</translation>
    </message>
    <message>
      <source>  report --format pdf|html|csv|json --range 1h|24h|7d|30d --out FILE [--host NAME]
                             a health report (format defaults to the file's extension)</source>
      <translation>  report --format pdf|html|csv|json --range 1h|24h|7d|30d --out FILE [--host NAME]
                             ein Zustandsbericht (das Format folgt sonst der Dateiendung)</translation>
    </message>
    <message>
      <source>  restart %1 (priority %2) on %3 — %4</source>
      <translation>  %1 (Priorität %2) auf %3 neu starten — %4</translation>
    </message>
    <message>
      <source>  retention %1; next run %2</source>
      <translation>  Aufbewahrung %1; nächster Lauf %2</translation>
    </message>
    <message>
      <source>  run %1 %2 (%3): %4 — %5</source>
      <translation>  Lauf %1 %2 (%3): %4 — %5</translation>
    </message>
    <message>
      <source> (acknowledged by %1)</source>
      <translation> (bestätigt von %1)</translation>
    </message>
    <message>
      <source> (disabled)</source>
      <translation> (deaktiviert)</translation>
    </message>
    <message>
      <source> [disabled]</source>
      <translation> [deaktiviert]</translation>
    </message>
    <message>
      <source> on the hosts that answered</source>
      <translation> auf den Hosts, die geantwortet haben</translation>
    </message>
    <message>
      <source>"%1" is not one mail address</source>
      <translation>„%1“ ist keine einzelne Mailadresse</translation>
    </message>
    <message>
      <source>%1 %2 on %3 failed: %4</source>
      <translation>%1 %2 auf %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
      <source>%1 %2 on %3: done</source>
      <translation>%1 %2 auf %3: erledigt</translation>
    </message>
    <message>
      <source>%1 (#%2): </source>
      <translation>%1 (#%2): </translation>
    </message>
    <message>
      <source>%1 (job %2)%3: %4, %5 → %6</source>
      <translation>%1 (Auftrag %2)%3: %4, %5 → %6</translation>
    </message>
    <message>
      <source>%1 (not retried)</source>
      <translation>%1 (nicht wiederholt)</translation>
    </message>
    <message>
      <source>%1 after %2 attempts</source>
      <translation>%1 nach %2 Versuchen</translation>
    </message>
    <message>
      <source>%1 could not be started: %2</source>
      <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
      <source>%1 is already in maintenance</source>
      <translation>%1 ist bereits in Wartung</translation>
    </message>
    <message>
      <source>%1 is in maintenance</source>
      <translation>%1 ist in Wartung</translation>
    </message>
    <message>
      <source>%1 is not a valid backup job:</source>
      <translation>%1 ist kein gültiger Sicherungsauftrag:</translation>
    </message>
    <message>
      <source>%1 left maintenance</source>
      <translation>%1 hat die Wartung beendet</translation>
    </message>
    <message>
      <source>%1 needs one of: %2</source>
      <translation>%1 braucht eines von: %2</translation>
    </message>
    <message>
      <source>%1 was not moved: %2</source>
      <translation>%1 wurde nicht verschoben: %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1: policy %2 is valid</source>
      <translation>%1: Richtlinie %2 ist gültig</translation>
    </message>
    <message numerus="yes">
      <source>%n explicit guest(s)</source>
      <translation>
        <numerusform>%n ausdrücklicher Gast</numerusform>
        <numerusform>%n ausdrückliche Gäste</numerusform>
      </translation>
    </message>
    <message>
      <source>, VERIFY FAILED</source>
      <translation>, PRÜFUNG FEHLGESCHLAGEN</translation>
    </message>
    <message>
      <source>, downtime %1 ms</source>
      <translation>, Ausfallzeit %1 ms</translation>
    </message>
    <message>
      <source>, pattern %1</source>
      <translation>, Muster %1</translation>
    </message>
    <message>
      <source>, verified</source>
      <translation>, geprüft</translation>
    </message>
    <message>
      <source>--as: %1</source>
      <translation>--as: %1</translation>
    </message>
    <message>
      <source>--credentials needs a file</source>
      <translation>--credentials braucht eine Datei</translation>
    </message>
    <message>
      <source>--limit needs a positive number</source>
      <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
      <source>--metrics needs ADDRESS:PORT (for example 127.0.0.1:9464), not "%1"</source>
      <translation>--metrics braucht ADRESSE:PORT (zum Beispiel 127.0.0.1:9464), nicht „%1“</translation>
    </message>
    <message>
      <source>--timeout needs a positive number of seconds</source>
      <translation>--timeout braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
      <source>Agent name in the engine lease (default: vigilctl agent on HOST).</source>
      <translation>Agentenname in der Engine-Lease (Standard: vigilctl agent on HOST).</translation>
    </message>
    <message>
      <source>Also alerts cleared in the last 7 days (alert list).</source>
      <translation>Auch Alarme, die in den letzten 7 Tagen aufgehoben wurden (alert list).</translation>
    </message>
    <message>
      <source>Balance: conservative, moderate (default) or aggressive.</source>
      <translation>Ausgleich: conservative, moderate (Standard) oder aggressive.</translation>
    </message>
    <message>
      <source>Bandwidth limit in MiB/s (migrate; default unlimited).</source>
      <translation>Bandbreitenbegrenzung in MiB/s (migrate; Standard unbegrenzt).</translation>
    </message>
    <message>
      <source>Copy disks that are not on shared storage (migrate).</source>
      <translation>Disks kopieren, die nicht auf gemeinsamem Speicher liegen (migrate).</translation>
    </message>
    <message>
      <source>Every host (policy simulate).</source>
      <translation>Jeder Host (policy simulate).</translation>
    </message>
    <message>
      <source>Exit codes: 0 ok, 1 usage or invalid input, 2 database unusable,
3 done but some hosts were unreachable (they are listed),
4 a migration pre-flight check failed, 5 a move failed or was cancelled
(or guests still run on a host put in maintenance; they are listed),
6 a backup, verify, restore or restore test failed, 7 a guest action failed.

Every process on one database is one system: a console, agents and these
commands see each other's hosts, policies, maintenance flags, alerts and events.</source>
      <translation>Exit-Codes: 0 ok, 1 Aufruf oder Eingabe ungültig, 2 Datenbank unbrauchbar,
3 erledigt, aber einige Hosts waren nicht erreichbar (sie werden aufgeführt),
4 eine Vorabprüfung der Migration ist fehlgeschlagen, 5 eine Verschiebung ist fehlgeschlagen oder wurde abgebrochen
(oder auf einem Host in Wartung laufen noch Gäste; sie werden aufgeführt),
6 eine Sicherung, Prüfung, Wiederherstellung oder ein Wiederherstellungstest ist fehlgeschlagen, 7 eine Gastaktion ist fehlgeschlagen.

Alle Prozesse an einer Datenbank bilden ein System: eine Konsole, Agenten und diese
Befehle sehen gegenseitig ihre Hosts, Richtlinien, Wartungsmarkierungen, Alarme und Ereignisse.</translation>
    </message>
    <message>
      <source>Group of the added host.</source>
      <translation>Gruppe des hinzugefügten Hosts.</translation>
    </message>
    <message>
      <source>HTTP %1</source>
      <translation>HTTP %1</translation>
    </message>
    <message>
      <source>How many events (events; default 50).</source>
      <translation>Wie viele Ereignisse (events; Standard 50).</translation>
    </message>
    <message>
      <source>If %1 died now:</source>
      <translation>Wenn %1 jetzt ausfiele:</translation>
    </message>
    <message>
      <source>Imbalance %1 (%2)</source>
      <translation>Ungleichgewicht %1 (%2)</translation>
    </message>
    <message>
      <source>Keep printing new events as any process stores them (events).</source>
      <translation>Neue Ereignisse weiter ausgeben, sobald ein Prozess sie speichert (events).</translation>
    </message>
    <message>
      <source>Keepalive interval in seconds (default 2).</source>
      <translation>Keepalive-Intervall in Sekunden (Standard 2).</translation>
    </message>
    <message>
      <source>Message language: en, de or zh_CN (default: the system's).</source>
      <translation>Sprache der Meldungen: en, de oder zh_CN (Standard: die des Systems).</translation>
    </message>
    <message>
      <source>Move a shut-off guest's definition (migrate).</source>
      <translation>Die Definition eines ausgeschalteten Gasts verschieben (migrate).</translation>
    </message>
    <message>
      <source>Move evacuated guests back (host maintenance exit).</source>
      <translation>Evakuierte Gäste zurückverschieben (host maintenance exit).</translation>
    </message>
    <message>
      <source>Moving %1 from %2 to %3 (%4)…</source>
      <translation>%1 wird von %2 nach %3 verschoben (%4)…</translation>
    </message>
    <message>
      <source>No move is worth making (a move must also pass the pre-flight checks).</source>
      <translation>Keine Verschiebung lohnt sich (eine Verschiebung muss auch die Vorabprüfungen bestehen).</translation>
    </message>
    <message>
      <source>One of the commands above, with its arguments.</source>
      <translation>Einer der obigen Befehle, mit seinen Argumenten.</translation>
    </message>
    <message>
      <source>Only check (migrate) or only recommend (balance).</source>
      <translation>Nur prüfen (migrate) oder nur empfehlen (balance).</translation>
    </message>
    <message>
      <source>Only this host.</source>
      <translation>Nur dieser Host.</translation>
    </message>
    <message>
      <source>Output file (export, report).</source>
      <translation>Ausgabedatei (export, report).</translation>
    </message>
    <message>
      <source>Pre-flight: %1 from %2 to %3</source>
      <translation>Vorabprüfung: %1 von %2 nach %3</translation>
    </message>
    <message>
      <source>Print JSON.</source>
      <translation>JSON ausgeben.</translation>
    </message>
    <message>
      <source>Read host logins from this file (default: $CREDENTIALS_DIRECTORY/vigil-hosts, else /etc/vigil/host-credentials; private to this user).</source>
      <translation>Host-Anmeldungen aus dieser Datei lesen (Standard: $CREDENTIALS_DIRECTORY/vigil-hosts, sonst /etc/vigil/host-credentials; nur für diesen Benutzer lesbar).</translation>
    </message>
    <message>
      <source>Report format: pdf, html, csv or json.</source>
      <translation>Berichtsformat: pdf, html, csv oder json.</translation>
    </message>
    <message>
      <source>Report range: 1h, 24h, 7d or 30d (default 24h).</source>
      <translation>Berichtszeitraum: 1h, 24h, 7d oder 30d (Standard 24h).</translation>
    </message>
    <message>
      <source>Restore as a new guest of this name (new UUID and MACs).</source>
      <translation>Als neuen Gast dieses Namens wiederherstellen (neue UUID und MACs).</translation>
    </message>
    <message>
      <source>Seconds before a silent agent's lease can be taken over (default 15).</source>
      <translation>Sekunden, bevor die Lease eines stummen Agenten übernommen werden kann (Standard 15).</translation>
    </message>
    <message>
      <source>Seconds between statistics ticks (agent; default 5).</source>
      <translation>Sekunden zwischen Statistik-Ticks (agent; Standard 5).</translation>
    </message>
    <message>
      <source>Seconds to wait for hosts (default 15).</source>
      <translation>Sekunden, die auf Hosts gewartet wird (Standard 15).</translation>
    </message>
    <message>
      <source>Send alerts to the webhooks and mail addresses in this JSON file (see the user guide).</source>
      <translation>Warnungen an die Webhooks und Mailadressen dieser JSON-Datei senden (siehe Benutzerhandbuch).</translation>
    </message>
    <message>
      <source>Serve Prometheus metrics at http://ADDR:PORT/metrics (for example 127.0.0.1:9464).</source>
      <translation>Prometheus-Metriken unter http://ADR:PORT/metrics bereitstellen (zum Beispiel 127.0.0.1:9464).</translation>
    </message>
    <message>
      <source>Start the restored guest.</source>
      <translation>Den wiederhergestellten Gast starten.</translation>
    </message>
    <message>
      <source>Target host (migrate).</source>
      <translation>Zielhost (migrate).</translation>
    </message>
    <message>
      <source>The SSH host key fingerprint you compared (hosts trust).</source>
      <translation>Der verglichene Fingerabdruck des SSH-Hostschlüssels (hosts trust).</translation>
    </message>
    <message>
      <source>The added host runs a disk lock manager (virtlockd or sanlock).</source>
      <translation>Der hinzugefügte Host betreibt einen Lock-Manager für Datenträger (virtlockd oder sanlock).</translation>
    </message>
    <message>
      <source>The guest of a backup run (backup verify/restore).</source>
      <translation>Der Gast eines Sicherungslaufs (backup verify/restore).</translation>
    </message>
    <message>
      <source>Unanswered keepalives before a host is lost (default 3).</source>
      <translation>Unbeantwortete Keepalives, bevor ein Host als verloren gilt (Standard 3).</translation>
    </message>
    <message>
      <source>Use the embedded demo cluster.</source>
      <translation>Den eingebauten Demo-Cluster verwenden.</translation>
    </message>
    <message>
      <source>Use this database file.</source>
      <translation>Diese Datenbankdatei verwenden.</translation>
    </message>
    <message>
      <source>Vigil command-line tool.

Commands:</source>
      <translation>Vigil-Befehlszeilenwerkzeug.

Befehle:</translation>
    </message>
    <message>
      <source>Where restored disks go (default: beside the original disks).</source>
      <translation>Wohin wiederhergestellte Disks kommen (Standard: neben die ursprünglichen Disks).</translation>
    </message>
    <message>
      <source>Where the nodes keep the guests' XML (export pacemaker; default /etc/pacemaker/vigil).</source>
      <translation>Wo die Knoten das XML der Gäste ablegen (export pacemaker; Standard /etc/pacemaker/vigil).</translation>
    </message>
    <message>
      <source>acknowledged: %1</source>
      <translation>bestätigt: %1</translation>
    </message>
    <message>
      <source>agent started: %1 (pid %2), database %3</source>
      <translation>Agent gestartet: %1 (PID %2), Datenbank %3</translation>
    </message>
    <message>
      <source>agent stopping</source>
      <translation>Agent wird beendet</translation>
    </message>
    <message>
      <source>already acknowledged by %1</source>
      <translation>bereits bestätigt von %1</translation>
    </message>
    <message>
      <source>backup %1 needs an argument (see vigilctl --help)</source>
      <translation>backup %1 braucht ein Argument (siehe vigilctl --help)</translation>
    </message>
    <message>
      <source>backup job %1 removed; its backups stay on disk and restorable</source>
      <translation>Sicherungsauftrag %1 entfernt; seine Sicherungen bleiben auf der Disk und wiederherstellbar</translation>
    </message>
    <message>
      <source>backup job %1 saved (id %2)</source>
      <translation>Sicherungsauftrag %1 gespeichert (ID %2)</translation>
    </message>
    <message>
      <source>balance only recommends: add --dry-run to see the moves; apply them from the console's Balance panel or one by one with vigilctl migrate</source>
      <translation>balance empfiehlt nur: mit --dry-run die Verschiebungen sehen; anwenden im Ausgleichsbereich der Konsole oder einzeln mit vigilctl migrate</translation>
    </message>
    <message>
      <source>cancelling…</source>
      <translation>wird abgebrochen…</translation>
    </message>
    <message>
      <source>cancelling… (the guests keep running; partial files are removed)</source>
      <translation>wird abgebrochen… (die Gäste laufen weiter; Teildateien werden entfernt)</translation>
    </message>
    <message>
      <source>cannot acknowledge the alert: %1</source>
      <translation>Alarm kann nicht bestätigt werden: %1</translation>
    </message>
    <message>
      <source>cannot create %1</source>
      <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
      <source>cannot enter maintenance: %1</source>
      <translation>Wartung kann nicht begonnen werden: %1</translation>
    </message>
    <message>
      <source>cannot leave maintenance: %1</source>
      <translation>Wartung kann nicht beendet werden: %1</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>cannot read standard input</source>
      <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
      <source>cannot read the alerts: %1</source>
      <translation>Alarme können nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>cannot serve metrics on %1 (in use, or not an address of this machine)</source>
      <translation>Metriken können nicht auf %1 bereitgestellt werden (belegt oder keine Adresse dieses Rechners)</translation>
    </message>
    <message>
      <source>cannot set up signal handling</source>
      <translation>Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
      <source>cleared %1</source>
      <translation>aufgehoben %1</translation>
    </message>
    <message>
      <source>deleted policy %1</source>
      <translation>Richtlinie %1 gelöscht</translation>
    </message>
    <message>
      <source>failback of %1: %2</source>
      <translation>Rückführung von %1: %2</translation>
    </message>
    <message>
      <source>full</source>
      <translation>voll</translation>
    </message>
    <message>
      <source>host credentials file changed but not used (the logins read before stay): %1</source>
      <translation>Host-Zugangsdatei geändert, aber nicht verwendet (die zuvor gelesenen Anmeldungen bleiben): %1</translation>
    </message>
    <message numerus="yes">
      <source>host credentials read from %1: logins for %n host(s)</source>
      <translation>
        <numerusform>Host-Zugangsdaten aus %1 gelesen: Anmeldungen für %n Host</numerusform>
        <numerusform>Host-Zugangsdaten aus %1 gelesen: Anmeldungen für %n Hosts</numerusform>
      </translation>
    </message>
    <message>
      <source>imported policy %1</source>
      <translation>Richtlinie %1 importiert</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>inkrementell</translation>
    </message>
    <message>
      <source>invalid CIB, nothing written: %1</source>
      <translation>ungültige CIB, nichts geschrieben: %1</translation>
    </message>
    <message>
      <source>is "%1"; use info, warning or critical</source>
      <translation>ist „%1“; info, warning oder critical verwenden</translation>
    </message>
    <message>
      <source>live</source>
      <translation>live</translation>
    </message>
    <message>
      <source>mail to %1</source>
      <translation>Mail an %1</translation>
    </message>
    <message>
      <source>move %1 from %2 to %3, imbalance %4 → %5 (%6)</source>
      <translation>%1 von %2 nach %3 verschieben, Ungleichgewicht %4 → %5 (%6)</translation>
    </message>
    <message>
      <source>move %1 to %2 (%3)</source>
      <translation>%1 nach %2 verschieben (%3)</translation>
    </message>
    <message>
      <source>needs an http:// or https:// URL</source>
      <translation>braucht eine http://- oder https://-URL</translation>
    </message>
    <message>
      <source>needs numbers of seconds from 0.1 to 3600</source>
      <translation>braucht Sekundenzahlen von 0,1 bis 3600</translation>
    </message>
    <message>
      <source>no alert with the key "%1" (vigilctl alert list shows the keys)</source>
      <translation>kein Alarm mit dem Schlüssel „%1“ (vigilctl alert list zeigt die Schlüssel)</translation>
    </message>
    <message>
      <source>no backup jobs (create one in the console's Backups tab or with vigilctl backup import FILE)</source>
      <translation>keine Sicherungsaufträge (legen Sie einen im Sicherungen-Tab der Konsole an oder mit vigilctl backup import DATEI)</translation>
    </message>
    <message>
      <source>no guest named "%1" on a reachable host</source>
      <translation>kein Gast namens „%1“ auf einem erreichbaren Host</translation>
    </message>
    <message>
      <source>no guest named "%1"%2</source>
      <translation>kein Gast namens „%1“%2</translation>
    </message>
    <message>
      <source>no host named "%1"</source>
      <translation>kein Host namens „%1“</translation>
    </message>
    <message>
      <source>no policy named "%1"</source>
      <translation>keine Richtlinie namens „%1“</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>nicht gemeldet</translation>
    </message>
    <message>
      <source>note: %1</source>
      <translation>Hinweis: %1</translation>
    </message>
    <message>
      <source>note: %1 is unreachable (%2); the report shows it as such</source>
      <translation>Hinweis: %1 ist nicht erreichbar (%2); der Bericht zeigt das</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <source>report needs --out FILE</source>
      <translation>report braucht --out DATEI</translation>
    </message>
    <message>
      <source>restore needs --to HOST</source>
      <translation>restore braucht --to HOST</translation>
    </message>
    <message>
      <source>run %1 backed up several guests: name one with --guest</source>
      <translation>Lauf %1 hat mehrere Gäste gesichert: nennen Sie einen mit --guest</translation>
    </message>
    <message>
      <source>run %1 has no backup of %2</source>
      <translation>Lauf %1 hat keine Sicherung von %2</translation>
    </message>
    <message>
      <source>run %1 has no complete backup to verify</source>
      <translation>Lauf %1 hat keine vollständige Sicherung zum Prüfen</translation>
    </message>
    <message>
      <source>run %1 has no restorable backup</source>
      <translation>Lauf %1 hat keine wiederherstellbare Sicherung</translation>
    </message>
    <message>
      <source>run %1 of %2 started</source>
      <translation>Lauf %1 von %2 gestartet</translation>
    </message>
    <message>
      <source>run %1: %2 — %3</source>
      <translation>Lauf %1: %2 — %3</translation>
    </message>
    <message>
      <source>sendmail did not finish within 30 s</source>
      <translation>sendmail ist nicht innerhalb von 30 s fertig geworden</translation>
    </message>
    <message>
      <source>sendmail exited with %1%2</source>
      <translation>sendmail endete mit %1%2</translation>
    </message>
    <message>
      <source>serving metrics on http://%1:%2/metrics</source>
      <translation>Metriken unter http://%1:%2/metrics</translation>
    </message>
    <message>
      <source>several hosts have a guest named "%1" (%2): choose one with --host</source>
      <translation>mehrere Hosts haben einen Gast namens „%1“ (%2): wählen Sie einen mit --host</translation>
    </message>
    <message>
      <source>several hosts have a guest named "%1": name the source with --host</source>
      <translation>mehrere Hosts haben einen Gast namens „%1“: nennen Sie die Quelle mit --host</translation>
    </message>
    <message>
      <source>some hosts did not answer within the timeout; the plan uses what is known</source>
      <translation>einige Hosts haben nicht innerhalb des Zeitlimits geantwortet; der Plan nutzt, was bekannt ist</translation>
    </message>
    <message>
      <source>stays: %1 (%2)</source>
      <translation>bleibt: %1 (%2)</translation>
    </message>
    <message>
      <source>still running on %1: %2</source>
      <translation>läuft noch auf %1: %2</translation>
    </message>
    <message>
      <source>the target did not answer</source>
      <translation>das Ziel hat nicht geantwortet</translation>
    </message>
    <message>
      <source>there is no backup %1</source>
      <translation>es gibt keine Sicherung %1</translation>
    </message>
    <message>
      <source>there is no backup job %1</source>
      <translation>es gibt keinen Sicherungsauftrag %1</translation>
    </message>
    <message>
      <source>there is no backup run %1 (see vigilctl backup list)</source>
      <translation>es gibt keinen Sicherungslauf %1 (siehe vigilctl backup list)</translation>
    </message>
    <message>
      <source>there is no host named %1</source>
      <translation>es gibt keinen Host namens %1</translation>
    </message>
    <message>
      <source>unknown aggressiveness "%1": use conservative, moderate or aggressive</source>
      <translation>unbekannte Aggressivität „%1“: verwenden Sie conservative, moderate oder aggressive</translation>
    </message>
    <message>
      <source>unknown backup command: %1</source>
      <translation>unbekannter backup-Befehl: %1</translation>
    </message>
    <message>
      <source>unknown command: %1</source>
      <translation>unbekannter Befehl: %1</translation>
    </message>
    <message>
      <source>unknown command: %1 %2</source>
      <translation>unbekannter Befehl: %1 %2</translation>
    </message>
    <message>
      <source>unknown policy command: %1</source>
      <translation>unbekannter policy-Befehl: %1</translation>
    </message>
    <message>
      <source>unknown range "%1": use 1h, 24h, 7d or 30d</source>
      <translation>unbekannter Zeitraum „%1“: verwenden Sie 1h, 24h, 7d oder 30d</translation>
    </message>
    <message>
      <source>unknown report format "%1": use pdf, html, csv or json</source>
      <translation>unbekanntes Berichtsformat „%1“: verwenden Sie pdf, html, csv oder json</translation>
    </message>
    <message>
      <source>usage: vigilctl alert list [--all] [--json] | vigilctl alert ack KEY</source>
      <translation>Aufruf: vigilctl alert list [--all] [--json] | vigilctl alert ack SCHLÜSSEL</translation>
    </message>
    <message>
      <source>usage: vigilctl export pacemaker --out FILE [--definitions-dir DIR]</source>
      <translation>Aufruf: vigilctl export pacemaker --out DATEI [--definitions-dir VERZ]</translation>
    </message>
    <message>
      <source>usage: vigilctl guest start|shutdown|reboot|force-off|suspend|resume NAME [--host HOST]</source>
      <translation>Aufruf: vigilctl guest start|shutdown|reboot|force-off|suspend|resume NAME [--host HOST]</translation>
    </message>
    <message>
      <source>usage: vigilctl host maintenance enter|exit NAME [--failback]</source>
      <translation>Aufruf: vigilctl host maintenance enter|exit NAME [--failback]</translation>
    </message>
    <message>
      <source>usage: vigilctl migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MiB/s] [--dry-run] [--host SOURCE]</source>
      <translation>Aufruf: vigilctl migrate GAST --to HOST [--offline] [--copy-storage] [--bandwidth MiB/s] [--dry-run] [--host QUELLE]</translation>
    </message>
    <message>
      <source>usage: vigilctl policy %1 FILE|-</source>
      <translation>Aufruf: vigilctl policy %1 DATEI|-</translation>
    </message>
    <message>
      <source>usage: vigilctl policy delete NAME</source>
      <translation>Aufruf: vigilctl policy delete NAME</translation>
    </message>
    <message>
      <source>usage: vigilctl policy simulate --host NAME | --all-hosts</source>
      <translation>Aufruf: vigilctl policy simulate --host NAME | --all-hosts</translation>
    </message>
    <message>
      <source>vigilctl COMMAND --help lists the options of that command.</source>
      <translation>vigilctl BEFEHL --help listet die Optionen dieses Befehls auf.</translation>
    </message>
    <message>
      <source>vigilctl: host credentials not used: %1</source>
      <translation>vigilctl: Host-Zugangsdaten nicht verwendet: %1</translation>
    </message>
    <message>
      <source>webhook %1://%2</source>
      <translation>Webhook %1://%2</translation>
    </message>
    <message>
      <source>wrote %1 (%2 report, %3 host(s), range %4) in %5 ms</source>
      <translation>%1 geschrieben (%2-Bericht, %3 Host(s), Zeitraum %4) in %5 ms</translation>
    </message>
    <message numerus="yes">
      <source>wrote %1 and %n guest definition(s) in %2 (install them at %3 on every node)</source>
      <translation>
        <numerusform>%1 und %n Gastdefinition in %2 geschrieben (installieren Sie sie unter %3 auf jedem Knoten)</numerusform>
        <numerusform>%1 und %n Gastdefinitionen in %2 geschrieben (installieren Sie sie unter %3 auf jedem Knoten)</numerusform>
      </translation>
    </message>
  </context>
</TS>
