// RFC 5280 4.2.1.14 Inhibit anyPolicy: conforming CAs MUST mark the
// inhibitAnyPolicy extension as critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_inhibit_any_policy_not_critical",
    .description = "An inhibitAnyPolicy extension must be marked critical.",
    .citation = "RFC 5280: 4.2.1.14",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .peers = "certlint:Extension criticality not allowed for InhibitAnyPolicy",
    .requires_facts = lint::fact::kInhibitAnyPolicy,
};

class InhibitAnyPolicyNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kInhibitAnyPolicy) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kInhibitAnyPolicy);
    return !e->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InhibitAnyPolicyNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
