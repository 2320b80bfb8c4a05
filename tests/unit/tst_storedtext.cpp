// Stored messages: written in one language, read in another (core/storedtext).
#include "common/testsupport.h"
#include "core/health/healthcheck.h"
#include "core/storedtext.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

using namespace Vigil;

namespace {

// A translator that moves the arguments around, as real languages do.
class ReorderingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Test") == 0 && qstrcmp(source, "%1 to %2") == 0)
            return u"nach %2 von %1"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestStoredText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextStaysAsItIs()
    {
        const StoredText plain(u"libvirt: error %1 50%"_s);
        QCOMPARE(plain.toString(), u"libvirt: error %1 50%"_s);
        QCOMPARE(plain.english(), plain.toString());
        QVERIFY(!plain.isTranslatable());
        QVERIFY(plain.toJson().isEmpty());   // the plain column says it all
        QCOMPARE(StoredText(u"%1 of %2"_s).arg(u"a"_s).arg(u"b"_s).toString(), u"a of b"_s);
    }

    void argumentsAreFilledOnceInOrder()
    {
        const StoredText text = StoredText("Test", "%1 to %2 (%3)").arg(u"kvm1 %2"_s).arg(u"kvm2"_s).arg(42);
        // An argument's own "%2" is not filled again.
        QCOMPARE(text.english(), u"kvm1 %2 to kvm2 (42)"_s);
        const StoredText many = StoredText("Test", "%1 %2 %3").arg(u"a"_s, u"b"_s, u"c"_s);
        QCOMPARE(many.english(), u"a b c"_s);
        QCOMPARE(StoredText("Test", "%n guest(s) on %1", 3).arg(u"kvm1"_s).english(), u"3 guest(s) on kvm1"_s);
        QCOMPARE(StoredText("Test", "100% of %1").arg(u"x"_s).english(), u"100% of x"_s);
    }

    void storageRoundTripKeepsEverything()
    {
        const StoredText nested = StoredText("Vigil::Health::AlertEngine", "alert raised (%1): %2 — %3")
                                      .arg(Health::severityText(Health::Severity::Critical), u"cpu"_s,
                                           StoredText("Test", "%n guest(s)", 2));
        const QString json = nested.toJson();
        QVERIFY(!json.isEmpty());
        const StoredText back = StoredText::fromStorage(json, u"ignored"_s);
        QCOMPARE(back.english(), nested.english());
        QCOMPARE(back.toJson(), json);
        QVERIFY(back == nested);
        // Rows written before (no JSON), or JSON this version cannot read: the plain column.
        QCOMPARE(StoredText::fromStorage({}, u"old row"_s).toString(), u"old row"_s);
        QCOMPARE(StoredText::fromStorage(u"{not json"_s, u"plain"_s).toString(), u"plain"_s);
        QCOMPARE(StoredText::fromStorage(u"{\"c\":\"X\"}"_s, u"plain"_s).toString(), u"plain"_s);
        QCOMPARE(StoredText::fromStorage(u"[1,2]"_s, u"plain"_s).toString(), u"plain"_s);
    }

    void readersSeeTheirOwnLanguage()
    {
        const StoredText raised = StoredText("Vigil::Health::AlertEngine", "alert raised (%1): %2 — %3")
                                      .arg(Health::severityText(Health::Severity::Critical), u"Host CPU"_s,
                                           u"kvm1"_s);
        const StoredText reconnected1 = StoredText("Vigil::Virt::HostConnection",
                                                   "reconnected after %n failed attempt(s)", 1);
        const StoredText reconnected3 = StoredText("Vigil::Virt::HostConnection",
                                                   "reconnected after %n failed attempt(s)", 3);
        const StoredText stored = StoredText::fromStorage(raised.toJson(), raised.english());
        QCOMPARE(stored.toString(), u"alert raised (Critical): Host CPU — kvm1"_s);

        QTranslator german;
        QVERIFY(german.load(u":/i18n/vigil_de.qm"_s));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(stored.toString(), u"Alarm ausgelöst (Kritisch): Host CPU — kvm1"_s);
        QCOMPARE(reconnected1.toString(), u"nach 1 fehlgeschlagenem Versuch wieder verbunden"_s);
        QCOMPARE(reconnected3.toString(), u"nach 3 fehlgeschlagenen Versuchen wieder verbunden"_s);
        // The plain column stays English whoever reads or writes.
        QCOMPARE(stored.english(), u"alert raised (Critical): Host CPU — kvm1"_s);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(stored.toString(), u"alert raised (Critical): Host CPU — kvm1"_s);

        ReorderingTranslator reordering;
        QCoreApplication::installTranslator(&reordering);
        QCOMPARE(StoredText("Test", "%1 to %2").arg(u"kvm1"_s, u"kvm2"_s).toString(), u"nach kvm2 von kvm1"_s);
        QCoreApplication::removeTranslator(&reordering);
    }

    void joinedPartsAreEachTranslated()
    {
        const StoredText a("Vigil::Health", "Critical");
        const StoredText joined = StoredText::joined({a, u"plain"_s, a}, u"; "_s);
        QCOMPARE(joined.english(), u"Critical; plain; Critical"_s);
        QTranslator german;
        QVERIFY(german.load(u":/i18n/vigil_de.qm"_s));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(StoredText::fromStorage(joined.toJson(), {}).toString(), u"Kritisch; plain; Kritisch"_s);
        QCoreApplication::removeTranslator(&german);
        QVERIFY(StoredText::joined({}, u"; "_s).isEmpty());
    }
};

VIGIL_TEST_GUILESS_MAIN(TestStoredText)

#include "tst_storedtext.moc"
