#pragma once

#include <QDateTime>
#include <QList>
#include <QSharedData>
#include <QString>

namespace gateway {

// What a gateway may say of a session beyond its id, name and status. Behind one shared pointer:
// a row the gateway says none of it for costs a pointer instead of three strings (a listing of
// 200,000 sessions), and a session copies its channel's without copying the strings. Compared by
// value.
class ChannelExtras
{
public:
    // The vendor's reason when it changes what the operator should do (WAHA FAILED, Whapi
    // SYNC_ERROR / STOP, Evolution's disconnection code); empty otherwise.
    const QString& reason() const { return d ? d->reason : empty(); }
    // The linked phone number, digits only; empty when unknown.
    const QString& account() const { return d ? d->account : empty(); }
    // The WhatsApp profile name, when the gateway gives it.
    const QString& pushName() const { return d ? d->pushName : empty(); }

    void setReason(const QString& reason) { set(&Data::reason, reason); }
    void setAccount(const QString& account) { set(&Data::account, account); }
    void setPushName(const QString& pushName) { set(&Data::pushName, pushName); }

    bool operator==(const ChannelExtras& other) const
    {
        return reason() == other.reason() && account() == other.account() && pushName() == other.pushName();
    }

private:
    struct Data : QSharedData
    {
        QString reason;
        QString account;
        QString pushName;
    };
    static const QString& empty()
    {
        static const QString none;
        return none;
    }
    void set(QString Data::*field, const QString& value)
    {
        if (!d && value.isEmpty())
            return; // nothing said stays without a block
        if (!d)
            d = new Data;
        d->*field = value; // detaches a block shared with a copy
    }

    QSharedDataPointer<Data> d;
};

// One session as a gateway describes it, read by its dialect.
struct ChannelInfo
{
    QString id;
    QString name;
    QString rawStatus; // the vendor's word, verbatim; empty when the gateway gave none
    // The dialect's mapping of rawStatus onto the design's statuses (connected, disconnected,
    // qr_pending, starting, unknown); empty: the vendor-neutral mapping of rawStatus applies.
    QString statusKey;
    ChannelExtras extras; // reason, account, profile name

    bool operator==(const ChannelInfo&) const = default;
};

// What a QR request says: a QR payload (raw QR text, bare base64 PNG, data URL or http URL, still
// undecoded), and/or the gateway's status (upper-cased) and message.
struct QrAnswer
{
    QString payload;
    QString status;
    QString message;
    QString statusKey;     // as ChannelInfo::statusKey, when the dialect maps the status itself
    int expiresInSec = -1; // how long the QR lives, when the gateway says; -1 unknown
};

// What a QR answer means, read once from the result.
struct QrReply
{
    QrAnswer answer;                // a successful answer: the QR payload and/or the gateway's status
    bool sessionNotStarted = false; // a failure saying "Session not started": start it first
    bool invalidQrResponse = false; // a failure that means "connected, no QR" (the pre-patch
                                    // Pixel Hub wrapper's "Invalid QR code response")
};

// A pairing code: typed on the phone instead of scanning a QR.
struct PairingCode
{
    QString code;          // as the vendor groups it ("ABCD-EFGH", "123-456")
    int expiresInSec = -1; // -1: the vendor does not say
    // No code, but a QR: the session waits for a scan and may never give a code (Evolution ignores
    // the number of an instance already connecting).
    bool qrWithoutCode = false;
};

} // namespace gateway
