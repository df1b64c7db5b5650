// S/MIME BRs 7.1.4.2.2 (h): subject:emailAddress, if present, holds a single
// Mailbox Address; a value that Go's net/mail cannot read as exactly one
// address is an error.
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
    .name = "e_single_email_subject_if_present",
    .description = "Each subject emailAddress of an S/MIME subscriber certificate must parse as one mailbox address.",
    .citation = "S/MIME BRs: 7.1.4.2.2.h",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .requires_facts = lint::fact::kCertificatePolicies | lint::fact::kSubjectEmail,
};

class SingleEmailSubjectIfPresent final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::IsSubscriber(c) && util::subject::CountGoStrings(c.subject, oid::kEmailAddress) > 0 &&
           util::smime::ProfileOf(c).any();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    lint::Result r = lint::Pass();
    util::subject::ForEachGoString(c.subject, oid::kEmailAddress, [&](std::string_view e) {
      if (util::smime::ParseMailAddress(e)) return true;
      r = lint::Error("subject:emailAddress was present and contained an invalid email address (" + std::string(e) + ")");
      return false;
    });
    return r;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SingleEmailSubjectIfPresent);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
