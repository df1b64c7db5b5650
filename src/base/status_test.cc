#include "base/status.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "base/status_macros.h"
#include "base/statusor.h"

namespace cair::base {
namespace {

TEST(Status, DefaultIsOkAndDropsMessage) {
  EXPECT_TRUE(Status().ok());
  EXPECT_EQ(Status(StatusCode::kOk, "ignored").message(), "");
  EXPECT_EQ(OkStatus().ToString(), "ok");
}

TEST(Status, ConstructorsSetTheirCode) {
  EXPECT_EQ(InvalidArgumentError("x").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(NotFoundError("x").code(), StatusCode::kNotFound);
  EXPECT_EQ(AlreadyExistsError("x").code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(FailedPreconditionError("x").code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(UnavailableError("x").code(), StatusCode::kUnavailable);
  EXPECT_EQ(DataLossError("x").code(), StatusCode::kDataLoss);
  EXPECT_EQ(InternalError("x").code(), StatusCode::kInternal);
  EXPECT_EQ(UnimplementedError("x").code(), StatusCode::kUnimplemented);
  Status s = NotFoundError("no incident 7");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "no incident 7");
  EXPECT_EQ(s.ToString(), "not_found: no incident 7");
}

TEST(Status, PrefixedKeepsTheCode) {
  EXPECT_EQ(Prefixed(UnavailableError("database is locked"), "store: "), UnavailableError("store: database is locked"));
  EXPECT_TRUE(Prefixed(OkStatus(), "store: ").ok());
}

TEST(StatusOr, HoldsAValueOrAStatus) {
  StatusOr<std::string> v = std::string("abc");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, "abc");
  EXPECT_EQ(v->size(), 3u);
  EXPECT_TRUE(v.status().ok());
  StatusOr<std::string> e = UnavailableError("database is locked");
  EXPECT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(e.value_or("fallback"), "fallback");
}

TEST(StatusOr, OkStatusWithoutValueBecomesInternal) {
  StatusOr<int> s = OkStatus();
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInternal);
}

TEST(StatusOr, MoveOnlyValues) {
  StatusOr<std::unique_ptr<int>> p = std::make_unique<int>(4);
  ASSERT_TRUE(p.ok());
  std::unique_ptr<int> q = *std::move(p);
  EXPECT_EQ(*q, 4);
}

TEST(StatusOrDeathTest, ValueOfAFailureAborts) {
  StatusOr<int> s = NotFoundError("gone");
  EXPECT_DEATH((void)s.value(), "not_found: gone");
}

StatusOr<int> Half(int n) {
  if (n % 2) return InvalidArgumentError(std::to_string(n) + " is odd");
  return n / 2;
}

StatusOr<int> Quarter(int n) {
  CAIR_ASSIGN_OR_RETURN(int h, Half(n));
  CAIR_ASSIGN_OR_RETURN(h, Half(h));
  return h;
}

Status CheckEven(int n) {
  CAIR_RETURN_IF_ERROR(Half(n));
  CAIR_RETURN_IF_ERROR(n < 100 ? OkStatus() : FailedPreconditionError("too big"));
  return OkStatus();
}

TEST(StatusMacros, ForwardTheFirstFailureUnchanged) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_EQ(Quarter(6).status(), InvalidArgumentError("3 is odd"));
  EXPECT_EQ(Quarter(5).status(), InvalidArgumentError("5 is odd"));
  EXPECT_TRUE(CheckEven(4).ok());
  EXPECT_EQ(CheckEven(3).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckEven(200).code(), StatusCode::kFailedPrecondition);
}

TEST(StatusMacros, EvaluateTheExpressionOnce) {
  int calls = 0;
  auto f = [&]() -> StatusOr<int> { ++calls; return 1; };
  auto g = [&]() -> Status {
    CAIR_RETURN_IF_ERROR(f());
    return OkStatus();
  };
  EXPECT_TRUE(g().ok());
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace cair::base
