// BRs 7.1.2.11.2 (CRL Distribution Points, ballot SC-063): a subscriber
// certificate that is not short-lived (BRs 1.6.1: validity of at most 10
// days, 7 days from 15 March 2026) and has no OCSP URI MUST carry a
// cRLDistributionPoints extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_missing_crl_distrib_point",
    .description = "A subscriber certificate that is not short-lived and has no OCSP URI must include a CRL distribution point.",
    .citation = "BRs: 7.1.2.11.2 (CRL Distribution Points)",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC63EffectiveDate,
    .requires_facts = lint::fact::kNotCa,
};

bool IsShortLived(const x509::Certificate& c) {
  const int64_t validity = c.not_after.unix - c.not_before.unix;
  if (c.not_before.unix < lint::Date(2026, 3, 15)) return validity <= 10 * 86400;
  return validity <= 7 * 86400;
}

class MissingCrlDistribPoint final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && !IsShortLived(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::zcrypto::CrlDistributionUris(c).empty() && util::zcrypto::OcspServerCount(c) == 0)
      return lint::Error("The CRLDistributionPoints extension MUST be present in non-Short-Lived certificates "
                   "lacking an OCSP URI");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MissingCrlDistribPoint);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
