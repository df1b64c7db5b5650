// RFC 5280 Appendix A.1: ub-common-name is 64, so a subject commonName may hold
// at most 64 characters. As zlint does, the value checked is the last
// commonName whose value is a string type.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_subject_common_name_max_length",
    .description = "The subject commonName must not be longer than 64 characters.",
    .citation = "RFC 5280: A.1",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "x509lint:commonName too long",
};

class SubjectCommonNameMaxLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    std::string scratch;
    auto v = util::subject::LastGoStringView(c.subject, oid::kCommonName, &scratch);
    return v && !v->empty();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string scratch;
    auto v = util::subject::LastGoStringView(c.subject, oid::kCommonName, &scratch);
    return v && util::subject::GoRuneCountAbove(*v, 64) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectCommonNameMaxLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
