#pragma once

#include <QString>

namespace sessions {

// The linked phone number (the account) and the number typed for a pairing code: one rule for the
// CLI and the window.

// The number to ask a pairing code for, as --pairing-code and the QR dialog take it: country code
// first, then the number, 8 to 15 digits (E.164 without the "+"), punctuation allowed
// ("+55 (47) 99999-9999"). Its digits, or empty when it is not such a number.
QString pairingPhone(const QString& typed);

// The digits of what was typed, when it is a phone number written with the usual punctuation
// ("+55 (47) 99999-9999", "55.47.99999.9999"); empty when it has no digit or any other character.
QString typedPhoneDigits(const QString& typed);

// How the window shows an account: Brazilian numbers grouped as people write them
// ("+55 47 99999-9999", landlines "+55 47 3333-4444"), any other number as its raw digits.
QString formatPhone(const QString& digits);

} // namespace sessions
