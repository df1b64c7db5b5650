// RFC 5280 Appendix A.1: ub-common-name is 64, so a subject commonName may hold
// at most 64 characters. As zlint does, the value checked is the last
// commonName whose value is a string type.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dn_values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_subject_common_name_max_length",
    .description = "The subject commonName must not be longer than 64 characters.",
    .citation = "RFC 5280: A.1",
    .source = Source::kRfc5280,
    .effective = dates::kRFC2459Date,
    .peers = "x509lint:commonName too long",
};

class SubjectCommonNameMaxLength final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    auto v = util::LastGoString(c.subject, oid::kCommonName);
    return v && !v->empty();
  }
  Result Execute(const x509::Certificate& c) const override {
    auto v = util::LastGoString(c.subject, oid::kCommonName);
    return v && util::GoRuneCount(*v) > 64 ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubjectCommonNameMaxLength);
}  // namespace cair::lints
