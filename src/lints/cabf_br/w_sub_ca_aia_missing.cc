// BRs 7.1.2.2 (Subordinate CA Certificate) from BRs 1.7.1: the
// authorityInformationAccess extension SHOULD be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_sub_ca_aia_missing",
    .description = "A subordinate CA certificate should carry an authorityInformationAccess extension.",
    .citation = "BRs: 7.1.2.2",
    .source = Source::kCabfBr,
    .effective = dates::kCABFBRs_1_7_1_Date,
    .peers = "pkilint:cabf.serverauth.ca.authority_info_access_extension_absent",
};

class SubCaAiaShouldBePresent final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::IsCaCert(c) && !util::IsRootCa(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kAuthorityInfoAccess) ? Pass() : Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaAiaShouldBePresent);
}  // namespace cair::lints
