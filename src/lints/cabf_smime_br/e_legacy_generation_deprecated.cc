// S/MIME BRs 1.0.6 (ballot SMC08), 7.1.6.1: from 15 July 2025 the Legacy
// generation profiles may no longer be used for new certificates.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_legacy_generation_deprecated",
    .description = "No S/MIME certificate may be issued under a Legacy generation policy once ballot SMC08 took effect.",
    .citation = "S/MIME BRs v1.0.6: Ballot SMC08",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kSMC08EffectiveDate,
    .peers = "pkilint:cabf.smime.legacy_generation_certificate_issued_after_prohibition",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class LegacyGenerationDeprecated final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::smime::ProfileOf(c).legacy(); }
  lint::Result Execute(const x509::Certificate&) const override {
    return lint::Error("Legacy generation S/MIME policies are deprecated since July 15, 2025");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, LegacyGenerationDeprecated);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
