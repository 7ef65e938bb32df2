// Finding 4 in the window: when the profile allows plain http:// to a host that is not this
// computer, a warning stays in the status bar, whatever else is shown there. No traffic is sent:
// the window is not created and nothing refreshes; the address is only resolved into settings.
#include "CleartextWarning.h"
#include "GuiTestSupport.h"

#include <QSignalSpy>
#include <QStatusBar>

class TestCleartextWarning : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The warning over a context for `url`, with clear text allowed or not; configured.
    struct Shown
    {
        std::unique_ptr<ui::AppContext> context;
        std::unique_ptr<QStatusBar> bar;
        ui::CleartextWarning* warning = nullptr;
    };
    Shown show(const QUrl& url, bool allow)
    {
        ui::AppContext::Options o = guitest::options(m_dir, url);
        o.profile->setAllowCleartextGateway(allow);
        Shown s;
        s.context = std::make_unique<ui::AppContext>(std::move(o));
        s.bar = std::make_unique<QStatusBar>();
        s.warning = new ui::CleartextWarning(s.context->runtime());
        s.bar->addPermanentWidget(s.warning);
        s.bar->show();
        QSignalSpy configured(s.context.get(), &ui::AppContext::configured);
        s.context->reload();
        if (configured.isEmpty())
            configured.wait(5000);
        return s;
    }

private slots:
    void initTestCase() { guitest::isolate(); }

    void staysWhileTheSecretGoesInClear()
    {
        Shown s = show(QUrl(QStringLiteral("http://203.0.113.7:9")), true);
        QVERIFY(s.context->hasResolved());
        QVERIFY(s.warning->isVisible());
        QVERIFY2(s.warning->text().contains(QStringLiteral("clear text")), qPrintable(s.warning->text()));
        QVERIFY(s.warning->toolTip().contains(QStringLiteral("https://")));
        QCOMPARE(s.warning->gateways().size(), 1);
        // A passing status message hides ordinary status widgets, not this one.
        s.bar->showMessage(QStringLiteral("Refreshed."), 10000);
        QVERIFY(s.warning->isVisible());
        guitest::screenshot(s.bar.get(), QStringLiteral("cleartext-warning"));
    }

    void hiddenOtherwise_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("allow");
        QTest::newRow("not allowed: nothing is sent") << QUrl(QStringLiteral("http://203.0.113.7:9")) << false;
        QTest::newRow("loopback") << QUrl(QStringLiteral("http://127.0.0.2:9")) << true;
        QTest::newRow("https") << QUrl(QStringLiteral("https://203.0.113.7:9")) << true;
    }

    void hiddenOtherwise()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, allow);
        Shown s = show(url, allow);
        QVERIFY(s.context->hasResolved());
        QVERIFY(!s.warning->isVisible());
        QVERIFY(s.warning->gateways().isEmpty());
    }
};

QTEST_MAIN(TestCleartextWarning)
#include "tst_cleartextwarning.moc"
