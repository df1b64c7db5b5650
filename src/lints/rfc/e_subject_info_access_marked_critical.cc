// RFC 5280 4.2.2.2 Subject Information Access: conforming CAs MUST mark this
// extension as non-critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_info_access_marked_critical",
    .description = "The subjectInfoAccess extension must not be marked critical.",
    .citation = "RFC 5280: 4.2.2.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .requires_facts = lint::fact::kSubjectInfoAccess,
};

class SubjectInfoAccessMarkedCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kSubjectInfoAccess) != nullptr;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* e = util::zcrypto::LastExtension(c, oid::kSubjectInfoAccess);
    return e->critical ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectInfoAccessMarkedCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
