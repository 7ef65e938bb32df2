#include "cli/ReconnectCommand.h"

namespace cli {

QString ReconnectCommand::summary() const
{
    return tr("Get a new QR code for an existing session.");
}

QString ReconnectCommand::description() const
{
    return tr("Asks the gateway for a QR code for the session ID and writes it as a PNG file (--qr-png FILE, else "
              "a file in the temporary directory); the path is printed. A session the gateway still calls "
              "connected although its phone is gone can only give a QR code after being recreated: this command "
              "then deletes and creates it again without asking (it says so). With --wait N, waits up to N "
              "seconds for the scan (exit code 0 once connected, 1 on failure or timeout); with --wait 0 (the "
              "default), ends once the QR code is written.");
}

} // namespace cli
