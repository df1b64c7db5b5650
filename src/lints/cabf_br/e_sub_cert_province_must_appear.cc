// BRs 7.1.4.2.2 (subscriber subject, BR 1.4.0 on): subject:stateOrProvinceName
// is required when organizationName, givenName or surname is present and
// localityName is absent.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_province_must_appear",
    .description = "A subscriber subject naming an organization or a person without localityName must contain stateOrProvinceName.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABGivenNameDate,
    .peers = "certlint:BR certificates with organizationName must include either localityName or stateOrProvinceName;x509lint:Subject with organizationName, givenName or surname but without stateOrProvince or localityName",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertProvinceMustAppear final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::subject::HasOrgOrPersonalName(c.subject) && !util::subject::HasZcryptoString(c.subject, oid::kLocalityName) &&
        !util::subject::HasZcryptoString(c.subject, oid::kStateOrProvinceName))
      return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertProvinceMustAppear);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
