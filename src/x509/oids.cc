#include "x509/oids.h"

namespace cair::oid {

std::string_view Name(der::Input o) {
  struct Entry { der::Input oid; std::string_view name; };
  static const Entry kNames[] = {
      {kCommonName, "commonName"}, {kSurname, "surname"}, {kSerialNumber, "serialNumber"},
      {kCountryName, "countryName"}, {kLocalityName, "localityName"},
      {kStateOrProvinceName, "stateOrProvinceName"}, {kStreetAddress, "streetAddress"},
      {kOrganizationName, "organizationName"}, {kOrganizationalUnitName, "organizationalUnitName"},
      {kTitle, "title"}, {kPostalCode, "postalCode"}, {kGivenName, "givenName"},
      {kEmailAddress, "emailAddress"}, {kDomainComponent, "domainComponent"},
      {kBasicConstraints, "basicConstraints"}, {kKeyUsage, "keyUsage"},
      {kExtKeyUsage, "extKeyUsage"}, {kSubjectAltName, "subjectAltName"},
      {kIssuerAltName, "issuerAltName"}, {kAuthorityKeyIdentifier, "authorityKeyIdentifier"},
      {kSubjectKeyIdentifier, "subjectKeyIdentifier"}, {kCertificatePolicies, "certificatePolicies"},
      {kCrlDistributionPoints, "cRLDistributionPoints"}, {kAuthorityInfoAccess, "authorityInfoAccess"},
      {kNameConstraints, "nameConstraints"}, {kPolicyConstraints, "policyConstraints"},
      {kPolicyMappings, "policyMappings"}, {kInhibitAnyPolicy, "inhibitAnyPolicy"},
      {kCtPoison, "ctPoison"}, {kCtSctList, "ctSignedCertificateTimestampList"},
  };
  for (const auto& e : kNames)
    if (e.oid == o) return e.name;
  return "";
}

}  // namespace cair::oid
