// S/MIME BRs 7.1.4.2.2 (a): a subject commonName, when present, holds one of
// the values the profile validated: a Mailbox Address (one of the
// subjectAltName's rfc822Name / SmtpUTF8Mailbox addresses, 7.1.2.3 (h));
// in organization-validated profiles also the subject:organizationName; in
// sponsor- and individual-validated profiles also a Personal Name or the
// subject:pseudonym. As pkilint does, a Personal Name is accepted whenever
// givenName or surname is present, and in the legacy sponsor/individual
// profiles, which allow a Personal Name that other attributes do not repeat,
// any value unless the subject holds a pseudonym. e_commonname_mailbox_validated
// checks the address syntax in the mailbox profiles; this lint the source.
#include <algorithm>
#include <string>
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/smime_br_profile.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_smime_common_name_value_unknown_source",
    .description = "An S/MIME subscriber commonName must repeat a SAN mailbox, or the organizationName, pseudonym or "
                   "personal name its profile allows.",
    .citation = "S/MIME BRs: 7.1.4.2.2",
    .source = lint::Source::kCabfSmimeBr,
    .effective = lint::dates::kCABF_SMIME_BRs_1_0_0_Date,
    .peers = "pkilint:cabf.smime.common_name_value_unknown_source",
    .requires_facts = lint::fact::kNotCa | lint::fact::kCertificatePolicies | lint::fact::kSubjectCommonName,
};

// Whether some `oid` attribute of the subject has exactly the text `value`.
bool SubjectHasValue(const x509::Certificate& c, der::Input oid, const std::string& value) {
  return !util::subject::ForEachGoString(c.subject, oid, [&](std::string_view v) { return v != value; });
}

class SmimeCommonNameValueUnknownSource final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.subject.Has(oid::kCommonName) && smime_br::SubscriberProfile(c).has_value();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const smime_br::Profile p = *smime_br::SubscriberProfile(c);
    const bool personal =
        p.validation == smime_br::Validation::kSponsor || p.validation == smime_br::Validation::kIndividual;
    const bool pseudonym = c.subject.Has(oid::kPseudonym);
    if (personal && p.legacy() && !pseudonym) return lint::Pass();
    if (personal && (c.subject.Has(oid::kGivenName) || c.subject.Has(oid::kSurname))) return lint::Pass();
    std::vector<std::string> mailboxes;  // read once, only when a value needs it
    bool read = false;
    std::string unknown;
    util::subject::ForEachGoString(c.subject, oid::kCommonName, [&](std::string_view cn_view) {
      const std::string cn(cn_view);
      if (personal && pseudonym && SubjectHasValue(c, oid::kPseudonym, cn)) return true;
      if (p.validation == smime_br::Validation::kOrganization && SubjectHasValue(c, oid::kOrganizationName, cn))
        return true;
      if (!read) mailboxes = smime_br::SanMailboxes(c), read = true;
      if (std::find(mailboxes.begin(), mailboxes.end(), cn) != mailboxes.end()) return true;
      unknown = cn;
      return false;
    });
    if (unknown.empty()) return lint::Pass();
    return lint::Error("commonName \"" + unknown + "\" is not a value the " + smime_br::ProfileName(p) +
                       " profile validated");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SmimeCommonNameValueUnknownSource);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
