// BRs 7.1.4.1 (Name Encoding, Ballot SC-062): a Name MUST NOT contain more
// than one instance of a given attribute type across its RDNs, except where
// the profile says otherwise. The profiles that do: streetAddress may repeat
// in every profile that allows it (OV, IV, EV subscribers 7.1.2.7.3-7.1.2.7.5,
// CA naming 7.1.2.10.2), domainComponent in OV subscriber certificates
// (7.1.2.7.4). A DV subject (7.1.2.7.2) has no repeatable attribute.
//
// zlint's e_duplicate_subject_attribs checks a fixed list of thirteen
// attribute types; this lint is the profile rule as pkilint checks it: every
// type, organizationalUnitName, domainComponent and unlisted ones included.
#include <string>

#include "der/values.h"
#include "lint/registry.h"
#include "lints/util/br_profile.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_subject_attribute_repeated",
    .description = "A subject attribute type may occur only once, unless the certificate's BR profile lets it repeat "
                   "(streetAddress; domainComponent in OV certificates).",
    .citation = "BRs: 7.1.4.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::Date(2023, 9, 15),
    .peers = "pkilint:cabf.serverauth.prohibited_duplicate_attribute_type",
};

bool MayRepeat(br_profile::Type t, der::Input type) {
  if (t == br_profile::Type::kSubscriberDv) return false;
  if (type == oid::kStreetAddress) return true;
  return t == br_profile::Type::kSubscriberOv && type == oid::kDomainComponent;
}

class SubjectAttributeRepeated final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    const br_profile::Type t = br_profile::Detect(c);
    const auto& attrs = c.subject.attributes;
    for (size_t i = 1; i < attrs.size(); ++i) {
      if (MayRepeat(t, attrs[i].oid)) continue;
      for (size_t j = 0; j < i; ++j)
        if (attrs[j].oid == attrs[i].oid)
          return lint::Error(der::OidToString(attrs[i].oid) + " occurs more than once in a " +
                             br_profile::TypeName(t) + " subject");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectAttributeRepeated);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
