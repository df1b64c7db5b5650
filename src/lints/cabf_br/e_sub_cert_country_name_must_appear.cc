// BRs 7.1.4.2.2 (subscriber subject, BR 1.4.0 on): subject:countryName is
// required when subject:organizationName, subject:givenName or
// subject:surname is present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_subject_names.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_sub_cert_country_name_must_appear",
    .description = "When a subscriber certificate names an organization or a person, its subject must also contain countryName.",
    .citation = "BRs: 7.1.4.2.2",
    .source = Source::kCabfBr,
    .effective = dates::kCABGivenNameDate,
    .peers = "certlint:BR certificates with organizationName must include countryName;x509lint:Subject with organizationName, givenName or surname but without countryName",
};

class SubCertCountryNameMustAppear final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::IsSubscriberCert(c); }
  Result Execute(const x509::Certificate& c) const override {
    if (util::HasOrgOrPersonalName(c.subject) && !util::HasZcryptoString(c.subject, oid::kCountryName))
      return Error();
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertCountryNameMustAppear);
}  // namespace cair::lints
