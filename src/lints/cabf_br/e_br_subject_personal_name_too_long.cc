// BRs 7.1.4.2 (Subject Attribute Encoding): surname and givenName values are at
// most 64 characters long; pkilint holds the other attributes of the X.520 name
// type (name, initials, generationQualifier) to the same bound. RFC 5280's
// upper bound for them is 32768 (e_subject_surname_max_length,
// e_subject_given_name_max_length).
#include <cstddef>
#include <string>

#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/certificate.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subject_personal_name_too_long",
    .description = "A subject's surname, givenName and other X.520 name attributes must be at most 64 characters long.",
    .citation = "BRs: 7.1.4.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.name_attribute_value_too_long",
};

class SubjectPersonalNameTooLong final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !c.subject.empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::Attribute& a : c.subject.attributes) {
      if (a.oid != oid::kSurname && a.oid != oid::kGivenName && a.oid != oid::kName && a.oid != oid::kInitials &&
          a.oid != oid::kGenerationQualifier)
        continue;
      const size_t n = br_profile::ValueCharacters(a);
      if (n > 64) return lint::Error("a value of " + std::to_string(n) + " characters");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectPersonalNameTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
