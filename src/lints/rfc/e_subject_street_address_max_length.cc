// ITU-T X.520 (02/2001) upper bounds: streetAddress is a DirectoryString of
// SIZE (1..ub-street-address), ub-street-address being 128.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_street_address_max_length",
    .description = "Every subject streetAddress must be at most 128 characters long.",
    .citation = "X.520: upper bounds",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kSubjectStreet,
};

class SubjectStreetAddressMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::subject::SubjectHasGoString(c, oid::kStreetAddress);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::subject::SubjectGoStringLongerThan(c, oid::kStreetAddress, 128) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectStreetAddressMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
