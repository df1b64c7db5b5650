// BRs 7.2.2 (CRL extensions): authorityKeyIdentifier MUST contain only the
// keyIdentifier field (no authorityCertIssuer, no authorityCertSerialNumber).
// The value is read as Go's encoding/asn1 reads zlint's structure
// { [0] OCTET STRING, [1] OCTET STRING, [2] INTEGER }, all implicit and
// optional, so that a constructed [1] is skipped exactly as zlint skips it.
#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "lints/util/zcrypto/reader.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_auth_key_id_only_contains_keyid",
    .description = "A CRL's authorityKeyIdentifier must hold a keyIdentifier and nothing else.",
    .citation = "BRs: 7.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_1_Date,
    .type = lint::ObjectType::kCrl,
};

constexpr const char kUnmarshalError[] =
    "Failed to unmarshal authorityKeyIdentifier extension: malformed ASN.1";

class CrlAuthKeyIdOnlyContainsKeyId final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    for (const x509::Extension& e : c.extensions) {
      if (e.oid != oid::kAuthorityKeyIdentifier) continue;
      auto seq = util::zcrypto::ReadStrict(e.value);
      if (!seq || seq->tag != der::kSequence) return lint::Error(kUnmarshalError);
      if (seq->full.size() != e.value.size())
        return lint::Error("Unexpected trailing data after authorityKeyIdentifier extension");
      der::Input rest = seq->value;
      bool present[3] = {false, false, false};
      for (uint32_t n = 0; n < 3 && !rest.empty(); ++n) {
        auto el = util::zcrypto::ReadStrict(rest);
        if (!el) return lint::Error(kUnmarshalError);
        if (el->tag != der::ContextPrimitive(n)) continue;  // optional: not this field
        if (n == 2 && !der::IsMinimalInteger(el->value)) return lint::Error(kUnmarshalError);
        present[n] = true;
        rest = rest.sub(el->full.size());
      }
      if (!present[0]) return lint::Error("keyIdentifier field is missing in authorityKeyIdentifier extension");
      if (present[1] || present[2])
        return lint::Error("Forbidden authorityCertIssuer or authorityCertSerialNumber in authorityKeyIdentifier extension");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlAuthKeyIdOnlyContainsKeyId);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
