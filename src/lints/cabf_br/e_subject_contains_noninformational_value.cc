// BRs 7.1.4.2.2 (Other Subject Attributes): optional subject attributes MUST
// hold information the CA verified; metadata such as '.', '-' or ' ' or any
// other sign that the value is absent, incomplete or not applicable SHALL
// NOT be used. A value made only of ASCII punctuation, spaces or controls
// carries no information.
#include <string>
#include <string_view>

#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/attributes.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_contains_noninformational_value",
    .description = "Each subject attribute value must contain at least one letter, digit or non-ASCII character rather than only placeholder punctuation or spaces.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "pkilint:cabf.insignificant_attribute_value_present",
};

// An ASCII letter or digit, or any byte of a non-ASCII character (in Go's
// reading of the string every such byte yields a rune above U+007F).
bool Informative(std::string_view v) {
  for (unsigned char ch : v)
    if (ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))
      return true;
  return false;
}

class SubjectNonInformationalValue final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& a : c.subject.attributes) {
      if (!util::subject::IsZcryptoString(a)) continue;
      std::string decoded;
      std::string_view v = a.value.AsStringView();
      if (a.value_tag == der::kBmpString) v = decoded = util::subject::ZcryptoString(a);
      if (!Informative(v))
        return lint::Error("found only metadata " + std::string(v) + " in subjectDN attribute " + der::OidToString(a.oid));
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectNonInformationalValue);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
