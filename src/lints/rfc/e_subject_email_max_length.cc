// RFC 5280 Appendix A.1: EmailAddress is an IA5String of SIZE
// (1..ub-emailaddress-length), and RFC 5280 raised ub-emailaddress-length to
// 255 (from RFC 3280's 128) to match PKCS #9.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_email_max_length",
    .description = "Every subject emailAddress attribute must be at most 255 characters long.",
    .citation = "RFC 5280: A.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectEmail,
};

class SubjectEmailMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::CountGoStrings(c.subject, oid::kEmailAddress) > 0;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::AnyGoStringLongerThan(c.subject, oid::kEmailAddress, 255) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectEmailMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
