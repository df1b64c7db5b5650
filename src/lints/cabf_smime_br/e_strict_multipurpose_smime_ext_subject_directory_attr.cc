// S/MIME BRs 7.1.2.3 (j): subjectDirectoryAttributes is only permitted in
// the legacy profiles.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_strict_multipurpose_smime_ext_subject_directory_attr",
    .description = "Strict and multipurpose S/MIME subscriber certificates must not carry a subjectDirectoryAttributes extension.",
    .citation = "BRs: 7.1.2.3j",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.subject_directory_attributes_extension_prohibited",
};

class StrictMultipurposeSubjectDirectoryAttributes final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::SmimeProfileOf(c);
    return util::SmimeIsSubscriber(c) && (p.strict() || p.multipurpose());
  }
  Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectDirectoryAttributes) ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, StrictMultipurposeSubjectDirectoryAttributes);
}  // namespace cair::lints
