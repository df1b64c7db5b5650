// S/MIME BRs 7.1.4.2.2 (a): for organization-validated profiles the
// subject:commonName holds either a Mailbox Address or the subject's
// organizationName. Compared as zlint does: the last commonName with the
// first organizationName; with no organizationName and a commonName that is
// not a mailbox address, zlint's lint fails (fatal).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/mail.h"
#include "lints/util/smime/policy.h"
#include "lints/util/subject/values.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_org_validated_invalid_cn",
    .description = "In organization-validated S/MIME certificates the subject commonName must be a mailbox address or equal the organizationName.",
    .citation = "S/MIME BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.common_name_value_unknown_source",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class OrgValidatedInvalidCn final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).organization();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::string cn = util::subject::LastGoString(c.subject, oid::kCommonName).value_or("");
    if (util::smime::IsMailboxAddress(cn)) return lint::Pass();
    const auto org = util::subject::FirstGoString(c.subject, oid::kOrganizationName);
    if (!org) return lint::Fatal("subject has no organizationName to compare the commonName with");
    if (cn == *org) return lint::Pass();
    return lint::Error("In OV S/MIME certs, the Subject CN must either contain an email address or match organizatioName");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OrgValidatedInvalidCn);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
