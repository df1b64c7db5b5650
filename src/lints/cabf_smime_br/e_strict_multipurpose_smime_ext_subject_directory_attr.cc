// S/MIME BRs 7.1.2.3 (j): subjectDirectoryAttributes is only permitted in
// the legacy profiles.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_strict_multipurpose_smime_ext_subject_directory_attr",
    .description = "Strict and multipurpose S/MIME subscriber certificates must not carry a subjectDirectoryAttributes extension.",
    .citation = "S/MIME BRs: 7.1.2.3j",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.subject_directory_attributes_extension_prohibited",
};

class StrictMultipurposeSubjectDirectoryAttributes final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const auto& p = util::smime::ProfileOf(c);
    return util::zcrypto::IsSubscriber(c) && (p.strict() || p.multipurpose());
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kSubjectDirectoryAttributes) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, StrictMultipurposeSubjectDirectoryAttributes);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
