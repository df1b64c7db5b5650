// Applicability as data (lint/facts.h) must never change a result. Over every
// certificate we have — samples/, the generated lint cases (testdata/lints),
// the zlint suite's testdata and the real corpus (those two skipped with a
// message when ../shared is absent):
//   - each fact is what its comment in lint/facts.h says;
//   - for every lint declaring `requires_facts`: whenever CheckApplies is
//     true, the certificate has every declared fact (the mask is a
//     necessary condition of CheckApplies);
//   - the runner's results, deciding by facts or asking every lint, are the
//     same, status and details.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "lint/config.h"
#include "lint/facts.h"
#include "lint/registry.h"
#include "lint/runner.h"
#include "lints/util/br_declared_type.h"
#include "x509/input.h"
#include "x509/object.h"
#include "x509/oids.h"

namespace cair {
namespace {

namespace fs = std::filesystem;

struct Corpus {
  std::vector<std::string> ders, origins;  // DER of each certificate, and where it came from
  std::vector<std::string> skipped;        // sources not found
};

void AddFile(const fs::path& path, Corpus* out) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto decoded = x509::DecodeObjects(ss.str(), x509::InputFormat::kDetect);
  for (auto& obj : decoded.objects) {
    auto parsed = x509::ParseObject(der::Input(std::string_view(obj.der)), obj.label);
    if (parsed.kind != x509::ParsedKind::kCertificate) continue;
    out->origins.push_back(path.string() + "#" + std::to_string(out->ders.size()));
    out->ders.push_back(std::move(obj.der));
  }
}

void AddTree(const fs::path& dir, Corpus* out) {
  if (!fs::exists(dir)) {
    out->skipped.push_back(dir.string());
    return;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) AddFile(f, out);
}

const Corpus& Certificates() {
  static const Corpus corpus = [] {
    Corpus c;
    AddTree(fs::path(CAIR_SOURCE_DIR) / "samples", &c);
    AddTree(fs::path(CAIR_SOURCE_DIR) / "testdata/lints", &c);
    AddTree(fs::path(CAIR_SHARED_DIR) / "conformance/zlint/testdata", &c);
    const fs::path real = fs::path(CAIR_SHARED_DIR) / "corpus/real";
    for (const char* f : {"leaf.pem", "precert.pem", "intermediate.pem", "root.pem"}) {
      if (fs::exists(real / f)) AddFile(real / f, &c);
      else c.skipped.push_back((real / f).string());
    }
    return c;
  }();
  return corpus;
}

void ReportSkipped() {
  for (const auto& s : Certificates().skipped)
    std::printf("[ NOTE     ] %s not found: its certificates are not checked\n", s.c_str());
}

x509::Certificate Parse(const std::string& der) {
  return x509::ParseObject(der::Input(std::string_view(der)), "CERTIFICATE").cert;
}

TEST(Facts, OnlyCertificateLintsDeclareFacts) {
  for (const auto& r : lint::Registry::Global().All())
    if (r.metadata->type != lint::ObjectType::kCertificate)
      EXPECT_EQ(r.metadata->requires_facts, 0u) << r.metadata->name << ": facts describe certificates";
}

// Each fact recomputed from its definition, the slow way.
lint::Facts Definitions(const x509::Certificate& c) {
  using namespace lint::fact;  // NOLINT
  lint::Facts f = 0;
  for (int i = 0; i < x509::kKnownExtensionCount; ++i)
    for (const auto& e : c.extensions)
      if (e.oid == x509::kKnownExtensionOids[i]) f |= lint::Facts{1} << i;
  if (c.IsServerAuth()) f |= kServerAuth;
  if (c.IsEmailProtection()) f |= kEmailProtection;
  if (c.IsCodeSigning()) f |= kCodeSigning;
  f |= c.IsCa() ? kCa : kNotCa;
  if (c.issuer.value == c.subject.value) f |= kSelfIssued;
  if (!c.HasExtension(oid::kCtPoison)) f |= kNoCtPoison;
  if (c.spki.algorithm.oid == oid::kRsaEncryption) f |= kRsaKey;
  if (c.spki.algorithm.oid == oid::kEcPublicKey) f |= kEcKey;
  if (c.spki.algorithm.oid == oid::kDsa) f |= kDsaKey;
  if (c.not_before.tag == der::kGeneralizedTime || c.not_after.tag == der::kGeneralizedTime) f |= kGeneralizedTime;
  if (c.not_before.tag == der::kUtcTime || c.not_after.tag == der::kUtcTime) f |= kUtcTime;
  for (der::Input o : {oid::kEcdsaWithSha1, oid::kEcdsaWithSha224, oid::kEcdsaWithSha256, oid::kEcdsaWithSha384,
                       oid::kEcdsaWithSha512})
    if (c.tbs_signature.oid == o) f |= kEcdsaSignature;
  if (c.tbs_signature.oid == oid::kRsaPss) f |= kRsaPssSignature;
  for (const auto& p : c.policies.policies)
    if (p.oid != oid::kBrDomainValidated && p.oid != oid::kBrOrganizationValidated &&
        p.oid != oid::kBrIndividualValidated && p.oid != oid::kAnyPolicy)
      f |= kNonBrPolicy;
  if (c.CountExtension(oid::kCertificatePolicies) > 1) f |= kNonBrPolicy;
  if (c.ext_key_usage.Has(oid::kEkuOcspSigning) || c.CountExtension(oid::kExtKeyUsage) > 1) f |= kEkuOcspSigning;
  if (c.policies.Has(oid::kBrDomainValidated)) f |= kPolicyDv;
  if (c.policies.Has(oid::kBrOrganizationValidated)) f |= kPolicyOv;
  if (c.policies.Has(oid::kBrIndividualValidated)) f |= kPolicyIv;
  const std::pair<der::Input, lint::Facts> subject[] = {
      {oid::kCountryName, kSubjectCountry}, {oid::kStateOrProvinceName, kSubjectState},
      {oid::kLocalityName, kSubjectLocality}, {oid::kOrganizationName, kSubjectOrganization},
      {oid::kOrganizationalUnitName, kSubjectOrganizationalUnit}, {oid::kCommonName, kSubjectCommonName},
      {oid::kSerialNumber, kSubjectSerialNumber}, {oid::kStreetAddress, kSubjectStreet},
      {oid::kPostalCode, kSubjectPostalCode}, {oid::kEmailAddress, kSubjectEmail},
      {oid::kGivenName, kSubjectGivenName}, {oid::kSurname, kSubjectSurname},
      {oid::kOrganizationIdentifier, kSubjectOrganizationIdentifier}, {oid::kPseudonym, kSubjectPseudonym}};
  for (const auto& [o, bit] : subject)
    if (c.subject.Has(o)) f |= bit;
  if (c.issuer.Has(oid::kCountryName)) f |= kIssuerCountry;
  return f;
}

TEST(Facts, EachFactIsItsDefinition) {
  ReportSkipped();
  const Corpus& corpus = Certificates();
  ASSERT_GT(corpus.ders.size(), 100u);
  std::map<lint::Facts, size_t> seen;  // every bit must be seen set and clear somewhere
  lint::Facts ever_set = 0, ever_clear = 0;
  for (size_t i = 0; i < corpus.ders.size(); ++i) {
    const x509::Certificate c = Parse(corpus.ders[i]);
    const lint::Facts got = lint::CertificateFacts(c), want = Definitions(c);
    EXPECT_EQ(got, want) << corpus.origins[i] << ": differ in " << lint::FactNames(got ^ want);
    ever_set |= got;
    ever_clear |= ~got;
  }
  // Bits the corpus never sets or never clears are not tested by it.
  std::printf("[ NOTE     ] facts never set: %s; never clear: %s\n", lint::FactNames(~ever_set).c_str(),
              lint::FactNames(~ever_clear).c_str());
}

struct Declared {
  std::string_view name;
  const lint::CertificateLint* lint;
  lint::Facts mask;
};

// For each declaration, the certificates (origins) on which its lint applies
// although the certificate lacks a declared fact, with the facts missing; at
// most `limit` each. Each certificate is parsed once.
std::vector<std::vector<std::string>> Violations(const std::vector<Declared>& declared, size_t limit = 5) {
  std::vector<std::vector<std::string>> out(declared.size());
  const Corpus& corpus = Certificates();
  for (size_t i = 0; i < corpus.ders.size(); ++i) {
    const x509::Certificate c = Parse(corpus.ders[i]);
    const lint::Facts facts = lint::CertificateFacts(c);
    for (size_t k = 0; k < declared.size(); ++k) {
      const lint::Facts missing = declared[k].mask & ~facts;
      if (!missing || out[k].size() >= limit) continue;
      bool applies = false;
      try {
        applies = declared[k].lint->CheckApplies(c);
      } catch (...) {
        continue;  // the runner reports fatal: not an applicability question
      }
      if (applies) out[k].push_back(corpus.origins[i] + " lacks " + lint::FactNames(missing));
    }
  }
  return out;
}

// Under `config` (lints that read it, such as the declared certificate type,
// apply to other certificates).
void ExpectDeclaredFactsImpliedByCheckApplies(const lint::Config& config) {
  std::vector<std::unique_ptr<lint::LintBase>> lints;
  std::vector<Declared> declared;
  for (const auto& r : lint::Registry::Global().All()) {
    const lint::Metadata& m = *r.metadata;
    if (m.type != lint::ObjectType::kCertificate || m.requires_facts == 0) continue;
    lints.push_back(r.make());
    EXPECT_EQ(lints.back()->Configure(config), "") << m.name;
    declared.push_back({m.name, static_cast<const lint::CertificateLint*>(lints.back().get()), m.requires_facts});
  }
  std::printf("[ NOTE     ] %zu certificate lints declare facts\n", declared.size());
  ASSERT_GT(declared.size(), 0u);
  const auto violations = Violations(declared);
  for (size_t k = 0; k < declared.size(); ++k)
    for (const auto& v : violations[k])
      ADD_FAILURE() << declared[k].name << " declares " << lint::FactNames(declared[k].mask) << " but applies to "
                    << v;
}

TEST(Facts, DeclaredFactsAreImpliedByCheckApplies) {
  ReportSkipped();
  ExpectDeclaredFactsImpliedByCheckApplies(lint::Config());
}

// The cross-certificate lints (BRs 7.1.2.2) apply only under a declared type.
TEST(Facts, DeclaredFactsHoldUnderEachDeclaredCertificateType) {
  for (const auto& t : lints::br_profile::DeclaredTypes()) {
    SCOPED_TRACE(t.name);
    lint::Config config;
    config.SetString(lints::br_profile::kDeclaredTypeSection, lints::br_profile::kDeclaredTypeKey, t.name);
    ExpectDeclaredFactsImpliedByCheckApplies(config);
  }
}

// The check above can fail: a subscriber lint wrongly claiming kCa is caught.
TEST(Facts, AWrongDeclarationIsCaught) {
  const lint::Registration* r = lint::Registry::Global().Find("e_sub_cert_aia_missing");
  ASSERT_NE(r, nullptr);
  auto base = r->make();
  const auto* lint = static_cast<const lint::CertificateLint*>(base.get());
  const auto violations = Violations({{"wrong", lint, lint::fact::kCa}, {"right", lint, lint::fact::kNotCa}});
  EXPECT_FALSE(violations[0].empty());
  EXPECT_TRUE(violations[1].empty());
}

TEST(Facts, RunnerResultsAreTheSameWithAndWithoutFacts) {
  ReportSkipped();
  lint::Runner by_facts(lint::Registry::Global(), lint::Filter{}, lint::Config{});
  lint::Runner asking(lint::Registry::Global(), lint::Filter{}, lint::Config{});
  asking.DecideByFacts(false);
  const Corpus& corpus = Certificates();
  const auto& names = by_facts.certificate_lints();
  std::vector<lint::Result> a, b;
  size_t differences = 0;
  for (size_t i = 0; i < corpus.ders.size() && differences < 20; ++i) {
    const x509::Certificate c = Parse(corpus.ders[i]);
    by_facts.Run(c, &a);
    asking.Run(c, &b);
    ASSERT_EQ(a.size(), b.size());
    for (size_t j = 0; j < a.size(); ++j)
      if (a[j].status != b[j].status || a[j].details != b[j].details) {
        ++differences;
        ADD_FAILURE() << corpus.origins[i] << " " << names[j]->name << ": " << lint::StatusName(a[j].status)
                      << " by facts, " << lint::StatusName(b[j].status) << " asking the lint";
      }
  }
}

}  // namespace
}  // namespace cair

