// The settings schema: the profile reads its keys, defaults and ranges; the CLI's --silent-hours
// rule turns away what the schema does not accept; the in-memory defaults of the leaf modules
// (which cannot include settings/) agree with it.
#include "activity/ActivityConfig.h"
#include "gateway/GatewayConfig.h"
#include "health/ZombiePolicy.h"
#include "settings/Profile.h"
#include "settings/SettingsSchema.h"
#include "settings/Translations.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace std::chrono_literals;
namespace schema = settings::schema;
using std::chrono::seconds;

namespace {
struct DurationSetting
{
    const char* name;
    const schema::Duration* entry;
    std::function<seconds(const settings::Profile&)> get;
    std::function<void(settings::Profile&, seconds)> set;
};

QList<DurationSetting> durations()
{
    using P = settings::Profile;
    return {
        {"list timeout", &schema::ListTimeout, &P::listTimeout, &P::setListTimeout},
        {"request timeout", &schema::RequestTimeout, &P::requestTimeout, &P::setRequestTimeout},
        {"connect timeout", &schema::ConnectTimeout, &P::connectTimeout, &P::setConnectTimeout},
        {"connect deadline", &schema::ConnectDeadline, &P::connectDeadline, &P::setConnectDeadline},
        {"activity timeout", &schema::ActivityTimeout, &P::activityTimeout, &P::setActivityTimeout},
        {"silence threshold", &schema::SilenceThreshold, &P::silenceThreshold, &P::setSilenceThreshold},
        {"refresh interval", &schema::RefreshInterval, &P::refreshInterval, &P::setRefreshInterval},
        {"bulk action gap", &schema::BulkActionGap, &P::bulkActionGap, &P::setBulkActionGap},
    };
}
} // namespace

class TestSettingsSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<settings::Profile> freshProfile()
    {
        return std::make_unique<settings::Profile>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("p%1.ini").arg(++m_files)), QSettings::IniFormat));
    }

private slots:
    void profileUsesTheSchemaKeysDefaultsAndRanges()
    {
        for (const DurationSetting& d : durations()) {
            const schema::Duration& e = *d.entry;
            auto p = freshProfile();
            QCOMPARE(d.get(*p), e.defaultValue);
            QVERIFY2(e.contains(e.defaultValue), d.name);
            d.set(*p, e.max);
            QCOMPARE(p->raw().value(e.key).toLongLong(), qint64(e.max.count())); // the schema's key
            QCOMPARE(d.get(*p), e.max);
            d.set(*p, e.min);
            QCOMPARE(d.get(*p), e.min);
            d.set(*p, e.max + 1s);
            QCOMPARE(d.get(*p), e.defaultValue);
            d.set(*p, e.min - 1s);
            QCOMPARE(d.get(*p), e.defaultValue);
        }
        auto p = freshProfile();
        QCOMPARE(p->noActivityIsZombie(), schema::NoActivityIsZombie.defaultValue);
        QCOMPARE(p->closeToTray(), schema::CloseToTray.defaultValue);
        p->setCloseToTray(!schema::CloseToTray.defaultValue);
        QCOMPARE(p->raw().value(schema::CloseToTray.key).toBool(), !schema::CloseToTray.defaultValue);
    }

    void overridesShareTheThresholdRange()
    {
        auto p = freshProfile();
        const schema::Duration& r = schema::SilenceThreshold;
        p->setSilenceOverride(QStringLiteral("g"), QStringLiteral("a"), r.max);
        p->setSilenceOverride(QStringLiteral("g"), QStringLiteral("b"), r.max + 1s);
        p->setSilenceOverride(QStringLiteral("g"), QStringLiteral("c"), r.min - 1s);
        QCOMPARE(p->silenceOverride(QStringLiteral("g"), QStringLiteral("a")), std::optional<seconds>(r.max));
        QVERIFY(!p->silenceOverride(QStringLiteral("g"), QStringLiteral("b")));
        QVERIFY(!p->silenceOverride(QStringLiteral("g"), QStringLiteral("c")));
    }

    void displayUnits()
    {
        // 60 s .. 90 days in whole hours: 1 .. 2160, both inside the range.
        QCOMPARE(schema::SilenceThreshold.minIn<std::chrono::hours>(), qint64(1));
        QCOMPARE(schema::SilenceThreshold.maxIn<std::chrono::hours>(), qint64(90 * 24));
        QCOMPARE(schema::RefreshInterval.minIn<std::chrono::minutes>(), qint64(0));
        QCOMPARE(schema::RefreshInterval.maxIn<std::chrono::minutes>(), qint64(24 * 60));
        constexpr schema::Duration odd{QLatin1StringView("x"), 10s, 61s, 7199s};
        QCOMPARE(odd.minIn<std::chrono::minutes>(), qint64(2)); // rounded in, never out
        QCOMPARE(odd.maxIn<std::chrono::hours>(), qint64(1));
    }

    void silentHours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // seconds; -1 = refused
        QTest::newRow("4") << "4" << qint64(4 * 3600);
        QTest::newRow("half") << " 0.5 " << qint64(1800);
        QTest::newRow("max") << "2160" << qint64(schema::SilenceThreshold.max.count());
        QTest::newRow("one minute") << QString::number(1.0 / 60, 'g', 17) << qint64(60);
        QTest::newRow("below min") << "0.01" << qint64(-1);
        QTest::newRow("above max") << "2160.5" << qint64(-1);
        QTest::newRow("absurd") << "1e300" << qint64(-1);
        QTest::newRow("zero") << "0" << qint64(-1);
        QTest::newRow("negative") << "-4" << qint64(-1);
        QTest::newRow("nan") << "nan" << qint64(-1);
        QTest::newRow("NaN") << "NaN" << qint64(-1);
        QTest::newRow("inf") << "inf" << qint64(-1);
        QTest::newRow("-inf") << "-inf" << qint64(-1);
        QTest::newRow("garbage") << "4h" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void silentHours()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = schema::parseSilentHours(text);
        if (expected < 0)
            QVERIFY2(!parsed, qPrintable(QString::number(parsed ? parsed->count() : 0)));
        else
            QCOMPARE(parsed, std::optional<seconds>(expected));
    }

    // gateway/, activity/ and health/ are leaves that do not include settings/; their in-memory
    // defaults are what a config without a profile uses, so they must not drift from the schema.
    void leafDefaultsAgree()
    {
        const gateway::GatewayConfig g;
        QCOMPARE(g.listTimeout, schema::ListTimeout.defaultValue);
        QCOMPARE(g.requestTimeout, schema::RequestTimeout.defaultValue);
        QCOMPARE(g.connectTimeout, schema::ConnectTimeout.defaultValue);
        QCOMPARE(std::chrono::milliseconds(activity::ActivityConfig().timeoutMs), schema::ActivityTimeout.defaultValue);
        QCOMPARE(health::ZombiePolicy().threshold(), schema::SilenceThreshold.defaultValue);
        QCOMPARE(health::ZombiePolicy().noActivityIsZombie(), schema::NoActivityIsZombie.defaultValue);
    }

    void oneLanguageList()
    {
        const QStringList codes = settings::availableLanguages();
        QVERIFY(codes.contains(QStringLiteral("en")) && codes.contains(QStringLiteral("pt_BR")));
        for (const QString& code : codes)
            QVERIFY(!settings::languageNativeName(code).isEmpty());
        QCOMPARE(settings::languageNativeName(QStringLiteral("pt_BR")), QString::fromUtf8("Portugu\u00eas (Brasil)"));
        QVERIFY(settings::languageNativeName(QStringLiteral("xx")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"
