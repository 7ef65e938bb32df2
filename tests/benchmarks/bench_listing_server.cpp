// A gateway that lists a very large number of sessions (issue 16, finding 13), for the memory
// benchmark of the CLI: run-listing-benchmark.sh starts it and measures pixelhub-sessions-cli
// against it with /usr/bin/time -v. Prints its port on stdout, then serves until killed.
// Usage: bench_listing_server [channels (default 215000)]
#include "CannedGateway.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int channels = argc > 1 ? QByteArray(argv[1]).toInt() : 215000;
    // About 37 bytes a session, as in the report: 215,000 sessions are 7.9 MB, under the 8 MiB cap.
    QByteArray body = "{\"success\":true,\"channels\":[";
    body.reserve(qsizetype(channels) * 40 + 64);
    for (int i = 0; i < channels; ++i) {
        body += i ? "," : "";
        body += "{\"id\":\"c" + QByteArray::number(i).rightJustified(6, '0') + "\",\"status\":\"" +
                (i % 3 ? QByteArray("CONNECTED") : QByteArray("DISCONNECTED")) + "\"}";
    }
    body += "]}";
    CannedGateway gateway;
    if (!gateway.isValid())
        return 1;
    gateway.on("GET", "/api/channels", CannedGateway::json(200, body));
    QTextStream(stdout) << gateway.port() << '\n' << body.size() << Qt::endl;
    return app.exec();
}
