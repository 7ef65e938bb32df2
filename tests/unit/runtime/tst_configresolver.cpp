// The order of precedence of a run's configuration, value by value, with the source of each:
// flag > environment > saved settings (and keychain for secrets) > default.
#include "runtime/ConfigResolver.h"
#include "settings/Profile.h"
#include "settings/SecretStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using runtime::Source;

class TestConfigResolver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<settings::Profile> makeProfile()
    {
        return std::make_unique<settings::Profile>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p%1.ini").arg(++m_n)), QSettings::IniFormat));
    }

    static QProcessEnvironment env(std::initializer_list<std::pair<const char*, const char*>> vars)
    {
        QProcessEnvironment e;
        for (const auto& [k, v] : vars)
            e.insert(QString::fromLatin1(k), QString::fromLatin1(v));
        return e;
    }

    // Resolves with a store whose keychain answers from memory (no D-Bus here).
    runtime::RuntimeConfig resolve(const settings::Profile& p, const runtime::Overrides& o,
                                   const QProcessEnvironment& e, settings::SecretStore& store)
    {
        std::optional<runtime::RuntimeConfig> got;
        runtime::ConfigResolver(p, o, e).resolve(store, [&](const runtime::RuntimeConfig& c) { got = c; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 5000))
            qFatal("the resolver never answered");
        return *got;
    }

