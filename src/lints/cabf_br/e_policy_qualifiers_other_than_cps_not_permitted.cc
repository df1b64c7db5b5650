// BRs 7.1.2.7.9 (Subscriber Certificate Policies), and the matching CA rows:
// policy qualifiers other than id-qt-cps must not be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_policy_qualifiers_other_than_cps_not_permitted",
    .description = "certificatePolicies must not carry policy qualifiers other than id-qt-cps.",
    .citation = "BRs: 7.1.2.7.9",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .peers = "pkilint:cabf.serverauth.prohibited_certificate_policy_qualifier_type;x509lint:Policy information has qualifier other than CPS URI",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class PolicyQualifiersOtherThanCps final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kCertificatePolicies);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::PolicyInformation& p : util::zcrypto::Policies(c).policies)
      for (const x509::PolicyQualifier& q : p.qualifiers)
        if (q.id != oid::kQtCps) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, PolicyQualifiersOtherThanCps);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
