// BRs 7.1.2.2 (Subordinate CA Certificate) from BRs 1.7.1: the
// authorityInformationAccess extension SHOULD be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/required_extension.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_ca_aia_missing",
    .description = "A subordinate CA certificate should carry an authorityInformationAccess extension.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_7_1_Date,
    .peers = "pkilint:cabf.serverauth.ca.authority_info_access_extension_absent",
    .requires_facts = lint::fact::kCa,
};

class SubCaAiaShouldBePresent final
    : public families::RequiredExtensionCheck<oid::kAuthorityInfoAccess, lint::Status::kWarn> {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsCaCert(c) && !util::cert::IsRootCa(c);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaAiaShouldBePresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
