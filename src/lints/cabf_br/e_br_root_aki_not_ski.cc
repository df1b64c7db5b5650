// BRs 7.1.2.1.3 (Root CA Authority Key Identifier): when a root certificate
// carries authorityKeyIdentifier, its keyIdentifier MUST be identical to the
// certificate's own subjectKeyIdentifier (the root is its own issuer).
#include "lint/registry.h"
#include "lints/util/br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_root_aki_not_ski",
    .description = "A root certificate's authorityKeyIdentifier keyIdentifier must equal its subjectKeyIdentifier.",
    .citation = "BRs: 7.1.2.1.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // Not every certificate of this profile is serverAuth-capable; the
    // profile applies to it all the same (pkilint's TLS validator checks it).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.root_aki_ski_not_equal",
    .requires_facts = lint::fact::kSelfIssued | lint::fact::kAuthorityKeyIdentifier | lint::fact::kSubjectKeyIdentifier,
};

class RootAkiNotSki final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.aki.has_key_id && c.ski.present && br_profile::Detect(c) == br_profile::Type::kRoot;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.aki.key_id == c.ski.key_id ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootAkiNotSki);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
