// Mozilla Root Store Policy 5.2 (forbidden practices): an
// authorityKeyIdentifier must not name the issuing key both by its key
// identifier and by the issuer's issuer name (and serial number).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/mozilla/encodings.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_authority_key_identifier_correct",
    .description = "An authorityKeyIdentifier must not carry both a keyIdentifier and an authorityCertIssuer.",
    .citation = "MRSP: 5.2",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy22Date,
    .requires_facts = lint::fact::kAuthorityKeyIdentifier,
};

class MpAuthorityKeyIdentifierCorrect final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kAuthorityKeyIdentifier);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* ext = util::zcrypto::LastExtension(c, oid::kAuthorityKeyIdentifier);
    const util::mozilla::AkiFields aki = util::mozilla::DecodeAki(ext->value);
    if (!aki.ok) return lint::Fatal("cannot decode the authorityKeyIdentifier extension: " + aki.error);
    return aki.key_id_content && aki.issuer_content ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpAuthorityKeyIdentifierCorrect);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
