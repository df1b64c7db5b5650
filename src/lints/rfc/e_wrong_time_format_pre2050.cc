// RFC 5280 4.1.2.5: CAs MUST encode validity dates through the year 2049 as
// UTCTime and dates in 2050 or later as GeneralizedTime. Flagged: a
// notBefore or notAfter in GeneralizedTime that falls before 2050.
#include "lint/effective_dates.h"
#include "lint/registry.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_wrong_time_format_pre2050",
    .description = "Validity dates before 2050 must be encoded as UTCTime, not GeneralizedTime.",
    .citation = "RFC 5280: 4.1.2.5",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .peers = "pkilint:pkix.wrong_time_useful_type;certlint:Generalized Time before 2050;x509lint:Invalid time format",
};

constexpr int64_t kYear2050 = lint::Date(2050, 1, 1);

class WrongTimeFormatPre2050 final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    for (const x509::CertTime* t : {&c.not_before, &c.not_after}) {
      if (!t->IsGeneralized()) continue;
      if (!t->ok) return lint::Fatal("GeneralizedTime validity date could not be read");
      if (t->unix < kYear2050) return lint::Error();
    }
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, WrongTimeFormatPre2050);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
