// BRs 7.1.2.11.2 (CRL Distribution Points, Ballot SC-063): a subscriber
// certificate that is not short-lived (BRs 1.6.1: issued from 2024-03-15, a
// validity period of at most 10 days, 7 days from 2026-03-15) and has no
// id-ad-ocsp in authorityInformationAccess MUST carry cRLDistributionPoints:
// a relying party must have some way to learn its revocation status.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "lints/util/time/validity.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subscriber_revocation_information_absent",
    .description = "A subscriber certificate that is not short-lived must give an OCSP responder or a CRL distribution point.",
    .citation = "BRs: 7.1.2.11.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC63EffectiveDate,
    .peers = "pkilint:cabf.serverauth.subscriber.revocation_information_absent",
    .requires_facts = lint::fact::kNotCa,
};

class SubscriberRevocationInformationAbsent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::IsSubscriber(br_profile::Detect(c)) && !ShortLived(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kCrlDistributionPoints)) return lint::Pass();
    for (const x509::AccessDescription& d : c.aia.descriptions)
      if (d.method == oid::kAdOcsp) return lint::Pass();
    return lint::Error();
  }

 private:
  static bool ShortLived(const x509::Certificate& c) {
    const int64_t seconds = util::time::ValiditySeconds(c);
    if (c.not_before.unix >= lint::Date(2026, 3, 15)) return seconds <= 7 * 86400;
    return seconds <= 10 * 86400;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubscriberRevocationInformationAbsent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
