// S/MIME BRs 7.1.4.2.1: the subjectAltName SHALL contain at least one
// rfc822Name or id-on-SmtpUTF8Mailbox otherName (a directoryName alone does
// not make an S/MIME certificate).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_san_no_mailbox_address",
    .description = "The subjectAltName of an S/MIME subscriber certificate must contain a mailbox address (rfc822Name or SmtpUTF8Mailbox).",
    .citation = "S/MIME BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.san_does_not_contain_email_address",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies | lint::fact::kSubjectAltName,
};

class SmimeSanNoMailboxAddress final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return smime_br::SubscriberProfile(c).has_value() && c.san.present;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!smime_br::SanMailboxes(c).empty()) return lint::Pass();
    return lint::Error("subjectAltName holds no rfc822Name and no SmtpUTF8Mailbox");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeSanNoMailboxAddress);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
