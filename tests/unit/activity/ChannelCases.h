#pragma once

// The shared table of matching cases (tests/data/activity/channel-cases.json), run by the pure
// parser test and by the database tests on every backend.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

struct ChannelCase
{
    QString name;
    QString eventType; // null: the row has no event type
    bool eventTypeIsNull = false;
    QByteArray payload;
    QString channel; // what the payload names, normalised; empty if nothing
    bool activity = false;
    qint64 ageSeconds = 0;
};

inline QList<ChannelCase> loadChannelCases()
{
    QFile file(QStringLiteral(PHS_TEST_DATA_DIR "/activity/channel-cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<ChannelCase> cases;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        ChannelCase c;
        c.name = o.value(u"name").toString();
        c.eventTypeIsNull = o.value(u"event_type").isNull();
        c.eventType = o.value(u"event_type").toString();
        c.payload = o.value(u"payload").toString().toUtf8();
        c.channel = o.value(u"channel").toString();
        c.activity = o.value(u"activity").toBool();
        c.ageSeconds = o.value(u"age_s").toInteger();
        cases << c;
    }
    return cases;
}
