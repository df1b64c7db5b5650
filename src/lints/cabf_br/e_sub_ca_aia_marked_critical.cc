// BRs 7.1.2.2 (Subordinate CA Certificate), authorityInformationAccess: the
// extension must not be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_ca_aia_marked_critical",
    .description = "A subordinate CA certificate's authorityInformationAccess extension must not be critical.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .requires_facts = lint::fact::kCa | lint::fact::kAuthorityInfoAccess,
};

class SubCaAiaMarkedCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) && c.HasExtension(oid::kAuthorityInfoAccess);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kAuthorityInfoAccess)->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaAiaMarkedCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
