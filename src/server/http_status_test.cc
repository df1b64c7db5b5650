#include "server/http_status.h"

#include <gtest/gtest.h>

namespace cair::server {
namespace {

TEST(HttpStatus, EachCodeHasItsStatus) {
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kOk), 200);
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kInvalidArgument), 400);
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kAlreadyExists), 409);
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kFailedPrecondition), 409);
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kUnimplemented), 501);
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kInternal), 500);
  EXPECT_EQ(HttpStatusFor(base::StatusCode::kDataLoss), 500);
}

TEST(HttpStatus, FailureCarriesTheMappedStatusAndThePrefixedMessage) {
  Failure f = FailureFor(base::UnavailableError("database is locked"), "store: ");
  EXPECT_EQ(f.status, 503);
  EXPECT_EQ(f.message, "store: database is locked");
  EXPECT_EQ(FailureFor(base::NotFoundError("no incident 7")).status, 404);
}

}  // namespace
}  // namespace cair::server
