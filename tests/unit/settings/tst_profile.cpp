#include "settings/Profile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<settings::Profile> makeProfile()
    {
        return std::make_unique<settings::Profile>(
            std::make_unique<QSettings>(m_dir.filePath("profile.ini"), QSettings::IniFormat));
    }

private slots:
    void defaults()
    {
        QFile::remove(m_dir.filePath("profile.ini"));
        auto p = makeProfile();
        QCOMPARE(p->listTimeout(), 90s);
        QCOMPARE(p->requestTimeout(), 30s);
        QCOMPARE(p->connectTimeout(), 10s);
        QCOMPARE(p->activityTimeout(), 15s);
        QCOMPARE(p->refreshInterval(), std::chrono::seconds(5min));
        QCOMPARE(p->silenceThreshold(), std::chrono::seconds(4h));
        QVERIFY(!p->noActivityIsZombie());
        QVERIFY(p->gatewayUrl().isEmpty());
    }

    void roundTripAndValidation()
    {
        auto p = makeProfile();
        p->setGatewayUrl(QUrl("https://user:pass@wpp.example.com.br:8443"));
        p->setSilenceThreshold(72h);
        p->setSilenceOverride("imobsites", std::chrono::seconds(48h));
        p->setListTimeout(std::chrono::seconds(-3)); // out of range: the default wins
        p->setActivityTimeout(40s);
        p->sync();
        auto q = makeProfile();
        QCOMPARE(q->gatewayUrl(), QUrl("https://wpp.example.com.br:8443"));
        QCOMPARE(q->silenceThreshold(), std::chrono::seconds(72h));
        QCOMPARE(q->silenceOverride("imobsites"), std::optional<std::chrono::seconds>(48h));
        QVERIFY(!q->silenceOverride("other"));
        QCOMPARE(q->listTimeout(), 90s);
        QCOMPARE(q->activityTimeout(), 40s);
        QFile f(m_dir.filePath("profile.ini"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("pass")); // user info never reaches the file
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
