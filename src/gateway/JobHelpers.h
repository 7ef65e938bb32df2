#pragma once

#include "gateway/Result.h"

namespace gateway {

// A 2xx whose body says {"success": false, "error": ...}: the gateway means it, so it is a failure.
// Any other 2xx is left as it is (PixelHub treated every 2xx as success; so do we, unless told).
Result refusedIfSaysSo(Result result);

// Turns an unusable 2xx into a BadBody failure, preferring the gateway's own error text if any.
Result failWithBody(Result result, const QString& fallbackMessage);

} // namespace gateway
