// BRs 7.1.2.10.2 (CA Certificate Naming) and 7.1.4.2 (Subject Attribute
// Encoding): the subject attributes a CA certificate carries are encoded in the
// order of the 7.1.4.2 table: domainComponent, countryName,
// stateOrProvinceName, localityName, postalCode, streetAddress,
// organizationName, surname, givenName, organizationalUnitName, commonName;
// attributes the table does not list may stand anywhere. The subscriber case is
// e_invalid_subject_rdn_order. As in pkilint, each RDN is ranked by its first
// attribute (one per RDN: e_br_subject_rdn_multiple_attributes).
#include <cstddef>
#include <cstdint>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/name.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_ca_subject_rdn_order",
    .description = "A CA certificate's subject attributes must be encoded in the order of BRs 7.1.4.2.",
    .citation = "BRs: 7.1.2.10.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    // Not every certificate of this profile is serverAuth-capable; the
    // profile applies to it all the same (pkilint's TLS validator checks it).
    .override_framework_filter = true,
    .peers = "pkilint:cabf.serverauth.invalid_rdn_order",
};

class CaSubjectRdnOrder final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (c.subject.empty()) return false;
    return br_profile::IsCa(br_profile::Detect(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    int highest = -1;
    size_t previous_rdn = SIZE_MAX;
    for (const x509::Attribute& a : c.subject.attributes) {
      if (a.rdn == previous_rdn) continue;  // not the RDN's first attribute
      previous_rdn = a.rdn;
      const int rank = Rank(a.oid);
      if (rank < 0) continue;
      if (rank < highest) return lint::Error(der::OidToString(a.oid) + " out of order");
      highest = rank;
    }
    return lint::Pass();
  }

 private:
  static int Rank(der::Input oid) {
    static constexpr der::Input kOrder[] = {
        oid::kDomainComponent, oid::kCountryName,  oid::kStateOrProvinceName, oid::kLocalityName,
        oid::kPostalCode,      oid::kStreetAddress, oid::kOrganizationName,    oid::kSurname,
        oid::kGivenName,       oid::kOrganizationalUnitName, oid::kCommonName,
    };
    for (size_t i = 0; i < sizeof(kOrder) / sizeof(kOrder[0]); ++i)
      if (oid == kOrder[i]) return static_cast<int>(i);
    return -1;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaSubjectRdnOrder);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
