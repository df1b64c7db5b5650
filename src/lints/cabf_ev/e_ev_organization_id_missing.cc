// EVGs 9.8.2: an EV certificate whose subject has an organizationIdentifier
// also carries the cabfOrganizationIdentifier extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_organization_id_missing",
    .description = "An EV certificate with a subject organizationIdentifier must also have the cabfOrganizationIdentifier extension.",
    .citation = "EVGs v1.7.0: 9.8.2",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kCABFEV_9_8_2,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kCertificatePolicies |
                      lint::fact::kSubjectOrganizationIdentifier,
};

class EvOrganizationIdMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::subject::CountGoStrings(c.subject, oid::kOrganizationIdentifier) > 0;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kCabfOrganizationIdentifier)) return lint::Pass();
    return lint::Error("the subject has an organizationIdentifier but the cabfOrganizationIdentifier extension is missing");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvOrganizationIdMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
