// Unit tests of the runner's framework semantics (runner.h) over a local
// registry of test lints: NA from CheckApplies, NE outside the effective
// window, fatal for a lint that throws or fails to configure, the source
// pre-filter, results aligned with the sorted lint list.
#include "lint/runner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/files.h"
#include "lint/config.h"
#include "lint/registry.h"
#include "x509/certificate.h"
#include "x509/input.h"

namespace cair::lint {
namespace {

class Passes final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate&) const override { return Error("always"); }
};
class NeverApplies final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return false; }
  Result Execute(const x509::Certificate&) const override { return Error("must not run"); }
};
class Throws final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate&) const override { throw std::runtime_error("boom"); }
};
class BadConfig final : public CertificateLint {
 public:
  std::string Configure(const Config&) override { return "threshold: not a number"; }
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate&) const override { return Pass(); }
};

constexpr Metadata kErrors{.name = "e_test_errors", .description = "d", .citation = "c", .source = Source::kCommunity};
constexpr Metadata kNotApplicable{.name = "e_test_na", .description = "d", .citation = "c", .source = Source::kCommunity};
constexpr Metadata kFuture{.name = "e_test_future", .description = "d", .citation = "c", .source = Source::kCommunity,
                           .effective = Date(2999, 1, 1)};
constexpr Metadata kThrows{.name = "e_test_throws", .description = "d", .citation = "c", .source = Source::kCommunity};
constexpr Metadata kBadConfig{.name = "e_test_bad_config", .description = "d", .citation = "c", .source = Source::kCommunity};
constexpr Metadata kSmimeOnly{.name = "e_test_smime", .description = "d", .citation = "c", .source = Source::kCabfSmimeBr};

class RunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pem = base::ReadFile((std::filesystem::path(CAIR_SOURCE_DIR) / "samples" / "subscribers.pem").string());
    if (!pem.ok()) GTEST_SKIP() << "samples/subscribers.pem: " << pem.status().ToString();
    der_ = x509::DecodeObjects(*pem, x509::InputFormat::kPem).objects.at(0).der;
    cert_ = x509::ParseCertificate(der::Input(std::string_view(der_)));
    ASSERT_TRUE(cert_.ok());
    ASSERT_FALSE(cert_.IsEmailProtection()) << "the sample is a TLS server certificate";
    registry_.Add(&kErrors, []() -> std::unique_ptr<LintBase> { return std::make_unique<Passes>(); });
    registry_.Add(&kNotApplicable, []() -> std::unique_ptr<LintBase> { return std::make_unique<NeverApplies>(); });
    registry_.Add(&kFuture, []() -> std::unique_ptr<LintBase> { return std::make_unique<Passes>(); });
    registry_.Add(&kThrows, []() -> std::unique_ptr<LintBase> { return std::make_unique<Throws>(); });
    registry_.Add(&kBadConfig, []() -> std::unique_ptr<LintBase> { return std::make_unique<BadConfig>(); });
    registry_.Add(&kSmimeOnly, []() -> std::unique_ptr<LintBase> { return std::make_unique<Passes>(); });
  }
  std::string der_;
  x509::Certificate cert_;
  Registry registry_;
};

TEST_F(RunnerTest, FrameworkSemanticsPerLint) {
  Runner runner(registry_, Filter{}, Config{});
  std::vector<Result> out;
  runner.Run(cert_, &out);
  const auto& metas = runner.certificate_lints();
  ASSERT_EQ(metas.size(), 6u);
  ASSERT_EQ(out.size(), metas.size());
  std::map<std::string, Result> by;
  for (size_t i = 0; i < metas.size(); ++i) {
    by[std::string(metas[i]->name)] = out[i];
    if (i) EXPECT_LT(metas[i - 1]->name, metas[i]->name) << "sorted by name";
  }
  EXPECT_EQ(by["e_test_errors"].status, Status::kError);
  EXPECT_EQ(by["e_test_errors"].details, "always");
  EXPECT_EQ(by["e_test_na"].status, Status::kNA);
  EXPECT_EQ(by["e_test_future"].status, Status::kNE);
  EXPECT_EQ(by["e_test_throws"].status, Status::kFatal);
  EXPECT_EQ(by["e_test_bad_config"].status, Status::kFatal);
  EXPECT_NE(by["e_test_bad_config"].details.find("threshold: not a number"), std::string::npos);
  EXPECT_EQ(by["e_test_smime"].status, Status::kNA) << "S/MIME BR lints are NA on a TLS certificate";
}

TEST_F(RunnerTest, FilterSelectsLints) {
  Filter f;
  f.include_names = {"e_test_errors", "e_test_na"};
  Runner runner(registry_, f, Config{});
  ASSERT_EQ(runner.certificate_lints().size(), 2u);
  EXPECT_TRUE(runner.crl_lints().empty());
  std::vector<Result> out;
  runner.Run(cert_, &out);
  EXPECT_EQ(out.size(), 2u);
}

// FindingsRunner's plans (sets of lints per fact and per interval between
// effective dates, a 64-lint word at a time) keep exactly Run's findings:
// lints whose effective and ineffective dates lie before, at and after the
// certificate's notBefore, requiring no fact, a fact it has, one it lacks,
// all it has; 144 of them, so that the sets span three words.
TEST_F(RunnerTest, FindingsRunnerPlansKeepRunsFindings) {
  const int64_t nb = cert_.not_before.unix;
  const Facts has = CertificateFacts(cert_);
  ASSERT_NE(has, Facts{0});
  const Facts one_it_has = has & (~has + 1), one_it_lacks = ~has & (has + 1);
  const int64_t edges[] = {kAlways, nb - 86400, nb - 1, nb, nb + 1, kNever};
  std::vector<std::string> names;
  std::vector<Metadata> metas;
  names.reserve(144);
  metas.reserve(144);
  Registry registry;
  for (const int64_t from : edges) {
    for (const int64_t until : edges) {
      for (const Facts needs : {Facts{0}, one_it_has, one_it_lacks, has}) {
        names.push_back("e_test_plan_" + std::to_string(names.size() + 1000));
        metas.push_back(Metadata{.name = names.back(), .description = "d", .citation = "c",
                                 .source = Source::kCommunity, .effective = from, .ineffective = until,
                                 .requires_facts = needs});
        registry.Add(&metas.back(), []() -> std::unique_ptr<LintBase> { return std::make_unique<Passes>(); });
      }
    }
  }
  Runner runner(registry, Filter{}, Config{});
  ASSERT_EQ(runner.certificate_lints().size(), 144u);
  std::vector<Result> all;
  runner.Run(cert_, &all);
  std::vector<uint32_t> want;
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].status >= Status::kInfo) want.push_back(static_cast<uint32_t>(i));
  EXPECT_GT(want.size(), 10u);
  EXPECT_LT(want.size(), 100u);
  FindingsRunner findings(runner);
  for (int round = 0; round < 2; ++round) {  // a plan built, then the same plan again
    std::vector<IndexedResult> got;
    findings.Run(cert_, &got);
    std::vector<uint32_t> got_index;
    for (const IndexedResult& r : got) {
      got_index.push_back(r.index);
      EXPECT_EQ(r.result.status, all[r.index].status) << metas[r.index].name;
    }
    EXPECT_EQ(got_index, want) << "round " << round;
  }
}

}  // namespace
}  // namespace cair::lint
