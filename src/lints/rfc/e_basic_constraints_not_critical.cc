// RFC 5280 4.2.1.9 Basic Constraints: conforming CAs MUST include this
// extension in all CA certificates whose public keys validate certificate
// signatures, and MUST mark it critical in such certificates.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_basic_constraints_not_critical",
    .description = "A CA certificate's basicConstraints extension must be marked critical.",
    .citation = "RFC 5280: 4.2.1.9",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "pkilint:pkix.basic_constraints_extension_not_critical;pkilint:cabf.serverauth.ca.non_critical_basic_constraints_extension;certlint:basicConstraints must be critical in CA certificates;x509lint:CA certificate with non-critical Basic Constraints",
    .requires_facts = lint::fact::kCa | lint::fact::kBasicConstraints,
};

class BasicConstraintsNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsCa() && c.basic_constraints.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.basic_constraints.critical ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, BasicConstraintsNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
