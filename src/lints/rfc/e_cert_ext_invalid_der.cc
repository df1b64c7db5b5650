// RFC 5280 4.1 / 4.2 with X.690 11.5 (DER): an Extension's critical field is
// BOOLEAN DEFAULT FALSE, so DER requires it to be absent, not encoded, when
// the extension is non-critical.
#include <string>

#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cert_ext_invalid_der",
    .description = "An extension's critical flag must be omitted rather than encoded as FALSE (DER).",
    .citation = "RFC 5280: 4.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
};

class CertExtInvalidDer final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::Extension& e : c.extensions) {
      if (!e.critical_encoded) continue;
      // Re-read the BOOLEAN from the raw Extension: its first content octet
      // decides, whatever the length.
      der::Parser p(e.full);
      auto seq = p.Next();
      if (!seq) continue;
      der::Parser ep(seq->value);
      ep.Next();  // extnID
      auto crit = ep.Next();
      if (crit && !crit->value.empty() && crit->value[0] == 0x00)
        return lint::Error("extension " + der::OidToString(e.oid) +
                     " encodes critical = FALSE; DER requires the DEFAULT value to be omitted");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CertExtInvalidDer);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
