// S/MIME BRs 7.1.4.2.3: in the mailbox-validated profiles the subject DN may
// hold commonName, serialNumber and emailAddress and nothing else. Like zlint,
// this applies to every certificate asserting a mailbox-validated policy.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_mailbox_validated_allowed_subjectdn_attributes",
    .description = "A mailbox-validated S/MIME certificate subject may only contain commonName, serialNumber and emailAddress attributes.",
    .citation = "S/MIME BRs: 7.1.4.2.3",
    .source = Source::kCabfSmimeBr,
    .effective = dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_attribute",
};

class MailboxValidatedAllowedSubjectAttributes final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::SmimeProfileOf(c).mailbox(); }
  Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return Fatal();
    for (const auto& a : c.subject.attributes)
      if (a.oid != oid::kCommonName && a.oid != oid::kSerialNumber && a.oid != oid::kEmailAddress)
        return Error();
    return Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MailboxValidatedAllowedSubjectAttributes);
}  // namespace cair::lints