private slots:
    void nothingConfigured()
    {
        auto p = makeProfile();
        const auto c = runtime::ConfigResolver(*p, {}, env({})).resolveWithoutKeychain();
        QVERIFY(c.gateways.isEmpty());
        QVERIFY(!c.fromOverride);
        QCOMPARE(c.activityDsnSource, Source::None);
        QCOMPARE(c.policy.threshold(), std::chrono::seconds(4h));
        QCOMPARE(c.thresholdSource, Source::Saved);
        QVERIFY(!runtime::ConfigResolver::gatewayConfiguredAnywhere(*p, {}, env({})));
    }

    void savedProfilesAreUsedAll()
    {
        auto p = makeProfile();
        settings::GatewayProfiles profiles = p->gatewayProfiles();
        QVERIFY(profiles.save({"vendas", "pixelhub", QUrl("https://vendas.example"), {}}).isEmpty());
        QVERIFY(profiles.save({"suporte", "pixelhub", QUrl("https://suporte.example"), "SUPORTE_KEY"}).isEmpty());
        const auto c = runtime::ConfigResolver(*p, {}, env({{"SUPORTE_KEY", "s3"}})).resolveWithoutKeychain();
        QCOMPARE(c.gateways.size(), 2);
        QCOMPARE(c.gateways.at(0).profile.name, QStringLiteral("suporte")); // sorted by name
        QCOMPARE(c.gateways.at(0).config.secret, QStringLiteral("s3"));
        QCOMPARE(c.gateways.at(0).secretSource, Source::Environment);
        QVERIFY(c.gateways.at(0).secretAccount.isEmpty());
        QCOMPARE(c.gateways.at(1).profile.name, QStringLiteral("vendas"));
        QCOMPARE(c.gateways.at(1).urlSource, Source::Saved);
        QCOMPARE(c.gateways.at(1).secretAccount, QStringLiteral("gateway-secret/vendas"));
        QCOMPARE(c.gateways.at(1).secretSource, Source::None); // the keychain is asked by resolve()
    }

    void missingSecretVariableIsAProblem()
    {
        auto p = makeProfile();
        QVERIFY(p->gatewayProfiles().save({"a", "pixelhub", QUrl("https://a.example"), "A_KEY"}).isEmpty());
        const auto c = runtime::ConfigResolver(*p, {}, env({})).resolveWithoutKeychain();
        QCOMPARE(c.gateways.size(), 1);
        QVERIFY(c.gateways.first().problem.contains("A_KEY"));
    }

    // Each value, each level: the higher one wins and says where it came from.
    void precedenceTable()
    {
        auto p = makeProfile();
        p->setGatewayUrl(QUrl("https://saved.example"));
        p->setActivityDsn("mysql://u@saved/db");
        p->setSilenceThreshold(72h);
        settings::SecretStore store(QStringLiteral("phs-test-precedence"));
        store.setRuntimeValue(settings::SecretStore::Key::GatewaySecret, "keychain-secret");
        store.setRuntimeValue(settings::SecretStore::Key::ActivityPassword, "keychain-password");

        // Saved settings and keychain only.
        auto c = resolve(*p, {}, env({}), store);
        QCOMPARE(c.gateways.size(), 1);
        QCOMPARE(c.gateways[0].profile.name, QStringLiteral("default"));
        QCOMPARE(c.gateways[0].config.baseUrl, QUrl("https://saved.example"));
        QCOMPARE(c.gateways[0].urlSource, Source::Saved);
        QCOMPARE(c.gateways[0].profile.dialect, QStringLiteral("pixelhub"));
        QCOMPARE(c.gateways[0].dialectSource, Source::Saved);
        QCOMPARE(c.gateways[0].config.secret, QStringLiteral("keychain-secret"));
        QCOMPARE(c.gateways[0].secretSource, Source::Keychain);
        QCOMPARE(c.activityDsn, QStringLiteral("mysql://u@saved/db"));
        QCOMPARE(c.activityDsnSource, Source::Saved);
        QCOMPARE(c.activityPassword, QStringLiteral("keychain-password"));
        QCOMPARE(c.activityPasswordSource, Source::Keychain);
        QCOMPARE(c.policy.threshold(), std::chrono::seconds(72h));
        QCOMPARE(c.thresholdSource, Source::Saved);
        QVERIFY(!c.fromOverride);

        // The environment over the saved settings.
        const auto e = env({{"PIXELHUB_GATEWAY_URL", "https://env.example"},
                            {"PIXELHUB_GATEWAY_SECRET", "env-secret"},
                            {"PIXELHUB_GATEWAY_DIALECT", "pixelhub"},
                            {"PIXELHUB_ACTIVITY_DSN", "postgresql://u@env/db"},
                            {"PIXELHUB_ACTIVITY_PASSWORD", "env-password"}});
        c = resolve(*p, {}, e, store);
        QCOMPARE(c.gateways.size(), 1);
        QVERIFY(c.fromOverride);
        QCOMPARE(c.gateways[0].profile.name, QStringLiteral("default"));
        QCOMPARE(c.gateways[0].config.baseUrl, QUrl("https://env.example"));
        QCOMPARE(c.gateways[0].urlSource, Source::Environment);
        QCOMPARE(c.gateways[0].dialectSource, Source::Environment);
        QCOMPARE(c.gateways[0].config.secret, QStringLiteral("env-secret"));
        QCOMPARE(c.gateways[0].secretSource, Source::Environment);
        QCOMPARE(c.activityDsn, QStringLiteral("postgresql://u@env/db"));
        QCOMPARE(c.activityDsnSource, Source::Environment);
        QCOMPARE(c.activityPassword, QStringLiteral("env-password"));
        QCOMPARE(c.activityPasswordSource, Source::Environment);

        // Flags over the environment.
        runtime::Overrides flags;
        flags.gatewayUrl = QUrl("https://flag.example");
        flags.dialect = QStringLiteral("pixelhub");
        flags.activityDsn = QStringLiteral("sqlite:///tmp/x.db");
        flags.silenceThreshold = std::chrono::seconds(2h);
        c = resolve(*p, flags, e, store);
        QCOMPARE(c.gateways[0].config.baseUrl, QUrl("https://flag.example"));
        QCOMPARE(c.gateways[0].urlSource, Source::Flag);
        QCOMPARE(c.gateways[0].dialectSource, Source::Flag);
        QCOMPARE(c.gateways[0].secretSource, Source::Environment); // secrets never come from flags
        QCOMPARE(c.activityDsn, QStringLiteral("sqlite:///tmp/x.db"));
        QCOMPARE(c.activityDsnSource, Source::Flag);
        QCOMPARE(c.policy.threshold(), std::chrono::seconds(2h));
        QCOMPARE(c.thresholdSource, Source::Flag);
    }

    void profileFlagPicksOneSavedProfile()
    {
        auto p = makeProfile();
        QVERIFY(p->gatewayProfiles().save({"a", "pixelhub", QUrl("https://a.example"), {}}).isEmpty());
        QVERIFY(p->gatewayProfiles().save({"b", "pixelhub", QUrl("https://b.example"), {}}).isEmpty());
        runtime::Overrides o;
        o.profile = QStringLiteral("b");
        // --profile wins over PIXELHUB_GATEWAY_URL: it is a flag.
        auto c = runtime::ConfigResolver(*p, o, env({{"PIXELHUB_GATEWAY_URL", "https://env.example"}}))
                     .resolveWithoutKeychain();
        QCOMPARE(c.gateways.size(), 1);
        QCOMPARE(c.gateways[0].profile.name, QStringLiteral("b"));
        QVERIFY(c.problem.isEmpty());
        o.profile = QStringLiteral("nope");
        c = runtime::ConfigResolver(*p, o, env({})).resolveWithoutKeychain();
        QVERIFY(c.gateways.isEmpty());
        QVERIFY(c.problem.contains("nope"));
        QVERIFY(c.problem.contains("a, b"));
    }

    // The same address rule for every source: a URL with a password is refused from the environment
    // as from a flag, even percent-encoded.
    void everySourceValidatesTheUrl()
    {
        auto p = makeProfile();
        for (const char* bad :
             {"http://u:pw@example.com", "https://u%3Apw@example.com", "ftp://example.com", "example.com"}) {
            const auto c =
                runtime::ConfigResolver(*p, {}, env({{"PIXELHUB_GATEWAY_URL", bad}})).resolveWithoutKeychain();
            QCOMPARE(c.gateways.size(), 1);
            QVERIFY2(!c.gateways[0].problem.isEmpty(), bad);
            QVERIFY2(!c.gateways[0].config.isConfigured(), bad);
        }
    }

    void bothFrontEndsShareOneCacheDirectory()
    {
        // Not CacheLocation: the desktop app and the command line have different application names.
        QCoreApplication::setApplicationName("pixelhub-sessions-cli");
        const QString cli = runtime::ConfigResolver::activityCacheDir();
        QCoreApplication::setApplicationName("Sessions");
        QCOMPARE(runtime::ConfigResolver::activityCacheDir(), cli);
        QVERIFY(cli.endsWith("PixelHub/Sessions/activity"));
    }

    void legacyGatewayUrlBecomesDefaultProfile()
    {
        const QString path = m_dir.filePath("legacy.ini");
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue("gateway/url", "https://legacy.example");
        }
        settings::Profile p(std::make_unique<QSettings>(path, QSettings::IniFormat));
        const auto all = p.gatewayProfiles().all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().name, QStringLiteral("default"));
        QCOMPARE(all.first().url, QUrl("https://legacy.example"));
        QCOMPARE(settings::SecretStore::gatewaySecretAccount("default"),
                 settings::SecretStore::keyName(settings::SecretStore::Key::GatewaySecret));
    }

    void profilesSurviveARestartWithoutCredentials()
    {
        const QString path = m_dir.filePath("restart.ini");
        {
            settings::Profile p(std::make_unique<QSettings>(path, QSettings::IniFormat));
            QVERIFY(
                p.gatewayProfiles().save({"x", "pixelhub", QUrl("https://user:hunter2@x.example:8443"), {}}).size() >
                0); // refused: user info in the address
            QVERIFY(p.gatewayProfiles().save({"x", "pixelhub", QUrl("https://x.example:8443"), "X_SECRET"}).isEmpty());
            QVERIFY(!p.gatewayProfiles().save({"Bad Name", "pixelhub", QUrl("https://x.example"), {}}).isEmpty());
            QVERIFY(!p.gatewayProfiles().save({"y", "klingon", QUrl("https://x.example"), {}}).isEmpty());
            p.sync();
        }
        settings::Profile q(std::make_unique<QSettings>(path, QSettings::IniFormat));
        const auto x = q.gatewayProfiles().find("x");
        QVERIFY(x);
        QCOMPARE(x->url, QUrl("https://x.example:8443"));
        QCOMPARE(x->secretEnv, QStringLiteral("X_SECRET"));
        QVERIFY(q.gatewayProfiles().remove("x"));
        QVERIFY(!q.gatewayProfiles().find("x"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("hunter2"));
    }
};

QTEST_GUILESS_MAIN(TestConfigResolver)
#include "tst_configresolver.moc"
