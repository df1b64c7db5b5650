// TLS BRs 7.1.2.7: notBefore must be within 48 hours of the time the
// certificate was signed; since signing cannot precede the timestamp of an
// embedded SCT, an SCT more than 48 hours after notBefore shows backdating.
// The registered name contains a space, as zlint's does (compatibility).
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_excessively backdated",
    .description = "notBefore must not be more than 48 hours earlier than any embedded SCT's timestamp.",
    .citation = "BRs: 7.1.2.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .requires_facts = lint::fact::kCtSctList,
};

constexpr __int128 kMaxDelayMs = 48 * 3600 * 1000;

class ExcessivelyBackdated final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return !c.sct_list.scts.empty(); }
  lint::Result Execute(const x509::Certificate& c) const override {
    const __int128 not_before_ms = static_cast<__int128>(c.not_before.unix) * 1000;
    for (const x509::Sct& sct : c.sct_list.scts) {
      const __int128 sct_ms = static_cast<int64_t>(sct.timestamp_ms);
      if (sct_ms - not_before_ms > kMaxDelayMs)
        return lint::Error("The Certificate's notBefore is more than 48 hours older than at least one embedded SCT");
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExcessivelyBackdated);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