namespace cair {
namespace {

// FindingsRunner (a scan's path) keeps exactly Run's findings: same lints,
// order, statuses and details, over every certificate we have, with the
// plans cached across certificates as in a scan. A configuration that makes
// a lint fail to configure shows its fatal result on both paths.
void ExpectSameFindings(const lint::Config& config, const char* what, bool expect_fatal_weak_key) {
  lint::Runner runner(lint::Registry::Global(), lint::Filter{}, config);
  lint::FindingsRunner findings(runner);
  const Corpus& corpus = Certificates();
  const auto& names = runner.certificate_lints();
  std::vector<lint::Result> all;
  std::vector<lint::IndexedResult> found;
  size_t differences = 0, total = 0, fatal = 0;
  for (size_t i = 0; i < corpus.ders.size() && differences < 20; ++i) {
    const x509::Certificate c = Parse(corpus.ders[i]);
    runner.Run(c, &all);
    findings.Run(c, &found);
    std::vector<lint::IndexedResult> want;
    for (size_t j = 0; j < all.size(); ++j)
      if (all[j].status >= lint::Status::kInfo) want.push_back({static_cast<uint32_t>(j), all[j]});
    total += want.size();
    for (const auto& x : found)
      fatal += x.result.status == lint::Status::kFatal && names[x.index]->name == "e_rsa_debian_weak_key";
    bool same = want.size() == found.size();
    for (size_t k = 0; same && k < want.size(); ++k)
      same = want[k].index == found[k].index && want[k].result.status == found[k].result.status &&
             want[k].result.details == found[k].result.details;
    if (!same) {
      ++differences;
      std::string w, f;
      for (const auto& x : want) w += std::string(names[x.index]->name) + " ";
      for (const auto& x : found) f += std::string(names[x.index]->name) + " ";
      ADD_FAILURE() << what << ": " << corpus.origins[i] << ": Run finds [" << w << "], FindingsRunner [" << f << "]";
    }
  }
  EXPECT_GT(total, 1000u) << what << ": too few findings for the comparison to mean much";
  EXPECT_EQ(fatal > 0, expect_fatal_weak_key) << what << ": " << fatal << " fatal e_rsa_debian_weak_key findings";
}

TEST(Facts, FindingsRunnerKeepsExactlyRunsFindings) {
  ReportSkipped();
  ExpectSameFindings(lint::Config{}, "default configuration", false);
}

TEST(Facts, FindingsRunnerReportsAFailedConfiguration) {
  std::string error;
  auto config = lint::Config::Parse("[e_rsa_debian_weak_key]\nBlocklist = \"/nonexistent/blocklist\"\n", &error);
  ASSERT_TRUE(config) << error;
  ExpectSameFindings(*config, "a blocklist that cannot be read", true);
}

}  // namespace
}  // namespace cair
