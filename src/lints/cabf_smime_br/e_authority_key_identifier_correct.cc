// S/MIME BRs 7.1.2.3 (g): authorityKeyIdentifier is required, is not critical,
// and identifies the issuer key by keyIdentifier only (no authorityCertIssuer,
// no authorityCertSerialNumber). The value is read with Go's DER rules; a field
// counts as present when its contents are non-empty.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_authority_key_identifier_correct",
    .description = "The authorityKeyIdentifier of an S/MIME subscriber certificate must be present, non-critical, and carry a keyIdentifier but neither authorityCertIssuer nor authorityCertSerialNumber.",
    .citation = "S/MIME BRs: 7.1.2.3.g",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.authority_key_identifier_has_issuer_cert;pkilint:pkix.authority_key_identifier_keyid_missing",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class AuthorityKeyIdentifierCorrect final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = c.FindExtension(oid::kAuthorityKeyIdentifier);
    if (e == nullptr) return lint::Error("missing authorityKeyIdentifier");
    if (e->critical) return lint::Error("authorityKeyIdentifier is critical");
    auto seq = util::zcrypto::ReadStrict(e->value);
    if (!seq || seq->tag != der::kSequence)
      return lint::Fatal("error unmarshalling authority key identifier extension");
    // Three OPTIONAL fields [0], [1], [2] in order; bytes after them are
    // ignored, as Go's encoding/asn1 does.
    bool present[3] = {false, false, false};
    der::Input in = seq->value;
    for (uint32_t field = 0; field < 3 && !in.empty(); ++field) {
      der::Input after;
      auto el = util::zcrypto::ReadStrict(in, &after);
      if (!el) return lint::Fatal("error unmarshalling authority key identifier extension");
      if (el->tag.cls == der::TagClass::kContextSpecific && el->tag.number == field) {
        present[field] = !el->value.empty();
        in = after;
      }
    }
    if (!present[0]) return lint::Error("keyIdentifier not present");
    if (present[1]) return lint::Error("authorityCertIssuer is present");
    if (present[2]) return lint::Error("authorityCertSerialNumber is present");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, AuthorityKeyIdentifierCorrect);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
