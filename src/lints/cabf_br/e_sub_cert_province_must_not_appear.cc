// BRs 7.1.4.2.2 (subscriber subject, BR 1.4.0 on): subject:stateOrProvinceName
// is prohibited when organizationName, givenName and surname are all absent.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_province_must_not_appear",
    .description = "A subscriber subject naming neither an organization nor a person must not contain stateOrProvinceName.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABGivenNameDate,
    .requires_facts = lint::fact::kNotCa,
};

class SubCertProvinceMustNotAppear final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!util::subject::HasOrgOrPersonalName(c.subject) && util::subject::HasZcryptoString(c.subject, oid::kStateOrProvinceName))
      return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertProvinceMustNotAppear);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
