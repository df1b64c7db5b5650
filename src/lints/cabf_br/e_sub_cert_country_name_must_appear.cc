// BRs 7.1.4.2.2 (subscriber subject, BR 1.4.0 on): subject:countryName is
// required when subject:organizationName, subject:givenName or
// subject:surname is present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_country_name_must_appear",
    .description = "When a subscriber certificate names an organization or a person, its subject must also contain countryName.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABGivenNameDate,
    .peers = "certlint:BR certificates with organizationName must include countryName;x509lint:Subject with organizationName, givenName or surname but without countryName",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertCountryNameMustAppear final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::subject::HasOrgOrPersonalName(c.subject) && !util::subject::HasZcryptoString(c.subject, oid::kCountryName))
      return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertCountryNameMustAppear);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
