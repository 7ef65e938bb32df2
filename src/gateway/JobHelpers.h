#pragma once

#include "gateway/Result.h"

namespace gateway {

// The body's "success" read as the gateway means it: false for false, "false", 0 and "0".
bool successIsFalse(const QJsonValue& success);

// A 2xx whose body says {"success": false, "error": ...}: the gateway means it, so it is a failure.
// Any other 2xx is left as it is (PixelHub treated every 2xx as success; so do we, unless told).
Result refusedIfSaysSo(Result result);

// For a destructive call, where a false "done" loses data: also a failure when the 2xx body has no
// "success" but carries an "error" text ({"error": "session not deleted"}).
Result refusedUnlessDone(Result result);

// Turns an unusable 2xx into a BadBody failure, preferring the gateway's own error text if any.
Result failWithBody(Result result, const QString& fallbackMessage);

} // namespace gateway
