// BRs 3.2.2.1 / 7.1.2.7.4 (formerly 7.1.4.2.2): subject attributes hold
// information the CA verified, and MUST NOT contain only metadata such as
// '.', '-' or ' ', or any other indication that the value is absent,
// incomplete or not applicable. A value equal to a certificate tool's default
// prompt answer shows the field was never validated: OpenSSL's "Some-State" /
// "Internet Widgits Pty Ltd" / country "AU"-"XX", Red Hat's "Default City" /
// "Default Company Ltd", Java keytool's "Unknown". (SecureTrust, Mozilla bug
// 1551374, and the CT search that found about 100 such certificates.)
#include <cctype>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_placeholder_value",
    .description = "Subject attributes must not hold a tool's default placeholder or a value that only says the field is absent.",
    .citation = "BRs: 3.2.2.1, 7.1.2.7.4",
    .source = lint::Source::kCair,
    .effective = lint::dates::kCABEffectiveDate,
};

// Compared case-insensitively after trimming spaces.
constexpr std::array<std::string_view, 8> kToolDefaults = {
    "some-state", "internet widgits pty ltd", "default city", "default company ltd",
    "my company name", "unknown", "organisation name", "organization name"};
constexpr std::array<std::string_view, 13> kMetadataOnly = {
    "", "-", "--", ".", "..", "...", "?", "n/a", "na", "none", "null", "not applicable", "nil"};

// base::TrimView(v, " \t"), written out: every subject value is trimmed.
std::string_view Trim(std::string_view v) {
  size_t b = 0, e = v.size();
  while (b < e && (v[b] == ' ' || v[b] == '\t')) ++b;
  while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t')) --e;
  return v.substr(b, e - b);
}

// The entries of both lists by length (the lists are disjoint, so a value
// equals at most one entry): a value is compared only with the entries of
// its own length, at most three.
struct Entry {
  std::string_view text;
  const char* what;
};
constexpr const char* kToolDefaultWhat = " is a tool default: \"";
constexpr const char* kMetadataWhat = " holds only metadata: \"";
constexpr size_t kLongestEntry = 24;
struct SameLength {
  Entry entries[3];
  size_t count = 0;
};
constexpr std::array<SameLength, kLongestEntry + 1> kByLength = [] {
  std::array<SameLength, kLongestEntry + 1> t{};
  // An entry longer than kLongestEntry, or a fourth of one length, would
  // index out of bounds: not a constant expression, so no build.
  for (auto v : kToolDefaults) t[v.size()].entries[t[v.size()].count++] = {v, kToolDefaultWhat};
  for (auto v : kMetadataOnly) t[v.size()].entries[t[v.size()].count++] = {v, kMetadataWhat};
  return t;
}();

// ASCII case-insensitive equality; `lower` is already lower-case.
bool EqualsLower(std::string_view v, std::string_view lower) {
  if (v.size() != lower.size()) return false;
  for (size_t i = 0; i < v.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(v[i])) != lower[i]) return false;
  return true;
}

class SubjectPlaceholderValue final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.subject.empty(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string decoded;
    for (const auto& a : c.subject.attributes) {
      // Single-byte string types are compared in place; others decoded.
      std::string_view v = a.value.AsStringView();
      if (a.value_tag == der::kBmpString || a.value_tag == der::kUniversalString ||
          a.value_tag == der::kTeletexString) {
        decoded = a.Utf8();
        v = decoded;
      }
      v = Trim(v);
      if (v.size() > kLongestEntry) continue;
      const char* what = nullptr;
      const SameLength& candidates = kByLength[v.size()];
      for (size_t k = 0; k < candidates.count && !what; ++k)
        if (EqualsLower(v, candidates.entries[k].text)) what = candidates.entries[k].what;
      if (!what && v.size() == 2 && a.oid == oid::kCountryName && EqualsLower(v, "xx"))
        what = " is a placeholder: \"";
      if (what) {
        std::string name(oid::Name(a.oid));
        return lint::Error((name.empty() ? der::OidToString(a.oid) : name) + what + a.Utf8() + "\"");
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectPlaceholderValue);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
