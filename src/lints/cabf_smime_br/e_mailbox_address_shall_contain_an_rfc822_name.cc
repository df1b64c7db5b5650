// S/MIME BRs 7.1.4.2.1: all Mailbox Addresses in the subject field, or in
// entries of type dirName of the subjectAltName extension, are repeated in
// that extension as rfc822Name or id-on-SmtpUTF8Mailbox otherName values.
// Mailbox addresses are the subject:emailAddress values that are mailbox
// addresses and, for mailbox-validated certificates, such subject:commonName
// values; in a dirName only emailAddress values count (as in zlint).
#include <set>
#include <vector>

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
    .name = "e_mailbox_address_shall_contain_an_rfc822_name",
    .description = "Every mailbox address in the subject or in a SAN directoryName must also appear as a SAN rfc822Name or SmtpUTF8Mailbox otherName.",
    .citation = "S/MIME BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.email_address_in_attribute_not_in_san;pkilint:pkix.subject_email_address_not_in_san",
};

class MailboxAddressInSan final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    if (!util::smime::ProfileOf(c).any() || !util::zcrypto::IsSubscriber(c)) return false;
    return !Wanted(c).empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const lint::Result fail =
        lint::Error("all certificate mailbox addresses must be present in san:emailAddresses or san:otherNames in addition to any other field they may appear");
    std::set<std::string> in_san;
    for (auto& e : util::smime::SanEmails(c)) in_san.insert(std::move(e));
    const auto smtp = util::smime::SanSmtpUtf8Mailboxes(c);
    if (!smtp) return fail;
    for (const auto& m : *smtp) in_san.insert(m);
    for (const auto& w : Wanted(c))
      if (!in_san.count(w)) return fail;
    return lint::Pass();
  }

 private:
  static void AddMailboxes(const x509::Name& name, bool with_cn, std::vector<std::string>* out) {
    auto add = [&](std::string_view v) {
      if (util::smime::IsMailboxAddress(v)) out->emplace_back(v);
      return true;
    };
    if (with_cn) util::subject::ForEachGoString(name, oid::kCommonName, add);
    util::subject::ForEachGoString(name, oid::kEmailAddress, add);
  }
  static std::vector<std::string> Wanted(const x509::Certificate& c) {
    std::vector<std::string> out;
    AddMailboxes(c.subject, util::smime::ProfileOf(c).mailbox(), &out);
    for (const auto& dn : util::smime::SanDirectoryNames(c)) AddMailboxes(dn, false, &out);
    return out;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MailboxAddressInSan);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
