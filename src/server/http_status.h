// File: server/http_status.h
// The one place a `base::Status` becomes an HTTP status: every handler that
// forwards a store or report failure answers with HttpStatusFor(), never by
// reading the message.
#ifndef CAIR_SERVER_HTTP_STATUS_H_
#define CAIR_SERVER_HTTP_STATUS_H_

#include <string_view>

#include "base/status.h"
#include "server/lint_api.h"

namespace cair::server {

// not_found 404, invalid_argument 400, already_exists and
// failed_precondition 409 (RFC 9110 15.5.10: the request conflicts with the
// resource's current state), unavailable 503 (the database is busy, full or
// failing: the request may succeed later), unimplemented 501, internal and
// data_loss 500. An OK status is 200.
int HttpStatusFor(base::StatusCode code);

// The failure to answer for `status` (not OK): its mapped HTTP status and
// `prefix` + its message.
Failure FailureFor(const base::Status& status, std::string_view prefix = "");

}  // namespace cair::server

#endif  // CAIR_SERVER_HTTP_STATUS_H_
