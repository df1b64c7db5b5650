// S/MIME BRs 7.1.4.2.3: in the mailbox-validated profiles the subject DN may
// hold commonName, serialNumber and emailAddress and nothing else. Like zlint,
// this applies to every certificate asserting a mailbox-validated policy.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/policy.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mailbox_validated_allowed_subjectdn_attributes",
    .description = "A mailbox-validated S/MIME certificate subject may only contain commonName, serialNumber and emailAddress attributes.",
    .citation = "S/MIME BRs: 7.1.4.2.3",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.prohibited_attribute",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class MailboxValidatedAllowedSubjectAttributes final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return util::smime::ProfileOf(c).mailbox(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!c.subject.ok) return lint::Fatal();
    for (const auto& a : c.subject.attributes)
      if (a.oid != oid::kCommonName && a.oid != oid::kSerialNumber && a.oid != oid::kEmailAddress)
        return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MailboxValidatedAllowedSubjectAttributes);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
