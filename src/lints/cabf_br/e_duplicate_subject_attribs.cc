// BRs 7.1.4.1 (BRs 2.0.0 on): a Name MUST NOT contain more than one instance
// of a given attribute type across its RDNs. streetAddress and
// domainComponent are exempt, and so is the (now prohibited)
// organizationalUnitName; the remaining BR subject attributes are checked.
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_duplicate_subject_attribs",
    .description = "Each single-valued BR subject attribute type may occur at most once in the subject.",
    .citation = "BRs: 7.1.4.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
};

struct SingleInstance {
  der::Input oid;
  std::string_view name;
};
constexpr SingleInstance kSingle[] = {
    {oid::kJurisdictionLocality, "jurisdictionLocality"},
    {oid::kJurisdictionStateOrProvince, "jurisdictionStateOrProvince"},
    {oid::kJurisdictionCountry, "jurisdictionCountry"},
    {oid::kCommonName, "commonName"},
    {oid::kSurname, "surname"},
    {oid::kSerialNumber, "serialNumber"},
    {oid::kCountryName, "countryName"},
    {oid::kLocalityName, "localityName"},
    {oid::kStateOrProvinceName, "stateOrProvinceName"},
    {oid::kOrganizationName, "organizationName"},
    {oid::kBusinessCategory, "businessCategory"},
    {oid::kGivenName, "givenName"},
    {oid::kOrganizationIdentifier, "organizationIdentifier"},
};

class DuplicateSubjectAttribs final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zlint re-reads the raw subject and gives up when it is malformed.
    if (!c.subject.ok) return lint::Fatal();
    const auto& attrs = c.subject.attributes;
    for (size_t i = 0; i < attrs.size(); ++i) {
      const SingleInstance* single = nullptr;
      for (const auto& s : kSingle)
        if (s.oid == attrs[i].oid) single = &s;
      if (!single) continue;
      for (size_t j = 0; j < i; ++j)
        if (attrs[j].oid == attrs[i].oid)
          return lint::Error("Multiple instances of '" + std::string(single->name) + "' are NOT allowed in the Subject");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DuplicateSubjectAttribs);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
