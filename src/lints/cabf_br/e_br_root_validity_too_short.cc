// BRs 7.1.2.1.1 (Root CA Validity): a root CA certificate's validity period
// is at least 2922 days and at most 9132 days, counted as RFC 5280 4.1.2.5
// does (notAfter inclusive, util::time::ValiditySeconds).
#include <string>

#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "lints/util/time/validity.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_root_validity_too_short",
    .description = "A root CA certificate's validity period must be at least 2922 days (about 8 years).",
    .citation = "BRs: 7.1.2.1.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // Not every certificate of this profile is serverAuth-capable; the
    // profile applies to it all the same (pkilint's TLS validator checks it).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.root_validity_period_too_short",
    .requires_facts = lint::fact::kSelfIssued,
};

class RootValidityTooShort final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return br_profile::Detect(c) == br_profile::Type::kRoot;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const int64_t seconds = util::time::ValiditySeconds(c);
    if (!(seconds < int64_t{2922} * 86400)) return lint::Pass();
    return lint::Error("validity of " + std::to_string(seconds / 86400) + " days and " +
                       std::to_string(seconds % 86400) + " seconds");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootValidityTooShort);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
