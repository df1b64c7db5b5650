// RFC 5280 4.2.1.4 Certificate Policies: of the two optional user notice
// fields, conforming CAs SHOULD NOT use the noticeRef option.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_cert_policy_contains_noticeref",
    .description = "A user notice qualifier should not carry a noticeRef.",
    .citation = "RFC 5280: 4.2.1.4",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .peers = "pkilint:pkix.certificate_policies_usernotice_has_noticeref;certlint:Certificate Policies should not contain notice references",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class ExtCertPolicyContainsNoticeRef final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::PoliciesOf(c).ext != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& p : util::zcrypto::PoliciesOf(c).policies)
      if (p.has_notice_ref) return lint::Warn();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyContainsNoticeRef);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
