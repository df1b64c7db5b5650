// S/MIME BRs 7.1.2.3 (a): a userNotice qualifier SHALL contain explicitText and
// SHALL NOT contain noticeRef.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_user_notice_has_notice_ref",
    .description = "A userNotice policy qualifier of an S/MIME subscriber certificate must not contain noticeRef.",
    .citation = "S/MIME BRs: 7.1.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.usernotice_has_noticeref",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class SmimeUserNoticeHasNoticeRef final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.policies.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& pi : c.policies.policies)
      for (const auto& q : pi.qualifiers)
        if (q.id == oid::kQtUnotice && q.has_notice_ref) return lint::Error("a userNotice qualifier contains noticeRef");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeUserNoticeHasNoticeRef);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
