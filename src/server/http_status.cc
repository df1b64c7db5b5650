#include "server/http_status.h"

#include <string>

namespace cair::server {

int HttpStatusFor(base::StatusCode code) {
  switch (code) {
    case base::StatusCode::kOk: return 200;
    case base::StatusCode::kInvalidArgument: return 400;
    case base::StatusCode::kNotFound: return 404;
    case base::StatusCode::kAlreadyExists:
    case base::StatusCode::kFailedPrecondition: return 409;
    case base::StatusCode::kUnavailable: return 503;
    case base::StatusCode::kUnimplemented: return 501;
    case base::StatusCode::kDataLoss:
    case base::StatusCode::kInternal: return 500;
  }
  return 500;
}

Failure FailureFor(const base::Status& status, std::string_view prefix) {
  return Failure{HttpStatusFor(status.code()), std::string(prefix) + status.message()};
}

}  // namespace cair::server
