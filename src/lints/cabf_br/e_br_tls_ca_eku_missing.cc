// BRs 7.1.2.5.1 and 7.1.2.6.1 (technically constrained and unconstrained TLS
// subordinate CA extensions, Ballot SC-062): extKeyUsage MUST be present.
// A subordinate CA certificate without it is a TLS CA by the profiles' type
// detection (br_profile.h: no EKU counts as serverAuth), so every subordinate
// CA certificate without extKeyUsage breaks this row. zlint's
// n_sub_ca_eku_missing notes the same absence (BRs 7.1.5) without the
// profile's MUST. A cross-certified subordinate CA (7.1.2.2) cannot be told
// from a TLS subordinate CA by the certificate alone; pkilint, too, checks it
// as one unless told otherwise.
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_tls_ca_eku_missing",
    .description = "A TLS subordinate CA certificate must include the extKeyUsage extension.",
    .citation = "BRs: 7.1.2.5.1; BRs: 7.1.2.6.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ca.extended_key_usage_extension_absent",
    .requires_facts = lint::fact::kCa,
};

class TlsCaEkuMissing final : public br_profile::DeclaredTypeLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !cross() && br_profile::IsTlsCa(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kExtKeyUsage) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, TlsCaEkuMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
