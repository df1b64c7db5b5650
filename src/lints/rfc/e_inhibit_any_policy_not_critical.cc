// RFC 5280 4.2.1.14 Inhibit anyPolicy: conforming CAs MUST mark the
// inhibitAnyPolicy extension as critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/policy_zcrypto.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_inhibit_any_policy_not_critical",
    .description = "An inhibitAnyPolicy extension must be marked critical.",
    .citation = "RFC 5280: 4.2.1.14",
    .source = Source::kRfc5280,
    .effective = dates::kRFC3280Date,
    .peers = "certlint:Extension criticality not allowed for InhibitAnyPolicy",
};

class InhibitAnyPolicyNotCritical final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::PolicyLastExtension(c, oid::kInhibitAnyPolicy) != nullptr;
  }
  Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::PolicyLastExtension(c, oid::kInhibitAnyPolicy);
    return !e->critical ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InhibitAnyPolicyNotCritical);
}  // namespace cair::lints
