// S/MIME BRs 7.1.2.3 (h): subjectAltName SHOULD NOT be critical unless the
// subject field is an empty sequence (no RDN at all).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_san_should_not_be_critical",
    .description = "The subjectAltName of an S/MIME subscriber certificate should only be critical when the subject is an empty sequence.",
    .citation = "S/MIME BRs: 7.1.2.3.h",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:pkix.san_extension_is_critical",
    .requires_facts = lint::fact::kCertificatePolicies | lint::fact::kSubjectAltName,
};

class SmimeSanShouldNotBeCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && c.HasExtension(oid::kSubjectAltName) && util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool critical = c.FindExtension(oid::kSubjectAltName)->critical;
    if (critical && c.subject.rdn_count != 0)
      return lint::Warn("subject is not empty, but subjectAltName is marked critical");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSanShouldNotBeCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
