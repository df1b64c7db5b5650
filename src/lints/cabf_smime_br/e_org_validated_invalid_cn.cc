// S/MIME BRs 7.1.4.2.2 (a): for organization-validated profiles the
// subject:commonName holds either a Mailbox Address or the subject's
// organizationName. Compared as zlint does: the last commonName with the
// first organizationName; with no organizationName and a commonName that is
// not a mailbox address, zlint's lint fails (fatal).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dn_values.h"
#include "lints/util/smime_mail.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_org_validated_invalid_cn",
    .description = "In organization-validated S/MIME certificates the subject commonName must be a mailbox address or equal the organizationName.",
    .citation = "CABF SMIME BRs §7.1.4.2.2",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.common_name_value_unknown_source",
};

class OrgValidatedInvalidCn final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::SmimeIsSubscriber(c) && util::SmimeProfileOf(c).organization();
  }
  Result Execute(const x509::Certificate& c) const override {
    const std::string cn = util::LastGoString(c.subject, oid::kCommonName).value_or("");
    if (util::SmimeIsMailboxAddress(cn)) return Pass();
    const auto org = util::FirstGoString(c.subject, oid::kOrganizationName);
    if (!org) return Fatal("subject has no organizationName to compare the commonName with");
    if (cn == *org) return Pass();
    return Error("In OV S/MIME certs, the Subject CN must either contain an email address or match organizatioName");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OrgValidatedInvalidCn);
}  // namespace cair::lints
