// EVGs 7.1.4.2.9 (ballot SC16): an EV certificate's subject holds only the
// attributes the Guidelines provide for (jurisdiction L/ST/C, CN,
// serialNumber, C, L, ST, street, O, OU, businessCategory, postalCode,
// organizationIdentifier).
#include <string>

#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/ev/org_id.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_extra_subject_attribs",
    .description = "An EV subscriber certificate's subject must contain only the attribute types the EV Guidelines list.",
    .citation = "EVGs: 7.1.4.2.9",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kSC16EffectiveDate,
    .peers = "pkilint:cabf.ev_guidelines.unknown_attribute_present",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

bool Allowed(der::Input t) {
  // organizationalUnitName stays here: its later ban has a lint of its own.
  for (der::Input a : {oid::kJurisdictionLocality, oid::kJurisdictionStateOrProvince,
                       oid::kJurisdictionCountry, oid::kCommonName, oid::kSerialNumber,
                       oid::kCountryName, oid::kLocalityName, oid::kStateOrProvinceName,
                       oid::kStreetAddress, oid::kOrganizationName, oid::kOrganizationalUnitName,
                       oid::kBusinessCategory, oid::kPostalCode, oid::kOrganizationIdentifier})
    if (t == a) return true;
  return false;
}

class EvExtraSubjectAttribs final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zlint re-decodes the subject with Go's encoding/asn1 and gives up
    // (fatal) when that fails.
    if (!c.subject.ok || !util::ev::GoDecodesRdnSequence(c.subject))
      return lint::Fatal("the subject cannot be decoded as an RDNSequence");
    for (const x509::Attribute& a : c.subject.attributes)
      if (!Allowed(a.oid))
        return lint::Error("subject attribute " + der::OidToString(a.oid) + " is not allowed in EV certificates");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvExtraSubjectAttribs);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
