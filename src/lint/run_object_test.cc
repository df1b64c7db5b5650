// Unit tests of RunObject (run_object.h): the lints of the parsed object's
// type run, their metadata comes back aligned with the results, and an object
// that did not parse runs nothing.
#include "lint/run_object.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/files.h"
#include "lint/config.h"
#include "lint/registry.h"
#include "x509/input.h"
#include "x509/object.h"

namespace cair::lint {
namespace {

class Flags final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate&) const override { return Error("certificate"); }
};
class FlagsCrl final : public CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  Result Execute(const x509::Crl&) const override { return Warn("crl"); }
};

constexpr Metadata kCertLint{.name = "e_test_cert", .description = "d", .citation = "c", .source = Source::kCommunity};
constexpr Metadata kCrlLint{.name = "w_test_crl", .description = "d", .citation = "c", .source = Source::kCommunity,
                            .type = ObjectType::kCrl};

// The first object of samples/`file`, as DER.
std::string SampleDer(const std::string& file) {
  auto pem = base::ReadFile((std::filesystem::path(CAIR_SOURCE_DIR) / "samples" / file).string());
  if (!pem.ok()) return "";
  auto decoded = x509::DecodeObjects(*pem, x509::InputFormat::kPem);
  return decoded.objects.empty() ? "" : decoded.objects.front().der;
}

TEST(RunObject, RunsTheLintsOfTheParsedType) {
  Registry registry;
  registry.Add(&kCertLint, []() -> std::unique_ptr<LintBase> { return std::make_unique<Flags>(); });
  registry.Add(&kCrlLint, []() -> std::unique_ptr<LintBase> { return std::make_unique<FlagsCrl>(); });
  Runner runner(registry, Filter{}, Config{});

  const std::string cert_der = SampleDer("subscribers.pem"), crl_der = SampleDer("issuing-ca.crl.pem");
  if (cert_der.empty() || crl_der.empty()) GTEST_SKIP() << "samples/subscribers.pem or issuing-ca.crl.pem missing";
  std::vector<Result> results;
  const x509::ParsedObject cert = x509::ParseObject(der::Input(std::string_view(cert_der)));
  ASSERT_EQ(cert.kind, x509::ParsedKind::kCertificate);
  EXPECT_EQ(RunObject(runner, cert, &results), &runner.certificate_lints());
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].details, "certificate");

  const x509::ParsedObject crl = x509::ParseObject(der::Input(std::string_view(crl_der)));
  ASSERT_EQ(crl.kind, x509::ParsedKind::kCrl);
  EXPECT_EQ(RunObject(runner, crl, &results), &runner.crl_lints());
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].details, "crl");

  const std::string junk = "not DER";
  const x509::ParsedObject none = x509::ParseObject(der::Input(std::string_view(junk)));
  ASSERT_EQ(none.kind, x509::ParsedKind::kNone);
  EXPECT_EQ(RunObject(runner, none, &results), nullptr);
  EXPECT_EQ(results[0].details, "crl") << "results untouched";
}

}  // namespace
}  // namespace cair::lint
