#include "cli/CreateCommand.h"

namespace cli {

QString CreateCommand::summary() const
{
    return tr("Create a session and get its QR code.");
}

QString CreateCommand::description() const
{
    return tr("Creates the session ID on the gateway and gets its QR code, written as a PNG file (--qr-png FILE, "
              "else a file in the temporary directory); the path is printed. With --wait N, waits up to N seconds "
              "for the phone to scan it (exit code 0 once connected, 1 on failure or timeout); with --wait 0 (the "
              "default), ends once the QR code is written.");
}

} // namespace cli
