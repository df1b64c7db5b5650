// BRs 7.1.2.10.2 (CA Certificate Naming): organizationName (the CA's name or
// DBA) MUST be present in the subject of a root or subordinate CA
// certificate. Cross-certified subordinate CA certificates (7.1.2.2) are
// exempt when the shared CrossSignedCa setting says so.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/ca_subject.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_organization_name_missing",
    .description = "A CA certificate's subject must include a non-empty organizationName.",
    .citation = "BRs: 7.1.2.10.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:CA certificates must include organizationName in subject;pkilint:cabf.serverauth.ca.organization_name_attribute_absent",
    .requires_facts = lint::fact::kCa,
};

class CaOrganizationNameMissing final : public families::CaSubjectAttributeCheck {
 public:
  CaOrganizationNameMissing() : CaSubjectAttributeCheck(oid::kOrganizationName) {}
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaOrganizationNameMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
