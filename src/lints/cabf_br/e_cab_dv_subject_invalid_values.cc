// BRs 7.1.2.7.2 (Domain Validated subscriber subject, SC62): only countryName
// (MAY) and commonName (NOT RECOMMENDED) may appear in the subject of a
// certificate asserting 2.23.140.1.2.1; any other attribute MUST NOT.
#include "der/values.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cab_dv_subject_invalid_values",
    .description = "A domain-validated subscriber certificate's subject may hold only countryName and commonName attributes.",
    .citation = "BRs: 7.1.2.7.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .peers = "pkilint:cabf.serverauth.dv.unknown_attribute_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kPolicyDv,
};

class DvSubjectInvalidValues final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.policies.Has(oid::kBrDomainValidated) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const auto& a : c.subject.attributes)
      if (a.oid != oid::kCountryName && a.oid != oid::kCommonName)
        return lint::Error("DV certificate contains the invalid attribute type " + der::OidToString(a.oid));
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DvSubjectInvalidValues);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
