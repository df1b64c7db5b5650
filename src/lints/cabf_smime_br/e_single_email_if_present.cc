// S/MIME BRs 7.1.4.2.1 with 7.1.4.2.2 (h): mailbox addresses are repeated in
// the SAN as rfc822Name values, and each holds a single Mailbox Address; an
// rfc822Name that Go's net/mail cannot read as exactly one address is an
// error.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime/mail.h"
#include "lints/util/smime/policy.h"
#include "lints/util/zcrypto/extensions.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_single_email_if_present",
    .description = "Each SAN rfc822Name of an S/MIME subscriber certificate must parse as one mailbox address.",
    .citation = "S/MIME BRs: 7.1.4.2.1 and 7.1.4.2.2.h",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .requires_facts = lint::fact::kCertificatePolicies | lint::fact::kSubjectAltName,
};

class SingleEmailIfPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && !util::smime::SanEmails(c).empty() && util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const std::string& e : util::smime::SanEmails(c))
      if (!util::smime::ParseMailAddress(e))
        return lint::Error("san:emailAddress was present and contained an invalid email address (" + e + ")");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SingleEmailIfPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
