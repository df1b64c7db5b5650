// BRs 7.2.2 (CRL extensions): only cRLNumber (non-critical),
// authorityKeyIdentifier (non-critical) and issuingDistributionPoint
// (critical) belong in a CRL; any other extension is not recommended (a
// warning), and a listed one with the wrong criticality is an error.
#include <string>

#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_crl_extensions_validity",
    .description = "A CRL may only carry cRLNumber and authorityKeyIdentifier (non-critical) and issuingDistributionPoint (critical).",
    .citation = "BRs: 7.2.2",
    .source = lint::Source::kCabfBr,
    .type = lint::ObjectType::kCrl,
};

// -1: not allowed; 0: allowed, must be non-critical; 1: must be critical.
int RequiredCriticality(der::Input o) {
  if (o == oid::kCrlNumber || o == oid::kAuthorityKeyIdentifier) return 0;
  if (o == oid::kIssuingDistributionPoint) return 1;
  return -1;
}

class CrlExtensionsValidity final : public lint::CrlLint {
 public:
  bool CheckApplies(const x509::Crl&) const override { return true; }
  lint::Result Execute(const x509::Crl& c) const override {
    for (const x509::Extension& e : c.extensions)
      if (RequiredCriticality(e.oid) < 0)
        return lint::Warn("CRL Extension " + der::OidToString(e.oid) + " is NOT RECOMMENDED");
    for (const x509::Extension& e : c.extensions) {
      const bool must_be_critical = RequiredCriticality(e.oid) == 1;
      if (e.critical != must_be_critical)
        return lint::Error("CRL extension " + der::OidToString(e.oid) + " has incorrect criticality; expected " +
                     (must_be_critical ? "true" : "false") + ", got " + (e.critical ? "true" : "false"));
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CrlExtensionsValidity);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
