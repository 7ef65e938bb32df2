#include "activity/TableShape.h"

namespace activity {

std::optional<qint64> highestRowId(const QVariant& maxId)
{
    if (!maxId.isValid() || maxId.isNull())
        return 0;
    bool ok = false;
    const qint64 id = maxId.typeId() == QMetaType::QString || maxId.typeId() == QMetaType::QByteArray
                          ? maxId.toString().trimmed().toLongLong(&ok)
                          : maxId.toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    // A double (an id of type REAL/FLOAT) must still be a whole number.
    if (maxId.typeId() == QMetaType::Double && maxId.toDouble() != double(id))
        return std::nullopt;
    return id;
}

} // namespace activity
