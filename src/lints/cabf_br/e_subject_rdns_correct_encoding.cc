// BRs 7.1.4.2, Tables 77 and 78 (BRs 2.0.0, SC62): subject attributes have
// prescribed encodings: domainComponent IA5String; countryName,
// jurisdictionCountry and serialNumber PrintableString; the other listed
// attributes (ST, L, postalCode, street, O, surname, givenName, OU, CN,
// businessCategory, jurisdiction ST and L, organizationIdentifier)
// PrintableString or UTF8String.
#include <string>
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_rdns_correct_encoding",
    .description = "Subject attributes listed in the BR subject tables must use the string type the BRs prescribe for them.",
    .citation = "BRs v2.0.0: 7.1.4.2, Table 77 and Table 78",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .peers = "pkilint:cabf.serverauth.attribute_value_invalid_encoding_type",
};

enum class Allowed { kIa5, kPrintable, kPrintableOrUtf8 };

struct Rule {
  der::Input oid;
  std::string_view name;
  Allowed allowed;
};
constexpr Rule kRules[] = {
    {oid::kDomainComponent, "domainComponent", Allowed::kIa5},
    {oid::kCountryName, "countryName", Allowed::kPrintable},
    {oid::kStateOrProvinceName, "stateOrProvinceName", Allowed::kPrintableOrUtf8},
    {oid::kLocalityName, "localityName", Allowed::kPrintableOrUtf8},
    {oid::kPostalCode, "postalCode", Allowed::kPrintableOrUtf8},
    {oid::kStreetAddress, "streetAddress", Allowed::kPrintableOrUtf8},
    {oid::kOrganizationName, "organizationName", Allowed::kPrintableOrUtf8},
    {oid::kSurname, "surname", Allowed::kPrintableOrUtf8},
    {oid::kGivenName, "givenName", Allowed::kPrintableOrUtf8},
    {oid::kOrganizationalUnitName, "organizationalUnitName", Allowed::kPrintableOrUtf8},
    {oid::kCommonName, "commonName", Allowed::kPrintableOrUtf8},
    {oid::kBusinessCategory, "businessCategory", Allowed::kPrintableOrUtf8},
    {oid::kJurisdictionCountry, "jurisdictionCountry", Allowed::kPrintable},
    {oid::kJurisdictionStateOrProvince, "jurisdictionStateOrProvince", Allowed::kPrintableOrUtf8},
    {oid::kJurisdictionLocality, "jurisdictionLocality", Allowed::kPrintableOrUtf8},
    {oid::kSerialNumber, "serialNumber", Allowed::kPrintable},
    {oid::kOrganizationIdentifier, "organizationIdentifier", Allowed::kPrintableOrUtf8},
};

// zlint names the string types it expects to meet and calls others Unknown.
std::string_view EncodingName(uint32_t tag_number) {
  switch (tag_number) {
    case 12: return "UTF8String";
    case 19: return "PrintableString";
    case 20: return "TeletexString";
    case 22: return "IA5String";
    case 28: return "UniversalString";
    case 30: return "BMPString";
    default: return "Unknown";
  }
}

class SubjectRdnsCorrectEncoding final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal();
    for (const auto& a : c.subject.attributes) {
      for (const auto& r : kRules) {
        if (r.oid != a.oid) continue;
        // Only the tag number counts, as in zlint (the class is not read).
        const uint32_t n = a.value_tag.number;
        const bool ok = r.allowed == Allowed::kIa5         ? n == 22
                        : r.allowed == Allowed::kPrintable ? n == 19
                                                           : n == 19 || n == 12;
        if (!ok)
          return lint::Error("Attribute " + std::string(r.name) + " in subjectDN has the wrong encoding " +
                       std::string(EncodingName(n)) + ".");
        break;
      }
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectRdnsCorrectEncoding);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
