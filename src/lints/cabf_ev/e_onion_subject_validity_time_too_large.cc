// EVGs Appendix F (ballot 144): a certificate for a .onion name is valid
// for at most 15 months.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/time/validity.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_onion_subject_validity_time_too_large",
    .description = "A subscriber certificate naming a .onion domain must not be valid for more than 15 months.",
    .citation = "EVGs: Appendix F",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kOnionOnlyEVDate,
    .requires_facts = lint::fact::kNotCa,
};

class OnionValidityTooLarge final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && util::dns::CertSubjInOnionTld(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::time::AddDate(c.not_before.unix, 0, 15, 0) < c.not_after.unix)
      return lint::Error("the validity period is longer than 15 months");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OnionValidityTooLarge);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
