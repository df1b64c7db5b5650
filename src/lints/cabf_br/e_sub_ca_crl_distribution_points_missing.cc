// BRs 7.1.2.2 (Subordinate CA Certificate), cRLDistributionPoints: the
// extension must be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_sub_ca_crl_distribution_points_missing",
    .description = "A subordinate CA certificate must carry a cRLDistributionPoints extension.",
    .citation = "BRs: 7.1.2.2",
    .source = Source::kCabfBr,
    .effective = dates::kCABEffectiveDate,
    .peers = "pkilint:cabf.serverauth.ca.crl_distribution_points_extension_absent",
};

class SubCaCrlDpMissing final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::IsSubCa(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kCrlDistributionPoints) ? Pass() : Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaCrlDpMissing);
}  // namespace cair::lints
