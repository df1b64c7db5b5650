// RFC 5280 4.2.1.4 as updated by RFC 6818 section 3: when the UTF8String or
// BMPString encoding is used for explicitText, all character sequences SHOULD
// be normalized according to Unicode normalization form C (NFC).
#include <string>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>
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
    .name = "w_ext_cert_policy_explicit_text_not_nfc",
    .description = "A UTF8String or BMPString user notice explicitText should be in Unicode normalization form C.",
    .citation = "RFC 6181: 3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC6818Date,
    .requires_facts = lint::fact::kCertificatePolicies,
};

// zlint tests the contents octets as UTF-8 text whatever the string type
// (so a BMPString's UTF-16 octets too); octets that do not form a valid
// UTF-8 sequence count as inert starters, which U+FFFD models here.
bool IsNfc(der::Input b) {
  std::u16string text;
  text.reserve(b.size());
  const auto* s = reinterpret_cast<const uint8_t*>(b.data());
  const int32_t n = static_cast<int32_t>(b.size());
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) cp = 0xfffd;
    if (cp > 0xffff) {
      text.push_back(static_cast<char16_t>(U16_LEAD(cp)));
      text.push_back(static_cast<char16_t>(U16_TRAIL(cp)));
    } else {
      text.push_back(static_cast<char16_t>(cp));
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
  if (U_FAILURE(status)) return true;
  const UBool normal = unorm2_isNormalized(nfc, reinterpret_cast<const UChar*>(text.data()),
                                           static_cast<int32_t>(text.size()), &status);
  return U_FAILURE(status) || normal;
}

class ExtCertPolicyExplicitTextNotNfc final : public families::ExplicitTextCheck {
  std::optional<lint::Result> Check(const util::zcrypto::ExplicitText& t) const override {
    if ((t.tag_number == 12 || t.tag_number == 30) && !IsNfc(t.bytes)) return lint::Warn();
    return std::nullopt;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyExplicitTextNotNfc);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
