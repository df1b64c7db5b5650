// RFC 5280 4.1.2.6: email addresses in new certificates MUST be carried as
// rfc822Name in the subjectAltName extension; the legacy emailAddress
// attribute in the subject is tolerated only alongside it. So every subject
// emailAddress must also appear as an rfc822Name in the subjectAltName.
#include <string_view>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subj_email_not_in_san",
    .description = "Every emailAddress in the subject must also be present as an rfc822Name in the subjectAltName.",
    .citation = "RFC 5280: 4.1.2.6",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectEmail,
};

class SubjEmailNotInSan final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::CountGoStrings(c.subject, oid::kEmailAddress) > 0;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zcrypto keeps the rfc822Names of the LAST subjectAltName extension,
    // selecting GeneralNames by tag number alone.
    const x509::Extension* last = nullptr;
    for (const auto& e : c.extensions)
      if (e.oid == oid::kSubjectAltName) last = &e;
    x509::AltName san;
    if (last) san = x509::ParseAltName(*last);
    auto in_san = [&](std::string_view email) {
      for (const auto& g : san.names.names)
        if (g.tag.number == 1 && g.value.AsStringView() == email) return true;
      return false;
    };
    bool all_found = util::subject::ForEachGoString(c.subject, oid::kEmailAddress, in_san);
    return all_found ? lint::Pass() : lint::Error("At least one email address in the Subject does not appear in the SAN");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjEmailNotInSan);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
