#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Vigil::Backup {

// A guest disk as a backup sees it.
struct BackupDisk {
    QString target;        // vda
    QString source;        // file path
    QString format;        // qcow2, raw
    bool included = false;
    QString skipReason;    // why it is left out (CD-ROM, read-only, shareable...)
};

// The disks of a domain definition; network disks and volumes without a
// path are reported with included = false and the reason.
QList<BackupDisk> backupDisks(const QByteArray &domainXml);

// How a restored definition differs from the backed-up one.
struct RestoreRewrite {
    QString name;                          // empty: keep the name
    bool newIdentity = false;              // drop UUID and MAC addresses (libvirt makes new ones)
    QHash<QString, QString> diskSources;   // target dev -> restored file (qcow2)
    bool linksDown = false;                // every network link down (restore tests)
};

// The definition with those changes; empty with `error` on malformed XML.
QByteArray rewriteForRestore(const QByteArray &domainXml, const RestoreRewrite &rewrite, QString *error);

} // namespace Vigil::Backup
