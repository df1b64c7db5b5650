// S/MIME BRs 7.1.2.3 (f): the extKeyUsage extension SHALL be present in every
// S/MIME subscriber certificate profile.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_eku_extension_missing",
    .description = "An S/MIME subscriber certificate must carry the extKeyUsage extension.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.extended_key_usage_extension_missing",
};

class SmimeEkuExtensionMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kExtKeyUsage)) return lint::Pass();
    return lint::Error("no extKeyUsage extension in a " + smime_br::ProfileName(*smime_br::SubscriberProfile(c)) + " certificate");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeEkuExtensionMissing);
}  // namespace cair::lints
