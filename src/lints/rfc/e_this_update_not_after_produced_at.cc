// RFC 6960 2.4: thisUpdate is "the most recent time at which the status
// being indicated is known by the responder to have been correct"; it cannot
// be later than producedAt, the time the responder signed the response.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_this_update_not_after_produced_at",
    .description = "Each OCSP SingleResponse's thisUpdate must not be later than the response's producedAt.",
    .citation = "RFC 6960: 2.4",
    .source = lint::Source::kRfc6960,
    .effective = lint::dates::kRFC6960Date,
    .type = lint::ObjectType::kOcspResponse,
};

class ThisUpdateNotAfterProducedAt final : public lint::OcspLint {
 public:
  bool CheckApplies(const x509::OcspResponse& r) const override { return r.has_basic; }
  lint::Result Execute(const x509::OcspResponse& r) const override {
    for (const auto& s : r.responses)
      if (s.this_update.unix > r.produced_at.unix) return lint::Error();
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ThisUpdateNotAfterProducedAt);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
