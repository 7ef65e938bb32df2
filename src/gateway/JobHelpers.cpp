#include "JobHelpers.h"

#include "gateway/ResponseClassifier.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gateway {

namespace {
class Msg
{
    Q_DECLARE_TR_FUNCTIONS(GatewayJob)
};
} // namespace

Result refusedIfSaysSo(Result result)
{
    const QJsonValue success = result.json.toObject().value(QLatin1String("success"));
    if (!success.isBool() || success.toBool())
        return result;
    result.ok = false;
    result.kind = ErrorKind::Http;
    result.gatewayError = gatewayErrorText(result.json);
    result.message =
        result.gatewayError.isEmpty()
            ? Msg::tr("The gateway reported a failure without saying why (HTTP %1).").arg(result.httpStatus)
            : Msg::tr("The gateway reported a failure: %1").arg(result.gatewayError.left(200));
    return result;
}

Result failWithBody(Result result, const QString& fallbackMessage)
{
    result.ok = false;
    result.gatewayError = gatewayErrorText(result.json);
    const bool saysFailure = result.json.toObject().value(QLatin1String("success")).toBool(true) == false;
    if (saysFailure && !result.gatewayError.isEmpty()) {
        result.kind = ErrorKind::Http;
        result.message = Msg::tr("The gateway reported a failure: %1").arg(result.gatewayError.left(200));
    } else {
        result.kind = ErrorKind::BadBody;
        result.message = fallbackMessage;
    }
    return result;
}

} // namespace gateway
