// RFC 5280 4.2.1.4 as updated by RFC 6818 section 3: the explicitText string
// SHOULD NOT include any control characters (U+0000 to U+001F and U+007F to
// U+009F).
#include <optional>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/explicit_text.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ext_cert_policy_explicit_text_includes_control",
    .description = "A UTF8String user notice explicitText should not contain C0 or C1 control characters.",
    .citation = "RFC 6818: 3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC6818Date,
    .requires_facts = lint::fact::kCertificatePolicies,
};

enum class ScanResult { kClean, kControl, kTruncated };
// Steps through the UTF-8 text by lead-byte length the way zlint does (no
// validation of continuation bytes), flagging ASCII controls, DEL and the
// two-octet encodings of U+0080..U+009F. A 0xC2 lead as the last octet is
// where zlint's own walk reads past the end and fails.
ScanResult Scan(der::Input b) {
  for (size_t i = 0; i < b.size(); ++i) {
    const uint8_t ch = b[i];
    if (!(ch & 0x80)) {
      if (ch < 0x20 || ch == 0x7f) return ScanResult::kControl;
    } else if (!(ch & 0x20)) {
      if (ch == 0xc2) {
        if (i + 1 >= b.size()) return ScanResult::kTruncated;
        if (b[i + 1] >= 0x80 && b[i + 1] <= 0x9f) return ScanResult::kControl;
      }
      i += 1;
    } else if (!(ch & 0x10)) {
      i += 2;
    } else if (!(ch & 0x08)) {
      i += 3;
    } else if (!(ch & 0x04)) {
      i += 4;
    } else if (!(ch & 0x02)) {
      i += 5;
    }
  }
  return ScanResult::kClean;
}

class ExtCertPolicyExplicitTextIncludesControl final : public families::ExplicitTextCheck {
  std::optional<lint::Result> Check(const util::zcrypto::ExplicitText& t) const override {
    if (t.tag_number != 12) return std::nullopt;
    switch (Scan(t.bytes)) {
      case ScanResult::kControl: return lint::Warn();
      case ScanResult::kTruncated: return lint::Fatal("explicitText ends inside a UTF-8 sequence");
      case ScanResult::kClean: break;
    }
    return std::nullopt;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyExplicitTextIncludesControl);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
