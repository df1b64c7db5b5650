// BRs 7.1.4.2 (Subject Attribute Encoding): a domainComponent value is one
// DNS label, at most 63 characters long (RFC 1034 3.1, RFC 4519 2.4).
#include <string>

#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/certificate.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subject_domain_component_too_long",
    .description = "A subject domainComponent value must be at most 63 characters long.",
    .citation = "BRs: 7.1.4.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.domain_component_attribute_value_length_too_long",
};

class SubjectDomainComponentTooLong final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kDomainComponent);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::Attribute& a : c.subject.attributes)
      if (a.oid == oid::kDomainComponent && br_profile::ValueCharacters(a) > 63)
        return lint::Error("a value of " + std::to_string(br_profile::ValueCharacters(a)) + " characters");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectDomainComponentTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
