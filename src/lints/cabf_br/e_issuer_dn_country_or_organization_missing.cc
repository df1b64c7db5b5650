// BRs 7.1.4.1: the issuer name MUST be byte for byte the subject of the
// issuing CA certificate, and the subject of every root and subordinate CA
// certificate MUST carry countryName and organizationName (BRs 7.1.2.10.2,
// formerly 7.1.4.3.1; BRs 1.0 9.1.3 and 9.1.4 stated both for the issuer field
// itself). An issuer name without either therefore names a CA whose subject
// breaks the CA naming rules. x509lint checks this on every certificate.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_issuer_dn_country_or_organization_missing",
    .description = "The issuer name must carry countryName and organizationName, as every CA subject must.",
    .citation = "BRs: 7.1.4.1, 7.1.2.10.2; BRs v1.0: 9.1.3, 9.1.4",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "x509lint:Issuer without countryName;x509lint:Issuer without organizationName",
};

class IssuerDnCountryOrOrganizationMissing final : public lint::CertificateLint {
 public:
  // An empty or undecodable issuer is e_issuer_field_empty's and the parser's.
  bool CheckApplies(const x509::Certificate& c) const override { return c.issuer.ok && !c.issuer.empty(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool country = c.issuer.Has(oid::kCountryName), organization = c.issuer.Has(oid::kOrganizationName);
    if (country && organization) return lint::Pass();
    return lint::Error(!country && !organization ? "issuer has neither countryName nor organizationName"
                       : !country                 ? "issuer has no countryName"
                                                  : "issuer has no organizationName");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IssuerDnCountryOrOrganizationMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
