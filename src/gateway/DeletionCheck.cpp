#include "gateway/DeletionCheck.h"

#include <QCoreApplication>

namespace gateway {

using text::LiveText;

Result confirmDeletion(const QString& id, const Result& check)
{
    if (check.ok)
        return Result::failure(
            ErrorKind::Conflict,
            LiveText::translate("DeletionCheck",
                                "The gateway accepted the deletion of \"%1\", but the session still exists. "
                                "Refresh and try again; if it persists, check the gateway.")
                .arg(id),
            check.httpStatus);
    if (check.kind != ErrorKind::NotFound)
        return Result::failure(
            check.kind,
            LiveText::translate("DeletionCheck",
                                "The gateway accepted the deletion of \"%1\", but it could not be confirmed: %2")
                .arg(id, check.message),
            check.httpStatus);
    Result gone;
    gone.ok = true;
    gone.httpStatus = check.httpStatus;
    return gone;
}

} // namespace gateway
