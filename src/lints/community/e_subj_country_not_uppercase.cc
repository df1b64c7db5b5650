// ISO 3166-1 alpha-2 codes (ISO 3166-2:2020 5.1) consist of the letters
// LATIN CAPITAL LETTER A to Z only, so a subject countryName written in lower
// case (or with anything else in it) is not a valid country code.
#include <string_view>

#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subj_country_not_uppercase",
    .description = "Every subject countryName must consist of upper-case letters A to Z only.",
    .citation = "ISO 3166-2 v2020: 5.1",
    .source = lint::Source::kCommunity,
};

bool AllUpperAscii(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

class SubjCountryNotUppercase final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!util::subject::ForEachGoString(c.subject, oid::kCountryName, AllUpperAscii))
      return lint::Error("Country codes must be comprised of uppercase A-Z letters");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjCountryNotUppercase);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
