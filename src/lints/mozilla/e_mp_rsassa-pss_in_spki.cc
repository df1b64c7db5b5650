// Mozilla Root Store Policy 5.1.1: an RSA key must not be represented in a
// SubjectPublicKeyInfo with the id-RSASSA-PSS OID (1.2.840.113549.1.1.10).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_rsassa-pss_in_spki",
    .description = "The SubjectPublicKeyInfo algorithm must not be id-RSASSA-PSS.",
    .citation = "MRSP: 5.1.1",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy27Date,
};

class MpRsassaPssInSpki final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.spki.algorithm.ok) return lint::Error("cannot read the SubjectPublicKeyInfo algorithm OID");
    if (c.spki.algorithm.oid == oid::kRsaPss)
      return lint::Error("SubjectPublicKeyInfo uses the id-RSASSA-PSS OID");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpRsassaPssInSpki);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
