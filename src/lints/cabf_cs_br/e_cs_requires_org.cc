// CS BRs 7.1.4.2.3 and 7.1.4.2.4: the subject of a code signing
// certificate, EV or not, names the organization (organizationName).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/subject/attributes.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_cs_requires_org",
    .description = "A code signing certificate's subject must contain organizationName.",
    .citation = "CS BRs: 7.1.4.2.3, 7.1.4.2.4",
    .source = lint::Source::kCabfCsBr,
    .effective = lint::dates::kCABF_CS_BRs_1_2_Date,
    .requires_facts = lint::fact::kNotCa,
};

class CsRequiresOrg final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::cert::IsSubscriberCert(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::subject::HasZcryptoString(c.subject, oid::kOrganizationName)) return lint::Pass();
    return lint::Error("the subject has no organizationName");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CsRequiresOrg);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
