// S/MIME BRs 7.1.4.2.3: the mailbox-validated subject DN allows only
// commonName, serialNumber and emailAddress; every other attribute (the table's
// SHALL NOT rows and any unlisted one) is forbidden.
#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mailbox_validated_enforce_subject_field_restrictions",
    .description = "A mailbox-validated S/MIME certificate subject must not contain attributes other than commonName, serialNumber and emailAddress; the first offending one is named.",
    .citation = "S/MIME BRs: 7.1.4.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .requires_facts = lint::fact::kCertificatePolicies,
};

class MailboxValidatedSubjectFieldRestrictions final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::smime::ProfileOf(c).mailbox() && util::zcrypto::IsSubscriber(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    struct Known {
      der::Input oid;
      const char* name;
    };
    static const Known kForbidden[] = {
        {oid::kDomainComponent, "subject:domainComponent"},
        {oid::kJurisdictionLocality, "subject:jurisdictionLocality"},
        {oid::kJurisdictionStateOrProvince, "subject:jurisdictionProvince"},
        {oid::kJurisdictionCountry, "subject:jurisdictionCountry"},
        {oid::kSurname, "subject:surname"},
        {oid::kCountryName, "subject:countryName"},
        {oid::kLocalityName, "subject:localityName"},
        {oid::kStateOrProvinceName, "subject:stateOrProvinceName"},
        {oid::kStreetAddress, "subject:streetAddress"},
        {oid::kOrganizationName, "subject:organizationName"},
        {oid::kOrganizationalUnitName, "subject:organizationalUnitName"},
        {oid::kTitle, "subject:title"},
        {oid::kPostalCode, "subject:postalCode"},
        {oid::kGivenName, "subject:givenName"},
        {oid::kPseudonym, "subject:pseudonym"},
        {oid::kOrganizationIdentifier, "subject:organizationIdentifier"},
    };
    for (const auto& a : c.subject.attributes) {
      if (a.oid == oid::kEmailAddress || a.oid == oid::kCommonName || a.oid == oid::kSerialNumber) continue;
      const std::string text = der::OidToString(a.oid);
      for (const Known& k : kForbidden)
        if (a.oid == k.oid)
          return lint::Error("subject DN contains forbidden field: " + std::string(k.name) + " (" + text + ")");
      return lint::Error("subject DN contains forbidden field: " + text);
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MailboxValidatedSubjectFieldRestrictions);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
