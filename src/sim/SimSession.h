#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sim {

// The gateway-side truth about one session, including what the gateway gets wrong about it.
class SimSession
{
public:
    enum class Phase
    {
        NotStarted,
        Initializing,
        Qr, // showing a QR code that rotates
        Connected,
        Zombie, // the phone is gone, the gateway still says connected
        Disconnected
    };

    static QString phaseToString(Phase phase);
    static std::optional<Phase> phaseFromString(const QString& name);
    static bool isValidQrFormat(const QString& format);

    // Reads one scenario session object; false and *error on a bad object.
    static std::optional<SimSession> fromJson(const QJsonObject& object, QString* error);

    QString id;
    QString name;
    QString rawStatus;             // WPPConnect status override (to exercise the list's substring bug)
    QString qrFormat;              // empty = scenario default
    QString webhookSessionId;      // session.id written in webhook rows; empty = id
    bool token = false;            // a valid WPPConnect token survives a disconnect
    bool hidden = false;           // exists but missing from GET /api/channels
    bool silent = false;           // connected but writes no activity rows
    int qrPolls = 0;               // /qr polls answered while initializing
    QString phone;                 // the linked phone's digits (vendor dialects show it as the account)
    QString pairingPhone;          // a pairing code was asked for this phone
    bool pairingCodeGiven = false; // the gateway has handed the code out (the phone can type it now)
    QString pairingCode;           // the code handed out last, as the dialect wrote it

    // The newest inbound message the vendor's own chat store knows (the last-activity endpoints):
    // set by /__sim/sessions/{id}/inbound (an invalid time: none at all); unset, a linked session
    // that writes activity had one LiveInboundAge ago, a silent or zombie one QuietInboundAge ago,
    // and one never linked has none.
    std::optional<QDateTime> inboundOverride;
    static constexpr qint64 LiveInboundAgeSeconds = 5 * 60;
    static constexpr qint64 QuietInboundAgeSeconds = 8 * 3600;
    QDateTime lastInboundUtc() const;

    Phase phase() const { return m_phase; }
    // Every transition goes through here: it clears the raw status override and restarts the QR clock.
    void setPhase(Phase phase);

    // The WPPConnect status the wrapper would read, then the lowercased status it lists.
    QString wppStatus() const;
    QString listedStatus() const;
    static QString mapWrapperStatus(const QString& raw);

    // QR rotation, computed lazily from the time spent in the Qr phase.
    int qrRotation(int rotateMs) const;
    QString qrText(int rotateMs);
    // Gives up (-> Disconnected without token) after maxRotations unscanned rotations; true if it did.
    bool expireQr(int rotateMs, int maxRotations);

    QJsonObject toStateJson(int rotateMs);

private:
    Phase m_phase = Phase::NotStarted;
    QElapsedTimer m_phaseClock;
    int m_tokenRotation = -1;
    QString m_qrToken;
};

} // namespace sim
