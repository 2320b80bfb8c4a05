// Stored messages: written in one language, read in another (core/storedtext).
#include "common/testsupport.h"
#include "core/health/healthcheck.h"
#include "core/storedtext.h"

#include <QTranslator>

using namespace Vigil;

namespace {

// A translator that moves the arguments around, as real languages do.
class ReorderingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Test") == 0 && qstrcmp(source, "%1 to %2") == 0)
            return u"nach %2 von %1"_qs;
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
        const StoredText plain(u"libvirt: error %1 50%"_qs);
        QCOMPARE(plain.toString(), u"libvirt: error %1 50%"_qs);
        QCOMPARE(plain.english(), plain.toString());
        QVERIFY(!plain.isTranslatable());
        QVERIFY(plain.toJson().isEmpty());   // the plain column says it all
        QCOMPARE(StoredText(u"%1 of %2"_qs).arg(u"a"_qs).arg(u"b"_qs).toString(), u"a of b"_qs);
    }

    void argumentsAreFilledOnceInOrder()
    {
        const StoredText text = StoredText("Test", "%1 to %2 (%3)").arg(u"kvm1 %2"_qs).arg(u"kvm2"_qs).arg(42);
        // An argument's own "%2" is not filled again.
        QCOMPARE(text.english(), u"kvm1 %2 to kvm2 (42)"_qs);
        const StoredText many = StoredText("Test", "%1 %2 %3").arg(u"a"_qs, u"b"_qs, u"c"_qs);
        QCOMPARE(many.english(), u"a b c"_qs);
        QCOMPARE(StoredText("Test", "%n guest(s) on %1", 3).arg(u"kvm1"_qs).english(), u"3 guest(s) on kvm1"_qs);
        QCOMPARE(StoredText("Test", "100% of %1").arg(u"x"_qs).english(), u"100% of x"_qs);
    }

    void storageRoundTripKeepsEverything()
    {
        const StoredText nested = StoredText("Vigil::Health::AlertEngine", "alert raised (%1): %2 — %3")
                                      .arg(Health::severityText(Health::Severity::Critical), u"cpu"_qs,
                                           StoredText("Test", "%n guest(s)", 2));
        const QString json = nested.toJson();
        QVERIFY(!json.isEmpty());
        const StoredText back = StoredText::fromStorage(json, u"ignored"_qs);
        QCOMPARE(back.english(), nested.english());
        QCOMPARE(back.toJson(), json);
        QVERIFY(back == nested);
        // Rows written before (no JSON), or JSON this version cannot read: the plain column.
        QCOMPARE(StoredText::fromStorage({}, u"old row"_qs).toString(), u"old row"_qs);
        QCOMPARE(StoredText::fromStorage(u"{not json"_qs, u"plain"_qs).toString(), u"plain"_qs);
        QCOMPARE(StoredText::fromStorage(u"{\"c\":\"X\"}"_qs, u"plain"_qs).toString(), u"plain"_qs);
        QCOMPARE(StoredText::fromStorage(u"[1,2]"_qs, u"plain"_qs).toString(), u"plain"_qs);
    }

    void readersSeeTheirOwnLanguage()
    {
        const StoredText raised = StoredText("Vigil::Health::AlertEngine", "alert raised (%1): %2 — %3")
                                      .arg(Health::severityText(Health::Severity::Critical), u"Host CPU"_qs,
                                           u"kvm1"_qs);
        const StoredText reconnected1 = StoredText("Vigil::Virt::HostConnection",
                                                   "reconnected after %n failed attempt(s)", 1);
        const StoredText reconnected3 = StoredText("Vigil::Virt::HostConnection",
                                                   "reconnected after %n failed attempt(s)", 3);
        const StoredText stored = StoredText::fromStorage(raised.toJson(), raised.english());
        QCOMPARE(stored.toString(), u"alert raised (Critical): Host CPU — kvm1"_qs);

        QTranslator german;
        QVERIFY(german.load(u":/i18n/vigil_de.qm"_qs));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(stored.toString(), u"Alarm ausgelöst (Kritisch): Host CPU — kvm1"_qs);
        QCOMPARE(reconnected1.toString(), u"nach 1 fehlgeschlagenem Versuch wieder verbunden"_qs);
        QCOMPARE(reconnected3.toString(), u"nach 3 fehlgeschlagenen Versuchen wieder verbunden"_qs);
        // The plain column stays English whoever reads or writes.
        QCOMPARE(stored.english(), u"alert raised (Critical): Host CPU — kvm1"_qs);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(stored.toString(), u"alert raised (Critical): Host CPU — kvm1"_qs);

        ReorderingTranslator reordering;
        QCoreApplication::installTranslator(&reordering);
        QCOMPARE(StoredText("Test", "%1 to %2").arg(u"kvm1"_qs, u"kvm2"_qs).toString(), u"nach kvm2 von kvm1"_qs);
        QCoreApplication::removeTranslator(&reordering);
    }

    void joinedPartsAreEachTranslated()
    {
        const StoredText a("Vigil::Health", "Critical");
        const StoredText joined = StoredText::joined({a, u"plain"_qs, a}, u"; "_qs);
        QCOMPARE(joined.english(), u"Critical; plain; Critical"_qs);
        QTranslator german;
        QVERIFY(german.load(u":/i18n/vigil_de.qm"_qs));
        QCoreApplication::installTranslator(&german);
        QCOMPARE(StoredText::fromStorage(joined.toJson(), {}).toString(), u"Kritisch; plain; Kritisch"_qs);
        QCoreApplication::removeTranslator(&german);
        QVERIFY(StoredText::joined({}, u"; "_qs).isEmpty());
    }
};

VIGIL_TEST_GUILESS_MAIN(TestStoredText)

#include "tst_storedtext.moc"
