// BRs 3.2.2.1 / 7.1.2.7.4 (formerly 7.1.4.2.2): subject attributes hold
// information the CA verified, and MUST NOT contain only metadata such as
// '.', '-' or ' ', or any other indication that the value is absent,
// incomplete or not applicable. A value equal to a certificate tool's default
// prompt answer shows the field was never validated: OpenSSL's "Some-State" /
// "Internet Widgits Pty Ltd" / country "AU"-"XX", Red Hat's "Default City" /
// "Default Company Ltd", Java keytool's "Unknown". (SecureTrust, Mozilla bug
// 1551374, and the CT search that found about 100 such certificates.)
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_subject_placeholder_value",
    .description = "Subject attributes must not hold a tool's default placeholder or a value that only says the field is absent.",
    .citation = "BRs: 3.2.2.1, 7.1.2.7.4",
    .source = Source::kCair,
    .effective = dates::kCABEffectiveDate,
};

// Compared case-insensitively after trimming spaces.
constexpr std::array<std::string_view, 8> kToolDefaults = {
    "some-state", "internet widgits pty ltd", "default city", "default company ltd",
    "my company name", "unknown", "organisation name", "organization name"};
constexpr std::array<std::string_view, 13> kMetadataOnly = {
    "", "-", "--", ".", "..", "...", "?", "n/a", "na", "none", "null", "not applicable", "nil"};

std::string Normalise(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  std::string out(v);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return out;
}

class SubjectPlaceholderValue final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.subject.empty(); }
  Result Execute(const x509::Certificate& c) const override {
    for (const auto& a : c.subject.attributes) {
      std::string v = Normalise(a.Utf8());
      std::string name(oid::Name(a.oid));
      if (name.empty()) name = der::OidToString(a.oid);
      auto in = [&v](const auto& list) { return std::find(list.begin(), list.end(), v) != list.end(); };
      if (in(kToolDefaults)) return Error(name + " is a tool default: \"" + a.Utf8() + "\"");
      if (in(kMetadataOnly)) return Error(name + " holds only metadata: \"" + a.Utf8() + "\"");
      if (a.oid == oid::kCountryName && v == "xx") return Error("countryName XX is a placeholder");
    }
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectPlaceholderValue);
}  // namespace cair::lints
