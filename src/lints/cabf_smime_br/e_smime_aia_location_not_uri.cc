// S/MIME BRs 7.1.2.3 (c): every accessLocation of an S/MIME subscriber
// certificate's authorityInformationAccess is a uniformResourceIdentifier.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_aia_location_not_uri",
    .description = "Every access location in the authorityInformationAccess of an S/MIME subscriber certificate must be a URI.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.aia_prohibited_generalname_type",
};

class SmimeAiaLocationNotUri final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.aia.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& d : c.aia.descriptions)
      if (d.location.type != x509::GeneralNameType::kUri)
        return lint::Error("an authorityInformationAccess location is a " + std::string(smime_br::GeneralNameTypeName(d.location.type)));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeAiaLocationNotUri);
}  // namespace cair::lints
