#include "common/testsupport.h"
#include "core/store/database.h"
#include "core/store/hostrepository.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestHostRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store::HostRepository> m_repo;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        const QString name = QStringLiteral("repo%1").arg(++n);
        auto opened = Store::Database::open(m_dir.filePath(name + u".sqlite"_s), name);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        m_repo = std::make_unique<Store::HostRepository>(opened.db);
    }

    void addListUpdateRemove()
    {
        HostConfig a = Test::hostConfig(0, u"kvm1"_s, u"qemu+ssh://kvm1/system"_s, u"Rack A"_s);
        a.keepaliveInterval = 5;
        a.keepaliveCount = 4;
        a.lockManager = true;
        QString error;
        QVERIFY2(m_repo->add(a, &error), qPrintable(error));
        QVERIFY(a.id > 0);
        HostConfig b = Test::hostConfig(0, u"kvm2"_s, u"qemu+tls://kvm2/system"_s);
        QVERIFY2(m_repo->add(b, &error), qPrintable(error));

        QList<HostConfig> all = m_repo->all();
        QCOMPARE(all.size(), 2);
        const auto stored = m_repo->findByName(u"kvm1"_s);
        QVERIFY(stored);
        QCOMPARE(*stored, a);

        a.group = u"Rack B"_s;
        a.uri = u"qemu+ssh://kvm1.new/system"_s;
        a.lockManager = false;
        QVERIFY2(m_repo->update(a, &error), qPrintable(error));
        QCOMPARE(*m_repo->findByName(u"kvm1"_s), a);

        QVERIFY(m_repo->remove(b.id, &error));
        QCOMPARE(m_repo->all().size(), 1);
    }

    void rejectsDuplicatesAndInvalid()
    {
        HostConfig a = Test::hostConfig(0, u"kvm1"_s, u"qemu+ssh://kvm1/system"_s);
        QString error;
        QVERIFY(m_repo->add(a, &error));

        HostConfig sameName = Test::hostConfig(0, u"kvm1"_s, u"qemu+ssh://other/system"_s);
        QVERIFY(!m_repo->add(sameName, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));

        HostConfig sameUri = Test::hostConfig(0, u"other"_s, u"qemu+ssh://kvm1/system"_s);
        QVERIFY(!m_repo->add(sameUri, &error));
        QVERIFY2(error.contains(u"already used"_s) && error.contains(u"kvm1"_s), qPrintable(error));

        HostConfig badUri = Test::hostConfig(0, u"bad"_s, u"qemu+ssh:///system"_s);
        QVERIFY(!m_repo->add(badUri, &error));
        QVERIFY2(error.contains(u"host name"_s), qPrintable(error));

        HostConfig noName = Test::hostConfig(0, u"  "_s, u"qemu+ssh://x/system"_s);
        QVERIFY(!m_repo->add(noName, &error));

        HostConfig badKeepalive = Test::hostConfig(0, u"ka"_s, u"qemu+ssh://ka/system"_s);
        badKeepalive.keepaliveInterval = 0;
        QVERIFY(!m_repo->add(badKeepalive, &error));
        QVERIFY(error.contains(u"keepalive"_s));

        // Nothing of the rejected attempts was stored.
        QCOMPARE(m_repo->all().size(), 1);

        // Renaming onto an existing name is refused too.
        HostConfig b = Test::hostConfig(0, u"kvm2"_s, u"qemu+ssh://kvm2/system"_s);
        QVERIFY(m_repo->add(b, &error));
        b.name = u"kvm1"_s;
        QVERIFY(!m_repo->update(b, &error));
        QCOMPARE(m_repo->findByName(u"kvm2"_s)->uri, u"qemu+ssh://kvm2/system"_s);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestHostRepository)
#include "tst_hostrepository.moc"
