// BRs 7.1.4.2 (BRs 2.0.0 on): CAs SHALL NOT include attributes in the
// subject in an order other than domainComponent, countryName,
// stateOrProvinceName, localityName, postalCode, streetAddress,
// organizationName, surname, givenName, organizationalUnitName, commonName
// (attribute types outside this list are not ordered).
#include <iterator>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_invalid_subject_rdn_order",
    .description = "A subscriber certificate's subject attributes must follow the order the BRs prescribe.",
    .citation = "BRs: 7.1.4.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .peers = "pkilint:cabf.serverauth.invalid_rdn_order",
    .requires_facts = lint::fact::kNotCa,
};

constexpr der::Input kOrder[] = {
    oid::kDomainComponent, oid::kCountryName,      oid::kStateOrProvinceName,
    oid::kLocalityName,    oid::kPostalCode,       oid::kStreetAddress,
    oid::kOrganizationName, oid::kSurname,         oid::kGivenName,
    oid::kOrganizationalUnitName, oid::kCommonName,
};

int Rank(der::Input oid) {
  for (int i = 0; i < static_cast<int>(std::size(kOrder)); ++i)
    if (kOrder[i] == oid) return i;
  return -1;
}

class InvalidSubjectRdnOrder final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Error();
    int previous = 0;
    for (const auto& a : c.subject.attributes) {
      const int rank = Rank(a.oid);
      if (rank < 0) continue;
      if (rank < previous) return lint::Error();
      previous = rank;
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, InvalidSubjectRdnOrder);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
