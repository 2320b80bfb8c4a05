#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

namespace Vigil::Test {

QString dataPath(const QString &name)
{
    return QStringLiteral(VIGIL_TEST_DATA_DIR "/") + name;
}

QString nodeUri(const QString &name)
{
    return QStringLiteral("test://") + dataPath(name);
}

HostConfig hostConfig(HostId id, const QString &name, const QString &uri, const QString &group)
{
    HostConfig config;
    config.id = id;
    config.name = name;
    config.uri = uri;
    config.group = group;
    return config;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace Vigil::Test
