// EVGs 9.2.8 / Appendix H: the registration scheme at the start of an EV
// certificate's subject organizationIdentifier is NTR, VAT or PSD.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_invalid_orgid_reg_scheme",
    .description = "An EV subscriber certificate's organizationIdentifier must start with one of the registration schemes NTR, VAT or PSD.",
    .citation = "EVGs: 9.2.8",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kCABV170Date,
    .peers = "pkilint:cabf.invalid_organization_identifier_registration_scheme",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa |
                      lint::fact::kCertificatePolicies | lint::fact::kSubjectOrganizationIdentifier,
};

class EvInvalidOrgIdRegScheme final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::cert::IsSubscriberCert(c) &&
           util::subject::CountGoStrings(c.subject, oid::kOrganizationIdentifier) > 0;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // Only the first organizationIdentifier is looked at.
    const std::string id = *util::subject::FirstGoString(c.subject, oid::kOrganizationIdentifier);
    if (util::subject::GoRuneCount(id) < 3)
      return lint::Error("the organizationIdentifier is too short to hold a registration scheme");
    const std::string_view scheme = std::string_view(id).substr(0, 3);
    if (scheme != "NTR" && scheme != "VAT" && scheme != "PSD")
      return lint::Error("the organizationIdentifier does not start with NTR, VAT or PSD");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvInvalidOrgIdRegScheme);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
