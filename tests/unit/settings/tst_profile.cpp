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
        p->setSilenceOverride("default", "imobsites", std::chrono::seconds(48h));
        p->setSilenceOverride("beta", "imobsites", std::chrono::seconds(12h));
        p->setListTimeout(std::chrono::seconds(-3)); // out of range: the default wins
        p->setActivityTimeout(40s);
        p->sync();
        auto q = makeProfile();
        QCOMPARE(q->gatewayUrl(), QUrl("https://wpp.example.com.br:8443"));
        QCOMPARE(q->silenceThreshold(), std::chrono::seconds(72h));
        QCOMPARE(q->silenceOverride("default", "imobsites"), std::optional<std::chrono::seconds>(48h));
        QCOMPARE(q->silenceOverride("beta", "imobsites"), std::optional<std::chrono::seconds>(12h));
        QVERIFY(!q->silenceOverride("gamma", "imobsites"));
        QVERIFY(!q->silenceOverride("default", "other"));
        QCOMPARE(q->listTimeout(), 90s);
        QCOMPARE(q->activityTimeout(), 40s);
        QFile f(m_dir.filePath("profile.ini"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("pass")); // user info never reaches the file
    }

    // Before gateways had names, the map was session id -> seconds: those thresholds are the
    // default gateway's, and move under its name at the next change without being lost.
    void perSessionThresholdsOfTheSingleGatewayEra()
    {
        auto p = makeProfile();
        p->raw().setValue("activity/silenceOverrides",
                          QVariantMap{{"imobsites", qint64(48 * 3600)}, {"vendas", qint64(24 * 3600)}});
        QCOMPARE(p->silenceOverride("default", "imobsites"), std::optional<std::chrono::seconds>(48h));
        QVERIFY(!p->silenceOverride("beta", "imobsites"));
        p->setSilenceOverride("default", "vendas", std::nullopt);
        p->setSilenceOverride("beta", "vendas", std::chrono::seconds(6h));
        QCOMPARE(p->silenceOverrides("default").size(), 1);
        QCOMPARE(p->silenceOverride("default", "imobsites"), std::optional<std::chrono::seconds>(48h));
        QVERIFY(!p->silenceOverride("default", "vendas"));
        QCOMPARE(p->silenceOverride("beta", "vendas"), std::optional<std::chrono::seconds>(6h));
        const QVariantMap stored = p->raw().value("activity/silenceOverrides").toMap();
        QCOMPARE(stored.keys(), (QStringList{"beta", "default"})); // no flat entry left
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
