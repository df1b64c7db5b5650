// S/MIME BRs 7.1.2.3 (c) as zlint reads it: an id-ad-ocsp or id-ad-caIssuers
// URL's host should be an IP address or a name under a TLD delegated at the
// time of the run (not an internal name). A URL that does not parse is
// reported as an error, as zlint does.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/aia_internal_names.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_smime_aia_contains_internal_names",
    .description = "The OCSP and caIssuers URLs in the AIA of an S/MIME certificate should not use internal names as host.",
    .citation = "S/MIME BRs: 7.1.2.3c",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .requires_facts = lint::fact::kAuthorityInfoAccess | lint::fact::kCertificatePolicies,
};

class SmimeAiaContainsInternalNames final : public families::AiaInternalNames {
  bool Applies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeAiaContainsInternalNames);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
