// BRs 7.1.4.1 (Name Encoding, Ballot SC-062): each RelativeDistinguishedName
// MUST contain exactly one AttributeTypeAndValue. (certlint's notice on
// multi-valued RDNs is n_multiple_subject_rdn; since SC-062 the BRs forbid
// them in every certificate profile of 7.1.2.)
#include "lint/registry.h"
#include "lints/util/subject/values.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subject_rdn_multiple_attributes",
    .description = "Each RDN of the subject must hold exactly one attribute (no multi-valued RDNs).",
    .citation = "BRs: 7.1.4.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.rdn_contains_multiple_atvs",
};

class SubjectRdnMultipleAttributes final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::HasMultiValuedRdn(c.subject) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectRdnMultipleAttributes);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
