// BRs 7.1.4.2.2 (Subject Distinguished Name Fields): a subscriber certificate
// with subject:givenName or subject:surname must assert the individual-
// validated policy 2.23.140.1.2.3.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_given_name_surname_contains_correct_policy",
    .description = "A subscriber certificate naming a givenName or surname must assert the BR individual-validated policy.",
    .citation = "BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABGivenNameDate,
    .peers = "x509lint:Subject with givenName or surname but without the CAB IV policy oid",
    .requires_facts = lint::fact::kNotCa,
};

class SubCertGivenNameSurnamePolicy final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && (util::zcrypto::HasStringAttribute(c.subject, oid::kGivenName) ||
                                         util::zcrypto::HasStringAttribute(c.subject, oid::kSurname));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::Policies(c).Has(oid::kBrIndividualValidated) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertGivenNameSurnamePolicy);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
