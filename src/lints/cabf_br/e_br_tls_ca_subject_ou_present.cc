// BRs 7.1.2.10.2 (CA Certificate Naming): organizationalUnitName MUST NOT be
// included in the subject of a root CA certificate or of a TLS subordinate CA
// certificate (7.1.2.5, 7.1.2.6). (Other subordinate CAs: NOT RECOMMENDED.)
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_tls_ca_subject_ou_present",
    .description = "A root or TLS subordinate CA certificate's subject must not include organizationalUnitName.",
    .citation = "BRs: 7.1.2.10.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.ca.organizational_unit_name_attribute_present",
};

class TlsCaSubjectOuPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    const br_profile::Type t = br_profile::Detect(c);
    return t == br_profile::Type::kRoot || br_profile::IsTlsCa(t);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kOrganizationalUnitName) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, TlsCaSubjectOuPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
