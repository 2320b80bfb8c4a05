<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>QObject</name>
    <message>
      <source>%1 (%2) is reached through a proxy or a HostKeyAlias: Vigil cannot read its key the way ssh checks it. Connect once with ssh after comparing its fingerprint.</source>
      <translation>%1（%2）通过代理或 HostKeyAlias 访问：Vigil 无法按 ssh 的检查方式读取其密钥。请在比对指纹后用 ssh 连接一次。</translation>
    </message>
    <message>
      <source>%1 (%2) offers these SSH host keys:</source>
      <translation>%1（%2）提供以下 SSH 主机密钥：</translation>
    </message>
    <message>
      <source>%1 is %2: %3</source>
      <translation>%1 为 %2：%3</translation>
    </message>
    <message>
      <source>%1 is not reached over ssh (%2): only ssh hosts have host keys to trust; TLS hosts are trusted through their CA certificate</source>
      <translation>%1 不是通过 ssh 连接的（%2）：只有 ssh 主机才有可信任的主机密钥；TLS 主机通过其 CA 证书获得信任</translation>
    </message>
    <message>
      <source>%1 offers this SSH host key: %2</source>
      <translation>%1 提供此 SSH 主机密钥：%2</translation>
    </message>
    <message>
      <source>%1's host key is trusted already (libvirt's known_hosts)</source>
      <translation>%1 的主机密钥已受信任（libvirt 的 known_hosts）</translation>
    </message>
    <message>
      <source>A rule named “%1” already exists.</source>
      <translation>已存在名为“%1”的规则。</translation>
    </message>
    <message>
      <source>Cannot create a temporary folder for the demo database: %1</source>
      <translation>无法为演示数据库创建临时文件夹：%1</translation>
    </message>
    <message>
      <source>Compare with the host's own (on the host: for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done), then trust it:</source>
      <translation>与主机自身的指纹比较（在主机上：for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done），然后信任它：</translation>
    </message>
    <message>
      <source>The event log could not be saved: %1</source>
      <translation>无法保存事件日志：%1</translation>
    </message>
    <message>
      <source>added host %1 (%2)</source>
      <translation>已添加主机 %1（%2）</translation>
    </message>
    <message>
      <source>cannot add host: %1</source>
      <translation>无法添加主机：%1</translation>
    </message>
    <message>
      <source>no host named "%1"</source>
      <translation>没有名为“%1”的主机</translation>
    </message>
    <message>
      <source>not trusted: %1</source>
      <translation>未信任：%1</translation>
    </message>
    <message>
      <source>removed host %1</source>
      <translation>已移除主机 %1</translation>
    </message>
    <message>
      <source>trusted %1 for %2 in %3; a running console or agent connects on its next attempt (within 10 minutes; Reconnect in the console at once)</source>
      <translation>已在 %3 中为 %2 信任 %1；运行中的控制台或代理将在下次尝试时连接（10 分钟内；在控制台中重新连接则立即连接）</translation>
    </message>
    <message>
      <source>trusted %1 for %2 in libvirt's known_hosts; a running console or agent connects on its next attempt (within 10 minutes; Reconnect in the console at once)</source>
      <translation>已在 libvirt 的 known_hosts 中为 %2 信任 %1；正在运行的控制台或代理会在下次尝试时连接（10 分钟内；在控制台中点“重新连接”则立即连接）</translation>
    </message>
    <message>
      <source>usage: vigilctl hosts add NAME URI [--group G] [--keepalive-interval S] [--keepalive-count N] [--lock-manager]</source>
      <translation>用法：vigilctl hosts add NAME URI [--group G] [--keepalive-interval S] [--keepalive-count N] [--lock-manager]</translation>
    </message>
    <message>
      <source>usage: vigilctl hosts remove NAME</source>
      <translation>用法：vigilctl hosts remove 名称</translation>
    </message>
    <message>
      <source>usage: vigilctl hosts trust NAME [--fingerprint SHA256:…]</source>
      <translation>用法：vigilctl hosts trust NAME [--fingerprint SHA256:…]</translation>
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
      <translation>无法完全删除 %1</translation>
    </message>
    <message>
      <source>%1 has %2 bytes; the manifest says %3</source>
      <translation>%1 有 %2 字节；清单记载为 %3</translation>
    </message>
    <message>
      <source>%1 is damaged: its SHA-256 is %2, the manifest says %3</source>
      <translation>%1 已损坏：其 SHA-256 为 %2，清单记载为 %3</translation>
    </message>
    <message>
      <source>%1 is missing</source>
      <translation>缺少 %1</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) match their SHA-256; disk images are clean</source>
      <translation>
        <numerusform>%n 个文件与其 SHA-256 一致；磁盘映像完好</numerusform>
      </translation>
    </message>
    <message>
      <source>an older copy at %1 cannot be replaced</source>
      <translation>无法替换 %1 中的旧副本</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>cannot create %1 (missing, read-only or no permission)</source>
      <translation>无法创建 %1（不存在、只读或无权限）</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <source>cannot rename %1 to %2</source>
      <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
      <source>cannot write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message>
      <source>qemu-img check of %1 failed: %2</source>
      <translation>%1 的 qemu-img check 失败：%2</translation>
    </message>
    <message>
      <source>the manifest %1 cannot be read: %2</source>
      <translation>无法读取清单 %1：%2</translation>
    </message>
    <message>
      <source>the manifest differs from the one recorded when the backup was taken</source>
      <translation>清单与备份时记录的不一致</translation>
    </message>
    <message>
      <source>the manifest is damaged: %1</source>
      <translation>清单已损坏：%1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Backup::BackupManager</name>
    <message numerus="yes">
      <source> (and the %n backup(s) it builds on)</source>
      <translation>
        <numerusform>（以及其所基于的 %n 个备份）</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 backup (job %2): %3 in %4 s, %5%6</source>
      <translation>%1备份（作业 %2）：%3，用时 %4 秒，%5%6</translation>
    </message>
    <message>
      <source>%1 has no storage pool named %2</source>
      <translation>%1 上没有名为 %2 的存储池</translation>
    </message>
    <message>
      <source>%1 misses the RPO of job %2 (%3 h): it has no good backup</source>
      <translation>%1 未达到作业 %2 的 RPO（%3 小时）：没有可用的备份</translation>
    </message>
    <message>
      <source>%1 misses the RPO of job %2 (%3 h): its newest good backup is %4 h old</source>
      <translation>%1 未达到作业 %2 的 RPO（%3 小时）：最新可用备份已有 %4 小时</translation>
    </message>
    <message>
      <source>%1 of %2 guests backed up, %3</source>
      <translation>已备份 %2 个虚拟机中的 %1 个，%3</translation>
    </message>
    <message>
      <source>; retention and mirror skipped (only a fully successful run prunes or mirrors)</source>
      <translation>；已跳过保留策略和镜像（只有完全成功的运行才会清理或镜像）</translation>
    </message>
    <message>
      <source>The old checkpoint %1 could not be deleted: %2.</source>
      <translation>无法删除旧检查点 %1：%2。</translation>
    </message>
    <message>
      <source>backup %1 is %2; only complete backups can be verified</source>
      <translation>备份 %1 状态为%2；只能校验完整的备份</translation>
    </message>
    <message>
      <source>backup %1 is being removed by retention</source>
      <translation>备份 %1 正在被保留策略删除</translation>
    </message>
    <message>
      <source>backup (job %1) %2: %3</source>
      <translation>备份（作业 %1）%2：%3</translation>
    </message>
    <message>
      <source>backup (job %1) failed: %2</source>
      <translation>备份（作业 %1）失败：%2</translation>
    </message>
    <message>
      <source>backup job %1 %2 (%3): %4</source>
      <translation>备份作业 %1 %2（%3）：%4</translation>
    </message>
    <message>
      <source>backup job %1 %2: %3</source>
      <translation>备份作业 %1 %2：%3</translation>
    </message>
    <message>
      <source>backup job %1 is running already</source>
      <translation>备份作业 %1 已在运行</translation>
    </message>
    <message>
      <source>backup job %1 is tried again at %2</source>
      <translation>备份作业 %1 将于 %2 重试</translation>
    </message>
    <message numerus="yes">
      <source>backup job %1 started (%2): %n guest(s)</source>
      <translation>
        <numerusform>备份作业 %1 已开始（%2）：%n 个虚拟机</numerusform>
      </translation>
    </message>
    <message>
      <source>backup job %1: %2</source>
      <translation>备份作业 %1：%2</translation>
    </message>
    <message numerus="yes">
      <source>backup job %1: retention keeps %n backup(s) that a restore or verify is reading; they go after a later run</source>
      <translation>
        <numerusform>备份作业 %1：保留策略暂留 %n 个正在被恢复或校验读取的备份；将在之后的运行中删除</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>backup job %1: retention pruned %n backup(s)</source>
      <translation>
        <numerusform>备份作业 %1：保留策略清理了 %n 个备份</numerusform>
      </translation>
    </message>
    <message>
      <source>backup of %1 failed verification: %2</source>
      <translation>%1 的备份未通过校验：%2</translation>
    </message>
    <message>
      <source>backup of %1 from %2 failed verification: %3</source>
      <translation>%1 于 %2 的备份未通过校验：%3</translation>
    </message>
    <message>
      <source>backup of %1 from %2 is not in the mirror</source>
      <translation>%1 于 %2 的备份不在镜像中</translation>
    </message>
    <message>
      <source>backup of run %1 interrupted: the Vigil process running it stopped; its partial files are removed</source>
      <translation>运行 %1 的备份已中断：执行它的 Vigil 进程已停止；其不完整的文件将被删除</translation>
    </message>
    <message>
      <source>cancelled before it started</source>
      <translation>在开始前已取消</translation>
    </message>
    <message>
      <source>cancelled: Vigil was closed during the run</source>
      <translation>已取消：运行期间 Vigil 被关闭</translation>
    </message>
    <message>
      <source>cannot reconcile interrupted backups: %1</source>
      <translation>无法清理被中断的备份：%1</translation>
    </message>
    <message>
      <source>full</source>
      <translation>完整</translation>
    </message>
    <message>
      <source>host %1 is unreachable</source>
      <translation>主机 %1 不可达</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>增量</translation>
    </message>
    <message>
      <source>interrupted: the Vigil process running it stopped</source>
      <translation>已中断：执行它的 Vigil 进程已停止</translation>
    </message>
    <message>
      <source>mirror of %1 failed: %2</source>
      <translation>%1 的镜像失败：%2</translation>
    </message>
    <message>
      <source>no connected host has a guest named %1</source>
      <translation>没有已连接的主机上有名为 %1 的虚拟机</translation>
    </message>
    <message>
      <source>no guest's backup could start (%1 of %2), first %3</source>
      <translation>没有客户机的备份能够开始（%2 个中的 %1 个），首个：%3</translation>
    </message>
    <message>
      <source>pool %1 on %2 is a %3 pool; backups need a directory-based pool (dir, fs or netfs)</source>
      <translation>%2 上的存储池 %1 是 %3 类型；备份需要基于目录的存储池（dir、fs 或 netfs）</translation>
    </message>
    <message>
      <source>pool %1 on %2 is not active</source>
      <translation>%2 上的存储池 %1 未激活</translation>
    </message>
    <message>
      <source>pruned by retention</source>
      <translation>已按保留策略清理</translation>
    </message>
    <message numerus="yes">
      <source>restore drill of %1 (job %2) is overdue: last drilled %3, due every %n day(s)</source>
      <translation>
        <numerusform>%1 的恢复演练（作业 %2）已逾期：上次演练于 %3，应每 %n 天一次</numerusform>
      </translation>
    </message>
    <message>
      <source>restore drill of %1 (job %2, %3) failed: %4</source>
      <translation>%1 的恢复演练（作业 %2，%3）失败：%4</translation>
    </message>
    <message>
      <source>restore drill of %1 waits: host %2 is not up</source>
      <translation>%1 的恢复演练等待中：主机 %2 未运行</translation>
    </message>
    <message>
      <source>restore drill of the backup of %1: %2</source>
      <translation>%1 的备份的恢复演练：%2</translation>
    </message>
    <message>
      <source>restore of %1 from the backup of %2: %3</source>
      <translation>从 %2 的备份还原 %1：%3</translation>
    </message>
    <message>
      <source>restore test of the backup of %1: %2</source>
      <translation>%1 的备份还原测试：%2</translation>
    </message>
    <message>
      <source>scheduled backup job %1 was skipped: %2</source>
      <translation>计划的备份作业 %1 已跳过：%2</translation>
    </message>
    <message>
      <source>the backup it builds on (backup %1 of %2) is damaged: %3</source>
      <translation>其所基于的备份（%2 的备份 %1）已损坏：%3</translation>
    </message>
    <message>
      <source>the job selects no guest that Vigil knows</source>
      <translation>该作业未选中 Vigil 已知的任何虚拟机</translation>
    </message>
    <message>
      <source>the pool's host %1 is not connected, so its pool %2 is not known</source>
      <translation>存储池所在主机 %1 未连接，因此无法得知其存储池 %2</translation>
    </message>
    <message>
      <source>the target host is not known</source>
      <translation>目标主机未知</translation>
    </message>
    <message>
      <source>there is no backup %1</source>
      <translation>不存在备份 %1</translation>
    </message>
    <message>
      <source>there is no backup job %1</source>
      <translation>不存在备份作业 %1</translation>
    </message>
    <message>
      <source>there is no host named %1 for the target pool</source>
      <translation>没有名为 %1 的主机来提供目标存储池</translation>
    </message>
    <message>
      <source>verification failed: %1</source>
      <translation>校验失败：%1</translation>
    </message>
    <message>
      <source>verify of backup %1: %2</source>
      <translation>校验备份 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupExecutor</name>
    <message>
      <source> (%1 is reached over TLS, so its disks are exported over TLS: its QEMU needs ca-cert.pem, server-cert.pem and server-key.pem in qemu.conf's backup_tls_x509_cert_dir)</source>
      <translation>（%1 通过 TLS 连接，因此其磁盘也通过 TLS 导出：其 QEMU 需要在 qemu.conf 的 backup_tls_x509_cert_dir 中放置 ca-cert.pem、server-cert.pem 和 server-key.pem）</translation>
    </message>
    <message>
      <source> (the target directory must exist under the same path on %1: local for a local host, else a shared mount; or let the job pull the backup over the network)</source>
      <translation>（目标目录必须在 %1 上以相同路径存在：本地主机用本地目录，否则用共享挂载；或让作业通过网络拉取备份）</translation>
    </message>
    <message>
      <source>%1 exists already; nothing was overwritten</source>
      <translation>%1 已存在；未覆盖任何内容</translation>
    </message>
    <message>
      <source>%1 is reached over TLS, but this machine's TLS file %2 cannot be used for its NBD export</source>
      <translation>%1 通过 TLS 连接，但本机的 TLS 文件 %2 无法用于其 NBD 导出</translation>
    </message>
    <message>
      <source>%1 is reached through an ssh proxy, so its disks cannot be read over NBD from here; back it up in push mode to a target the host shares</source>
      <translation>%1 通过 ssh 代理访问，因此无法从此处通过 NBD 读取其磁盘；请以推送模式备份到该主机共享的目标</translation>
    </message>
    <message>
      <source>; it could not be deleted: %1</source>
      <translation>；无法删除它：%1</translation>
    </message>
    <message>
      <source>Crash-consistent: quiescing is off for this job. </source>
      <translation>崩溃一致：此作业未启用静默。</translation>
    </message>
    <message>
      <source>Crash-consistent: the guest agent did not freeze the filesystems (%1). </source>
      <translation>崩溃一致：虚拟机代理未冻结文件系统（%1）。</translation>
    </message>
    <message>
      <source>Full backup: checkpoint %1 cannot be used (%2); its bitmap was lost when the guest's QEMU was restarted, as after a host crash%3. </source>
      <translation>完整备份：检查点 %1 无法使用（%2）；虚拟机的 QEMU 重新启动时（如主机崩溃后）其位图已丢失%3。</translation>
    </message>
    <message>
      <source>Full backup: incremental backups need qcow2 disks. </source>
      <translation>完整备份：增量备份需要 qcow2 磁盘。</translation>
    </message>
    <message>
      <source>Full backup: no earlier backup to build on. </source>
      <translation>完整备份：没有可作为基础的早期备份。</translation>
    </message>
    <message>
      <source>Full backup: the guest no longer has checkpoint %1 (the chain is broken: the guest was re-created, moved, or the checkpoint deleted). </source>
      <translation>完整备份：虚拟机已没有检查点 %1（链已断开：虚拟机被重新创建、迁移，或检查点被删除）。</translation>
    </message>
    <message>
      <source>Full copy: the guest is shut off (incremental backups need it running). </source>
      <translation>完整复制：虚拟机已关机（增量备份需要其运行中）。</translation>
    </message>
    <message>
      <source>Not backed up: %1. </source>
      <translation>未备份：%1。</translation>
    </message>
    <message>
      <source>Pulled over NBD from %1: %2 read. </source>
      <translation>已通过 NBD 从 %1 拉取：读取 %2。</translation>
    </message>
    <message>
      <source>Pulled over NBD with TLS from %1: %2 read. </source>
      <translation>已通过 NBD（TLS）从 %1 拉取：读取 %2。</translation>
    </message>
    <message>
      <source>Pushed: %1 is reached through an ssh proxy, so its disks cannot be read over NBD from here. </source>
      <translation>已推送：%1 通过 ssh 代理访问，因此无法从此处通过 NBD 读取其磁盘。</translation>
    </message>
    <message>
      <source>The console password (if any) is not in this backup: the connection may not read it. </source>
      <translation>此备份不含控制台密码（如有）：该连接无权读取它。</translation>
    </message>
    <message>
      <source>The host's NBD export was still open 30 s after Vigil ended it; the next run stops it. </source>
      <translation>Vigil 结束后 30 秒主机的 NBD 导出仍然打开；下一次运行会停止它。</translation>
    </message>
    <message>
      <source>cancelled; nothing was kept</source>
      <translation>已取消；未保留任何内容</translation>
    </message>
    <message>
      <source>cancelled; the guest keeps running and nothing was kept</source>
      <translation>已取消；虚拟机继续运行，未保留任何内容</translation>
    </message>
    <message>
      <source>cannot checksum the backup: %1</source>
      <translation>无法计算备份的校验和：%1</translation>
    </message>
    <message>
      <source>cannot connect to %1: %2</source>
      <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
      <source>cannot create %1 (missing, read-only or no permission)</source>
      <translation>无法创建 %1（不存在、只读或无权限）</translation>
    </message>
    <message>
      <source>cannot link %1 to its chain: %2</source>
      <translation>无法将 %1 链接到其备份链：%2</translation>
    </message>
    <message>
      <source>cannot read the guest's definition: %1</source>
      <translation>无法读取虚拟机定义：%1</translation>
    </message>
    <message>
      <source>cannot rename %1 to %2</source>
      <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
      <source>cannot write the guest's definition: %1</source>
      <translation>无法写入虚拟机定义：%1</translation>
    </message>
    <message>
      <source>cannot write the manifest: %1</source>
      <translation>无法写入清单：%1</translation>
    </message>
    <message>
      <source>copying %1 failed: %2</source>
      <translation>复制 %1 失败：%2</translation>
    </message>
    <message>
      <source>libvirt refused the backup: %1</source>
      <translation>libvirt 拒绝了备份：%1</translation>
    </message>
    <message>
      <source>reading %1 from %2 over NBD failed: %3</source>
      <translation>通过 NBD 从 %2 读取 %1 失败：%3</translation>
    </message>
    <message>
      <source>the address of %1 (%2) cannot be resolved for its NBD export</source>
      <translation>无法为 %1 的 NBD 导出解析其地址（%2）</translation>
    </message>
    <message>
      <source>the backup job failed</source>
      <translation>备份任务失败</translation>
    </message>
    <message>
      <source>the backup job failed: %1</source>
      <translation>备份任务失败：%1</translation>
    </message>
    <message>
      <source>the backup job was cancelled</source>
      <translation>备份任务已取消</translation>
    </message>
    <message>
      <source>the disk %1 (%2) is not reachable from this machine; shut-off guests are copied by path, so the host's storage must be local or shared</source>
      <translation>从本机无法访问磁盘 %1（%2）；已关机的虚拟机按路径复制，因此主机的存储必须是本地或共享的</translation>
    </message>
    <message>
      <source>the guest has no disk to back up%1</source>
      <translation>虚拟机没有可备份的磁盘%1</translation>
    </message>
    <message>
      <source>the guest is no longer on %1: %2</source>
      <translation>虚拟机已不在 %1 上：%2</translation>
    </message>
    <message>
      <source>the result of the backup job cannot be read: %1</source>
      <translation>无法读取备份任务的结果：%1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupJob</name>
    <message>
      <source>"%1" is not a valid wildcard pattern (an unclosed "["?)</source>
      <translation>“%1”不是有效的通配符模式（“[”未闭合？）</translation>
    </message>
    <message>
      <source>"Every N hours" needs N between 1 and 744.</source>
      <translation>“每 N 小时”要求 N 介于 1 和 744 之间。</translation>
    </message>
    <message>
      <source>"Full backup every N runs" cannot be negative.</source>
      <translation>“每 N 次运行一次完整备份”不能为负数。</translation>
    </message>
    <message>
      <source>A pool target is written by the pool's host (push); pulled backups go to a directory of the machine running Vigil.</source>
      <translation>存储池目标由该池的主机写入（推送）；拉取的备份写入运行 Vigil 的机器上的目录。</translation>
    </message>
    <message>
      <source>A target pool needs both its host and its name.</source>
      <translation>目标存储池需要同时指定主机和名称。</translation>
    </message>
    <message>
      <source>A weekly schedule needs at least one day.</source>
      <translation>每周计划至少需要一天。</translation>
    </message>
    <message>
      <source>Concurrency must be between 1 and 16 guests.</source>
      <translation>并发数必须介于 1 到 16 个虚拟机之间。</translation>
    </message>
    <message>
      <source>Re-verification must be every 1 to 366 days, or never (0).</source>
      <translation>重新校验间隔必须为 1 到 366 天，或从不（0）。</translation>
    </message>
    <message>
      <source>Retention counts cannot be negative.</source>
      <translation>保留数量不能为负数。</translation>
    </message>
    <message>
      <source>The RPO must be 1 to 8784 hours, or none (0).</source>
      <translation>RPO 必须为 1 到 8784 小时，或无（0）。</translation>
    </message>
    <message>
      <source>The bandwidth limit cannot be negative.</source>
      <translation>带宽限制不能为负数。</translation>
    </message>
    <message>
      <source>The job has both a target directory and a target pool; choose one.</source>
      <translation>作业同时指定了目标目录和目标存储池；请选择其一。</translation>
    </message>
    <message>
      <source>The job has no name.</source>
      <translation>作业没有名称。</translation>
    </message>
    <message>
      <source>The job has no target directory.</source>
      <translation>作业没有目标目录。</translation>
    </message>
    <message>
      <source>The job selects no guests: name guests, a name pattern or a failover policy.</source>
      <translation>作业未选择任何虚拟机：请指定虚拟机、名称模式或故障转移策略。</translation>
    </message>
    <message>
      <source>The mirror directory is the target directory; a mirror must be another place.</source>
      <translation>镜像目录与目标目录相同；镜像必须位于其他位置。</translation>
    </message>
    <message>
      <source>The mirror directory must be an absolute path.</source>
      <translation>镜像目录必须是绝对路径。</translation>
    </message>
    <message>
      <source>The schedule has no valid time of day.</source>
      <translation>计划没有有效的时间。</translation>
    </message>
    <message>
      <source>The target directory must be an absolute path.</source>
      <translation>目标目录必须是绝对路径。</translation>
    </message>
    <message>
      <source>Weekdays are 1 (Monday) to 7 (Sunday); %1 is not one.</source>
      <translation>星期取值为 1（星期一）到 7（星期日）；%1 不在其中。</translation>
    </message>
    <message>
      <source>daily at %1</source>
      <translation>每天 %1</translation>
    </message>
    <message>
      <source>every %1 hours</source>
      <translation>每 %1 小时</translation>
    </message>
    <message>
      <source>every hour</source>
      <translation>每小时</translation>
    </message>
    <message>
      <source>keep all</source>
      <translation>全部保留</translation>
    </message>
    <message>
      <source>last %1, daily %2, weekly %3, monthly %4</source>
      <translation>最近 %1 个，每日 %2 个，每周 %3 个，每月 %4 个</translation>
    </message>
    <message>
      <source>manual only</source>
      <translation>仅手动</translation>
    </message>
    <message>
      <source>must be a day from 1 (Monday) to 7 (Sunday)</source>
      <translation>必须是 1（星期一）到 7（星期日）之间的一天</translation>
    </message>
    <message>
      <source>must be a number of days from 1 to 366, or 0 (never)</source>
      <translation>必须是 1 到 366 之间的天数，或 0（从不）</translation>
    </message>
    <message>
      <source>must be a number of days from 1 to 366, or 0 (no drills)</source>
      <translation>必须是 1 到 366 之间的天数，或 0（不演练）</translation>
    </message>
    <message>
      <source>must be a number of hours from 1 to 8784, or 0 (no objective)</source>
      <translation>必须是 1 到 8784 之间的小时数，或 0（无目标）</translation>
    </message>
    <message>
      <source>must be a time of day as HH:mm, such as 01:30</source>
      <translation>必须是 HH:mm 格式的时间，例如 01:30</translation>
    </message>
    <message>
      <source>pool %1 on %2</source>
      <translation>%2 上的存储池 %1</translation>
    </message>
    <message>
      <source>unknown backup mode "%1" (full or incremental)</source>
      <translation>未知的备份模式“%1”（full 或 incremental）</translation>
    </message>
    <message>
      <source>unknown job format "%1" (this version reads vigil-backup-job/1)</source>
      <translation>未知的任务格式“%1”（此版本读取 vigil-backup-job/1）</translation>
    </message>
    <message>
      <source>unknown schedule kind "%1" (manual, every-hours, daily or weekly)</source>
      <translation>未知的计划类型“%1”（manual、every-hours、daily 或 weekly）</translation>
    </message>
    <message>
      <source>unknown transfer "%1" (auto, push or pull)</source>
      <translation>未知的传输方式“%1”（auto、push 或 pull）</translation>
    </message>
    <message>
      <source>weekly on %1 at %2</source>
      <translation>每周 %1 的 %2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupLeftovers</name>
    <message>
      <source>%1 (and as metadata only: %2)</source>
      <translation>%1（仅删除元数据时：%2）</translation>
    </message>
    <message>
      <source>Could not delete checkpoint %1: %2.</source>
      <translation>无法删除检查点 %1：%2。</translation>
    </message>
    <message>
      <source>Deleted checkpoint %1, which no kept backup builds on.</source>
      <translation>已删除检查点 %1，没有保留的备份基于它。</translation>
    </message>
    <message>
      <source>NBD export of run %1</source>
      <translation>运行 %1 的 NBD 导出</translation>
    </message>
    <message>
      <source>Stopped the backup job an interrupted run had left running (%1).</source>
      <translation>已停止中断的运行遗留的备份作业（%1）。</translation>
    </message>
    <message>
      <source>another backup job is running on the guest (writing %1); it is left alone</source>
      <translation>虚拟机上正在运行另一个备份任务（写入 %1）；不予干预</translation>
    </message>
    <message>
      <source>the backup job an interrupted run left running did not stop within 60 s</source>
      <translation>中断的运行遗留的备份任务未在 60 秒内停止</translation>
    </message>
    <message>
      <source>to an unknown target</source>
      <translation>到未知目标</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupManifest</name>
    <message>
      <source>SHA-256 is not available from OpenSSL</source>
      <translation>OpenSSL 不提供 SHA-256</translation>
    </message>
    <message>
      <source>application-consistent</source>
      <translation>应用一致</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <source>consistent (guest shut off)</source>
      <translation>一致（虚拟机已关机）</translation>
    </message>
    <message>
      <source>crash-consistent</source>
      <translation>崩溃一致</translation>
    </message>
    <message>
      <source>the manifest is not valid JSON: %1</source>
      <translation>清单不是有效的 JSON：%1</translation>
    </message>
    <message>
      <source>the manifest names a disk "%1" (file "%2") that is not a plain name</source>
      <translation>清单中的磁盘“%1”（文件“%2”）不是简单名称</translation>
    </message>
    <message>
      <source>the manifest names a file outside its directory: "%1"</source>
      <translation>清单列出了其目录之外的文件：“%1”</translation>
    </message>
    <message>
      <source>the manifest names no guest or no files</source>
      <translation>清单未列出虚拟机或文件</translation>
    </message>
    <message>
      <source>the manifest's guest name is not valid: %1</source>
      <translation>清单中的虚拟机名称无效：%1</translation>
    </message>
    <message>
      <source>unknown manifest format "%1"</source>
      <translation>未知的清单格式“%1”</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupRecord</name>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>complete</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>已中断</translation>
    </message>
    <message>
      <source>partly failed</source>
      <translation>部分失败</translation>
    </message>
    <message>
      <source>pruned</source>
      <translation>已清理</translation>
    </message>
    <message>
      <source>running</source>
      <translation>运行中</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>已跳过</translation>
    </message>
    <message>
      <source>succeeded</source>
      <translation>成功</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupStatus</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>met</source>
      <translation>达成</translation>
    </message>
    <message>
      <source>missed</source>
      <translation>未达成</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
  </context>
  <context>
    <name>Vigil::BackupStore</name>
    <message>
      <source> and failed verification</source>
      <translation>，且未通过校验</translation>
    </message>
    <message>
      <source>A backup job named "%1" exists already.</source>
      <translation>已存在名为“%1”的备份作业。</translation>
    </message>
    <message>
      <source>The backup job no longer exists.</source>
      <translation>该备份作业已不存在。</translation>
    </message>
    <message>
      <source>backup %1 of %2 (%3) cannot be restored: it is %4%5</source>
      <translation>无法还原 %2 的备份 %1（%3）：其状态为%4%5</translation>
    </message>
    <message>
      <source>backup %1 of the chain is missing from the database</source>
      <translation>数据库中缺少链中的备份 %1</translation>
    </message>
    <message>
      <source>backup job %1 in the database is invalid: %2</source>
      <translation>数据库中的备份作业 %1 无效：%2</translation>
    </message>
    <message>
      <source>the backup chain loops</source>
      <translation>备份链存在循环</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Balance</name>
    <message>
      <source>%1 load %2 → %3, %4 load %5 → %6</source>
      <translation>%1 负载 %2 → %3，%4 负载 %5 → %6</translation>
    </message>
    <message>
      <source>No guest CPU history: balancing on memory only.</source>
      <translation>没有虚拟机 CPU 历史：仅按内存均衡。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Cli::Notifier</name>
    <message>
      <source>notification to %1 failed: %2</source>
      <translation>通知 %1 失败：%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::ClusterManager</name>
    <message>
      <source>%1 runs on %2 (the same guest: UUID %3); starting this copy would run it twice</source>
      <translation>%1 正在 %2 上运行（同一虚拟机：UUID %3）；启动此副本会使其运行两份</translation>
    </message>
    <message>
      <source>%1 was running on %2 when that host last answered; until %2 is fenced or its copy is gone, starting this one could run the guest twice</source>
      <translation>%2 最后一次响应时 %1 正在其上运行；在 %2 被隔离（fence）或其副本被移除之前，启动此副本可能使虚拟机运行两份</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>no answer within %1 s while connecting (the host or its libvirtd may hang)</source>
      <translation>连接时 %1 秒内无响应（主机或其 libvirtd 可能已挂起）</translation>
    </message>
    <message>
      <source>the host was removed</source>
      <translation>主机已被移除</translation>
    </message>
  </context>
  <context>
    <name>Vigil::CredentialsFile</name>
    <message>
      <source>%1 belongs to another user (uid %2); it must be this user's own: chown %3 %1</source>
      <translation>%1 属于其他用户（uid %2）；它必须属于当前用户：chown %3 %1</translation>
    </message>
    <message>
      <source>%1 can be read or changed by other users (mode %2): chmod 600 %1. Vigil reads no password from it until then</source>
      <translation>%1 可被其他用户读取或修改（权限 %2）：chmod 600 %1。在此之前 Vigil 不会从中读取密码</translation>
    </message>
    <message>
      <source>%1 does not exist</source>
      <translation>%1 不存在</translation>
    </message>
    <message>
      <source>%1 is a symbolic link; name the file itself</source>
      <translation>%1 是符号链接；请指定文件本身</translation>
    </message>
    <message>
      <source>%1 is larger than %2 KiB: not a credentials file</source>
      <translation>%1 大于 %2 KiB：不是凭据文件</translation>
    </message>
    <message>
      <source>%1 is not a regular file</source>
      <translation>%1 不是普通文件</translation>
    </message>
    <message>
      <source>%1, line %2: a second "%3" line in this section</source>
      <translation>%1，第 %2 行：此节中出现第二个“%3”行</translation>
    </message>
    <message>
      <source>%1, line %2: a second section for the same URI (the first is at line %3)</source>
      <translation>%1，第 %2 行：同一 URI 的第二个节（第一个在第 %3 行）</translation>
    </message>
    <message>
      <source>%1, line %2: a section header ends with "]"</source>
      <translation>%1，第 %2 行：节标题应以“]”结尾</translation>
    </message>
    <message>
      <source>%1, line %2: a section needs a host URI: [qemu+tcp://…]</source>
      <translation>%1，第 %2 行：节需要一个主机 URI：[qemu+tcp://…]</translation>
    </message>
    <message>
      <source>%1, line %2: expected "user = …" or "password = …"</source>
      <translation>%1，第 %2 行：应为“user = …”或“password = …”</translation>
    </message>
    <message>
      <source>%1, line %2: expected a [URI] section first</source>
      <translation>%1，第 %2 行：应先有一个 [URI] 节</translation>
    </message>
    <message>
      <source>cannot read %1</source>
      <translation>无法读取 %1</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Database</name>
    <message>
      <source>%1 is a database of another application (tables: %2). Vigil leaves it untouched; give --db a new file or Vigil's own database.</source>
      <translation>%1 是其他应用程序的数据库（表：%2）。Vigil 不会改动它；请为 --db 指定一个新文件或 Vigil 自己的数据库。</translation>
    </message>
    <message>
      <source>Cannot connect to the PostgreSQL database %1: %2</source>
      <translation>无法连接到 PostgreSQL 数据库 %1：%2</translation>
    </message>
    <message>
      <source>Cannot create the database %1: %2</source>
      <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
      <source>Cannot create the folder %1 for the database.</source>
      <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
      <source>Cannot lock the database %1 for its upgrade: %2</source>
      <translation>无法锁定数据库 %1 以进行升级：%2</translation>
    </message>
    <message>
      <source>Creating the database %1 failed: %2</source>
      <translation>创建数据库 %1 失败：%2</translation>
    </message>
    <message>
      <source>Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
      <translation>缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
      <source>The PostgreSQL address %1 is not valid; expected postgresql://user@host:port/dbname.</source>
      <translation>PostgreSQL 地址 %1 无效；应为 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
      <source>The PostgreSQL address contains a password. Put it in ~/.pgpass (or the file PGPASSFILE names), readable only by you; it never belongs on a command line.</source>
      <translation>PostgreSQL 地址包含密码。请将其放入 ~/.pgpass（或 PGPASSFILE 指定的文件），仅限您本人可读；密码绝不应出现在命令行中。</translation>
    </message>
    <message>
      <source>The database %1 cannot be read by this user (permission denied). (%2)</source>
      <translation>此用户无法读取数据库 %1（权限被拒绝）。（%2）</translation>
    </message>
    <message>
      <source>The database %1 cannot be read: %2. It may be damaged or not a Vigil database; it has been left untouched. Move it aside (or restore a backup) and start again.</source>
      <translation>无法读取数据库 %1：%2。它可能已损坏或不是 Vigil 数据库；未做任何改动。请将其移走（或从备份恢复）后重新启动。</translation>
    </message>
    <message>
      <source>The database %1 is locked by another program (another Vigil console or vigilctl?). Close it or use --db with another file. (%2)</source>
      <translation>数据库 %1 被其他程序锁定（另一个 Vigil 控制台或 vigilctl？）。请关闭它，或使用 --db 指定其他文件。（%2）</translation>
    </message>
    <message>
      <source>The database %1 is read-only for this user. Run Vigil as its owner or make it writable. (%2)</source>
      <translation>数据库 %1 对此用户是只读的。请以其所有者身份运行 Vigil，或使其可写。（%2）</translation>
    </message>
    <message>
      <source>The database %1 was written by a newer version of Vigil (schema %2; this version understands up to %3). It has been left untouched: upgrade Vigil or use another file with --db.</source>
      <translation>数据库 %1 由更新版本的 Vigil 写入（架构 %2；此版本最高支持 %3）。未做任何改动：请升级 Vigil 或使用 --db 指定其他文件。</translation>
    </message>
    <message>
      <source>The disk holding %1 is full (%2). Free some space and start again; the database was not changed.</source>
      <translation>存放 %1 的磁盘已满（%2）。请释放空间后重新启动；数据库未被更改。</translation>
    </message>
    <message>
      <source>The folder %1 is read-only: SQLite must create %2-wal and %2-shm beside the database. Make the folder writable or use --db with a file elsewhere. (%3)</source>
      <translation>文件夹 %1 是只读的：SQLite 必须在数据库旁创建 %2-wal 和 %2-shm。请使该文件夹可写，或为 --db 指定其他位置的文件。（%3）</translation>
    </message>
    <message>
      <source>Upgrading the database %1 from schema %2 to %3 failed: %4. It was rolled back and is still at schema %2, as this version found it.</source>
      <translation>将数据库 %1 从架构 %2 升级到 %3 失败：%4。升级已回滚，数据库仍处于架构 %2，与此版本打开时相同。</translation>
    </message>
    <message>
      <source>the schema_version table is empty</source>
      <translation>schema_version 表为空</translation>
    </message>
  </context>
  <context>
    <name>Vigil::DomainAction</name>
    <message>
      <source>force off</source>
      <translation>强制关机</translation>
    </message>
    <message>
      <source>reboot</source>
      <translation>重启</translation>
    </message>
    <message>
      <source>resume</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>shut down</source>
      <translation>关机</translation>
    </message>
    <message>
      <source>start</source>
      <translation>启动</translation>
    </message>
    <message>
      <source>suspend</source>
      <translation>暂停</translation>
    </message>
  </context>
  <context>
    <name>Vigil::DomainRewrite</name>
    <message>
      <source>%1 disks are not backed up (only file and block disks)</source>
      <translation>不备份 %1 类型的磁盘（仅文件和块设备磁盘）</translation>
    </message>
    <message>
      <source>no source</source>
      <translation>无来源</translation>
    </message>
    <message>
      <source>read-only disk</source>
      <translation>只读磁盘</translation>
    </message>
    <message>
      <source>removable media (%1)</source>
      <translation>可移动介质（%1）</translation>
    </message>
    <message>
      <source>shareable disk (belongs to more than one guest)</source>
      <translation>共享磁盘（属于多个虚拟机）</translation>
    </message>
    <message>
      <source>the saved definition is not valid XML: %1</source>
      <translation>保存的定义不是有效的 XML：%1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::GuestName</name>
    <message>
      <source>The guest name "%1" contains "/".</source>
      <translation>虚拟机名称“%1”包含“/”。</translation>
    </message>
    <message>
      <source>The guest name contains control characters.</source>
      <translation>虚拟机名称包含控制字符。</translation>
    </message>
    <message>
      <source>The guest name is longer than 200 characters.</source>
      <translation>虚拟机名称超过 200 个字符。</translation>
    </message>
    <message>
      <source>The guest needs a name.</source>
      <translation>虚拟机需要一个名称。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::FailoverEngine</name>
    <message>
      <source>already running on %1</source>
      <translation>已在 %1 上运行</translation>
    </message>
    <message>
      <source>answered again before failover</source>
      <translation>故障转移前已恢复应答</translation>
    </message>
    <message>
      <source>back after failover</source>
      <translation>故障转移后已恢复</translation>
    </message>
    <message>
      <source>cannot be restarted: %1</source>
      <translation>无法重新启动：%1</translation>
    </message>
    <message>
      <source>cannot write the failover journal (%1): not restarted</source>
      <translation>无法写入故障转移日志（%1）：未重新启动</translation>
    </message>
    <message>
      <source>cannot write the failover journal: %1</source>
      <translation>无法写入故障转移日志：%1</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>failover done</source>
      <translation>故障转移完成</translation>
    </message>
    <message>
      <source>failover engine active (%1)</source>
      <translation>故障转移引擎处于活动状态（%1）</translation>
    </message>
    <message>
      <source>failover engine passive: %1 holds the lease</source>
      <translation>故障转移引擎处于被动状态：租约由 %1 持有</translation>
    </message>
    <message>
      <source>failover finished: %1 restarted, %2 not</source>
      <translation>故障转移结束：%1 个已重新启动，%2 个未启动</translation>
    </message>
    <message>
      <source>fenced</source>
      <translation>已隔离</translation>
    </message>
    <message>
      <source>fencing</source>
      <translation>正在隔离</translation>
    </message>
    <message>
      <source>fencing: %1</source>
      <translation>隔离：%1</translation>
    </message>
    <message>
      <source>handed to the failover of %1, which was lost while the guest was starting there</source>
      <translation>已移交给 %1 的故障转移（虚拟机在其上启动时该主机失联）</translation>
    </message>
    <message>
      <source>host answered again; no failover</source>
      <translation>主机已恢复应答；不进行故障转移</translation>
    </message>
    <message>
      <source>host failed; failover is left to the active engine (%1)</source>
      <translation>主机故障；故障转移由活动引擎处理（%1）</translation>
    </message>
    <message>
      <source>host failed; no protected guest was running there</source>
      <translation>主机故障；其上没有运行受保护的虚拟机</translation>
    </message>
    <message>
      <source>host in maintenance is unreachable: no failover</source>
      <translation>维护中的主机不可达：不进行故障转移</translation>
    </message>
    <message>
      <source>host is back after a failover; its restarted guests stay where they are</source>
      <translation>主机在故障转移后恢复；已重新启动的虚拟机保持原位</translation>
    </message>
    <message>
      <source>in maintenance</source>
      <translation>维护中</translation>
    </message>
    <message>
      <source>not restarted: already restarted %1 time(s) in the last %2 min (limit %3)</source>
      <translation>未重新启动：最近 %2 分钟内已重新启动 %1 次（上限 %3）</translation>
    </message>
    <message>
      <source>not restarted: no fence action for %1 and the policy requires fencing</source>
      <translation>未重新启动：%1 没有隔离操作，而策略要求隔离</translation>
    </message>
    <message>
      <source>not restarted: the host is not fenced (%1) and the policy requires fencing</source>
      <translation>未重新启动：主机未被隔离（%1），而策略要求隔离</translation>
    </message>
    <message>
      <source>recovered</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <source>restart without fencing (allowed by policy %1)</source>
      <translation>不隔离直接重新启动（策略 %1 允许）</translation>
    </message>
    <message>
      <source>restarting guests</source>
      <translation>正在重新启动虚拟机</translation>
    </message>
    <message>
      <source>resuming an interrupted failover (journal entry %1, was %2)</source>
      <translation>正在继续被中断的故障转移（日志条目 %1，原为 %2）</translation>
    </message>
    <message>
      <source>suspect</source>
      <translation>可疑</translation>
    </message>
    <message>
      <source>the failover policies could not be re-read; deciding with those last read</source>
      <translation>无法重新读取故障转移策略；按上次读取的策略决策</translation>
    </message>
    <message>
      <source>the fence action is no longer configured</source>
      <translation>隔离操作已不再配置</translation>
    </message>
    <message>
      <source>up</source>
      <translation>在线</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::FailoverJournal</name>
    <message>
      <source>RTO %1 s from the last contact (%2)</source>
      <translation>从最后一次联系起 RTO %1 秒（%2）</translation>
    </message>
    <message>
      <source>detect %1 s</source>
      <translation>检测 %1 秒</translation>
    </message>
    <message>
      <source>fence %1 s</source>
      <translation>隔离 %1 秒</translation>
    </message>
    <message>
      <source>start %1 s</source>
      <translation>启动 %1 秒</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::FenceSelfTest</name>
    <message>
      <source>the fence action of %1 is not tested on schedule: it has no action argument (--action, -o) that could be switched to "status"</source>
      <translation>%1 的隔离操作不会按计划测试：它没有可切换为“status”的操作参数（--action、-o）</translation>
    </message>
    <message>
      <source>the fence device of %1 answers (status check)</source>
      <translation>%1 的隔离设备有应答（状态检查）</translation>
    </message>
    <message>
      <source>the fence device of %1 does not answer its status check: %2</source>
      <translation>%1 的隔离设备未通过状态检查：%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::Fencer</name>
    <message>
      <source>fence confirmed</source>
      <translation>隔离已确认</translation>
    </message>
    <message>
      <source>fence confirmed: %1</source>
      <translation>隔离已确认：%1</translation>
    </message>
    <message>
      <source>no fence command configured</source>
      <translation>未配置隔离命令</translation>
    </message>
    <message>
      <source>the fence command could not be started: %1</source>
      <translation>无法启动隔离命令：%1</translation>
    </message>
    <message>
      <source>the fence command crashed</source>
      <translation>隔离命令崩溃</translation>
    </message>
    <message>
      <source>the fence command did not finish within %1 s</source>
      <translation>隔离命令未在 %1 秒内结束</translation>
    </message>
    <message>
      <source>the fence command failed (exit %1)%2</source>
      <translation>隔离命令失败（退出码 %1）%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::Planner</name>
    <message>
      <source>%1 has %2 free, %3 needed</source>
      <translation>%1 可用 %2，需要 %3</translation>
    </message>
    <message>
      <source>%1 has another guest named %2</source>
      <translation>%1 上有另一个名为 %2 的虚拟机</translation>
    </message>
    <message>
      <source>%1 is forbidden by the policy</source>
      <translation>%1 被策略禁止</translation>
    </message>
    <message>
      <source>%1 is in maintenance</source>
      <translation>%1 正在维护</translation>
    </message>
    <message>
      <source>%1 is not among the allowed hosts</source>
      <translation>%1 不在允许的主机之列</translation>
    </message>
    <message>
      <source>%1 is not up</source>
      <translation>%1 不在线</translation>
    </message>
    <message>
      <source>%1 runs %2, which must be kept apart from %3</source>
      <translation>%1 运行着 %2，它必须与 %3 分开</translation>
    </message>
    <message>
      <source>%1 would exceed %2 vCPUs (%3 CPUs × %4 overcommit)</source>
      <translation>%1 将超过 %2 个 vCPU（%3 个 CPU × %4 超配）</translation>
    </message>
    <message numerus="yes">
      <source>%n protected guest(s) run on hosts without a disk lock manager (%1): if a fence reports success without powering the host off, nothing stops a second copy. Run virtlockd or sanlock there and tick it in the host's settings.</source>
      <translation>
        <numerusform>%n 个受保护的虚拟机运行在没有磁盘锁管理器的主机上（%1）：如果隔离报告成功却未关闭主机电源，没有任何机制能阻止第二个副本。请在那里运行 virtlockd 或 sanlock，并在主机设置中勾选。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Every protected guest can be placed if any one host dies now (%n restart(s) planned).</source>
      <translation>
        <numerusform>如果现在任何一台主机故障，所有受保护的虚拟机都能安置（计划重新启动 %n 个）。</numerusform>
      </translation>
    </message>
    <message>
      <source>No failover policy is enabled: no guest is protected, and nothing would be restarted if a host died.</source>
      <translation>未启用任何故障转移策略：没有虚拟机受保护，主机故障时不会重启任何虚拟机。</translation>
    </message>
    <message>
      <source>No protected guest is running: the enabled policies match no running guest, so nothing would be restarted if a host died.</source>
      <translation>没有正在运行的受保护虚拟机：已启用的策略未匹配任何运行中的虚拟机，因此主机故障时不会重启任何虚拟机。</translation>
    </message>
    <message numerus="yes">
      <source>Not HA-ready: %n protected guest placement(s) would fail if their host died now.</source>
      <translation>
        <numerusform>未达到高可用就绪：若其主机此刻故障，%n 个受保护虚拟机的放置将失败。</numerusform>
      </translation>
    </message>
    <message>
      <source>disk %1 is not in a storage pool of %2, so no other host is known to reach it</source>
      <translation>磁盘 %1 不在 %2 的任何存储池中，因此不知道其他主机能否访问</translation>
    </message>
    <message>
      <source>disk %1 is on %2's local pool "%3" (%4), which other hosts cannot reach (if it is an NFS or cluster filesystem mounted on every host, list it among the policy's shared pools)</source>
      <translation>磁盘 %1 位于 %2 的本地存储池“%3”（%4），其他主机无法访问（如果它是每台主机都挂载的 NFS 或集群文件系统，请将其列入策略的共享存储池）</translation>
    </message>
    <message>
      <source>it already runs on %1</source>
      <translation>已在 %1 上运行</translation>
    </message>
    <message>
      <source>keeps it with its affinity group</source>
      <translation>与其亲和组保持在一起</translation>
    </message>
    <message>
      <source>most free memory</source>
      <translation>空闲内存最多</translation>
    </message>
    <message>
      <source>network %1 is not active on %2</source>
      <translation>网络 %1 在 %2 上未激活</translation>
    </message>
    <message>
      <source>no fence action for %1 and restart without fencing is off</source>
      <translation>%1 没有隔离操作，且未启用不隔离重启</translation>
    </message>
    <message>
      <source>no host can take it: %1</source>
      <translation>没有主机能接收它：%1</translation>
    </message>
    <message>
      <source>no other host</source>
      <translation>没有其他主机</translation>
    </message>
    <message>
      <source>preferred host</source>
      <translation>首选主机</translation>
    </message>
    <message>
      <source>storage pool %1 (%2) is not active on %3</source>
      <translation>存储池 %1（%2）在 %3 上未激活</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::RestartQueue</name>
    <message>
      <source>%1 answered again without running it</source>
      <translation>%1 已再次响应，但未运行该虚拟机</translation>
    </message>
    <message>
      <source>%1; still after %2 s</source>
      <translation>%1；%2 秒后仍然如此</translation>
    </message>
    <message>
      <source>already running on %1; not started again</source>
      <translation>已在 %1 上运行；未再次启动</translation>
    </message>
    <message>
      <source>cannot write the failover journal: %1</source>
      <translation>无法写入故障转移日志：%1</translation>
    </message>
    <message>
      <source>fencing of %1 did not work: %2 could not start on %3 because its disks are still in use (%4); it probably still runs on %1. No further guest of this failover is started: check the fence device, power %1 off by hand, then start the guests</source>
      <translation>%1 的隔离没有生效：%2 无法在 %3 上启动，因为其磁盘仍被占用（%4）；它可能仍在 %1 上运行。本次故障转移不再启动其他虚拟机：请检查隔离设备，手动关闭 %1 的电源，然后启动虚拟机</translation>
    </message>
    <message>
      <source>not started on %1: its disks are still in use (%2). The fenced host's disk lease may not have expired yet: retrying for up to %3 s before calling the fence ineffective; no other guest of this failover starts meanwhile</source>
      <translation>未在 %1 上启动：其磁盘仍在使用中（%2）。被隔离主机的磁盘租约可能尚未过期：在判定隔离无效之前最多重试 %3 秒；在此期间本次故障转移的其他虚拟机不会启动</translation>
    </message>
    <message>
      <source>not started on %1: its disks are still in use (%2); fencing of %3 did not work</source>
      <translation>未在 %1 上启动：其磁盘仍被占用（%2）；%3 的隔离没有生效</translation>
    </message>
    <message>
      <source>not started: fencing of %1 did not work (%2's disks are still in use)</source>
      <translation>未启动：%1 的隔离没有生效（%2 的磁盘仍被占用）</translation>
    </message>
    <message>
      <source>restart on %1 failed: %2 (tried on %3 hosts; giving up)</source>
      <translation>在 %1 上重启失败：%2（已在 %3 台主机上尝试；放弃）</translation>
    </message>
    <message>
      <source>restart on %1 failed: %2; no other host can take it: %3</source>
      <translation>在 %1 上重启失败：%2；没有其他主机可以接收：%3</translation>
    </message>
    <message>
      <source>restart on %1 failed: %2; trying %3 instead (%4)</source>
      <translation>在 %1 上重启失败：%2；改为尝试 %3（%4）</translation>
    </message>
    <message>
      <source>restarted on %1: %2</source>
      <translation>已在 %1 上重新启动：%2</translation>
    </message>
    <message>
      <source>restarted without its console password, if it had one: the connection to its host could not read it, or this engine took the failover over from another process (passwords are kept in memory only); set it again with virsh</source>
      <translation>已在没有控制台密码（如有）的情况下重启：到其主机的连接无权读取密码，或本引擎从另一进程接管了故障转移（密码只保存在内存中）；请用 virsh 重新设置</translation>
    </message>
    <message>
      <source>runs on %1 (the start went through before the connection broke): %2</source>
      <translation>在 %1 上运行（启动在连接中断前已完成）：%2</translation>
    </message>
    <message>
      <source>runs on %1 again, which was reported fenced while the guest's disks stayed in use: fencing of %1 did not work; not started again</source>
      <translation>再次在 %1 上运行，该主机曾被报告为已隔离，但虚拟机的磁盘仍在使用中：%1 的隔离未生效；不再重复启动</translation>
    </message>
    <message>
      <source>the connection to %1 broke while the guest was starting there (%2): whether it runs there is unknown, so it is not started elsewhere until %1 answers again or is fenced</source>
      <translation>虚拟机在 %1 上启动时连接中断（%2）：无法确定它是否在那里运行，因此在 %1 再次响应或被隔离之前不会在其他地方启动</translation>
    </message>
    <message>
      <source>the guest is no longer protected</source>
      <translation>该虚拟机已不再受保护</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ha::StaleCopyRetirer</name>
    <message>
      <source>a failover restarted this guest on %1; removing its stale definition here so that nothing can start it twice</source>
      <translation>故障转移已在 %1 上重新启动此虚拟机；正在删除此处的过时定义，以免它被启动两次</translation>
    </message>
    <message>
      <source>stale definition removed (%1)</source>
      <translation>已删除过时定义（%1）</translation>
    </message>
    <message>
      <source>the stale definition could not be removed: %1</source>
      <translation>无法删除过时定义：%1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Health</name>
    <message>
      <source> for %1 h</source>
      <translation> 持续 %1 小时</translation>
    </message>
    <message>
      <source> for %1 min</source>
      <translation> 持续 %1 分钟</translation>
    </message>
    <message>
      <source> for %1 s</source>
      <translation> 持续 %1 秒</translation>
    </message>
    <message>
      <source>Backup failed, skipped or damaged</source>
      <translation>备份失败、跳过或损坏</translation>
    </message>
    <message>
      <source>CPU load</source>
      <translation>CPU 负载</translation>
    </message>
    <message>
      <source>CPU load %1 %</source>
      <translation>CPU 负载 %1 %</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>严重</translation>
    </message>
    <message>
      <source>Fence device not answering</source>
      <translation>隔离设备无应答</translation>
    </message>
    <message>
      <source>Fencing did not work</source>
      <translation>隔离没有生效</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Guest CPU saturated</source>
      <translation>虚拟机 CPU 饱和</translation>
    </message>
    <message>
      <source>Guest crashed</source>
      <translation>虚拟机崩溃</translation>
    </message>
    <message>
      <source>Guest paused by an error</source>
      <translation>虚拟机因错误暂停</translation>
    </message>
    <message>
      <source>Guest running on two hosts</source>
      <translation>虚拟机在两台主机上运行</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Host CPU high</source>
      <translation>主机 CPU 过高</translation>
    </message>
    <message>
      <source>Host memory exhausted</source>
      <translation>主机内存耗尽</translation>
    </message>
    <message>
      <source>Host unreachable</source>
      <translation>主机不可达</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>信息</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Network inactive</source>
      <translation>网络未激活</translation>
    </message>
    <message>
      <source>Protected guest left down</source>
      <translation>受保护虚拟机未恢复运行</translation>
    </message>
    <message>
      <source>Statistics history not saved</source>
      <translation>统计历史未保存</translation>
    </message>
    <message>
      <source>Storage pool</source>
      <translation>存储池</translation>
    </message>
    <message>
      <source>Storage pool almost full</source>
      <translation>存储池即将满</translation>
    </message>
    <message>
      <source>Storage pool inactive</source>
      <translation>存储池未激活</translation>
    </message>
    <message>
      <source>The duration must be between 0 s and 7 days.</source>
      <translation>持续时间必须介于 0 秒和 7 天之间。</translation>
    </message>
    <message>
      <source>The rule needs a name.</source>
      <translation>规则需要名称。</translation>
    </message>
    <message>
      <source>The threshold of a percentage must be between 0 and 100.</source>
      <translation>百分比阈值必须介于 0 和 100 之间。</translation>
    </message>
    <message>
      <source>Vigil</source>
      <translation>Vigil</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <source>a backup failed verification or its mirror</source>
      <translation>某个备份未通过校验或镜像失败</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>正在连接</translation>
    </message>
    <message>
      <source>crashed</source>
      <translation>已崩溃</translation>
    </message>
    <message>
      <source>fence device fails its status check</source>
      <translation>隔离设备未通过状态检查</translation>
    </message>
    <message>
      <source>guest %1 crashed</source>
      <translation>虚拟机 %1 已崩溃</translation>
    </message>
    <message>
      <source>guest %1 is paused: %2</source>
      <translation>虚拟机 %1 已暂停：%2</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>未激活</translation>
    </message>
    <message>
      <source>memory %1 % used</source>
      <translation>内存已用 %1 %</translation>
    </message>
    <message>
      <source>memory used</source>
      <translation>已用内存</translation>
    </message>
    <message>
      <source>network %1 is inactive</source>
      <translation>网络 %1 未激活</translation>
    </message>
    <message>
      <source>not restarted after its host failed</source>
      <translation>其主机故障后未被重启</translation>
    </message>
    <message>
      <source>not restarted: its host's fencing did not work</source>
      <translation>未重新启动：其主机的隔离没有生效</translation>
    </message>
    <message>
      <source>paused by an error</source>
      <translation>因错误暂停</translation>
    </message>
    <message>
      <source>running on two hosts</source>
      <translation>在两台主机上运行</translation>
    </message>
    <message>
      <source>space used</source>
      <translation>已用空间</translation>
    </message>
    <message>
      <source>statistics history cannot be saved</source>
      <translation>无法保存统计历史</translation>
    </message>
    <message>
      <source>storage pool %1 is %2 % full</source>
      <translation>存储池 %1 已用 %2 %</translation>
    </message>
    <message>
      <source>storage pool %1 is inactive</source>
      <translation>存储池 %1 未激活</translation>
    </message>
    <message>
      <source>unreachable</source>
      <translation>不可达</translation>
    </message>
    <message>
      <source>unreachable: %1</source>
      <translation>不可达：%1</translation>
    </message>
    <message>
      <source>“%1” is not a condition of a %2 rule.</source>
      <translation>“%1”不是 %2 规则的条件。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Health::AlertEngine</name>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>%1: %2 %3 %4 (threshold %5 %4)</source>
      <translation>%1：%2 %3 %4（阈值 %5 %4）</translation>
    </message>
    <message>
      <source>%1: %2 (%3)</source>
      <translation>%1：%2（%3）</translation>
    </message>
    <message>
      <source>Vigil</source>
      <translation>Vigil</translation>
    </message>
    <message>
      <source>alert acknowledged: %1 — %2</source>
      <translation>告警已确认：%1 — %2</translation>
    </message>
    <message>
      <source>alert cleared: %1 — %2</source>
      <translation>告警已清除：%1 — %2</translation>
    </message>
    <message>
      <source>alert cleared: %1 — %2 (%3)</source>
      <translation>告警已清除：%1 — %2（%3）</translation>
    </message>
    <message>
      <source>alert raised (%1): %2 — %3</source>
      <translation>告警触发（%1）：%2 — %3</translation>
    </message>
    <message>
      <source>it no longer exists</source>
      <translation>已不存在</translation>
    </message>
    <message>
      <source>its rule was disabled or removed</source>
      <translation>其规则已被禁用或删除</translation>
    </message>
    <message>
      <source>the host was removed from Vigil</source>
      <translation>主机已从 Vigil 中移除</translation>
    </message>
  </context>
  <context>
    <name>Vigil::HostProbe</name>
    <message>
      <source>Connected to %1: %2 CPUs, %3 MiB memory, %4 guests (%5)</source>
      <translation>已连接到 %1：%2 个 CPU，%3 MiB 内存，%4 个虚拟机（%5）</translation>
    </message>
  </context>
  <context>
    <name>Vigil::HostRepository</name>
    <message>
      <source>A host named "%1" already exists.</source>
      <translation>已存在名为“%1”的主机。</translation>
    </message>
    <message>
      <source>Removing the host failed: %1</source>
      <translation>移除主机失败：%1</translation>
    </message>
    <message>
      <source>Saving the host failed: %1</source>
      <translation>保存主机失败：%1</translation>
    </message>
    <message>
      <source>The URI %1 is already used by the host "%2".</source>
      <translation>URI %1 已被主机“%2”使用。</translation>
    </message>
    <message>
      <source>The host name contains control characters.</source>
      <translation>主机名称包含控制字符。</translation>
    </message>
    <message>
      <source>The host name is longer than 128 characters.</source>
      <translation>主机名称超过 128 个字符。</translation>
    </message>
    <message>
      <source>The host name must not start with "-" (it would read as an option in commands and fence actions).</source>
      <translation>主机名称不能以“-”开头（否则在命令和隔离操作中会被当作选项）。</translation>
    </message>
    <message>
      <source>The host needs a name.</source>
      <translation>主机需要名称。</translation>
    </message>
    <message>
      <source>The host no longer exists.</source>
      <translation>该主机已不存在。</translation>
    </message>
    <message>
      <source>The keepalive count must be between 1 and 100.</source>
      <translation>保活次数必须介于 1 和 100 之间。</translation>
    </message>
    <message>
      <source>The keepalive interval must be between 1 and 300 seconds.</source>
      <translation>保活间隔必须介于 1 和 300 秒之间。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::HostState</name>
    <message>
      <source>connecting</source>
      <translation>正在连接</translation>
    </message>
    <message>
      <source>unreachable</source>
      <translation>不可达</translation>
    </message>
    <message>
      <source>up</source>
      <translation>在线</translation>
    </message>
  </context>
  <context>
    <name>Vigil::HostUri</name>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Expected "://" after the scheme.</source>
      <translation>协议名后应为“://”。</translation>
    </message>
    <message>
      <source>The %1 driver needs the path /system or /session, not "%2".</source>
      <translation>%1 驱动需要路径 /system 或 /session，而不是“%2”。</translation>
    </message>
    <message>
      <source>The URI contains a password. Vigil never stores passwords: use SSH keys, TLS certificates or SASL credentials configured for libvirt.</source>
      <translation>URI 包含密码。Vigil 从不保存密码：请使用 SSH 密钥、TLS 证书或为 libvirt 配置的 SASL 凭据。</translation>
    </message>
    <message>
      <source>The URI has no scheme; expected e.g. qemu+ssh://host/system.</source>
      <translation>URI 缺少协议名；例如应为 qemu+ssh://host/system。</translation>
    </message>
    <message>
      <source>The URI is empty.</source>
      <translation>URI 为空。</translation>
    </message>
    <message>
      <source>The URI is malformed: %1</source>
      <translation>URI 格式错误：%1</translation>
    </message>
    <message>
      <source>The URI must not contain spaces.</source>
      <translation>URI 不能包含空格。</translation>
    </message>
    <message>
      <source>The URI parameter "%1" makes libvirt run a program and is not accepted.</source>
      <translation>URI 参数“%1”会让 libvirt 运行程序，因此不被接受。</translation>
    </message>
    <message>
      <source>The ext transport runs a local command and is not accepted; use ssh, tls or tcp.</source>
      <translation>ext 传输方式会运行本地命令，因此不被接受；请使用 ssh、tls 或 tcp。</translation>
    </message>
    <message>
      <source>The port must be between 1 and 65535.</source>
      <translation>端口必须介于 1 和 65535 之间。</translation>
    </message>
    <message>
      <source>The scheme "%1" has more than one transport.</source>
      <translation>协议名“%1”包含多个传输方式。</translation>
    </message>
    <message>
      <source>The test driver needs /default or the absolute path of a node file, e.g. test:///default.</source>
      <translation>测试驱动需要 /default 或节点文件的绝对路径，例如 test:///default。</translation>
    </message>
    <message>
      <source>The transport "%1" needs a host name, e.g. %2+%1://server/...</source>
      <translation>传输方式“%1”需要主机名，例如 %2+%1://server/...</translation>
    </message>
    <message>
      <source>Unknown hypervisor driver "%1" (known: %2).</source>
      <translation>未知的虚拟化驱动“%1”（已知：%2）。</translation>
    </message>
    <message>
      <source>Unknown transport "%1" (known: %2).</source>
      <translation>未知的传输方式“%1”（已知：%2）。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::JsonReader</name>
    <message>
      <source>$: must be a JSON object</source>
      <translation>$：必须是 JSON 对象</translation>
    </message>
    <message>
      <source>$: not valid JSON at offset %1: %2</source>
      <translation>$：偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
      <source>%1: given twice</source>
      <translation>%1：重复给出</translation>
    </message>
    <message>
      <source>is required</source>
      <translation>为必填项</translation>
    </message>
    <message>
      <source>must be a number from %1 to %2</source>
      <translation>必须是 %1 到 %2 之间的数字</translation>
    </message>
    <message>
      <source>must be a string</source>
      <translation>必须是字符串</translation>
    </message>
    <message>
      <source>must be an array</source>
      <translation>必须是数组</translation>
    </message>
    <message>
      <source>must be an integer from %1 to %2</source>
      <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>必须是对象</translation>
    </message>
    <message>
      <source>must be true or false (not in quotes)</source>
      <translation>必须是 true 或 false（不加引号）</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>不能为空</translation>
    </message>
    <message>
      <source>must not begin or end with spaces</source>
      <translation>不能以空格开头或结尾</translation>
    </message>
    <message>
      <source>must not contain control characters</source>
      <translation>不能包含控制字符</translation>
    </message>
    <message>
      <source>unknown field</source>
      <translation>未知字段</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Maintenance</name>
    <message>
      <source>%1 free on %2, the most among the hosts that pass the checks</source>
      <translation>%2 上空闲 %1，在通过检查的主机中最多</translation>
    </message>
    <message>
      <source>%1 is %2</source>
      <translation>%1 为 %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>%1: it would run next to a guest a failover policy keeps apart from %2</source>
      <translation>%1：它会与某个故障转移策略要求与 %2 分开的虚拟机运行在一起</translation>
    </message>
    <message>
      <source>in maintenance</source>
      <translation>维护中</translation>
    </message>
    <message>
      <source>no other host</source>
      <translation>没有其他主机</translation>
    </message>
    <message>
      <source>not up</source>
      <translation>不在线</translation>
    </message>
    <message>
      <source>shut off: stays defined on %1</source>
      <translation>已关机：仍定义在 %1 上</translation>
    </message>
  </context>
  <context>
    <name>Vigil::MetricWriter</name>
    <message numerus="yes">
      <source> (%n queued sample(s) dropped so far)</source>
      <translation>
        <numerusform>（迄今已丢弃 %n 个排队的样本）</numerusform>
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
      <translation>磁盘读取</translation>
    </message>
    <message>
      <source>Disk read IOPS</source>
      <translation>磁盘读取 IOPS</translation>
    </message>
    <message>
      <source>Disk write</source>
      <translation>磁盘写入</translation>
    </message>
    <message>
      <source>Disk write IOPS</source>
      <translation>磁盘写入 IOPS</translation>
    </message>
    <message>
      <source>Memory total</source>
      <translation>内存总量</translation>
    </message>
    <message>
      <source>Memory used</source>
      <translation>已用内存</translation>
    </message>
    <message>
      <source>Network received</source>
      <translation>网络接收</translation>
    </message>
    <message>
      <source>Network sent</source>
      <translation>网络发送</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migration</name>
    <message>
      <source> — choose a storage copy (non-shared migration)</source>
      <translation> — 请选择复制存储（非共享存储迁移）</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 already has a definition of this guest; it will be replaced</source>
      <translation>%1 上已有此虚拟机的定义；将被替换</translation>
    </message>
    <message>
      <source>%1 already has another guest named %2</source>
      <translation>%1 上已有另一个名为 %2 的虚拟机</translation>
    </message>
    <message>
      <source>%1 free on %2, %3 needed</source>
      <translation>%2 上空闲 %1，需要 %3</translation>
    </message>
    <message>
      <source>%1 has %2 free, the guest needs %3</source>
      <translation>%1 空闲 %2，虚拟机需要 %3</translation>
    </message>
    <message>
      <source>%1 is in maintenance</source>
      <translation>%1 正在维护</translation>
    </message>
    <message>
      <source>%1 is not reachable</source>
      <translation>%1 不可达</translation>
    </message>
    <message>
      <source>%1 is up</source>
      <translation>%1 在线</translation>
    </message>
    <message>
      <source>%1 of %2 left</source>
      <translation>剩余 %1 / 共 %2</translation>
    </message>
    <message>
      <source>%1 runs %2, which a failover policy keeps apart from %3</source>
      <translation>%1 运行着 %2，故障转移策略要求它与 %3 分开</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 到 %2</translation>
    </message>
    <message>
      <source>%1 would run %2 vCPUs on %3 CPUs</source>
      <translation>%1 将在 %3 个 CPU 上运行 %2 个 vCPU</translation>
    </message>
    <message>
      <source>%1/s</source>
      <translation>%1/秒</translation>
    </message>
    <message>
      <source>Affinity</source>
      <translation>亲和性</translation>
    </message>
    <message>
      <source>Architecture</source>
      <translation>架构</translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>ETA %1 s</source>
      <translation>预计还需 %1 秒</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Hypervisor</source>
      <translation>虚拟化管理程序</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>内存</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Snapshots</source>
      <translation>快照</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>存储</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>could not be checked</source>
      <translation>无法检查</translation>
    </message>
    <message>
      <source>every disk is on storage %1 can reach</source>
      <translation>所有磁盘都位于 %1 可访问的存储上</translation>
    </message>
    <message>
      <source>every network is active on %1</source>
      <translation>所有网络在 %1 上均已激活</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>未通过</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>host-passthrough: safe only between hosts with identical CPUs (%1 reports %2)</source>
      <translation>host-passthrough：仅在 CPU 完全相同的主机之间安全（%1 报告 %2）</translation>
    </message>
    <message>
      <source>libvirt's test driver cannot migrate guests</source>
      <translation>libvirt 的测试驱动无法迁移虚拟机</translation>
    </message>
    <message>
      <source>libvirt's test driver cannot migrate guests: cold relocation instead (shut down, define on %1, start there)</source>
      <translation>libvirt 的测试驱动无法迁移虚拟机：改为冷迁移（关机，在 %1 上定义，在那里启动）</translation>
    </message>
    <message>
      <source>no failover policy rule is broken</source>
      <translation>未违反任何故障转移策略规则</translation>
    </message>
    <message>
      <source>no guest of that name or UUID on %1</source>
      <translation>%1 上没有此名称或 UUID 的虚拟机</translation>
    </message>
    <message>
      <source>no progress reported yet</source>
      <translation>尚未报告进度</translation>
    </message>
    <message>
      <source>no snapshots</source>
      <translation>没有快照</translation>
    </message>
    <message>
      <source>not active on %1: %2</source>
      <translation>在 %1 上未激活：%2</translation>
    </message>
    <message>
      <source>pass</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>queued</source>
      <translation>排队中</translation>
    </message>
    <message>
      <source>running</source>
      <translation>运行中</translation>
    </message>
    <message>
      <source>the architecture is not reported</source>
      <translation>未报告架构</translation>
    </message>
    <message numerus="yes">
      <source>the guest has %n snapshot(s); libvirt refuses to migrate it</source>
      <translation>
        <numerusform>虚拟机有 %n 个快照；libvirt 拒绝迁移它</numerusform>
      </translation>
    </message>
    <message>
      <source>the guest has no disk</source>
      <translation>虚拟机没有磁盘</translation>
    </message>
    <message>
      <source>the guest has no network interface</source>
      <translation>虚拟机没有网络接口</translation>
    </message>
    <message>
      <source>the guest is %1, %2 is %3</source>
      <translation>虚拟机为 %1，%2 为 %3</translation>
    </message>
    <message>
      <source>the guest is not known on the source host</source>
      <translation>源主机上不知道此虚拟机</translation>
    </message>
    <message>
      <source>the source driver does not report snapshots</source>
      <translation>源驱动不报告快照</translation>
    </message>
    <message>
      <source>the target host is not configured</source>
      <translation>目标主机未配置</translation>
    </message>
    <message>
      <source>the target is the guest's own host</source>
      <translation>目标就是虚拟机当前所在的主机</translation>
    </message>
    <message>
      <source>the test driver reports a fixed host architecture</source>
      <translation>测试驱动报告固定的主机架构</translation>
    </message>
    <message>
      <source>vCPUs</source>
      <translation>vCPUs</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>警告</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migration::MaintenanceCoordinator</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>%1 (the move to %2 failed: %3)</source>
      <translation>%1（迁移到 %2 失败：%3）</translation>
    </message>
    <message>
      <source>%1 (the move to %2 was cancelled: %3)</source>
      <translation>%1（迁移到 %2 已取消：%3）</translation>
    </message>
    <message>
      <source>cannot record %1 for failback: %2</source>
      <translation>无法为回迁记录 %1：%2</translation>
    </message>
    <message>
      <source>entering maintenance: %1 guest(s) to move, %2 staying</source>
      <translation>进入维护：需迁移 %1 个虚拟机，%2 个保留</translation>
    </message>
    <message>
      <source>failback of %1 skipped: %2</source>
      <translation>跳过 %1 的回迁：%2</translation>
    </message>
    <message>
      <source>in maintenance (no guest had to move)</source>
      <translation>维护中（无需迁移任何虚拟机）</translation>
    </message>
    <message numerus="yes">
      <source>in maintenance: %n guest(s) moved, none left running here</source>
      <translation>
        <numerusform>维护中：已迁移 %n 个客户机，此处已无运行中的客户机</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in maintenance: %n guest(s) moved; still running here: %1</source>
      <translation>
        <numerusform>维护中：已迁移 %n 个客户机；仍在此处运行：%1</numerusform>
      </translation>
    </message>
    <message>
      <source>left maintenance</source>
      <translation>已退出维护</translation>
    </message>
    <message>
      <source>the host is no longer configured</source>
      <translation>该主机已不再配置</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migration::MigrationManager</name>
    <message>
      <source> — and it could not be started again on %1: %2</source>
      <translation> — 且无法在 %1 上重新启动：%2</translation>
    </message>
    <message>
      <source> — started again on %1</source>
      <translation> — 已在 %1 上重新启动</translation>
    </message>
    <message>
      <source>%1 is no longer on %2</source>
      <translation>%1 已不在 %2 上</translation>
    </message>
    <message>
      <source>%1 to %2: %3</source>
      <translation>%1 到 %2：%3</translation>
    </message>
    <message>
      <source>%1 was lost</source>
      <translation>%1 已失联</translation>
    </message>
    <message>
      <source>(%1 s)</source>
      <translation>（%1 秒）</translation>
    </message>
    <message>
      <source>(%1 s, downtime %2 ms)</source>
      <translation>（%1 秒，停机 %2 毫秒）</translation>
    </message>
    <message>
      <source>cancelled before it started</source>
      <translation>在开始前已取消</translation>
    </message>
    <message>
      <source>cancelled; %1 is started again on %2</source>
      <translation>已取消；%1 在 %2 上重新启动</translation>
    </message>
    <message>
      <source>cold relocation</source>
      <translation>冷迁移</translation>
    </message>
    <message>
      <source>could not shut %1 down: %2</source>
      <translation>无法关闭 %1：%2</translation>
    </message>
    <message>
      <source>defined on %1 but it did not start: %2</source>
      <translation>已在 %1 上定义，但未能启动：%2</translation>
    </message>
    <message>
      <source>defined on %1 but still defined on %2: %3</source>
      <translation>已在 %1 上定义，但仍定义在 %2 上：%3</translation>
    </message>
    <message>
      <source>live migration</source>
      <translation>在线迁移</translation>
    </message>
    <message>
      <source>offline migration</source>
      <translation>离线迁移</translation>
    </message>
    <message>
      <source>relocated to %1 (cold: it was shut off)</source>
      <translation>已迁至 %1（冷迁移：原已关机）</translation>
    </message>
    <message>
      <source>relocated to %1 (cold: shut down, defined there, started)</source>
      <translation>已迁至 %1（冷迁移：关机、在目标定义并启动）</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Migrator</name>
    <message>
      <source>%1 is no longer on %2</source>
      <translation>%1 已不在 %2 上</translation>
    </message>
    <message>
      <source>%1 is not running: move it offline instead</source>
      <translation>%1 未运行：请改用离线迁移</translation>
    </message>
    <message>
      <source>%1's driver (libvirt's test driver) cannot migrate guests</source>
      <translation>%1 的驱动（libvirt 测试驱动）无法迁移虚拟机</translation>
    </message>
    <message>
      <source>cancelled; %1 keeps running on %2</source>
      <translation>已取消；%1 继续在 %2 上运行</translation>
    </message>
    <message>
      <source>cannot connect to %1: %2</source>
      <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
      <source>lost contact with %1 during the move (%2); where %3 runs is known once %1 answers again</source>
      <translation>迁移期间与 %1 失去联系（%2）；%1 再次响应后才能确定 %3 在哪里运行</translation>
    </message>
    <message>
      <source>moved to %1 in %2 s</source>
      <translation>已在 %2 秒内迁移到 %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::AlertTableModel</name>
    <message>
      <source>Alert</source>
      <translation>告警</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>触发时间</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重性</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>acknowledged by %1</source>
      <translation>已由 %1 确认</translation>
    </message>
    <message>
      <source>cleared %1</source>
      <translation>已于 %1 清除</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未解决</translation>
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
      <translation>%1 % · 剩余 %2 秒</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 秒</translation>
    </message>
    <message>
      <source>Consistency</source>
      <translation>一致性</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>用时</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Mirror</source>
      <translation>镜像</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>已校验</translation>
    </message>
    <message>
      <source>full</source>
      <translation>完整</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>增量</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>starting…</source>
      <translation>正在启动…</translation>
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
失败：%2</translation>
    </message>
    <message>
      <source>%1
Missed by: %2</source>
      <translation>%1
未达标：%2</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 (disabled)</source>
      <translation>%1（已禁用）</translation>
    </message>
    <message>
      <source>%1 (mirror %2)</source>
      <translation>%1（镜像 %2）</translation>
    </message>
    <message>
      <source>%1 h: %2 of %3 missed</source>
      <translation>%1 小时：%3 个中 %2 个未达标</translation>
    </message>
    <message>
      <source>%1 h: all %2 met</source>
      <translation>%1 小时：全部 %2 个达标</translation>
    </message>
    <message>
      <source>%1 h: no backup yet</source>
      <translation>%1 小时：尚无备份</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>作业</translation>
    </message>
    <message>
      <source>Last run</source>
      <translation>上次运行</translation>
    </message>
    <message>
      <source>Next run</source>
      <translation>下次运行</translation>
    </message>
    <message>
      <source>RPO</source>
      <translation>RPO</translation>
    </message>
    <message>
      <source>Restore drills</source>
      <translation>恢复演练</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>保留策略</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>every %1 d: %2 of %3 failed</source>
      <translation>每 %1 天：%3 个中 %2 个失败</translation>
    </message>
    <message>
      <source>every %1 d: %2 passed</source>
      <translation>每 %1 天：%2 个通过</translation>
    </message>
    <message>
      <source>every %1 d: none yet</source>
      <translation>每 %1 天：尚未演练</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <source>policy %1</source>
      <translation>策略 %1</translation>
    </message>
    <message>
      <source>running…</source>
      <translation>运行中…</translation>
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
      <translation>%1 秒</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>用时</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Trigger</source>
      <translation>触发方式</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>手动</translation>
    </message>
    <message>
      <source>scheduled</source>
      <translation>计划</translation>
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
      <translation>%1（最后已知）</translation>
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1 天 %2 小时</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <source>%1 of at most %2</source>
      <translation>%1，最多 %2</translation>
    </message>
    <message>
      <source>Already running when Vigil connected; libvirt does not report the start time.</source>
      <translation>Vigil 连接时已在运行；libvirt 不报告启动时间。</translation>
    </message>
    <message>
      <source>HA</source>
      <translation>HA</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Last known state: the host %1 is %2 (%3)</source>
      <translation>最后已知状态：主机 %1 为 %2（%3）</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>内存</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>No enabled failover policy covers this guest.</source>
      <translation>没有启用的故障转移策略保护此虚拟机。</translation>
    </message>
    <message>
      <source>Restarted by policy %1 at priority %2 (1 = first) if %3 fails</source>
      <translation>%3 故障时由策略 %1 以优先级 %2（1 = 最先）重新启动</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Time since Vigil saw the guest start. libvirt does not report start times, so guests already running when Vigil connected show no uptime.</source>
      <translation>自 Vigil 看到虚拟机启动以来的时间。libvirt 不报告启动时间，因此 Vigil 连接时已在运行的虚拟机不显示运行时间。</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>运行时间</translation>
    </message>
    <message>
      <source>Whether a failover policy restarts this guest when its host fails.</source>
      <translation>主机故障时是否有故障转移策略重新启动此虚拟机。</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>vCPUs</source>
      <translation>vCPUs</translation>
    </message>
    <message>
      <source>yes (P%1)</source>
      <translation>是（P%1）</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::EventLogModel</name>
    <message>
      <source>By</source>
      <translation>操作者</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>cleared</source>
      <translation>已清除</translation>
    </message>
    <message>
      <source>configuration</source>
      <translation>配置</translation>
    </message>
    <message>
      <source>connection</source>
      <translation>连接</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>failover</source>
      <translation>故障转移</translation>
    </message>
    <message>
      <source>health</source>
      <translation>健康</translation>
    </message>
    <message>
      <source>lifecycle</source>
      <translation>生命周期</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>成功</translation>
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
      <translation>%2 中的 %1（%3 %）</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s), state unknown</source>
      <translation>
        <numerusform>%n 个虚拟机，状态未知</numerusform>
      </translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>发现</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>健康</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Memory used</source>
      <translation>已用内存</translation>
    </message>
    <message>
      <source>No problems found</source>
      <translation>未发现问题</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>运行中</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>健康</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>未报告</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::HostTreeModel</name>
    <message>
      <source> — in maintenance: new guests and failover restarts avoid it</source>
      <translation> — 维护中：新虚拟机和故障转移重启会避开它</translation>
    </message>
    <message>
      <source>%1 of %2 up</source>
      <translation>%2 个中 %1 个在线</translation>
    </message>
    <message>
      <source>%1/%2</source>
      <translation>%1/%2</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Ungrouped</source>
      <translation>未分组</translation>
    </message>
    <message>
      <source>maintenance (%1)</source>
      <translation>维护（%1）</translation>
    </message>
    <message>
      <source>next attempt at %1</source>
      <translation>下次尝试于 %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::IncidentModel</name>
    <message>
      <source>%1 s</source>
      <translation>%1 秒</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1，%2</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Host failed</source>
      <translation>故障主机</translation>
    </message>
    <message>
      <source>Recovery time</source>
      <translation>恢复时间</translation>
    </message>
    <message>
      <source>Restarted on</source>
      <translation>重新启动于</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>not restarted</source>
      <translation>未重新启动</translation>
    </message>
    <message>
      <source>not restarted: fence did not work</source>
      <translation>未重新启动：隔离没有生效</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>已计划</translation>
    </message>
    <message>
      <source>restart failed</source>
      <translation>重新启动失败</translation>
    </message>
    <message>
      <source>running</source>
      <translation>运行中</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>正在启动</translation>
    </message>
    <message>
      <source>waiting for the fence</source>
      <translation>等待隔离</translation>
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
      <translation>%1 MiB/秒，%2</translation>
    </message>
    <message>
      <source>%1 ms</source>
      <translation>%1 毫秒</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 秒</translation>
    </message>
    <message>
      <source>%1 s left</source>
      <translation>剩余 %1 秒</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <source>Downtime</source>
      <translation>停机时间</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>用时</translation>
    </message>
    <message>
      <source>ETA unknown</source>
      <translation>剩余时间未知</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>速度</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <source>live</source>
      <translation>在线</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>正在启动</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Models::PolicyTableModel</name>
    <message>
      <source> (restarts without fencing: split-brain risk)</source>
      <translation>（不隔离重启：有脑裂风险）</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s)</source>
      <translation>
        <numerusform>%n 个虚拟机</numerusform>
      </translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Fencing</source>
      <translation>隔离</translation>
    </message>
    <message>
      <source>Guests may be restarted although their host was not fenced: if the host was only cut off, the same guest could run twice (split brain).</source>
      <translation>即使主机未被隔离，也可能重新启动虚拟机：如果主机只是断开连接，同一虚拟机可能同时运行两份（脑裂）。</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>成员</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>策略</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>pattern %1</source>
      <translation>模式 %1</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>Vigil::NbdPull</name>
    <message>
      <source>TLS for the NBD export cannot be set up: %1</source>
      <translation>无法为 NBD 导出设置 TLS：%1</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>cannot connect to the NBD export on %1:%2: %3</source>
      <translation>无法连接到 %1:%2 上的 NBD 导出：%3</translation>
    </message>
    <message>
      <source>reading from the host failed at byte %1: %2</source>
      <translation>从主机读取在字节 %1 处失败：%2</translation>
    </message>
    <message>
      <source>reading from the host failed: %1</source>
      <translation>从主机读取失败：%1</translation>
    </message>
    <message>
      <source>the NBD connection closed: %1</source>
      <translation>NBD 连接已关闭：%1</translation>
    </message>
    <message>
      <source>the NBD connection failed: %1</source>
      <translation>NBD 连接失败：%1</translation>
    </message>
    <message>
      <source>the NBD export on %1:%2 did not answer within %3 s (a firewall between this machine and the host?)</source>
      <translation>%1:%2 上的 NBD 导出在 %3 秒内没有响应（本机与主机之间有防火墙？）</translation>
    </message>
    <message>
      <source>the host did not say which blocks to read: %1</source>
      <translation>主机未说明要读取哪些块：%1</translation>
    </message>
    <message>
      <source>the host does not export the changed-block map %1 of %2</source>
      <translation>主机未导出 %2 的变更块位图 %1</translation>
    </message>
    <message>
      <source>the host sent nothing for %1 s (unreachable, or its NBD server stopped)</source>
      <translation>主机 %1 秒内没有发送任何数据（无法访问，或其 NBD 服务器已停止）</translation>
    </message>
    <message>
      <source>the host stopped answering (its libvirt connection lost its keepalive)</source>
      <translation>主机不再响应（其 libvirt 连接失去了保活）</translation>
    </message>
    <message>
      <source>the host's NBD server does not say which blocks are allocated</source>
      <translation>主机的 NBD 服务器未说明哪些块已分配</translation>
    </message>
    <message>
      <source>the host's block map stopped at byte %1</source>
      <translation>主机的块映射在字节 %1 处停止</translation>
    </message>
    <message>
      <source>the size of export %1 is unknown: %2</source>
      <translation>导出 %1 的大小未知：%2</translation>
    </message>
    <message>
      <source>unknown NBD error</source>
      <translation>未知的 NBD 错误</translation>
    </message>
    <message>
      <source>waiting for the NBD connection failed: %1</source>
      <translation>等待 NBD 连接失败：%1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::OutputFile</name>
    <message>
      <source>%1 is not a regular file (a device, FIFO, socket or folder); it is left alone.</source>
      <translation>%1 不是普通文件（而是设备、FIFO、套接字或文件夹）；不会对其做任何改动。</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message>
      <source>No output file was given.</source>
      <translation>未指定输出文件。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::PacemakerExport</name>
    <message>
      <source>the id %1 is used more than once</source>
      <translation>ID %1 被使用了不止一次</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Qcow2Writer</name>
    <message>
      <source>%1 bytes at byte %2 are not whole clusters of this %3-byte disk</source>
      <translation>从字节 %2 起的 %1 字节不是这个 %3 字节磁盘的完整簇</translation>
    </message>
    <message>
      <source>a disk of %1 bytes cannot be backed up</source>
      <translation>无法备份大小为 %1 字节的磁盘</translation>
    </message>
    <message>
      <source>byte %1 is not the start of a cluster of this %2-byte disk</source>
      <translation>字节 %1 不是这个 %2 字节磁盘中某个簇的起点</translation>
    </message>
    <message>
      <source>cannot create %1: %2</source>
      <translation>无法创建 %1：%2</translation>
    </message>
    <message>
      <source>the backing file's name is longer than qcow2 allows: %1</source>
      <translation>后备文件名超过 qcow2 允许的长度：%1</translation>
    </message>
    <message>
      <source>the cluster at byte %1 was written after its table was done</source>
      <translation>字节 %1 处的簇在其表完成之后才被写入</translation>
    </message>
    <message>
      <source>the cluster at byte %1 was written twice</source>
      <translation>字节 %1 处的簇被写入了两次</translation>
    </message>
    <message>
      <source>writing %1 failed: %2</source>
      <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
      <source>writing %1 to disk failed: %2</source>
      <translation>将 %1 写入磁盘失败：%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::QemuImg</name>
    <message>
      <source>%1 %2 failed (exit code %3)</source>
      <translation>%1 %2 失败（退出码 %3）</translation>
    </message>
    <message>
      <source>%1 did not start: %2</source>
      <translation>%1 未能启动：%2</translation>
    </message>
    <message>
      <source>%1 is not installed (Debian package %2)</source>
      <translation>%1 未安装（Debian 软件包 %2）</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
  </context>
  <context>
    <name>Vigil::RemoteDisks</name>
    <message>
      <source>%1 is on another machine, so restored disks go into one of its storage pools, and it has no active directory pool (virsh pool-define-as)</source>
      <translation>%1 位于另一台机器上，因此恢复的磁盘会放入它的某个存储池，但它没有活动的目录存储池（virsh pool-define-as）</translation>
    </message>
    <message>
      <source>%1 is on another machine, so restored disks go into one of its storage pools, and none has the directory %2; choose one of: %3</source>
      <translation>%1 位于另一台机器上，因此恢复的磁盘会放入它的某个存储池，但没有存储池使用目录 %2；请从以下选择：%3</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>cannot list the storage pools of %1: %2</source>
      <translation>无法列出 %1 的存储池：%2</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <source>sending %1 to the host failed: %2</source>
      <translation>向主机发送 %1 失败：%2</translation>
    </message>
    <message>
      <source>the host did not finish writing %1: %2</source>
      <translation>主机未完成写入 %1：%2</translation>
    </message>
    <message>
      <source>the host refused a new volume %1: %2</source>
      <translation>主机拒绝了新卷 %1：%2</translation>
    </message>
    <message>
      <source>the host refused the upload of %1: %2</source>
      <translation>主机拒绝了 %1 的上传：%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Report</name>
    <message>
      <source>%1 (%2 h)</source>
      <translation>%1（%2 小时）</translation>
    </message>
    <message>
      <source>%1 (%2 running)</source>
      <translation>%1（%2 个运行中）</translation>
    </message>
    <message>
      <source>%1 (%2 still open)</source>
      <translation>%1（%2 个仍未解决）</translation>
    </message>
    <message>
      <source>%1 (%2 up, %3 unreachable)</source>
      <translation>%1（%2 个在线，%3 个不可达）</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%2 中的 %1</translation>
    </message>
    <message>
      <source>%1 on %2 host CPUs</source>
      <translation>%2 个主机 CPU 上的 %1</translation>
    </message>
    <message>
      <source>Actions and changes</source>
      <translation>操作和更改</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>告警</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>告警</translation>
    </message>
    <message>
      <source>Alerts could not be read: %1</source>
      <translation>无法读取告警：%1</translation>
    </message>
    <message>
      <source>Alerts in range</source>
      <translation>时间范围内的告警</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Blocked, and why</source>
      <translation>受阻及原因</translation>
    </message>
    <message>
      <source>By</source>
      <translation>操作者</translation>
    </message>
    <message>
      <source>CPU avg / peak</source>
      <translation>CPU 平均 / 峰值</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>容量</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>Cleared</source>
      <translation>已清除</translation>
    </message>
    <message>
      <source>Cluster summary</source>
      <translation>集群摘要</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>已采集</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>发现</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>向前</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Guests running</source>
      <translation>运行中的虚拟机</translation>
    </message>
    <message>
      <source>HA readiness</source>
      <translation>高可用就绪情况</translation>
    </message>
    <message>
      <source>Health</source>
      <translation>健康</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>If this host fails</source>
      <translation>如果此主机故障</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>作业</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>最近备份</translation>
    </message>
    <message>
      <source>Last restore drill</source>
      <translation>最近恢复演练</translation>
    </message>
    <message>
      <source>Memory allocated to running guests</source>
      <translation>分配给运行中虚拟机的内存</translation>
    </message>
    <message>
      <source>Memory used avg / peak</source>
      <translation>已用内存 平均 / 峰值</translation>
    </message>
    <message>
      <source>Mirrored</source>
      <translation>已镜像</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>No action in this range.</source>
      <translation>此时间范围内没有操作。</translation>
    </message>
    <message>
      <source>No alert was raised or cleared in this range.</source>
      <translation>此时间范围内没有触发或清除告警。</translation>
    </message>
    <message>
      <source>No failover policy exists: no guest is restarted elsewhere when its host fails.</source>
      <translation>没有故障转移策略：主机故障时不会在其他地方重新启动任何虚拟机。</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>策略</translation>
    </message>
    <message>
      <source>Pool</source>
      <translation>存储池</translation>
    </message>
    <message>
      <source>Protected guests</source>
      <translation>受保护的虚拟机</translation>
    </message>
    <message>
      <source>RPO</source>
      <translation>RPO</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>触发时间</translation>
    </message>
    <message>
      <source>Range %1: %2 – %3 (UTC). Generated %4 by Vigil %5.</source>
      <translation>范围 %1：%2 – %3（UTC）。由 Vigil %5 于 %4 生成。</translation>
    </message>
    <message>
      <source>Reading alerts</source>
      <translation>正在读取告警</translation>
    </message>
    <message>
      <source>Reading the backups</source>
      <translation>正在读取备份</translation>
    </message>
    <message>
      <source>Reading the event log</source>
      <translation>正在读取事件日志</translation>
    </message>
    <message>
      <source>Reading the history of %1</source>
      <translation>正在读取 %1 的历史</translation>
    </message>
    <message>
      <source>Restartable</source>
      <translation>可重新启动</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Running the failover dry run</source>
      <translation>正在运行故障转移演练</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重性</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Storage pools</source>
      <translation>存储池</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Used</source>
      <translation>已用</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>已校验</translation>
    </message>
    <message>
      <source>Vigil health report</source>
      <translation>Vigil 健康报告</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>active</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>failed: %1</source>
      <translation>失败：%1</translation>
    </message>
    <message>
      <source>full</source>
      <translation>完整</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>健康</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>未激活</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>增量</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>no mirror</source>
      <translation>无镜像</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>未校验</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>未报告</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未解决</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>ran after %1 s</source>
      <translation>%1 秒后运行</translation>
    </message>
    <message>
      <source>vCPUs of running guests</source>
      <translation>运行中虚拟机的 vCPU</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>Vigil::RestoreCheck</name>
    <message>
      <source>%1 already has a guest named %2</source>
      <translation>%1 上已有名为 %2 的虚拟机</translation>
    </message>
    <message>
      <source>%1 has no network %2; the guest cannot be defined there</source>
      <translation>%1 上没有网络 %2；无法在那里定义虚拟机</translation>
    </message>
    <message>
      <source>%1 is free on %2</source>
      <translation>%1 在 %2 上可用</translation>
    </message>
    <message>
      <source>%1 is in maintenance</source>
      <translation>%1 正在维护</translation>
    </message>
    <message>
      <source>%1 is not up</source>
      <translation>%1 不在线</translation>
    </message>
    <message>
      <source>%1 is up</source>
      <translation>%1 在线</translation>
    </message>
    <message>
      <source>%1 runs on %2: restore it under a new name, or stop that copy first</source>
      <translation>%1 正在 %2 上运行：请以新名称恢复，或先停止该副本</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>bridged or direct interfaces (%1) cannot be checked from here</source>
      <translation>无法从此处检查桥接或直连接口（%1）</translation>
    </message>
    <message>
      <source>every network is active on %1</source>
      <translation>所有网络在 %1 上均已激活</translation>
    </message>
    <message>
      <source>network %1 is not active on %2</source>
      <translation>网络 %1 在 %2 上未激活</translation>
    </message>
    <message>
      <source>the guest has no network interface</source>
      <translation>虚拟机没有网络接口</translation>
    </message>
    <message>
      <source>the host is not configured</source>
      <translation>该主机未配置</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Restorer</name>
    <message>
      <source>%1 already has a guest named %2; restore under another name</source>
      <translation>%1 上已有名为 %2 的虚拟机；请使用其他名称还原</translation>
    </message>
    <message>
      <source>%1 already has a guest with the UUID of %2; restore under a new name</source>
      <translation>%1 上已有与 %2 相同 UUID 的虚拟机；请以新名称还原</translation>
    </message>
    <message>
      <source>%1 exists already; nothing was overwritten</source>
      <translation>%1 已存在；未覆盖任何内容</translation>
    </message>
    <message>
      <source>%1 refused the restored definition: %2</source>
      <translation>%1 拒绝了还原的定义：%2</translation>
    </message>
    <message>
      <source>cancelled; nothing was kept</source>
      <translation>已取消；未保留任何内容</translation>
    </message>
    <message>
      <source>cancelled; the test guest was removed</source>
      <translation>已取消；测试虚拟机已删除</translation>
    </message>
    <message>
      <source>cannot connect to %1: %2</source>
      <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
      <source>cannot create %1</source>
      <translation>无法创建 %1</translation>
    </message>
    <message>
      <source>cannot create a staging directory beside the backup: %1</source>
      <translation>无法在备份旁创建暂存目录：%1</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <source>cannot read the saved definition: %1</source>
      <translation>无法读取保存的定义：%1</translation>
    </message>
    <message>
      <source>nothing to restore</source>
      <translation>没有可还原的内容</translation>
    </message>
    <message>
      <source>restored and ran for %1 s (no guest agent answered); test guest removed</source>
      <translation>已还原并运行 %1 秒（虚拟机代理未应答）；测试虚拟机已删除</translation>
    </message>
    <message>
      <source>restored as %1 on %2</source>
      <translation>已在 %2 上还原为 %1</translation>
    </message>
    <message>
      <source>restored as %1 on %2 and started</source>
      <translation>已在 %2 上还原为 %1 并启动</translation>
    </message>
    <message>
      <source>restored, booted and answered through its guest agent; test guest removed</source>
      <translation>已还原、启动并通过虚拟机代理应答；测试虚拟机已删除</translation>
    </message>
    <message>
      <source>restored, but it did not keep running on %1; test guest removed</source>
      <translation>已还原，但未能在 %1 上持续运行；测试虚拟机已删除</translation>
    </message>
    <message>
      <source>restored, but it does not start on %1: %2</source>
      <translation>已还原，但无法在 %1 上启动：%2</translation>
    </message>
    <message>
      <source>restoring disk %1 failed: %2</source>
      <translation>还原磁盘 %1 失败：%2</translation>
    </message>
    <message>
      <source>the connection to %1 was lost: %2</source>
      <translation>与 %1 的连接已断开：%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Session</name>
    <message>
      <source>An alert could not be saved: %1</source>
      <translation>无法保存告警：%1</translation>
    </message>
    <message>
      <source>Changes made by other Vigil processes cannot be followed: %1</source>
      <translation>无法跟踪其他 Vigil 进程所做的更改：%1</translation>
    </message>
    <message>
      <source>alert rule removed: %1</source>
      <translation>已删除告警规则：%1</translation>
    </message>
    <message>
      <source>alert rule saved: %1 (%2)</source>
      <translation>已保存告警规则：%1（%2）</translation>
    </message>
    <message>
      <source>alert rules cannot be read: %1</source>
      <translation>无法读取告警规则：%1</translation>
    </message>
    <message>
      <source>also running on %1 (the same UUID, %2): stop the copy that should not run</source>
      <translation>也在 %1 上运行（相同 UUID，%2）：请停止不应运行的副本</translation>
    </message>
    <message>
      <source>failover policy %1 changed</source>
      <translation>故障转移策略 %1 已更改</translation>
    </message>
    <message>
      <source>failover policy %1 created</source>
      <translation>故障转移策略 %1 已创建</translation>
    </message>
    <message>
      <source>failover policy %1 deleted</source>
      <translation>故障转移策略 %1 已删除</translation>
    </message>
    <message>
      <source>host added (%1)</source>
      <translation>已添加主机（%1）</translation>
    </message>
    <message>
      <source>host removed</source>
      <translation>已移除主机</translation>
    </message>
    <message>
      <source>host settings changed (%1)</source>
      <translation>主机设置已更改（%1）</translation>
    </message>
    <message>
      <source>recording the statistics history</source>
      <translation>正在记录统计历史</translation>
    </message>
    <message>
      <source>statistics history cannot be saved: %1</source>
      <translation>无法保存统计历史：%1</translation>
    </message>
    <message>
      <source>statistics history cannot be saved; samples are kept in memory and written when this is fixed: %1</source>
      <translation>无法保存统计历史；样本保留在内存中，问题解决后写入：%1</translation>
    </message>
    <message numerus="yes">
      <source>statistics history is being saved again (%n queued sample(s) written)</source>
      <translation>
        <numerusform>统计历史已恢复保存（已写入 %n 个排队样本）</numerusform>
      </translation>
    </message>
    <message>
      <source>statistics history recorded by %1; not written here</source>
      <translation>统计历史由 %1 记录；此处不写入</translation>
    </message>
  </context>
  <context>
    <name>Vigil::SshMirror</name>
    <message>
      <source>%1 could not be deleted: %2</source>
      <translation>无法删除 %1：%2</translation>
    </message>
    <message>
      <source>%1 did not hash the copy (an sftp-only account runs no commands): it cannot be verified there</source>
      <translation>%1 未计算副本的哈希（仅限 sftp 的账户不能运行命令）：无法在那里校验</translation>
    </message>
    <message>
      <source>%1 did not offer the pinned host key (a different server, or its key changed): %2</source>
      <translation>%1 未提供已固定的主机密钥（另一台服务器，或其密钥已更改）：%2</translation>
    </message>
    <message>
      <source>%1 is not in the mirror %2; it was left alone</source>
      <translation>%1 不在镜像 %2 中；未作改动</translation>
    </message>
    <message>
      <source>%1 on %2 is damaged: its SHA-256 there is %3, expected %4</source>
      <translation>%2 上的 %1 已损坏：其 SHA-256 为 %3，应为 %4</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) copied to %1 match their SHA-256 there</source>
      <translation>
        <numerusform>%n 个文件已复制到 %1，在那里与其 SHA-256 一致</numerusform>
      </translation>
    </message>
    <message>
      <source>The mirror directory contains a control character.</source>
      <translation>镜像目录包含控制字符。</translation>
    </message>
    <message>
      <source>The mirror server "%1" is not a host name.</source>
      <translation>镜像服务器“%1”不是主机名。</translation>
    </message>
    <message>
      <source>The mirror server "%1" is not ssh://[user@]server[:port]/absolute/directory.</source>
      <translation>镜像服务器“%1”不是 ssh://[用户@]服务器[:端口]/绝对/目录 的形式。</translation>
    </message>
    <message>
      <source>The mirror server's address contains a password; the mirror logs in with a key.</source>
      <translation>镜像服务器的地址中包含密码；镜像使用密钥登录。</translation>
    </message>
    <message>
      <source>The mirror server's host key is not an OpenSSH public key ("ssh-ed25519 AAAA…").</source>
      <translation>镜像服务器的主机密钥不是 OpenSSH 公钥（“ssh-ed25519 AAAA…”）。</translation>
    </message>
    <message>
      <source>The mirror server's host key is not pinned: add the key that `ssh-keyscan -p %1 %2` prints (compare its fingerprint with the server's).</source>
      <translation>镜像服务器的主机密钥尚未固定：请添加 `ssh-keyscan -p %1 %2` 输出的密钥（并与服务器上的指纹比对）。</translation>
    </message>
    <message>
      <source>The mirror's key file must be an absolute path.</source>
      <translation>镜像的密钥文件必须是绝对路径。</translation>
    </message>
    <message>
      <source>a name in %1 contains a control character; it is not sent over sftp</source>
      <translation>%1 中的名称包含控制字符；不会通过 sftp 发送</translation>
    </message>
    <message>
      <source>copy to %1 failed: %2</source>
      <translation>复制到 %1 失败：%2</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>the backup's manifest cannot be read: %1</source>
      <translation>无法读取备份的清单：%1</translation>
    </message>
    <message>
      <source>the copy on %1 could not be checked there (sha256sum over ssh): %2</source>
      <translation>无法在 %1 上校验副本（通过 ssh 运行 sha256sum）：%2</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::AlertRulesDialog</name>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source>&amp;Condition:</source>
      <translation>条件(&amp;C)：</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Enabled</source>
      <translation>启用(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;For at least:</source>
      <translation>至少持续(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>名称(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Save Rule</source>
      <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Severity:</source>
      <translation>严重性(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Threshold:</source>
      <translation>阈值(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;Watch:</source>
      <translation>监视(&amp;W)：</translation>
    </message>
    <message>
      <source>Alert Rules</source>
      <translation>告警规则</translation>
    </message>
    <message>
      <source>Alert rules</source>
      <translation>告警规则</translation>
    </message>
    <message>
      <source>How long the condition must hold before the alert is raised</source>
      <translation>条件需持续多久才触发告警</translation>
    </message>
    <message>
      <source>New rule</source>
      <translation>新规则</translation>
    </message>
    <message>
      <source>above</source>
      <translation>高于</translation>
    </message>
    <message>
      <source>below</source>
      <translation>低于</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::AlertsPanel</name>
    <message>
      <source>&amp;Acknowledge</source>
      <translation>确认(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Rules…</source>
      <translation>规则(&amp;R)…</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>告警</translation>
    </message>
    <message>
      <source>Show &amp;cleared</source>
      <translation>显示已清除(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::BackupJobDialog</name>
    <message>
      <source> MiB/s</source>
      <translation> MiB/秒</translation>
    </message>
    <message>
      <source> at a time</source>
      <translation> 个同时</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source> days per guest</source>
      <translation> 天（每个客户机）</translation>
    </message>
    <message>
      <source> guests at a time</source>
      <translation> 个虚拟机同时</translation>
    </message>
    <message>
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <source> newest per guest</source>
      <translation> 个（每个客户机最新）</translation>
    </message>
    <message>
      <source> runs</source>
      <translation> 次运行</translation>
    </message>
    <message>
      <source>%1 did not offer a key: %2</source>
      <translation>%1 未提供密钥：%2</translation>
    </message>
    <message>
      <source>%1 on %2 (not known now)</source>
      <translation>%2 上的 %1（当前未知）</translation>
    </message>
    <message>
      <source>%1 on %2 — %3</source>
      <translation>%2 上的 %1 — %3</translation>
    </message>
    <message>
      <source>&amp;At:</source>
      <translation>时间(&amp;A)：</translation>
    </message>
    <message>
      <source>&amp;Bandwidth (shut-off guests):</source>
      <translation>带宽（已关机虚拟机）(&amp;B)：</translation>
    </message>
    <message>
      <source>&amp;Concurrency:</source>
      <translation>并发数(&amp;C)：</translation>
    </message>
    <message>
      <source>&amp;Data transfer:</source>
      <translation>数据传输(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Enabled (runs on its schedule)</source>
      <translation>启用（按计划运行）(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Every:</source>
      <translation>间隔(&amp;E)：</translation>
    </message>
    <message>
      <source>&amp;Full backup:</source>
      <translation>完整备份(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>虚拟机(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Keep:</source>
      <translation>保留(&amp;K)：</translation>
    </message>
    <message>
      <source>&amp;Mirror to:</source>
      <translation>镜像到(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>名称(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;Patterns:</source>
      <translation>模式(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Re-verify kept backups:</source>
      <translation>重新校验保留的备份(&amp;R)：</translation>
    </message>
    <message>
      <source>&amp;Read From Server…</source>
      <translation>从服务器读取(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Runs:</source>
      <translation>运行方式(&amp;R)：</translation>
    </message>
    <message>
      <source>&amp;Schedule</source>
      <translation>计划(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Target directory:</source>
      <translation>目标目录(&amp;T)：</translation>
    </message>
    <message>
      <source>/srv/backup</source>
      <translation>/srv/backup</translation>
    </message>
    <message>
      <source>0 everywhere keeps every backup. Retention runs only after a run in which every guest succeeded, and never breaks an incremental chain.</source>
      <translation>全部为 0 表示保留所有备份。保留策略只在所有虚拟机都成功的运行之后执行，且绝不会打断增量链。</translation>
    </message>
    <message>
      <source>&lt;p&gt;%1 offers this SSH host key:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Compare it with the server's own before you pin it. On the server, run:&lt;/p&gt;&lt;pre&gt;for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done&lt;/pre&gt;&lt;p&gt;The mirror will trust this key only.&lt;/p&gt;</source>
      <translation>&lt;p&gt;%1 提供此 SSH 主机密钥：&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;固定之前请与服务器自身的密钥比对。在服务器上运行：&lt;/p&gt;&lt;pre&gt;for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done&lt;/pre&gt;&lt;p&gt;镜像将只信任此密钥。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A directory</source>
      <translation>目录</translation>
    </message>
    <message>
      <source>A storage pool of a host</source>
      <translation>主机的存储池</translation>
    </message>
    <message>
      <source>Always full</source>
      <translation>始终完整</translation>
    </message>
    <message>
      <source>Ask the server for its key and show its fingerprint to compare</source>
      <translation>向服务器获取密钥并显示其指纹以供比对</translation>
    </message>
    <message>
      <source>Automatic: pull from hosts on other machines, push on this one</source>
      <translation>自动：从其他机器上的主机拉取，本机主机推送</translation>
    </message>
    <message>
      <source>Back up &amp;into:</source>
      <translation>备份到(&amp;I)：</translation>
    </message>
    <message>
      <source>Choose the mirror directory</source>
      <translation>选择镜像目录</translation>
    </message>
    <message>
      <source>Choose the target directory</source>
      <translation>选择目标目录</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>每天</translation>
    </message>
    <message>
      <source>Drill &amp;on:</source>
      <translation>演练主机(&amp;O)：</translation>
    </message>
    <message>
      <source>Drills at o&amp;nce:</source>
      <translation>同时演练(&amp;N)：</translation>
    </message>
    <message>
      <source>Edit Backup Job %1</source>
      <translation>编辑备份作业 %1</translation>
    </message>
    <message>
      <source>Every N hours</source>
      <translation>每 N 小时</translation>
    </message>
    <message>
      <source>Every new backup is copied to a second place and checked there (SHA-256). Put it on another machine: a mirror beside the target is lost with it.</source>
      <translation>每个新备份都会复制到第二个位置并在那里校验（SHA-256）。请放在另一台机器上：与目标在一起的镜像会随目标一起丢失。</translation>
    </message>
    <message>
      <source>Failover policies whose members are backed up</source>
      <translation>其成员需要备份的故障转移策略</translation>
    </message>
    <message>
      <source>Fingerprint: %1</source>
      <translation>指纹：%1</translation>
    </message>
    <message>
      <source>Freeze filesystems through the guest agent (application-consistent)</source>
      <translation>通过虚拟机代理冻结文件系统（应用一致）</translation>
    </message>
    <message>
      <source>Guests to back up</source>
      <translation>要备份的虚拟机</translation>
    </message>
    <message>
      <source>Guests:</source>
      <translation>虚拟机：</translation>
    </message>
    <message>
      <source>Incremental (full when there is no chain)</source>
      <translation>增量（无备份链时为完整）</translation>
    </message>
    <message>
      <source>Login key &amp;file:</source>
      <translation>登录密钥文件(&amp;F)：</translation>
    </message>
    <message>
      <source>M&amp;irror</source>
      <translation>镜像(&amp;I)</translation>
    </message>
    <message>
      <source>M&amp;ode:</source>
      <translation>模式(&amp;O)：</translation>
    </message>
    <message>
      <source>Manual only</source>
      <translation>仅手动</translation>
    </message>
    <message>
      <source>Members of
failover policies:</source>
      <translation>故障转移策略
的成员：</translation>
    </message>
    <message>
      <source>Mirror kee&amp;ps:</source>
      <translation>镜像保留(&amp;P)：</translation>
    </message>
    <message>
      <source>New Backup Job</source>
      <translation>新建备份作业</translation>
    </message>
    <message>
      <source>On:</source>
      <translation>于：</translation>
    </message>
    <message>
      <source>Pin Host Key</source>
      <translation>固定主机密钥</translation>
    </message>
    <message>
      <source>Pull: read the disks over the network (NBD) into this machine's directory</source>
      <translation>拉取：通过网络（NBD）将磁盘读入本机目录</translation>
    </message>
    <message>
      <source>Push: the hosts write into the directory (the same path there, a shared mount)</source>
      <translation>推送：由主机写入该目录（主机上相同路径，共享挂载）</translation>
    </message>
    <message>
      <source>Re-read every kept backup this often and check its SHA-256: finds a damaged or tampered target before a restore needs it. A failure raises an alert.</source>
      <translation>按此间隔重新读取每个保留的备份并检查其 SHA-256：在需要还原之前发现损坏或被篡改的目标。失败时会触发告警。</translation>
    </message>
    <message>
      <source>Read Host Key</source>
      <translation>读取主机密钥</translation>
    </message>
    <message>
      <source>Recovery point ob&amp;jective:</source>
      <translation>恢复点目标(&amp;J)：</translation>
    </message>
    <message>
      <source>Recovery point objective: the backup alert names every guest whose newest good backup is older than this.</source>
      <translation>恢复点目标：备份告警会列出最新可用备份早于此时长的每台客户机。</translation>
    </message>
    <message>
      <source>Restore &amp;drills:</source>
      <translation>恢复演练(&amp;D)：</translation>
    </message>
    <message>
      <source>Restores each guest's newest backup as a test guest (network cut), checks that it runs, and removes it: the guest not drilled for longest first. A failed drill raises the backup alert.</source>
      <translation>将每个客户机的最新备份恢复为测试客户机（断开网络），检查其能运行，然后删除：最久未演练的客户机优先。演练失败会触发备份告警。</translation>
    </message>
    <message>
      <source>S&amp;torage and retention</source>
      <translation>存储与保留(&amp;T)</translation>
    </message>
    <message>
      <source>Server's host &amp;key:</source>
      <translation>服务器主机密钥(&amp;K)：</translation>
    </message>
    <message>
      <source>Storage &amp;pool:</source>
      <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
      <source>Target storage pool</source>
      <translation>目标存储池</translation>
    </message>
    <message>
      <source>The host the backup came from</source>
      <translation>备份来源的主机</translation>
    </message>
    <message>
      <source>The mirror's own retention: it can keep backups longer (or shorter) than the target; chains are kept whole.</source>
      <translation>镜像自己的保留策略：可以比目标保留更长（或更短）时间；备份链保持完整。</translation>
    </message>
    <message>
      <source>Times are this machine's local time. A run missed while no Vigil console or agent was running is made up once at the next start.</source>
      <translation>时间为本机本地时间。在没有 Vigil 控制台或代理运行期间错过的运行，会在下次启动时补做一次。</translation>
    </message>
    <message>
      <source>Verify every backup after writing it (re-read, SHA-256, qemu-img check)</source>
      <translation>写入后校验每个备份（重新读取、SHA-256、qemu-img check）</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>每周</translation>
    </message>
    <message>
      <source>as long as the backup</source>
      <translation>与备份相同</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>每日</translation>
    </message>
    <message>
      <source>e.g. nightly-databases</source>
      <translation>例如 nightly-databases</translation>
    </message>
    <message>
      <source>every </source>
      <translation>每 </translation>
    </message>
    <message>
      <source>keep %1</source>
      <translation>保留%1</translation>
    </message>
    <message>
      <source>last</source>
      <translation>最近</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>name patterns, comma-separated, e.g. db-*, web-?</source>
      <translation>名称模式，以逗号分隔，例如 db-*, web-?</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <source>never forced</source>
      <translation>从不强制</translation>
    </message>
    <message>
      <source>no drills</source>
      <translation>不演练</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>optional: ssh://backup@server/srv/vigil, or a directory here</source>
      <translation>可选：ssh://backup@server/srv/vigil，或本机目录</translation>
    </message>
    <message>
      <source>ssh's own: the agent, ~/.ssh/id_*</source>
      <translation>使用 ssh 自身的：代理、~/.ssh/id_*</translation>
    </message>
    <message>
      <source>the server's public host key, ssh-ed25519 AAAA…</source>
      <translation>服务器的主机公钥，ssh-ed25519 AAAA…</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>不限</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>每周</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::BackupPage</name>
    <message>
      <source>&amp;Cancel Run</source>
      <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Disable</source>
      <translation>禁用(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Enable</source>
      <translation>启用(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;New Job…</source>
      <translation>新建作业(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Run Now</source>
      <translation>立即运行(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Test Restore</source>
      <translation>测试还原(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Verify Now</source>
      <translation>立即校验(&amp;V)</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Backup jobs</source>
      <translation>备份作业</translation>
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
      <translation>删除(&amp;L)</translation>
    </message>
    <message>
      <source>Delete Backup Job</source>
      <translation>删除备份作业</translation>
    </message>
    <message>
      <source>Delete the job %1? Its backups stay on disk and can still be restored.</source>
      <translation>删除作业 %1？其备份仍保留在磁盘上，仍可还原。</translation>
    </message>
    <message>
      <source>Failed: %1</source>
      <translation>失败：%1</translation>
    </message>
    <message>
      <source>Guests in the selected run</source>
      <translation>所选运行中的虚拟机</translation>
    </message>
    <message>
      <source>Guests of the selected run</source>
      <translation>所选运行的虚拟机</translation>
    </message>
    <message>
      <source>Re&amp;store…</source>
      <translation>还原(&amp;S)…</translation>
    </message>
    <message>
      <source>Restore test of %1 running (restore, boot, check, remove)…</source>
      <translation>正在测试还原 %1（还原、启动、检查、删除）…</translation>
    </message>
    <message>
      <source>Run history</source>
      <translation>运行历史</translation>
    </message>
    <message>
      <source>Runs of the selected job</source>
      <translation>所选作业的运行</translation>
    </message>
    <message>
      <source>Verifying the backup of %1…</source>
      <translation>正在校验 %1 的备份…</translation>
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
        <numerusform>已排队 %n 个迁移；请查看迁移面板。完成后重新计算。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Apply Selected</source>
      <translation>应用所选(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Recompute</source>
      <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
      <source>Aggressive (many, small gains)</source>
      <translation>激进（多次、小幅改善）</translation>
    </message>
    <message>
      <source>Aggressiveness</source>
      <translation>激进程度</translation>
    </message>
    <message>
      <source>Aggressiveness:</source>
      <translation>激进程度：</translation>
    </message>
    <message>
      <source>CPU demand</source>
      <translation>CPU 需求</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>正在计算…</translation>
    </message>
    <message>
      <source>Conservative (few, large gains)</source>
      <translation>保守（少量、大幅改善）</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Host loads</source>
      <translation>主机负载</translation>
    </message>
    <message>
      <source>Imbalance</source>
      <translation>不均衡度</translation>
    </message>
    <message>
      <source>Imbalance %1. No move is worth making (a move must also pass the pre-flight checks).</source>
      <translation>不均衡度 %1。没有值得执行的迁移（迁移还必须通过预检）。</translation>
    </message>
    <message numerus="yes">
      <source>Imbalance %1; after the %n recommended move(s): %2.</source>
      <translation>
        <numerusform>不均衡度 %1；执行 %n 个推荐迁移后：%2。</numerusform>
      </translation>
    </message>
    <message>
      <source>Load</source>
      <translation>负载</translation>
    </message>
    <message>
      <source>Memory allocated</source>
      <translation>已分配内存</translation>
    </message>
    <message>
      <source>Moderate</source>
      <translation>适中</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>迁移</translation>
    </message>
    <message>
      <source>Press Recompute to see how evenly the load is spread.</source>
      <translation>点击“重新计算”查看负载分布是否均匀。</translation>
    </message>
    <message>
      <source>Recommended moves</source>
      <translation>推荐的迁移</translation>
    </message>
    <message>
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>未报告</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::DryRunView</name>
    <message>
      <source>Dry run</source>
      <translation>演练</translation>
    </message>
    <message>
      <source>If this host died now</source>
      <translation>如果此主机现在故障</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <source>Restarted on</source>
      <translation>重新启动于</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>no protected guest runs here</source>
      <translation>此处没有运行受保护的虚拟机</translation>
    </message>
    <message>
      <source>not restarted</source>
      <translation>未重新启动</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::FailoverPage</name>
    <message>
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>导入(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>新建(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Simulate host failures</source>
      <translation>模拟主机故障(&amp;S)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Dry run&lt;/b&gt;</source>
      <translation>&lt;b&gt;演练&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Incidents&lt;/b&gt; (from every engine on this database)</source>
      <translation>&lt;b&gt;故障事件&lt;/b&gt;（来自此数据库上的所有引擎）</translation>
    </message>
    <message>
      <source>&lt;b&gt;Policies&lt;/b&gt;</source>
      <translation>&lt;b&gt;策略&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Cannot delete the policy</source>
      <translation>无法删除策略</translation>
    </message>
    <message>
      <source>Cannot read the policy</source>
      <translation>无法读取策略</translation>
    </message>
    <message>
      <source>Cannot save the policy</source>
      <translation>无法保存策略</translation>
    </message>
    <message>
      <source>Cannot write the policy</source>
      <translation>无法写入策略</translation>
    </message>
    <message>
      <source>De&amp;lete…</source>
      <translation>删除(&amp;L)…</translation>
    </message>
    <message>
      <source>Delete Policy</source>
      <translation>删除策略</translation>
    </message>
    <message>
      <source>Delete the failover policy %1? Its guests are no longer restarted when their host fails.</source>
      <translation>删除故障转移策略 %1？主机故障时将不再重新启动其虚拟机。</translation>
    </message>
    <message>
      <source>E&amp;dit…</source>
      <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
      <source>Enable/Di&amp;sable</source>
      <translation>启用/禁用(&amp;S)</translation>
    </message>
    <message>
      <source>Export Policy</source>
      <translation>导出策略</translation>
    </message>
    <message>
      <source>Failover incidents</source>
      <translation>故障转移事件</translation>
    </message>
    <message>
      <source>Failover policies</source>
      <translation>故障转移策略</translation>
    </message>
    <message>
      <source>Import Policy</source>
      <translation>导入策略</translation>
    </message>
    <message>
      <source>No failover yet: no protected host has failed since this database was created.</source>
      <translation>尚无故障转移：自创建此数据库以来，没有受保护的主机发生故障。</translation>
    </message>
    <message>
      <source>Policies (*.json)</source>
      <translation>策略 (*.json)</translation>
    </message>
    <message>
      <source>Simulating…</source>
      <translation>正在模拟…</translation>
    </message>
    <message>
      <source>The policy is not valid</source>
      <translation>策略无效</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::FencingPage</name>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>%1: the command cannot be read (unbalanced quotes?)</source>
      <translation>%1：无法解析命令（引号不匹配？）</translation>
    </message>
    <message>
      <source>A dead host is fenced (powered off) before its guests restart elsewhere. Give the command per host — a program and its arguments, no shell. {host}, {uri} and {address} are replaced.</source>
      <translation>在其虚拟机于别处重新启动之前，先隔离（关闭电源）故障主机。请为每台主机指定命令 — 程序及其参数，不经过 shell。{host}、{uri} 和 {address} 会被替换。</translation>
    </message>
    <message>
      <source>Confirm that you accept the split-brain risk, or untick restart without fencing.</source>
      <translation>请确认您接受脑裂风险，或取消勾选“不隔离也重启”。</translation>
    </message>
    <message>
      <source>Fence command</source>
      <translation>隔离命令</translation>
    </message>
    <message>
      <source>Fencing</source>
      <translation>隔离</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>How often the command is run with its action switched to "status", so that a fence device that stops answering raises an alert before a host needs it</source>
      <translation>将操作切换为“status”运行该命令的频率，以便在主机需要之前，隔离设备停止应答时就能发出警报</translation>
    </message>
    <message>
      <source>I understand that a host that is only cut off may still run its guests, so they could run twice and corrupt their disks (split brain).</source>
      <translation>我了解：仅断开连接的主机可能仍在运行其虚拟机，导致虚拟机运行两份并损坏其磁盘（脑裂）。</translation>
    </message>
    <message>
      <source>Not tested: no --action/-o argument to switch to "status", so a test could fence the host.</source>
      <translation>未测试：没有可切换为“status”的 --action/-o 参数，测试可能会隔离主机。</translation>
    </message>
    <message>
      <source>Restart guests even when their host could not be fenced</source>
      <translation>即使主机无法隔离也重新启动虚拟机</translation>
    </message>
    <message>
      <source>Runs the command with its action switched to "status": the host is not powered off.</source>
      <translation>以“status”操作运行命令：不会关闭主机电源。</translation>
    </message>
    <message>
      <source>Status check</source>
      <translation>状态检查</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>测试</translation>
    </message>
    <message>
      <source>Testing the fence command of %1…</source>
      <translation>正在测试 %1 的隔离命令…</translation>
    </message>
    <message>
      <source>Timeout (s)</source>
      <translation>超时（秒）</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::GuestActions</name>
    <message>
      <source>%1: %2 done</source>
      <translation>%1：%2 完成</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n guest(s)…</source>
      <translation>
        <numerusform>%1：%n 个虚拟机…</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Force Off</source>
      <translation>强制关机(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Reboot</source>
      <translation>重启(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>启动(&amp;S)</translation>
    </message>
    <message>
      <source>Could not %1 %2</source>
      <translation>无法%1 %2</translation>
    </message>
    <message>
      <source>Force off %1? This is like pulling the power cord: unsaved data in the guest is lost.</source>
      <translation>强制关闭 %1？这相当于拔掉电源：虚拟机中未保存的数据将丢失。</translation>
    </message>
    <message>
      <source>Host %1: %2</source>
      <translation>主机 %1：%2</translation>
    </message>
    <message>
      <source>Reboot %1? Its services are interrupted while it restarts.</source>
      <translation>重启 %1？重启期间其服务将中断。</translation>
    </message>
    <message>
      <source>Res&amp;ume</source>
      <translation>恢复(&amp;U)</translation>
    </message>
    <message>
      <source>S&amp;uspend</source>
      <translation>挂起(&amp;U)</translation>
    </message>
    <message>
      <source>Shut &amp;Down</source>
      <translation>关机(&amp;D)</translation>
    </message>
    <message>
      <source>Shut down %1? Its services stop until it is started again.</source>
      <translation>关闭 %1？在再次启动前其服务将停止。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::GuestsPage</name>
    <message>
      <source>&amp;Guests (tick to protect):</source>
      <translation>虚拟机（勾选以保护）(&amp;G)：</translation>
    </message>
    <message>
      <source>A policy named %1 already exists.</source>
      <translation>已存在名为 %1 的策略。</translation>
    </message>
    <message>
      <source>Give the policy a name.</source>
      <translation>请为策略命名。</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Guests to protect</source>
      <translation>要保护的虚拟机</translation>
    </message>
    <message>
      <source>Name &amp;pattern:</source>
      <translation>名称模式(&amp;P)：</translation>
    </message>
    <message>
      <source>Policy &amp;name:</source>
      <translation>策略名称(&amp;N)：</translation>
    </message>
    <message>
      <source>Tick at least one guest or give a name pattern.</source>
      <translation>请至少勾选一个虚拟机或指定名称模式。</translation>
    </message>
    <message>
      <source>Which guests does this policy restart when their host fails?</source>
      <translation>主机故障时，此策略重新启动哪些虚拟机？</translation>
    </message>
    <message>
      <source>e.g. web-* (optional)</source>
      <translation>例如 web-*（可选）</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostActions</name>
    <message>
      <source>&amp;Add Host…</source>
      <translation>添加主机(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Edit Host…</source>
      <translation>编辑主机(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Log In…</source>
      <translation>登录(&amp;L)…</translation>
    </message>
    <message>
      <source>&amp;Reconnect</source>
      <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Trust Host Key…</source>
      <translation>信任主机密钥(&amp;T)…</translation>
    </message>
    <message>
      <source>Could not enter maintenance</source>
      <translation>无法进入维护</translation>
    </message>
    <message>
      <source>Could not exit maintenance</source>
      <translation>无法退出维护</translation>
    </message>
    <message>
      <source>Could not remove the host</source>
      <translation>无法移除主机</translation>
    </message>
    <message>
      <source>Could not trust the host key of %1</source>
      <translation>无法信任 %1 的主机密钥</translation>
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
      <translation>退出维护(&amp;X)…</translation>
    </message>
    <message>
      <source>Enter &amp;Maintenance…</source>
      <translation>进入维护(&amp;M)…</translation>
    </message>
    <message>
      <source>Exit Maintenance</source>
      <translation>退出维护</translation>
    </message>
    <message>
      <source>Give the user name and password the host asks for, and remember them in the desktop keyring</source>
      <translation>提供主机要求的用户名和密码，并将其保存在桌面密钥环中</translation>
    </message>
    <message>
      <source>Login not remembered</source>
      <translation>未保存登录信息</translation>
    </message>
    <message numerus="yes">
      <source>Move back the %n guest(s) that left for the maintenance</source>
      <translation>
        <numerusform>将因维护而迁出的 %n 个虚拟机迁回</numerusform>
      </translation>
    </message>
    <message>
      <source>Re&amp;move Host…</source>
      <translation>移除主机(&amp;M)…</translation>
    </message>
    <message>
      <source>Remove %1 (%2) from Vigil? Its guests keep running; Vigil stops watching them.</source>
      <translation>从 Vigil 中移除 %1（%2）？其虚拟机继续运行；Vigil 将不再监视它们。</translation>
    </message>
    <message>
      <source>Remove Host</source>
      <translation>移除主机</translation>
    </message>
    <message>
      <source>Take %1 out of maintenance?</source>
      <translation>让 %1 退出维护？</translation>
    </message>
    <message>
      <source>The host's login is still in the desktop keyring</source>
      <translation>该主机的登录信息仍在桌面密钥环中</translation>
    </message>
    <message>
      <source>Trust the SSH host key the host offers, after comparing its fingerprint</source>
      <translation>比较指纹后，信任主机提供的 SSH 主机密钥</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostDialog</name>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source>%1 on %2 over %3</source>
      <translation>%1 在 %2 上，经由 %3</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>分组(&amp;G)：</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>名称(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;URI:</source>
      <translation>URI(&amp;U)：</translation>
    </message>
    <message>
      <source>Add Host</source>
      <translation>添加主机</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>正在连接到 %1…</translation>
    </message>
    <message>
      <source>Edit Host</source>
      <translation>编辑主机</translation>
    </message>
    <message>
      <source>Enter a libvirt URI.</source>
      <translation>请输入 libvirt URI。</translation>
    </message>
    <message>
      <source>Keepalive &amp;count:</source>
      <translation>保活次数(&amp;C)：</translation>
    </message>
    <message>
      <source>Keepalive &amp;interval:</source>
      <translation>保活间隔(&amp;I)：</translation>
    </message>
    <message>
      <source>Lo&amp;g In…</source>
      <translation>登录(&amp;G)…</translation>
    </message>
    <message>
      <source>No answer after 15 s: the host may be down or hung. You can still save it; Vigil keeps retrying.</source>
      <translation>15 秒后无应答：主机可能已关闭或挂起。您仍可保存；Vigil 会继续重试。</translation>
    </message>
    <message>
      <source>Runs a disk &amp;lock manager (virtlockd or sanlock, leases on shared storage)</source>
      <translation>运行磁盘锁管理器(&amp;L)（virtlockd 或 sanlock，租约位于共享存储上）</translation>
    </message>
    <message>
      <source>T&amp;rust Host Key…</source>
      <translation>信任主机密钥(&amp;R)…</translation>
    </message>
    <message>
      <source>Unanswered keepalive probes before the host counts as unreachable.</source>
      <translation>主机被视为不可达之前允许的未应答保活探测次数。</translation>
    </message>
    <message>
      <source>With lock_manager set in its qemu.conf, a guest's disks hold a lease while it runs, so a second copy cannot start even if a fence reports success without powering the host off. Failover readiness warns about protected guests on hosts without one.</source>
      <translation>在其 qemu.conf 中设置 lock_manager 后，虚拟机运行时其磁盘持有租约，因此即使隔离报告成功却未关闭主机电源，第二个副本也无法启动。故障转移就绪检查会对没有锁管理器的主机上的受保护虚拟机发出警告。</translation>
    </message>
    <message>
      <source>libvirt URI</source>
      <translation>libvirt URI</translation>
    </message>
    <message>
      <source>local %1 driver</source>
      <translation>本地 %1 驱动</translation>
    </message>
    <message>
      <source>taken from the URI when empty</source>
      <translation>为空时取自 URI</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostKeyTrust</name>
    <message>
      <source>%1 is not reached over ssh</source>
      <translation>%1 不是通过 ssh 连接的</translation>
    </message>
    <message>
      <source>&lt;p&gt;%1 offers this SSH host key, which this computer has not seen before:&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host's own before you trust it. On the host, run:&lt;/p&gt;&lt;pre&gt;for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done&lt;/pre&gt;&lt;p&gt;Trust it only if both are the same.&lt;/p&gt;</source>
      <translation>&lt;p&gt;%1 提供了本机从未见过的 SSH 主机密钥：&lt;/p&gt;&lt;p&gt;&lt;nobr&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/nobr&gt;&lt;/p&gt;&lt;p&gt;信任之前，请与主机自身的密钥比较。在主机上运行：&lt;/p&gt;&lt;pre&gt;for k in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf $k; done&lt;/pre&gt;&lt;p&gt;仅当两者相同时才信任它。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Trust Host Key</source>
      <translation>信任主机密钥</translation>
    </message>
    <message>
      <source>Trust This Key</source>
      <translation>信任此密钥</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::HostPage</name>
    <message>
      <source>%1 (%2 %)</source>
      <translation>%1（%2 %）</translation>
    </message>
    <message>
      <source>%1 (%2) — %3 CPUs: %4 socket(s) × %5 core(s) × %6 thread(s), %7 MHz, %8 NUMA node(s)</source>
      <translation>%1（%2）— %3 个 CPU：%4 个插槽 × %5 个核心 × %6 个线程，%7 MHz，%8 个 NUMA 节点</translation>
    </message>
    <message>
      <source>%1 total, %2 free</source>
      <translation>共 %1，空闲 %2</translation>
    </message>
    <message>
      <source>%1 total; free memory not reported by this driver</source>
      <translation>共 %1；此驱动不报告空闲内存</translation>
    </message>
    <message>
      <source>&amp;Charts</source>
      <translation>图表(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Storage and networks</source>
      <translation>存储和网络(&amp;S)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Networks&lt;/b&gt;</source>
      <translation>&lt;b&gt;网络&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Storage pools&lt;/b&gt;</source>
      <translation>&lt;b&gt;存储池&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;h2&gt;No host selected&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;未选择主机&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>网桥</translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>容量</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>向前</translation>
    </message>
    <message>
      <source>Hostname</source>
      <translation>主机名</translation>
    </message>
    <message>
      <source>Hypervisor</source>
      <translation>虚拟化管理程序</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>内存</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>下次尝试</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>路径</translation>
    </message>
    <message>
      <source>Pick a host in the navigator.</source>
      <translation>请在导航栏中选择一台主机。</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>起始时间</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Storage pool</source>
      <translation>存储池</translation>
    </message>
    <message>
      <source>Storage pools</source>
      <translation>存储池</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>URI</source>
      <translation>URI</translation>
    </message>
    <message>
      <source>Used</source>
      <translation>已用</translation>
    </message>
    <message>
      <source>active</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>未激活</translation>
    </message>
    <message>
      <source>libvirt</source>
      <translation>libvirt</translation>
    </message>
    <message>
      <source>not known yet: the host has not been reached</source>
      <translation>尚不清楚：尚未连接到主机</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::InventoryPage</name>
    <message>
      <source>%1 of %2 guests</source>
      <translation>%2 个虚拟机中的 %1 个</translation>
    </message>
    <message>
      <source>All hosts</source>
      <translation>所有主机</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>所有状态</translation>
    </message>
    <message>
      <source>Crashed / unknown</source>
      <translation>崩溃 / 未知</translation>
    </message>
    <message>
      <source>Filter guests by name or host (Ctrl+F)</source>
      <translation>按名称或主机筛选虚拟机 (Ctrl+F)</translation>
    </message>
    <message>
      <source>Guest filter</source>
      <translation>虚拟机筛选</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>运行中</translation>
    </message>
    <message>
      <source>Shut off</source>
      <translation>已关机</translation>
    </message>
    <message>
      <source>State filter</source>
      <translation>状态筛选</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::LimitsPage</name>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source>&amp;Grace after the link is lost:</source>
      <translation>断开后宽限时间(&amp;G)：</translation>
    </message>
    <message>
      <source>&amp;Max restarts per guest:</source>
      <translation>每个虚拟机最多重启次数(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;Spare capacity for host failures:</source>
      <translation>为主机故障预留容量(&amp;S)：</translation>
    </message>
    <message>
      <source>A fenced host's disk leases can outlive it on shared storage (NFS v4: 90 s, sanlock: about 80 s). A restart refused because a disk is still leased is retried this long before the fence is called ineffective; nothing else of that failover starts meanwhile.</source>
      <translation>被隔离主机的磁盘租约可能在共享存储上比主机存活更久（NFS v4：90 秒，sanlock：约 80 秒）。因磁盘仍被租用而被拒绝的重启会在此时长内重试，之后才判定隔离无效；在此期间该故障转移的其他虚拟机不会启动。</translation>
    </message>
    <message>
      <source>Detection and limits</source>
      <translation>检测与限制</translation>
    </message>
    <message>
      <source>How fast a host counts as failed, and how far the restarts may go.</source>
      <translation>主机多快被判定为故障，以及重新启动可以进行到什么程度。</translation>
    </message>
    <message>
      <source>Keepalive &amp;count:</source>
      <translation>保活次数(&amp;C)：</translation>
    </message>
    <message>
      <source>Keepalive &amp;interval:</source>
      <translation>保活间隔(&amp;I)：</translation>
    </message>
    <message>
      <source>Move guests back to their preferred host when it recovers (not done yet: kept with the policy only)</source>
      <translation>首选主机恢复后将虚拟机迁回（尚未实现：仅随策略保存）</translation>
    </message>
    <message>
      <source>Wait for &amp;disk leases after a fence:</source>
      <translation>隔离后等待磁盘租约(&amp;D)：</translation>
    </message>
    <message>
      <source>v&amp;CPU overcommit on targets:</source>
      <translation>目标主机 vCPU 超配(&amp;C)：</translation>
    </message>
    <message>
      <source>… within:</source>
      <translation>… 时间范围：</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::LoginDialog</name>
    <message>
      <source>&amp;Log In</source>
      <translation>登录(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Remember in the desktop keyring</source>
      <translation>保存在桌面密钥环中(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>用户(&amp;U)：</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; asks for a login:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;It goes to this URI only (libssh password or key passphrase, or a SASL login).&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; 要求登录：&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;登录信息只发送到此 URI（libssh 密码或密钥口令，或 SASL 登录）。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;The host refused the login Vigil had for it.&lt;/p&gt;</source>
      <translation>&lt;p&gt;主机拒绝了 Vigil 为其保存的登录信息。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Log In to %1</source>
      <translation>登录到 %1</translation>
    </message>
    <message>
      <source>The login is used until Vigil quits, but the desktop keyring did not keep it: %1</source>
      <translation>登录信息在 Vigil 退出前有效，但桌面密钥环未能保存它：%1</translation>
    </message>
    <message>
      <source>Vigil stores it in the desktop keyring (Secret Service or KWallet), never in its database or a file. Untick to forget a remembered login.</source>
      <translation>Vigil 将其保存在桌面密钥环（Secret Service 或 KWallet）中，绝不写入数据库或文件。取消勾选可忘记已保存的登录信息。</translation>
    </message>
    <message>
      <source>it did not answer within %1 s</source>
      <translation>它在 %1 秒内没有响应</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MainWindow</name>
    <message>
      <source>%1 hosts: %2 up, %3 unreachable  |  %4 guests, %5 active</source>
      <translation>%1 台主机：%2 台在线，%3 台不可达  |  %4 个虚拟机，%5 个活动</translation>
    </message>
    <message>
      <source>%1 on %2</source>
      <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
      <source>%n backup run(s) are still running; closing cancels them, the guests keep running and no partial backup is kept.</source>
      <translation>
        <numerusform>仍有 %n 个备份运行；关闭将取消它们，虚拟机继续运行，不保留不完整的备份。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n guest move(s) are still running; closing cancels them and the guests keep running on their source hosts.</source>
      <translation>
        <numerusform>仍有 %n 个虚拟机迁移在进行；关闭将取消它们，虚拟机继续在源主机上运行。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;About Vigil</source>
      <translation>关于 Vigil(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Balance</source>
      <translation>负载均衡(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Export Health Report…</source>
      <translation>导出健康报告(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Failover</source>
      <translation>故障转移(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Guest</source>
      <translation>虚拟机(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>虚拟机(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Migrate…</source>
      <translation>迁移(&amp;M)…</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>概览(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>About Vigil</source>
      <translation>关于 Vigil</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>告警</translation>
    </message>
    <message>
      <source>All hosts</source>
      <translation>所有主机</translation>
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
      <translation>备份(&amp;K)</translation>
    </message>
    <message>
      <source>Critical alert: %1</source>
      <translation>严重告警：%1</translation>
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
      <translation>事件日志</translation>
    </message>
    <message>
      <source>Event log</source>
      <translation>事件日志</translation>
    </message>
    <message>
      <source>Failover engine state</source>
      <translation>故障转移引擎状态</translation>
    </message>
    <message>
      <source>Failover: active in this console</source>
      <translation>故障转移：在此控制台中活动</translation>
    </message>
    <message>
      <source>Failover: passive — %1 holds the lease</source>
      <translation>故障转移：被动 — 租约由 %1 持有</translation>
    </message>
    <message>
      <source>H&amp;ost</source>
      <translation>主机(&amp;O)</translation>
    </message>
    <message>
      <source>Host &amp;Details</source>
      <translation>主机详情(&amp;D)</translation>
    </message>
    <message>
      <source>Host &amp;details</source>
      <translation>主机详情(&amp;D)</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <source>Migrations</source>
      <translation>迁移</translation>
    </message>
    <message>
      <source>Only one console or agent per database acts on host failures.</source>
      <translation>每个数据库只有一个控制台或代理处理主机故障。</translation>
    </message>
    <message>
      <source>Vigil</source>
      <translation>Vigil</translation>
    </message>
    <message>
      <source>Vigil %1 — high availability for libvirt clusters.</source>
      <translation>Vigil %1 — libvirt 集群的高可用性。</translation>
    </message>
    <message>
      <source>Vigil — demo cluster</source>
      <translation>Vigil — 演示集群</translation>
    </message>
    <message>
      <source>Work in progress</source>
      <translation>工作进行中</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MaintenanceDialog</name>
    <message>
      <source>%1 guest(s) will move; %2 stay.</source>
      <translation>将迁移 %1 个虚拟机；%2 个保留。</translation>
    </message>
    <message>
      <source>&amp;Enter Maintenance</source>
      <translation>进入维护(&amp;E)</translation>
    </message>
    <message>
      <source>Evacuation plan</source>
      <translation>疏散计划</translation>
    </message>
    <message>
      <source>Goes to</source>
      <translation>迁往</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>How many guests move at the same time</source>
      <translation>同时迁移的虚拟机数量</translation>
    </message>
    <message>
      <source>Maintenance of %1</source>
      <translation>%1 的维护</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>内存</translation>
    </message>
    <message>
      <source>Moves at a &amp;time:</source>
      <translation>同时迁移数(&amp;T)：</translation>
    </message>
    <message>
      <source>While %1 is in maintenance, new guests and failover restarts avoid it and its loss of connection starts no failover. Each running guest moves live to its own target:</source>
      <translation>在 %1 维护期间，新虚拟机和故障转移重启会避开它，其失联也不会触发故障转移。每个运行中的虚拟机都会在线迁移到各自的目标：</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>stays</source>
      <translation>保留</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MetricChart</name>
    <message>
      <source>%1: %2 %3</source>
      <translation>%1：%2 %3</translation>
    </message>
    <message>
      <source>%1: not reported</source>
      <translation>%1：未报告</translation>
    </message>
    <message>
      <source>/s</source>
      <translation>/秒</translation>
    </message>
    <message>
      <source>Could not write %1</source>
      <translation>无法写入 %1</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <source>Save chart</source>
      <translation>保存图表</translation>
    </message>
    <message>
      <source>Save chart as PNG…</source>
      <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
      <source>no statistics in this range yet</source>
      <translation>此时间范围内尚无统计数据</translation>
    </message>
    <message>
      <source>not reported by this host</source>
      <translation>此主机未报告</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MetricsPanel</name>
    <message>
      <source>1 h</source>
      <translation>1 小时</translation>
    </message>
    <message>
      <source>15 min</source>
      <translation>15 分钟</translation>
    </message>
    <message>
      <source>24 h</source>
      <translation>24 小时</translation>
    </message>
    <message>
      <source>30 d</source>
      <translation>30 天</translation>
    </message>
    <message>
      <source>7 d</source>
      <translation>7 天</translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Could not write %1.</source>
      <translation>无法写入 %1。</translation>
    </message>
    <message>
      <source>Disk operations</source>
      <translation>磁盘操作</translation>
    </message>
    <message>
      <source>Disk throughput</source>
      <translation>磁盘吞吐量</translation>
    </message>
    <message>
      <source>Export PNG…</source>
      <translation>导出 PNG…</translation>
    </message>
    <message>
      <source>Export charts</source>
      <translation>导出图表</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>内存</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <source>Show the last %1</source>
      <translation>显示最近 %1</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MigrateDialog</name>
    <message>
      <source> MiB/s</source>
      <translation> MiB/秒</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>%1 (on %2)</source>
      <translation>%1（在 %2 上）</translation>
    </message>
    <message>
      <source>%1 is not running: choose an offline move</source>
      <translation>%1 未运行：请选择离线迁移</translation>
    </message>
    <message>
      <source>%1 is not up</source>
      <translation>%1 不在线</translation>
    </message>
    <message>
      <source>%1 is running: an offline move needs it shut off</source>
      <translation>%1 正在运行：离线迁移需要先关机</translation>
    </message>
    <message>
      <source>%1 of %2 guest(s) can move; the others stay where they are (see why above).</source>
      <translation>%2 个虚拟机中有 %1 个可以迁移；其余保持原位（原因见上）。</translation>
    </message>
    <message>
      <source>%1: %2 → %3</source>
      <translation>%1：%2 → %3</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s) can move.</source>
      <translation>
        <numerusform>%n 个虚拟机可以迁移。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Auto-converge (slow a busy guest down so the move finishes)</source>
      <translation>自动收敛（减慢繁忙虚拟机以完成迁移）(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Bandwidth limit:</source>
      <translation>带宽限制(&amp;B)：</translation>
    </message>
    <message>
      <source>&amp;Cold relocation (shut down, define on the target, start there) — for hosts whose driver cannot migrate</source>
      <translation>冷迁移（关机、在目标上定义并启动）— 用于驱动不支持迁移的主机(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Live (the guest keeps running)</source>
      <translation>在线（虚拟机继续运行）(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Move</source>
      <translation>迁移(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Post-copy if pre-copy does not converge</source>
      <translation>预复制不收敛时使用后复制(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Target:</source>
      <translation>目标(&amp;T)：</translation>
    </message>
    <message>
      <source>&lt;b&gt;Pre-flight checklist&lt;/b&gt;</source>
      <translation>&lt;b&gt;预检清单&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Best host for each guest</source>
      <translation>每个虚拟机的最佳主机</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>Co&amp;mpress memory pages</source>
      <translation>压缩内存页(&amp;M)</translation>
    </message>
    <message>
      <source>Copy &amp;disks that are not on shared storage</source>
      <translation>复制不在共享存储上的磁盘(&amp;D)</translation>
    </message>
    <message>
      <source>Guest state</source>
      <translation>虚拟机状态</translation>
    </message>
    <message>
      <source>How many moves run at the same time</source>
      <translation>同时进行的迁移数</translation>
    </message>
    <message>
      <source>Migrate %1</source>
      <translation>迁移 %1</translation>
    </message>
    <message numerus="yes">
      <source>Migrate %n Guests</source>
      <translation>
        <numerusform>迁移 %n 个虚拟机</numerusform>
      </translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>模式</translation>
    </message>
    <message>
      <source>Mode:</source>
      <translation>模式：</translation>
    </message>
    <message>
      <source>Moves at a &amp;time:</source>
      <translation>同时迁移数(&amp;T)：</translation>
    </message>
    <message>
      <source>O&amp;ffline (move a shut-off guest's definition)</source>
      <translation>离线（迁移已关机虚拟机的定义）(&amp;F)</translation>
    </message>
    <message>
      <source>Pre-flight checklist</source>
      <translation>预检清单</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Target host</source>
      <translation>目标主机</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>asking %1…</source>
      <translation>正在询问 %1…</translation>
    </message>
    <message>
      <source>both hosts can migrate: use a live or offline move</source>
      <translation>两台主机都能迁移：请使用在线或离线迁移</translation>
    </message>
    <message>
      <source>can move</source>
      <translation>可以迁移</translation>
    </message>
    <message>
      <source>cannot move</source>
      <translation>无法迁移</translation>
    </message>
    <message>
      <source>could not be checked</source>
      <translation>无法检查</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>未通过</translation>
    </message>
    <message>
      <source>no host passes the checks for this guest</source>
      <translation>没有主机能通过此虚拟机的检查</translation>
    </message>
    <message>
      <source>pass</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>unlimited</source>
      <translation>不限</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>警告</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MigrationsPanel</name>
    <message>
      <source>&amp;Cancel Move</source>
      <translation>取消迁移(&amp;C)</translation>
    </message>
    <message>
      <source>Migrations</source>
      <translation>迁移</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::MoveStatusNote</name>
    <message numerus="yes">
      <source>%1 of %n move(s) did not finish; see the Migrations panel</source>
      <translation>
        <numerusform>%n 个迁移中有 %1 个未完成；请查看迁移面板</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n move(s) finished</source>
      <translation>
        <numerusform>%n 个迁移已完成</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n move(s) queued; see the Migrations panel</source>
      <translation>
        <numerusform>已排队 %n 个迁移；请查看迁移面板</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::OverviewPage</name>
    <message>
      <source> · %1 connecting</source>
      <translation> · %1 正在连接</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>%1 allocated</source>
      <translation>已分配 %1</translation>
    </message>
    <message>
      <source>%1 critical</source>
      <translation>%1 严重</translation>
    </message>
    <message>
      <source>%1 in maintenance</source>
      <translation>%1 维护中</translation>
    </message>
    <message>
      <source>%1 met</source>
      <translation>%1 个达标</translation>
    </message>
    <message>
      <source>%1 missed</source>
      <translation>%1 个未达标</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%2 中的 %1</translation>
    </message>
    <message>
      <source>%1 of %2 on %3 host(s)</source>
      <translation>%3 台主机上 %2 中的 %1</translation>
    </message>
    <message>
      <source>%1 running · %2 paused · %3 stopped</source>
      <translation>%1 运行 · %2 暂停 · %3 停止</translation>
    </message>
    <message>
      <source>%1 unknown (host unreachable)</source>
      <translation>%1 个未知（主机不可达）</translation>
    </message>
    <message>
      <source>%1 unreachable</source>
      <translation>%1 不可达</translation>
    </message>
    <message>
      <source>%1 up</source>
      <translation>%1 在线</translation>
    </message>
    <message>
      <source>%1 used</source>
      <translation>已用 %1</translation>
    </message>
    <message>
      <source>%1 warning</source>
      <translation>%1 警告</translation>
    </message>
    <message numerus="yes">
      <source>%n failed restore drill(s)</source>
      <translation>
        <numerusform>%n 个恢复演练失败</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup RPO</source>
      <translation>备份 RPO</translation>
    </message>
    <message>
      <source>Busiest guests</source>
      <translation>最繁忙的虚拟机</translation>
    </message>
    <message>
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Cluster CPU</source>
      <translation>集群 CPU</translation>
    </message>
    <message>
      <source>Cluster memory</source>
      <translation>集群内存</translation>
    </message>
    <message>
      <source>Failed the last restore drill: %1</source>
      <translation>上次恢复演练失败：%1</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Host health</source>
      <translation>主机健康</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Largest guests</source>
      <translation>最大的虚拟机</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>内存</translation>
    </message>
    <message>
      <source>Missed the RPO: %1</source>
      <translation>未达到 RPO：%1</translation>
    </message>
    <message>
      <source>Open alerts</source>
      <translation>未解决的告警</translation>
    </message>
    <message>
      <source>Top guests by CPU</source>
      <translation>CPU 占用最高的虚拟机</translation>
    </message>
    <message>
      <source>Top guests by memory</source>
      <translation>内存占用最高的虚拟机</translation>
    </message>
    <message>
      <source>across %1 CPUs that report load</source>
      <translation>基于 %1 个报告负载的 CPU</translation>
    </message>
    <message>
      <source>alerts run in the console and the agent</source>
      <translation>告警在控制台和代理中运行</translation>
    </message>
    <message>
      <source>free memory not reported by these hosts</source>
      <translation>这些主机不报告空闲内存</translation>
    </message>
    <message>
      <source>guest CPU not reported by these hosts</source>
      <translation>这些主机不报告虚拟机 CPU</translation>
    </message>
    <message>
      <source>no backup job states an RPO</source>
      <translation>没有备份作业设定 RPO</translation>
    </message>
    <message>
      <source>not reported by these hosts</source>
      <translation>这些主机未报告</translation>
    </message>
    <message>
      <source>waiting for the first samples</source>
      <translation>正在等待首批采样</translation>
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
      <translation>共享存储池(&amp;S)（位于每台主机都挂载的 NFS 或集群文件系统上的 dir 或 fs 存储池，各处名称和路径相同）：</translation>
    </message>
    <message>
      <source>1 is tried first; 0 means no preference.</source>
      <translation>先尝试 1；0 表示无偏好。</translation>
    </message>
    <message>
      <source>A group needs at least two guests: %1</source>
      <translation>一个组至少需要两个虚拟机：%1</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>禁止</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Keep &amp;apart (anti-affinity):</source>
      <translation>分开放置（反亲和）(&amp;A)：</translation>
    </message>
    <message>
      <source>Keep &amp;together (affinity):</source>
      <translation>放在一起（亲和）(&amp;T)：</translation>
    </message>
    <message>
      <source>Keep apart</source>
      <translation>分开放置</translation>
    </message>
    <message>
      <source>Keep together</source>
      <translation>放在一起</translation>
    </message>
    <message>
      <source>One group per line, guests separated by commas: app-1, db-1</source>
      <translation>每行一个组，虚拟机以逗号分隔：app-1, db-1</translation>
    </message>
    <message>
      <source>One group per line: web-1, web-2, web-3</source>
      <translation>每行一个组：web-1, web-2, web-3</translation>
    </message>
    <message>
      <source>Placement</source>
      <translation>放置</translation>
    </message>
    <message>
      <source>Preference</source>
      <translation>偏好</translation>
    </message>
    <message>
      <source>Shared storage pools</source>
      <translation>共享存储池</translation>
    </message>
    <message>
      <source>Where may the guests restart? Preferred hosts are tried first (1 before 2); forbidden hosts are never used.</source>
      <translation>虚拟机可以在哪里重新启动？先尝试首选主机（1 先于 2）；绝不使用禁止的主机。</translation>
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
      <translation>无法保存策略</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>放弃更改？</translation>
    </message>
    <message>
      <source>Discard this new policy?</source>
      <translation>放弃此新策略？</translation>
    </message>
    <message>
      <source>Discard your changes to the policy %1?</source>
      <translation>放弃对策略 %1 的更改？</translation>
    </message>
    <message>
      <source>Edit Failover Policy</source>
      <translation>编辑故障转移策略</translation>
    </message>
    <message>
      <source>New Failover Policy</source>
      <translation>新建故障转移策略</translation>
    </message>
    <message>
      <source>Nothing has been saved yet.</source>
      <translation>尚未保存任何内容。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::PreferencesDialog</name>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>语言(&amp;L)：</translation>
    </message>
    <message>
      <source>&amp;Theme:</source>
      <translation>主题(&amp;T)：</translation>
    </message>
    <message>
      <source>Collect &amp;every:</source>
      <translation>采集间隔(&amp;E)：</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>深色</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>Keep &amp;1-minute averages:</source>
      <translation>保留 1 分钟平均值(&amp;1)：</translation>
    </message>
    <message>
      <source>Keep &amp;raw samples:</source>
      <translation>保留原始样本(&amp;R)：</translation>
    </message>
    <message>
      <source>Keep 1-&amp;hour averages:</source>
      <translation>保留 1 小时平均值(&amp;H)：</translation>
    </message>
    <message>
      <source>Keepalive &amp;count:</source>
      <translation>保活次数(&amp;C)：</translation>
    </message>
    <message>
      <source>Keepalive &amp;interval:</source>
      <translation>保活间隔(&amp;I)：</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>浅色</translation>
    </message>
    <message>
      <source>New hosts</source>
      <translation>新主机</translation>
    </message>
    <message>
      <source>Notifications and appearance</source>
      <translation>通知与外观</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>首选项</translation>
    </message>
    <message>
      <source>Show a desktop notification for new critical alerts</source>
      <translation>为新的严重告警显示桌面通知</translation>
    </message>
    <message>
      <source>Statistics and history</source>
      <translation>统计与历史</translation>
    </message>
    <message>
      <source>The language changes the next time Vigil starts.</source>
      <translation>语言将在下次启动 Vigil 时更改。</translation>
    </message>
    <message>
      <source>These apply the next time Vigil starts. About 0.8 MiB per guest per day of raw samples, 0.12 MiB of 1-minute and 2 KiB of 1-hour averages.</source>
      <translation>这些设置在下次启动 Vigil 时生效。每个虚拟机每天约 0.8 MiB 原始样本、0.12 MiB 的 1 分钟平均值和 2 KiB 的 1 小时平均值。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::PrioritiesPage</name>
    <message>
      <source>(nothing)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>虚拟机</translation>
    </message>
    <message>
      <source>Priorities and order</source>
      <translation>优先级与顺序</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <source>Priority 1 restarts first, 5 last. A guest can wait until another one runs.</source>
      <translation>优先级 1 最先启动，5 最后。虚拟机可以等待另一个虚拟机运行后再启动。</translation>
    </message>
    <message>
      <source>Priority of guests matched by the &amp;pattern:</source>
      <translation>模式匹配的虚拟机的优先级(&amp;P)：</translation>
    </message>
    <message>
      <source>Start after</source>
      <translation>在其后启动</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::Report</name>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message>
      <source>Host CPU</source>
      <translation>主机 CPU</translation>
    </message>
    <message>
      <source>Host CPU load (the ten busiest hosts)</source>
      <translation>主机 CPU 负载（最繁忙的十台主机）</translation>
    </message>
    <message>
      <source>Host memory used</source>
      <translation>主机已用内存</translation>
    </message>
    <message>
      <source>Host memory used (the ten fullest hosts)</source>
      <translation>主机已用内存（内存占用最高的十台主机）</translation>
    </message>
    <message>
      <source>Vigil health report</source>
      <translation>Vigil 健康报告</translation>
    </message>
    <message>
      <source>no statistics recorded for these hosts in this range</source>
      <translation>此时间范围内没有记录这些主机的统计数据</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::ReportDialog</name>
    <message>
      <source>%1 &lt;a href="%2"&gt;Open it&lt;/a&gt;</source>
      <translation>%1 &lt;a href="%2"&gt;打开&lt;/a&gt;</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>取消(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>格式(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Range:</source>
      <translation>范围(&amp;R)：</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
      <source>Actions and changes</source>
      <translation>操作和更改</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>告警</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>CSV table</source>
      <translation>CSV 表格</translation>
    </message>
    <message>
      <source>Cancelled; nothing was written.</source>
      <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>Cluster summary</source>
      <translation>集群摘要</translation>
    </message>
    <message>
      <source>Collecting…</source>
      <translation>正在收集…</translation>
    </message>
    <message>
      <source>Drawing charts…</source>
      <translation>正在绘制图表…</translation>
    </message>
    <message>
      <source>Export Health Report</source>
      <translation>导出健康报告</translation>
    </message>
    <message>
      <source>HA readiness</source>
      <translation>高可用就绪情况</translation>
    </message>
    <message>
      <source>HTML page</source>
      <translation>HTML 页面</translation>
    </message>
    <message>
      <source>Host health and capacity</source>
      <translation>主机健康与容量</translation>
    </message>
    <message>
      <source>Hosts</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Hosts in the report</source>
      <translation>报告中的主机</translation>
    </message>
    <message>
      <source>JSON data</source>
      <translation>JSON 数据</translation>
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation>最近 24 小时</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <source>Last hour</source>
      <translation>最近 1 小时</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>PDF 文档</translation>
    </message>
    <message>
      <source>Pick at least one host.</source>
      <translation>请至少选择一台主机。</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>保存报告</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>已保存到 %1。</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>章节</translation>
    </message>
    <message>
      <source>Storage pools and networks</source>
      <translation>存储池和网络</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>正在写入 %1…</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Ui::RestoreDialog</name>
    <message>
      <source>%1 (unreachable)</source>
      <translation>%1（不可达）</translation>
    </message>
    <message>
      <source>%1 still exists; a restore next to it needs a new identity.</source>
      <translation>%1 仍然存在；在其旁边还原需要新的身份。</translation>
    </message>
    <message>
      <source>%1-restored</source>
      <translation>%1-restored</translation>
    </message>
    <message>
      <source>&amp;Disks go to:</source>
      <translation>磁盘位置(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Host:</source>
      <translation>主机(&amp;H)：</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>还原(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Start the guest after restoring it</source>
      <translation>还原后启动虚拟机(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Test Restore</source>
      <translation>测试还原(&amp;T)</translation>
    </message>
    <message>
      <source>A full backup</source>
      <translation>一个完整备份</translation>
    </message>
    <message>
      <source>A restore test cannot run on this host: %1</source>
      <translation>无法在此主机上运行还原测试：%1</translation>
    </message>
    <message numerus="yes">
      <source>Backup of %1 taken %2 on %3: %4, %5.
%6 — %7 in %n backup(s).</source>
      <translation>
        <numerusform>%1 的备份，于 %2 在 %3 上创建：%4，%5。
%6 — %7，共 %n 个备份。</numerusform>
      </translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Na&amp;me:</source>
      <translation>名称(&amp;M)：</translation>
    </message>
    <message>
      <source>Restore %1</source>
      <translation>还原 %1</translation>
    </message>
    <message>
      <source>Restore as a &amp;new guest (new name, UUID and MAC addresses)</source>
      <translation>还原为新虚拟机（新名称、UUID 和 MAC 地址）(&amp;N)</translation>
    </message>
    <message>
      <source>Restore checklist</source>
      <translation>还原检查清单</translation>
    </message>
    <message>
      <source>Restore in progress</source>
      <translation>正在还原</translation>
    </message>
    <message>
      <source>Restore under a scratch name with network links down, start it, check that it runs (and that its guest agent answers, if it has one), then remove it.</source>
      <translation>以临时名称还原（网络链路断开），启动它，检查其是否运行（如有虚拟机代理，检查其是否应答），然后删除。</translation>
    </message>
    <message>
      <source>Restores the full backup and %1 incremental one(s) on top</source>
      <translation>还原完整备份及其上的 %1 个增量备份</translation>
    </message>
    <message>
      <source>Restoring into a scratch guest, starting it…</source>
      <translation>正在还原到临时虚拟机并启动…</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>正在还原…</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Target host</source>
      <translation>目标主机</translation>
    </message>
    <message>
      <source>The saved definition cannot be read: %1</source>
      <translation>无法读取保存的定义：%1</translation>
    </message>
    <message>
      <source>This backup cannot be restored: %1</source>
      <translation>无法还原此备份：%1</translation>
    </message>
    <message>
      <source>Where the restored disk files are created, as the host sees it. Existing files are never overwritten.</source>
      <translation>还原的磁盘文件的创建位置（按主机所见路径）。绝不会覆盖已有文件。</translation>
    </message>
    <message>
      <source>full</source>
      <translation>完整</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>增量</translation>
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
      <translation>%1 最多 %2 秒后检测到故障（保活 %3 秒 × %4）；此策略要求 %5 秒。请通过“主机 ▸ 编辑主机”修改。</translation>
    </message>
    <message>
      <source>, pattern %1</source>
      <translation>，模式 %1</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%1&lt;/b&gt;: %n explicit guest(s)</source>
      <translation>
        <numerusform>&lt;b&gt;%1&lt;/b&gt;：%n 个明确指定的虚拟机</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Admission control: the cluster cannot absorb %n host failure(s) with these members.</source>
      <translation>
        <numerusform>准入控制：集群无法在这些成员下承受 %n 台主机故障。</numerusform>
      </translation>
    </message>
    <message>
      <source>Restarts without fencing: split-brain risk.</source>
      <translation>不隔离重启：有脑裂风险。</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>Simulating…</source>
      <translation>正在模拟…</translation>
    </message>
    <message>
      <source>What would happen with this policy if each host died now.</source>
      <translation>如果现在每台主机分别故障，此策略下会发生什么。</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Virt</name>
    <message>
      <source>%1 (libvirt's TLS files for this host: the CA certificate that signed the hosts' certificates, and this machine's certificate and key signed by the CA the hosts trust; pkipath=DIR in the URI says where they are). %2</source>
      <translation>%1（libvirt 用于此主机的 TLS 文件：签发各主机证书的 CA 证书，以及由主机信任的 CA 签发的本机证书和密钥；URI 中的 pkipath=DIR 指定其位置）。%2</translation>
    </message>
    <message>
      <source>%1 is reached through a proxy or under a HostKeyAlias: Vigil cannot read its key the way ssh sees it; connect once with ssh in a terminal to trust it</source>
      <translation>%1 通过代理或 HostKeyAlias 访问：Vigil 无法按 ssh 的方式读取其密钥；请在终端中用 ssh 连接一次以信任它</translation>
    </message>
    <message>
      <source>%1 no longer offers the key %2 (it offers %3): nothing was trusted</source>
      <translation>%1 已不再提供密钥 %2（现在提供 %3）：未信任任何密钥</translation>
    </message>
    <message>
      <source>%1 offered no SSH host key (is it an SSH server?)</source>
      <translation>%1 未提供 SSH 主机密钥（它是 SSH 服务器吗？）</translation>
    </message>
    <message>
      <source>%1 refused the connection: nothing listens on port %2 (is %3 running there, and is the port right?)</source>
      <translation>%1 拒绝了连接：端口 %2 上没有服务监听（%3 是否在运行，端口是否正确？）</translation>
    </message>
    <message>
      <source>%1: is it signed by the CA the host trusts, and still valid?</source>
      <translation>%1：它是否由主机信任的 CA 签发，且仍然有效？</translation>
    </message>
    <message>
      <source>; it offers %1</source>
      <translation>；它提供 %1</translation>
    </message>
    <message>
      <source>Check the client certificate or the SASL credentials libvirt uses for this host.</source>
      <translation>请检查 libvirt 用于此主机的客户端证书或 SASL 凭据。</translation>
    </message>
    <message>
      <source>Vigil never types passwords into ssh: load a key into ssh-agent or ~/.ssh and authorize it on the host (ssh-copy-id), or log in with a password over qemu+libssh:// instead.</source>
      <translation>Vigil 从不向 ssh 输入密码：请将密钥加载到 ssh-agent 或 ~/.ssh 并在主机上授权（ssh-copy-id），或改用 qemu+libssh:// 以密码登录。</translation>
    </message>
    <message>
      <source>Vigil tries again as soon as the login changes, or when you reconnect the host.</source>
      <translation>登录信息一旦更改，或在您重新连接主机时，Vigil 会再次尝试。</translation>
    </message>
    <message>
      <source>Vigil tries again in 10 minutes, or at once when you reconnect the host or change it.</source>
      <translation>Vigil 将在 10 分钟后重试；重新连接或修改此主机则立即重试。</translation>
    </message>
    <message>
      <source>booted</source>
      <translation>已启动</translation>
    </message>
    <message>
      <source>cannot connect to %1: %2</source>
      <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
      <source>cannot create %1</source>
      <translation>无法创建 %1</translation>
    </message>
    <message>
      <source>cannot write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message>
      <source>closed by Vigil</source>
      <translation>由 Vigil 关闭</translation>
    </message>
    <message>
      <source>configuration updated</source>
      <translation>配置已更新</translation>
    </message>
    <message>
      <source>connection closed</source>
      <translation>连接已关闭</translation>
    </message>
    <message>
      <source>connection error</source>
      <translation>连接错误</translation>
    </message>
    <message>
      <source>crashed</source>
      <translation>已崩溃</translation>
    </message>
    <message>
      <source>defined</source>
      <translation>已定义</translation>
    </message>
    <message>
      <source>event %1/%2</source>
      <translation>事件 %1/%2</translation>
    </message>
    <message>
      <source>failed to start</source>
      <translation>启动失败</translation>
    </message>
    <message>
      <source>forced off</source>
      <translation>已强制关机</translation>
    </message>
    <message>
      <source>it asked again for the same password</source>
      <translation>它再次询问了同一个密码</translation>
    </message>
    <message>
      <source>it may not name the host as the URI does, not be signed by this machine's CA certificate, or have expired</source>
      <translation>它可能未包含 URI 中的主机名、并非由本机的 CA 证书签发，或已过期</translation>
    </message>
    <message>
      <source>migrated away</source>
      <translation>已迁出</translation>
    </message>
    <message>
      <source>migrated in</source>
      <translation>已迁入</translation>
    </message>
    <message>
      <source>no answer from %1 within %2 s: the host is down, or a firewall drops the packets</source>
      <translation>%1 在 %2 秒内无应答：主机已关闭，或防火墙丢弃了数据包</translation>
    </message>
    <message>
      <source>no keepalive answer from the host</source>
      <translation>主机无保活应答</translation>
    </message>
    <message>
      <source>no route to %1: the host is down or not on a network this machine reaches</source>
      <translation>没有到 %1 的路由：主机已关闭，或不在本机可达的网络中</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <source>paused after an API error</source>
      <translation>因 API 错误暂停</translation>
    </message>
    <message>
      <source>paused after an I/O error</source>
      <translation>因 I/O 错误暂停</translation>
    </message>
    <message>
      <source>paused by a user</source>
      <translation>由用户暂停</translation>
    </message>
    <message>
      <source>paused by the watchdog</source>
      <translation>由看门狗暂停</translation>
    </message>
    <message>
      <source>paused for migration</source>
      <translation>为迁移而暂停</translation>
    </message>
    <message>
      <source>paused while shutting down</source>
      <translation>关机过程中暂停</translation>
    </message>
    <message>
      <source>paused: disk I/O error</source>
      <translation>已暂停：磁盘 I/O 错误</translation>
    </message>
    <message>
      <source>paused: guest crashed</source>
      <translation>已暂停：虚拟机崩溃</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <source>resumed</source>
      <translation>已继续</translation>
    </message>
    <message>
      <source>shut down normally</source>
      <translation>正常关机</translation>
    </message>
    <message>
      <source>shutting down</source>
      <translation>正在关机</translation>
    </message>
    <message>
      <source>ssh-keyscan %1 did not finish within 10 s</source>
      <translation>ssh-keyscan %1 未在 10 秒内完成</translation>
    </message>
    <message>
      <source>started</source>
      <translation>已启动</translation>
    </message>
    <message>
      <source>started (from snapshot)</source>
      <translation>已启动（从快照）</translation>
    </message>
    <message>
      <source>started (incoming migration)</source>
      <translation>已启动（迁入）</translation>
    </message>
    <message>
      <source>started (restored)</source>
      <translation>已启动（已恢复）</translation>
    </message>
    <message>
      <source>started (woken up)</source>
      <translation>已启动（已唤醒）</translation>
    </message>
    <message>
      <source>starting up</source>
      <translation>正在启动</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <source>stopped (crashed)</source>
      <translation>已停止（崩溃）</translation>
    </message>
    <message>
      <source>stopped (forced off)</source>
      <translation>已停止（强制关机）</translation>
    </message>
    <message>
      <source>stopped (host emulator failed)</source>
      <translation>已停止（主机模拟器故障）</translation>
    </message>
    <message>
      <source>stopped (migrated away)</source>
      <translation>已停止（已迁出）</translation>
    </message>
    <message>
      <source>stopped (saved)</source>
      <translation>已停止（已保存）</translation>
    </message>
    <message>
      <source>stopped (shut down)</source>
      <translation>已停止（已关机）</translation>
    </message>
    <message>
      <source>suspended by guest power management</source>
      <translation>由虚拟机电源管理挂起</translation>
    </message>
    <message>
      <source>the host asks for a login Vigil does not have for this URI ("%1"). Log in with Host ▸ Log In… in the console (it can remember the login in the desktop keyring), or add a [URI] section with user and password to the credentials file vigilctl and the agent read (%2, or --credentials FILE). %3</source>
      <translation>主机要求的登录信息 Vigil 在此 URI 下没有（“%1”）。请在控制台中用 主机 ▸ 登录… 登录（可将登录信息保存在桌面密钥环中），或在 vigilctl 和代理读取的凭据文件（%2，或 --credentials 文件）中添加含 user 和 password 的 [URI] 节。%3</translation>
    </message>
    <message>
      <source>the host closed the connection (EOF)</source>
      <translation>主机关闭了连接（EOF）</translation>
    </message>
    <message>
      <source>the host ended the TLS session at once: it did not accept this machine's client certificate (%1). %2</source>
      <translation>主机立即结束了 TLS 会话：它不接受本机的客户端证书（%1）。%2</translation>
    </message>
    <message>
      <source>the host offers %1 now, not %2</source>
      <translation>主机现在提供的是 %1，而不是 %2</translation>
    </message>
    <message>
      <source>the host refused the login (%1). %2 %3</source>
      <translation>主机拒绝了登录（%1）。%2 %3</translation>
    </message>
    <message>
      <source>the host refused the login Vigil has for this URI (%1). Correct it with Host ▸ Log In… in the console, or in the credentials file vigilctl and the agent read (%3, or --credentials FILE). %2</source>
      <translation>主机拒绝了 Vigil 为此 URI 保存的登录信息（%1）。请在控制台中用 主机 ▸ 登录… 更正，或在 vigilctl 和代理读取的凭据文件（%3，或 --credentials 文件）中更正。%2</translation>
    </message>
    <message>
      <source>the host's SSH key is not in libvirt's own known_hosts for %1 (%2; ~/.config/libvirt/known_hosts, not ssh's). Compare the key with the host's own, then add it there (or connect once with virsh -c URI in a terminal and accept it). %3</source>
      <translation>主机的 SSH 密钥不在 libvirt 为 %1 使用的 known_hosts 中（%2；~/.config/libvirt/known_hosts，而非 ssh 的）。请与主机自身的密钥比较后加入该文件（或在终端中用 virsh -c URI 连接一次并接受）。%3</translation>
    </message>
    <message>
      <source>the host's SSH key is not the one trusted for it (%1)%2. A reinstalled host has a new key; anything else may be an attack. If the change is expected, remove the old key (ssh-keygen -R HOST, or -R '[HOST]:PORT' off port 22) and trust the new one. %3</source>
      <translation>主机的 SSH 密钥与已信任的不同（%1）%2。重新安装的主机会有新密钥；其他情况可能是攻击。如果此变更在预期之内，请删除旧密钥（ssh-keygen -R HOST；非 22 端口用 -R '[HOST]:PORT'）并信任新密钥。%3</translation>
    </message>
    <message>
      <source>the host's SSH key is not trusted on this machine yet%1. Compare it with the host's own (on the host: ssh-keygen -lf /etc/ssh/ssh_host_TYPE_key.pub), then trust it: Host ▸ Trust Host Key in the console, or vigilctl hosts trust NAME. %2</source>
      <translation>本机尚未信任该主机的 SSH 密钥%1。请与主机自身的密钥比较（在主机上：ssh-keygen -lf /etc/ssh/ssh_host_TYPE_key.pub），然后信任它：控制台中的 主机 ▸ 信任主机密钥，或 vigilctl hosts trust NAME。%2</translation>
    </message>
    <message>
      <source>the host's TLS certificate failed this machine's check: %1. %2</source>
      <translation>主机的 TLS 证书未通过本机的检查：%1。%2</translation>
    </message>
    <message>
      <source>the host's certificate (issued by %1) is not signed by the CA in %2</source>
      <translation>主机的证书（由 %1 签发）不是由 %2 中的 CA 签发的</translation>
    </message>
    <message>
      <source>the host's certificate expired on %1</source>
      <translation>主机的证书已于 %1 过期</translation>
    </message>
    <message>
      <source>the host's certificate is for %1, not for %2 (use a name it lists, or give the host a certificate that names %2)</source>
      <translation>主机的证书适用于 %1，而不是 %2（请使用证书中列出的名称，或为主机签发包含 %2 的证书）</translation>
    </message>
    <message>
      <source>the host's certificate is valid only from %1 (check both clocks)</source>
      <translation>主机的证书从 %1 起才有效（请检查两端的时钟）</translation>
    </message>
    <message>
      <source>the name %1 does not resolve: %2</source>
      <translation>无法解析名称 %1：%2</translation>
    </message>
    <message>
      <source>there is no readable CA certificate at %1</source>
      <translation>%1 处没有可读的 CA 证书</translation>
    </message>
    <message>
      <source>there is none at %1</source>
      <translation>%1 处没有证书</translation>
    </message>
    <message>
      <source>undefined</source>
      <translation>已取消定义</translation>
    </message>
    <message>
      <source>unpaused</source>
      <translation>已取消暂停</translation>
    </message>
  </context>
  <context>
    <name>Vigil::Virt::HostConnection</name>
    <message>
      <source>%1 is unreachable</source>
      <translation>%1 不可达</translation>
    </message>
    <message>
      <source>%1 is unreachable: %2</source>
      <translation>%1 不可达：%2</translation>
    </message>
    <message>
      <source>%1's hypervisor lacks CPU features the guest uses</source>
      <translation>%1 的虚拟化管理程序缺少虚拟机使用的 CPU 特性</translation>
    </message>
    <message>
      <source>%1's hypervisor provides the guest's CPU</source>
      <translation>%1 的虚拟化管理程序可提供虚拟机的 CPU</translation>
    </message>
    <message>
      <source>already gone from %1</source>
      <translation>已不在 %1 上</translation>
    </message>
    <message>
      <source>already running</source>
      <translation>已在运行</translation>
    </message>
    <message>
      <source>autostart is off, but the definition stays on %1: %2</source>
      <translation>自动启动已关闭，但定义仍留在 %1 上：%2</translation>
    </message>
    <message>
      <source>cannot define the guest here: %1</source>
      <translation>无法在此定义虚拟机：%1</translation>
    </message>
    <message>
      <source>cannot define the guest on %1: %2</source>
      <translation>无法在 %1 上定义虚拟机：%2</translation>
    </message>
    <message>
      <source>cannot list guests: %1</source>
      <translation>无法列出虚拟机：%1</translation>
    </message>
    <message>
      <source>cannot remove the guest from %1: %2</source>
      <translation>无法从 %1 移除虚拟机：%2</translation>
    </message>
    <message>
      <source>connected to %1</source>
      <translation>已连接到 %1</translation>
    </message>
    <message>
      <source>connection lost: %1</source>
      <translation>连接丢失：%1</translation>
    </message>
    <message>
      <source>defined on %1</source>
      <translation>已在 %1 上定义</translation>
    </message>
    <message>
      <source>done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>host-passthrough: only an identical host CPU is safe</source>
      <translation>host-passthrough：只有完全相同的主机 CPU 才安全</translation>
    </message>
    <message>
      <source>it is running on %1; not removed</source>
      <translation>它正在 %1 上运行；未删除</translation>
    </message>
    <message>
      <source>neither autostart could be turned off (%1) nor the definition removed from %2: %3</source>
      <translation>既无法关闭自动启动（%1），也无法从 %2 删除定义：%3</translation>
    </message>
    <message>
      <source>no lifecycle events from this host (%1); changes are found by polling</source>
      <translation>此主机没有生命周期事件（%1）；通过轮询发现变化</translation>
    </message>
    <message>
      <source>not connected: %1</source>
      <translation>未连接：%1</translation>
    </message>
    <message numerus="yes">
      <source>reconnected after %n failed attempt(s)</source>
      <translation>
        <numerusform>在 %n 次失败尝试后重新连接</numerusform>
      </translation>
    </message>
    <message>
      <source>removed from %1</source>
      <translation>已从 %1 移除</translation>
    </message>
    <message>
      <source>started</source>
      <translation>已启动</translation>
    </message>
    <message>
      <source>the guest defines no CPU model</source>
      <translation>虚拟机未定义 CPU 型号</translation>
    </message>
    <message>
      <source>the guest no longer exists on %1</source>
      <translation>虚拟机在 %1 上已不存在</translation>
    </message>
    <message>
      <source>this host cannot report guest statistics in bulk (%1); only states are recorded</source>
      <translation>此主机无法批量报告虚拟机统计（%1）；仅记录状态</translation>
    </message>
  </context>
  <context>
    <name>vigil</name>
    <message>
      <source>High-availability console for libvirt clusters.</source>
      <translation>libvirt 集群的高可用控制台。</translation>
    </message>
    <message>
      <source>Interface language: en, de or zh_CN (default: Preferences, else the system's).</source>
      <translation>界面语言：en、de 或 zh_CN（默认：首选项，否则跟随系统）。</translation>
    </message>
    <message>
      <source>Open the embedded demo cluster.</source>
      <translation>打开内置演示集群。</translation>
    </message>
    <message>
      <source>Page to show: overview, inventory, guest, host, failover, balance, backups, migrate, maintenance, migrating, backup-job, restore, or wizard-1 … wizard-6.</source>
      <translation>要显示的页面：overview、inventory、guest、host、failover、balance、backups、migrate、maintenance、migrating、backup-job、restore 或 wizard-1 … wizard-6。</translation>
    </message>
    <message>
      <source>Save a PNG of the window once all hosts have loaded, then exit.</source>
      <translation>所有主机加载完成后保存窗口的 PNG 并退出。</translation>
    </message>
    <message>
      <source>Use this database file.</source>
      <translation>使用此数据库文件。</translation>
    </message>
    <message>
      <source>Vigil cannot start</source>
      <translation>Vigil 无法启动</translation>
    </message>
    <message>
      <source>With --screenshot: seconds to wait after the hosts have settled.</source>
      <translation>配合 --screenshot：主机就绪后等待的秒数。</translation>
    </message>
  </context>
  <context>
    <name>vigilctl</name>
    <message>
      <source>  NOT restarted: %1 (priority %2): %3</source>
      <translation>  未重新启动：%1（优先级 %2）：%3</translation>
    </message>
    <message>
      <source>  agent                      run the failover engine headless (SIGTERM stops it)</source>
      <translation>  agent                      无界面运行故障转移引擎（SIGTERM 停止）</translation>
    </message>
    <message>
      <source>  alert list [--all] | alert ack KEY   alerts as the evaluating process stored them</source>
      <translation>  alert list [--all] | alert ack KEY   由评估进程存储的告警</translation>
    </message>
    <message>
      <source>  backup list                jobs, their next run and recent runs with each guest's backup
  backup import FILE | export JOB | remove JOB   backup jobs as JSON documents
  backup run JOB             back up now and wait (Ctrl-C cancels; guests keep running)
  backup verify RUN          re-read every file of the run's backups (SHA-256, qemu-img check)
  backup restore RUN --to HOST [--as NAME] [--guest NAME] [--disk-dir DIR] [--start]
  backup test-restore RUN [--to HOST] [--guest NAME]   restore, boot, check, remove
                             (RUN is a run id, or #ID for one guest's backup)</source>
      <translation>  backup list                作业、下次运行时间以及最近运行中各虚拟机的备份
  backup import FILE | export JOB | remove JOB   以 JSON 文档形式管理备份作业
  backup run JOB             立即备份并等待（Ctrl-C 取消；虚拟机继续运行）
  backup verify RUN          重新读取该运行所有备份的每个文件（SHA-256、qemu-img check）
  backup restore RUN --to HOST [--as NAME] [--guest NAME] [--disk-dir DIR] [--start]
  backup test-restore RUN [--to HOST] [--guest NAME]   还原、启动、检查、删除
                             （RUN 为运行 ID，或 #ID 表示单个虚拟机的备份）</translation>
    </message>
    <message>
      <source>  balance --dry-run [--aggressiveness LEVEL]   load per host, imbalance, recommended moves</source>
      <translation>  balance --dry-run [--aggressiveness LEVEL]   每台主机的负载、不均衡度、推荐的迁移</translation>
    </message>
    <message>
      <source>  events [--limit N] [--follow]   the shared event log of every process (Ctrl-C stops --follow)</source>
      <translation>  events [--limit N] [--follow]   所有进程共享的事件日志（Ctrl-C 停止 --follow）</translation>
    </message>
    <message>
      <source>  export pacemaker --out FILE   the policies as a Pacemaker CIB (checked with crm_verify)</source>
      <translation>  export pacemaker --out FILE   将策略导出为 Pacemaker CIB（已用 crm_verify 检查）</translation>
    </message>
    <message>
      <source>  guest start|shutdown|reboot|force-off|suspend|resume NAME [--host NAME]</source>
      <translation>  guest start|shutdown|reboot|force-off|suspend|resume NAME [--host NAME]</translation>
    </message>
    <message>
      <source>  guests list [--host NAME]  every guest on every host</source>
      <translation>  guests list [--host NAME]  所有主机上的所有虚拟机</translation>
    </message>
    <message>
      <source>  host maintenance enter NAME   evacuate the host and keep failover off it (waits for the moves)
  host maintenance exit NAME [--failback]   leave maintenance (and move the guests back)</source>
      <translation>  host maintenance enter NAME   疏散主机并使其不参与故障转移（等待迁移完成）
  host maintenance exit NAME [--failback]   退出维护（并将虚拟机迁回）</translation>
    </message>
    <message>
      <source>  hosts list                 configured hosts and their connection state
  hosts add NAME URI         store a host (validated; connected by the next console/agent)
  hosts remove NAME          forget a host
  hosts trust NAME [--fingerprint F]   show an ssh host's key; trust it once compared</source>
      <translation>  hosts list                 已配置的主机及其连接状态
  hosts add NAME URI         保存主机（经校验；由下一个控制台/代理连接）
  hosts remove NAME          删除主机
  hosts trust NAME [--fingerprint F]   显示 ssh 主机的密钥；比较后信任它</translation>
    </message>
    <message>
      <source>  migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MIBS] [--dry-run]
                             pre-flight checklist, then the move with progress (Ctrl-C cancels)</source>
      <translation>  migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MIBS] [--dry-run]
                             先预检，再带进度执行迁移（Ctrl-C 取消）</translation>
    </message>
    <message>
      <source>  no protected guest is running there</source>
      <translation>  该处没有运行受保护的虚拟机</translation>
    </message>
    <message>
      <source>  policy list|show NAME|export [NAME]|import FILE|validate FILE|delete NAME
  policy simulate --host NAME|--all-hosts   dry run: what happens if a host dies now</source>
      <translation>  policy list|show NAME|export [NAME]|import FILE|validate FILE|delete NAME
  policy simulate --host NAME|--all-hosts   演练：如果某台主机现在故障会发生什么</translation>
    </message>
    <message>
      <source>  report --format pdf|html|csv|json --range 1h|24h|7d|30d --out FILE [--host NAME]
                             a health report (format defaults to the file's extension)</source>
      <translation>  report --format pdf|html|csv|json --range 1h|24h|7d|30d --out FILE [--host NAME]
                             健康报告（未指定格式时按文件扩展名）</translation>
    </message>
    <message>
      <source>  restart %1 (priority %2) on %3 — %4</source>
      <translation>  在 %3 上重新启动 %1（优先级 %2）— %4</translation>
    </message>
    <message>
      <source>  retention %1; next run %2</source>
      <translation>  保留策略 %1；下次运行 %2</translation>
    </message>
    <message>
      <source>  run %1 %2 (%3): %4 — %5</source>
      <translation>  运行 %1 %2（%3）：%4 — %5</translation>
    </message>
    <message>
      <source> (acknowledged by %1)</source>
      <translation>（已由 %1 确认）</translation>
    </message>
    <message>
      <source> (disabled)</source>
      <translation>（已禁用）</translation>
    </message>
    <message>
      <source> [disabled]</source>
      <translation> [已禁用]</translation>
    </message>
    <message>
      <source> on the hosts that answered</source>
      <translation>（在已应答的主机上）</translation>
    </message>
    <message>
      <source>"%1" is not one mail address</source>
      <translation>“%1”不是单个邮件地址</translation>
    </message>
    <message>
      <source>%1 %2 on %3 failed: %4</source>
      <translation>在 %3 上对 %2 执行 %1 失败：%4</translation>
    </message>
    <message>
      <source>%1 %2 on %3: done</source>
      <translation>在 %3 上对 %2 执行 %1：完成</translation>
    </message>
    <message>
      <source>%1 (#%2): </source>
      <translation>%1（#%2）：</translation>
    </message>
    <message>
      <source>%1 (job %2)%3: %4, %5 → %6</source>
      <translation>%1（作业 %2）%3：%4，%5 → %6</translation>
    </message>
    <message>
      <source>%1 (not retried)</source>
      <translation>%1（未重试）</translation>
    </message>
    <message>
      <source>%1 after %2 attempts</source>
      <translation>尝试 %2 次后仍失败：%1</translation>
    </message>
    <message>
      <source>%1 could not be started: %2</source>
      <translation>无法启动 %1：%2</translation>
    </message>
    <message>
      <source>%1 is already in maintenance</source>
      <translation>%1 已在维护中</translation>
    </message>
    <message>
      <source>%1 is in maintenance</source>
      <translation>%1 正在维护</translation>
    </message>
    <message>
      <source>%1 is not a valid backup job:</source>
      <translation>%1 不是有效的备份作业：</translation>
    </message>
    <message>
      <source>%1 left maintenance</source>
      <translation>%1 已退出维护</translation>
    </message>
    <message>
      <source>%1 needs one of: %2</source>
      <translation>%1 需要以下之一：%2</translation>
    </message>
    <message>
      <source>%1 was not moved: %2</source>
      <translation>%1 未迁移：%2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>%1: policy %2 is valid</source>
      <translation>%1：策略 %2 有效</translation>
    </message>
    <message numerus="yes">
      <source>%n explicit guest(s)</source>
      <translation>
        <numerusform>%n 个明确指定的虚拟机</numerusform>
      </translation>
    </message>
    <message>
      <source>, VERIFY FAILED</source>
      <translation>，校验失败</translation>
    </message>
    <message>
      <source>, downtime %1 ms</source>
      <translation>，停机 %1 毫秒</translation>
    </message>
    <message>
      <source>, pattern %1</source>
      <translation>，模式 %1</translation>
    </message>
    <message>
      <source>, verified</source>
      <translation>，已校验</translation>
    </message>
    <message>
      <source>--as: %1</source>
      <translation>--as：%1</translation>
    </message>
    <message>
      <source>--credentials needs a file</source>
      <translation>--credentials 需要一个文件</translation>
    </message>
    <message>
      <source>--limit needs a positive number</source>
      <translation>--limit 需要正数</translation>
    </message>
    <message>
      <source>--metrics needs ADDRESS:PORT (for example 127.0.0.1:9464), not "%1"</source>
      <translation>--metrics 需要 地址:端口（例如 127.0.0.1:9464），而不是“%1”</translation>
    </message>
    <message>
      <source>--timeout needs a positive number of seconds</source>
      <translation>--timeout 需要正数秒</translation>
    </message>
    <message>
      <source>Agent name in the engine lease (default: vigilctl agent on HOST).</source>
      <translation>引擎租约中的代理名称（默认：vigilctl agent on HOST）。</translation>
    </message>
    <message>
      <source>Also alerts cleared in the last 7 days (alert list).</source>
      <translation>同时显示最近 7 天内已清除的告警（alert list）。</translation>
    </message>
    <message>
      <source>Balance: conservative, moderate (default) or aggressive.</source>
      <translation>均衡：conservative、moderate（默认）或 aggressive。</translation>
    </message>
    <message>
      <source>Bandwidth limit in MiB/s (migrate; default unlimited).</source>
      <translation>带宽限制，单位 MiB/s（migrate；默认不限）。</translation>
    </message>
    <message>
      <source>Copy disks that are not on shared storage (migrate).</source>
      <translation>复制不在共享存储上的磁盘（migrate）。</translation>
    </message>
    <message>
      <source>Every host (policy simulate).</source>
      <translation>所有主机（policy simulate）。</translation>
    </message>
    <message>
      <source>Exit codes: 0 ok, 1 usage or invalid input, 2 database unusable,
3 done but some hosts were unreachable (they are listed),
4 a migration pre-flight check failed, 5 a move failed or was cancelled
(or guests still run on a host put in maintenance; they are listed),
6 a backup, verify, restore or restore test failed, 7 a guest action failed.

Every process on one database is one system: a console, agents and these
commands see each other's hosts, policies, maintenance flags, alerts and events.</source>
      <translation>退出码：0 成功，1 用法或输入无效，2 数据库不可用，
3 已完成但部分主机不可达（会列出），
4 迁移预检失败，5 迁移失败或已取消
（或进入维护的主机上仍有客户机在运行；会列出），
6 备份、校验、还原或还原测试失败，7 虚拟机操作失败。

同一数据库上的所有进程是一个系统：控制台、代理和这些
命令能看到彼此的主机、策略、维护标记、告警和事件。</translation>
    </message>
    <message>
      <source>Group of the added host.</source>
      <translation>所添加主机的分组。</translation>
    </message>
    <message>
      <source>HTTP %1</source>
      <translation>HTTP %1</translation>
    </message>
    <message>
      <source>How many events (events; default 50).</source>
      <translation>事件数量（events；默认 50）。</translation>
    </message>
    <message>
      <source>If %1 died now:</source>
      <translation>如果 %1 现在故障：</translation>
    </message>
    <message>
      <source>Imbalance %1 (%2)</source>
      <translation>不均衡度 %1（%2）</translation>
    </message>
    <message>
      <source>Keep printing new events as any process stores them (events).</source>
      <translation>持续输出任一进程存储的新事件（events）。</translation>
    </message>
    <message>
      <source>Keepalive interval in seconds (default 2).</source>
      <translation>保活间隔，单位秒（默认 2）。</translation>
    </message>
    <message>
      <source>Message language: en, de or zh_CN (default: the system's).</source>
      <translation>消息语言：en、de 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
      <source>Move a shut-off guest's definition (migrate).</source>
      <translation>迁移已关机虚拟机的定义（migrate）。</translation>
    </message>
    <message>
      <source>Move evacuated guests back (host maintenance exit).</source>
      <translation>将疏散的虚拟机迁回（host maintenance exit）。</translation>
    </message>
    <message>
      <source>Moving %1 from %2 to %3 (%4)…</source>
      <translation>正在将 %1 从 %2 迁移到 %3（%4）…</translation>
    </message>
    <message>
      <source>No move is worth making (a move must also pass the pre-flight checks).</source>
      <translation>没有值得执行的迁移（迁移还必须通过预检）。</translation>
    </message>
    <message>
      <source>One of the commands above, with its arguments.</source>
      <translation>上面的命令之一，及其参数。</translation>
    </message>
    <message>
      <source>Only check (migrate) or only recommend (balance).</source>
      <translation>仅检查（migrate）或仅推荐（balance）。</translation>
    </message>
    <message>
      <source>Only this host.</source>
      <translation>仅此主机。</translation>
    </message>
    <message>
      <source>Output file (export, report).</source>
      <translation>输出文件（export、report）。</translation>
    </message>
    <message>
      <source>Pre-flight: %1 from %2 to %3</source>
      <translation>预检：%1 从 %2 到 %3</translation>
    </message>
    <message>
      <source>Print JSON.</source>
      <translation>输出 JSON。</translation>
    </message>
    <message>
      <source>Read host logins from this file (default: $CREDENTIALS_DIRECTORY/vigil-hosts, else /etc/vigil/host-credentials; private to this user).</source>
      <translation>从此文件读取主机登录信息（默认：$CREDENTIALS_DIRECTORY/vigil-hosts，否则为 /etc/vigil/host-credentials；仅限当前用户访问）。</translation>
    </message>
    <message>
      <source>Report format: pdf, html, csv or json.</source>
      <translation>报告格式：pdf、html、csv 或 json。</translation>
    </message>
    <message>
      <source>Report range: 1h, 24h, 7d or 30d (default 24h).</source>
      <translation>报告范围：1h、24h、7d 或 30d（默认 24h）。</translation>
    </message>
    <message>
      <source>Restore as a new guest of this name (new UUID and MACs).</source>
      <translation>以此名称还原为新虚拟机（新的 UUID 和 MAC）。</translation>
    </message>
    <message>
      <source>Seconds before a silent agent's lease can be taken over (default 15).</source>
      <translation>无响应代理的租约可被接管前的秒数（默认 15）。</translation>
    </message>
    <message>
      <source>Seconds between statistics ticks (agent; default 5).</source>
      <translation>统计采集间隔秒数（agent；默认 5）。</translation>
    </message>
    <message>
      <source>Seconds to wait for hosts (default 15).</source>
      <translation>等待主机的秒数（默认 15）。</translation>
    </message>
    <message>
      <source>Send alerts to the webhooks and mail addresses in this JSON file (see the user guide).</source>
      <translation>将告警发送到此 JSON 文件中列出的 Webhook 和邮件地址（见用户指南）。</translation>
    </message>
    <message>
      <source>Serve Prometheus metrics at http://ADDR:PORT/metrics (for example 127.0.0.1:9464).</source>
      <translation>在 http://地址:端口/metrics 提供 Prometheus 指标（例如 127.0.0.1:9464）。</translation>
    </message>
    <message>
      <source>Start the restored guest.</source>
      <translation>启动还原的虚拟机。</translation>
    </message>
    <message>
      <source>Target host (migrate).</source>
      <translation>目标主机（migrate）。</translation>
    </message>
    <message>
      <source>The SSH host key fingerprint you compared (hosts trust).</source>
      <translation>您已比较过的 SSH 主机密钥指纹（hosts trust）。</translation>
    </message>
    <message>
      <source>The added host runs a disk lock manager (virtlockd or sanlock).</source>
      <translation>添加的主机运行磁盘锁管理器（virtlockd 或 sanlock）。</translation>
    </message>
    <message>
      <source>The guest of a backup run (backup verify/restore).</source>
      <translation>备份运行中的虚拟机（backup verify/restore）。</translation>
    </message>
    <message>
      <source>Unanswered keepalives before a host is lost (default 3).</source>
      <translation>主机被视为失联前允许的未应答保活次数（默认 3）。</translation>
    </message>
    <message>
      <source>Use the embedded demo cluster.</source>
      <translation>使用内置演示集群。</translation>
    </message>
    <message>
      <source>Use this database file.</source>
      <translation>使用此数据库文件。</translation>
    </message>
    <message>
      <source>Vigil command-line tool.

Commands:</source>
      <translation>Vigil 命令行工具。

命令：</translation>
    </message>
    <message>
      <source>Where restored disks go (default: beside the original disks).</source>
      <translation>还原的磁盘存放位置（默认：原磁盘旁边）。</translation>
    </message>
    <message>
      <source>Where the nodes keep the guests' XML (export pacemaker; default /etc/pacemaker/vigil).</source>
      <translation>节点存放虚拟机 XML 的位置（export pacemaker；默认 /etc/pacemaker/vigil）。</translation>
    </message>
    <message>
      <source>acknowledged: %1</source>
      <translation>已确认：%1</translation>
    </message>
    <message>
      <source>agent started: %1 (pid %2), database %3</source>
      <translation>代理已启动：%1（PID %2），数据库 %3</translation>
    </message>
    <message>
      <source>agent stopping</source>
      <translation>代理正在停止</translation>
    </message>
    <message>
      <source>already acknowledged by %1</source>
      <translation>已由 %1 确认</translation>
    </message>
    <message>
      <source>backup %1 needs an argument (see vigilctl --help)</source>
      <translation>backup %1 需要一个参数（参见 vigilctl --help）</translation>
    </message>
    <message>
      <source>backup job %1 removed; its backups stay on disk and restorable</source>
      <translation>已删除备份作业 %1；其备份仍保留在磁盘上，可以还原</translation>
    </message>
    <message>
      <source>backup job %1 saved (id %2)</source>
      <translation>已保存备份作业 %1（ID %2）</translation>
    </message>
    <message>
      <source>balance only recommends: add --dry-run to see the moves; apply them from the console's Balance panel or one by one with vigilctl migrate</source>
      <translation>balance 只给出建议：加 --dry-run 查看迁移；在控制台的负载均衡面板中应用，或用 vigilctl migrate 逐个执行</translation>
    </message>
    <message>
      <source>cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <source>cancelling… (the guests keep running; partial files are removed)</source>
      <translation>正在取消…（虚拟机继续运行；不完整的文件将被删除）</translation>
    </message>
    <message>
      <source>cannot acknowledge the alert: %1</source>
      <translation>无法确认告警：%1</translation>
    </message>
    <message>
      <source>cannot create %1</source>
      <translation>无法创建 %1</translation>
    </message>
    <message>
      <source>cannot enter maintenance: %1</source>
      <translation>无法进入维护：%1</translation>
    </message>
    <message>
      <source>cannot leave maintenance: %1</source>
      <translation>无法退出维护：%1</translation>
    </message>
    <message>
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <source>cannot read standard input</source>
      <translation>无法读取标准输入</translation>
    </message>
    <message>
      <source>cannot read the alerts: %1</source>
      <translation>无法读取告警：%1</translation>
    </message>
    <message>
      <source>cannot serve metrics on %1 (in use, or not an address of this machine)</source>
      <translation>无法在 %1 提供指标（已被占用，或不是本机地址）</translation>
    </message>
    <message>
      <source>cannot set up signal handling</source>
      <translation>无法设置信号处理</translation>
    </message>
    <message>
      <source>cleared %1</source>
      <translation>已于 %1 清除</translation>
    </message>
    <message>
      <source>deleted policy %1</source>
      <translation>已删除策略 %1</translation>
    </message>
    <message>
      <source>failback of %1: %2</source>
      <translation>%1 的回迁：%2</translation>
    </message>
    <message>
      <source>full</source>
      <translation>完整</translation>
    </message>
    <message>
      <source>host credentials file changed but not used (the logins read before stay): %1</source>
      <translation>主机凭据文件已更改但未使用（之前读取的登录信息保留）：%1</translation>
    </message>
    <message numerus="yes">
      <source>host credentials read from %1: logins for %n host(s)</source>
      <translation>
        <numerusform>已从 %1 读取主机凭据：%n 个主机的登录信息</numerusform>
      </translation>
    </message>
    <message>
      <source>imported policy %1</source>
      <translation>已导入策略 %1</translation>
    </message>
    <message>
      <source>incremental</source>
      <translation>增量</translation>
    </message>
    <message>
      <source>invalid CIB, nothing written: %1</source>
      <translation>CIB 无效，未写入任何内容：%1</translation>
    </message>
    <message>
      <source>is "%1"; use info, warning or critical</source>
      <translation>是“%1”；请使用 info、warning 或 critical</translation>
    </message>
    <message>
      <source>live</source>
      <translation>在线</translation>
    </message>
    <message>
      <source>mail to %1</source>
      <translation>发往 %1 的邮件</translation>
    </message>
    <message>
      <source>move %1 from %2 to %3, imbalance %4 → %5 (%6)</source>
      <translation>将 %1 从 %2 迁移到 %3，不均衡度 %4 → %5（%6）</translation>
    </message>
    <message>
      <source>move %1 to %2 (%3)</source>
      <translation>将 %1 迁移到 %2（%3）</translation>
    </message>
    <message>
      <source>needs an http:// or https:// URL</source>
      <translation>需要 http:// 或 https:// 网址</translation>
    </message>
    <message>
      <source>needs numbers of seconds from 0.1 to 3600</source>
      <translation>需要 0.1 到 3600 之间的秒数</translation>
    </message>
    <message>
      <source>no alert with the key "%1" (vigilctl alert list shows the keys)</source>
      <translation>没有键为“%1”的告警（vigilctl alert list 会列出键）</translation>
    </message>
    <message>
      <source>no backup jobs (create one in the console's Backups tab or with vigilctl backup import FILE)</source>
      <translation>没有备份作业（可在控制台的“备份”页创建，或使用 vigilctl backup import 文件）</translation>
    </message>
    <message>
      <source>no guest named "%1" on a reachable host</source>
      <translation>可达主机上没有名为“%1”的虚拟机</translation>
    </message>
    <message>
      <source>no guest named "%1"%2</source>
      <translation>没有名为“%1”的虚拟机%2</translation>
    </message>
    <message>
      <source>no host named "%1"</source>
      <translation>没有名为“%1”的主机</translation>
    </message>
    <message>
      <source>no policy named "%1"</source>
      <translation>没有名为“%1”的策略</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>未报告</translation>
    </message>
    <message>
      <source>note: %1</source>
      <translation>注意：%1</translation>
    </message>
    <message>
      <source>note: %1 is unreachable (%2); the report shows it as such</source>
      <translation>注意：%1 不可达（%2）；报告中会如实显示</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>离线</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未解决</translation>
    </message>
    <message>
      <source>report needs --out FILE</source>
      <translation>report 需要 --out 文件</translation>
    </message>
    <message>
      <source>restore needs --to HOST</source>
      <translation>restore 需要 --to 主机</translation>
    </message>
    <message>
      <source>run %1 backed up several guests: name one with --guest</source>
      <translation>运行 %1 备份了多个虚拟机：请用 --guest 指定一个</translation>
    </message>
    <message>
      <source>run %1 has no backup of %2</source>
      <translation>运行 %1 没有 %2 的备份</translation>
    </message>
    <message>
      <source>run %1 has no complete backup to verify</source>
      <translation>运行 %1 没有可校验的完整备份</translation>
    </message>
    <message>
      <source>run %1 has no restorable backup</source>
      <translation>运行 %1 没有可还原的备份</translation>
    </message>
    <message>
      <source>run %1 of %2 started</source>
      <translation>%2 的运行 %1 已开始</translation>
    </message>
    <message>
      <source>run %1: %2 — %3</source>
      <translation>运行 %1：%2 — %3</translation>
    </message>
    <message>
      <source>sendmail did not finish within 30 s</source>
      <translation>sendmail 未在 30 秒内完成</translation>
    </message>
    <message>
      <source>sendmail exited with %1%2</source>
      <translation>sendmail 退出码 %1%2</translation>
    </message>
    <message>
      <source>serving metrics on http://%1:%2/metrics</source>
      <translation>指标地址：http://%1:%2/metrics</translation>
    </message>
    <message>
      <source>several hosts have a guest named "%1" (%2): choose one with --host</source>
      <translation>多台主机上有名为“%1”的虚拟机（%2）：请用 --host 选择一台</translation>
    </message>
    <message>
      <source>several hosts have a guest named "%1": name the source with --host</source>
      <translation>多台主机上有名为“%1”的虚拟机：请用 --host 指定源主机</translation>
    </message>
    <message>
      <source>some hosts did not answer within the timeout; the plan uses what is known</source>
      <translation>部分主机未在超时时间内应答；计划基于已知信息</translation>
    </message>
    <message>
      <source>stays: %1 (%2)</source>
      <translation>保留：%1（%2）</translation>
    </message>
    <message>
      <source>still running on %1: %2</source>
      <translation>仍在 %1 上运行：%2</translation>
    </message>
    <message>
      <source>the target did not answer</source>
      <translation>目标未应答</translation>
    </message>
    <message>
      <source>there is no backup %1</source>
      <translation>不存在备份 %1</translation>
    </message>
    <message>
      <source>there is no backup job %1</source>
      <translation>不存在备份作业 %1</translation>
    </message>
    <message>
      <source>there is no backup run %1 (see vigilctl backup list)</source>
      <translation>不存在备份运行 %1（参见 vigilctl backup list）</translation>
    </message>
    <message>
      <source>there is no host named %1</source>
      <translation>没有名为 %1 的主机</translation>
    </message>
    <message>
      <source>unknown aggressiveness "%1": use conservative, moderate or aggressive</source>
      <translation>未知的激进程度“%1”：请使用 conservative、moderate 或 aggressive</translation>
    </message>
    <message>
      <source>unknown backup command: %1</source>
      <translation>未知的 backup 命令：%1</translation>
    </message>
    <message>
      <source>unknown command: %1</source>
      <translation>未知命令：%1</translation>
    </message>
    <message>
      <source>unknown command: %1 %2</source>
      <translation>未知命令：%1 %2</translation>
    </message>
    <message>
      <source>unknown policy command: %1</source>
      <translation>未知的 policy 命令：%1</translation>
    </message>
    <message>
      <source>unknown range "%1": use 1h, 24h, 7d or 30d</source>
      <translation>未知的范围“%1”：请使用 1h、24h、7d 或 30d</translation>
    </message>
    <message>
      <source>unknown report format "%1": use pdf, html, csv or json</source>
      <translation>未知的报告格式“%1”：请使用 pdf、html、csv 或 json</translation>
    </message>
    <message>
      <source>usage: vigilctl alert list [--all] [--json] | vigilctl alert ack KEY</source>
      <translation>用法：vigilctl alert list [--all] [--json] | vigilctl alert ack 键</translation>
    </message>
    <message>
      <source>usage: vigilctl export pacemaker --out FILE [--definitions-dir DIR]</source>
      <translation>用法：vigilctl export pacemaker --out 文件 [--definitions-dir 目录]</translation>
    </message>
    <message>
      <source>usage: vigilctl guest start|shutdown|reboot|force-off|suspend|resume NAME [--host HOST]</source>
      <translation>用法：vigilctl guest start|shutdown|reboot|force-off|suspend|resume 名称 [--host 主机]</translation>
    </message>
    <message>
      <source>usage: vigilctl host maintenance enter|exit NAME [--failback]</source>
      <translation>用法：vigilctl host maintenance enter|exit 名称 [--failback]</translation>
    </message>
    <message>
      <source>usage: vigilctl migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MiB/s] [--dry-run] [--host SOURCE]</source>
      <translation>用法：vigilctl migrate 虚拟机 --to 主机 [--offline] [--copy-storage] [--bandwidth MiB/s] [--dry-run] [--host 源主机]</translation>
    </message>
    <message>
      <source>usage: vigilctl policy %1 FILE|-</source>
      <translation>用法：vigilctl policy %1 文件|-</translation>
    </message>
    <message>
      <source>usage: vigilctl policy delete NAME</source>
      <translation>用法：vigilctl policy delete 名称</translation>
    </message>
    <message>
      <source>usage: vigilctl policy simulate --host NAME | --all-hosts</source>
      <translation>用法：vigilctl policy simulate --host 名称 | --all-hosts</translation>
    </message>
    <message>
      <source>vigilctl COMMAND --help lists the options of that command.</source>
      <translation>vigilctl 命令 --help 列出该命令的选项。</translation>
    </message>
    <message>
      <source>vigilctl: host credentials not used: %1</source>
      <translation>vigilctl：未使用主机凭据：%1</translation>
    </message>
    <message>
      <source>webhook %1://%2</source>
      <translation>Webhook %1://%2</translation>
    </message>
    <message>
      <source>wrote %1 (%2 report, %3 host(s), range %4) in %5 ms</source>
      <translation>已写入 %1（%2 报告，%3 台主机，范围 %4），用时 %5 毫秒</translation>
    </message>
    <message numerus="yes">
      <source>wrote %1 and %n guest definition(s) in %2 (install them at %3 on every node)</source>
      <translation>
        <numerusform>已写入 %1 和 %2 中的 %n 个虚拟机定义（请安装到每个节点的 %3）</numerusform>
      </translation>
    </message>
  </context>
</TS>
