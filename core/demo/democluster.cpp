#include "democluster.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace Vigil::Demo {
namespace {

struct DemoHost {
    const char *name;
    const char *group;
};

constexpr DemoHost kHosts[] = {
    {"prod-a", "Production"},
    {"prod-b", "Production"},
    {"prod-c", "Production"},
    {"lab-1", "Lab"},
};

} // namespace

QByteArray examplePolicy()
{
    initDemoResources();
    QFile file(QStringLiteral(":/demo/policy.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString demoDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/vigil");
    return base + QStringLiteral("/demo-cluster");
}

QList<HostConfig> demoHosts(QString *error)
{
    initDemoResources();
    const QString dir = demoDirectory();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return {};
    }
    QList<HostConfig> hosts;
    for (const DemoHost &host : kHosts) {
        const QString name = QString::fromLatin1(host.name);
        QFile source(QStringLiteral(":/demo/%1.xml").arg(name));
        if (!source.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the demo node file for %1 is missing from the build").arg(name);
            return {};
        }
        const QByteArray content = source.readAll();
        const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".xml");
        QFile existing(path);
        // Rewrite only when different, so concurrent demo processes never see a half file.
        if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != content) {
            existing.close();
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
                *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
                return {};
            }
        }
        HostConfig config;
        config.name = name;
        config.group = QString::fromLatin1(host.group);
        config.uri = QStringLiteral("test://") + path;
        hosts.append(config);
    }
    HostConfig offline;
    offline.name = QStringLiteral("edge-1");
    offline.group = QStringLiteral("Edge");
    // Loopback only: nothing listens here, so libvirt reports a real refusal.
    offline.uri = QStringLiteral("test+tcp://127.0.0.254/default");
    hosts.append(offline);
    return hosts;
}

} // namespace Vigil::Demo
