#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sim {

// One /api request as the simulator saw it. The secret itself is never kept, only whether it matched.
struct RequestRecord
{
    QString method;
    QString path; // percent-decoded
    QDateTime time;
    bool secretOk = false;
    QString query; // percent-decoded, without '?'
};

} // namespace sim

Q_DECLARE_METATYPE(sim::RequestRecord)
