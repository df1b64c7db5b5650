// RFC 5280 4.1.2.5.2: GeneralizedTime values MUST be expressed in Greenwich
// Mean Time (Zulu): no local time, no numeric offset. Checked on notBefore
// and notAfter.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/time/encoding.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_generalized_time_not_in_zulu",
    .description = "GeneralizedTime validity dates must be expressed in UTC with the Z suffix.",
    .citation = "RFC 5280: 4.1.2.5.2",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kGeneralizedTime,
};

class GeneralizedTimeNotZulu final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.not_before.IsGeneralized() || c.not_after.IsGeneralized();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::CertTime* t : {&c.not_before, &c.not_after})
      if (t->IsGeneralized() && !util::time::IsZulu(*t)) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, GeneralizedTimeNotZulu);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
