// BRs 7.1.2.2 (Subordinate CA Certificate), cRLDistributionPoints: the
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
    .name = "e_sub_ca_crl_distribution_points_marked_critical",
    .description = "A subordinate CA certificate's cRLDistributionPoints extension must not be critical.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kCa | lint::fact::kCrlDistributionPoints,
};

class SubCaCrlDpCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) && c.HasExtension(oid::kCrlDistributionPoints);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kCrlDistributionPoints)->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaCrlDpCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
