// RFC 5280 Appendix A.1: X520StateOrProvinceName is a DirectoryString of SIZE
// (1..ub-state-name), ub-state-name being 128.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_state_name_max_length",
    .description = "Every subject stateOrProvinceName must be at most 128 characters long.",
    .citation = "RFC 5280: A.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "x509lint:stateOrProvinceName too long",
    .requires_facts = lint::fact::kSubjectState,
};

class SubjectStateNameMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::SubjectHasGoString(c, oid::kStateOrProvinceName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::SubjectGoStringLongerThan(c, oid::kStateOrProvinceName, 128) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectStateNameMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
