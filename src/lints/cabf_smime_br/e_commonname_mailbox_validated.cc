// S/MIME BRs 7.1.4.2.2 (a): for the mailbox-validated profiles, a
// subject:commonName, when present, holds a Mailbox Address (checked with Go's
// net/mail parser, the address being the whole value).
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
    .name = "e_commonname_mailbox_validated",
    .description = "In a mailbox-validated S/MIME certificate every subject commonName must be a mailbox address.",
    .citation = "S/MIME BRs: 7.1.4.2.2a",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.common_name_value_unknown_source",
    .requires_facts = lint::fact::kCertificatePolicies,
};

class CommonNameMailboxValidated final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::smime::ProfileOf(c).mailbox();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool ok = util::subject::ForEachGoString(c.subject, oid::kCommonName, [](std::string_view cn) {
      return util::smime::IsMailboxAddress(cn);
    });
    return ok ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CommonNameMailboxValidated);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
