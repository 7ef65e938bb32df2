#include "GatewayLog.h"

Q_LOGGING_CATEGORY(lcGateway, "pixelhub.gateway", QtInfoMsg)
