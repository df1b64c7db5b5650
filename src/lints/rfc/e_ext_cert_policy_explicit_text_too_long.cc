// RFC 5280 4.2.1.4 as updated by RFC 6818 section 3: the explicitText field is
// a string with a maximum size of 200 characters.
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
    .name = "e_ext_cert_policy_explicit_text_too_long",
    .description = "A user notice explicitText must not be longer than 200 characters.",
    .citation = "RFC 6818: 3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC6818Date,
    .peers = "x509lint:Invalid display text length",
    .requires_facts = lint::fact::kCertificatePolicies,
};

// The size zlint compares with 200: the octet count of the contents, or for
// a BMPString the octet count of its UTF-8 transcoding (a trailing U+0000
// dropped, unpaired surrogates becoming U+FFFD, odd lengths counting 0).
size_t MeasuredLength(const util::zcrypto::ExplicitText& t) {
  if (t.tag_number != 30) return t.bytes.size();
  der::Input b = t.bytes;
  if (b.size() % 2 != 0) return 0;
  size_t n = b.size();
  if (n >= 2 && b[n - 1] == 0 && b[n - 2] == 0) n -= 2;
  size_t len = 0;
  for (size_t i = 0; i < n; i += 2) {
    const uint16_t u = static_cast<uint16_t>((b[i] << 8) | b[i + 1]);
    if (u >= 0xd800 && u < 0xdc00 && i + 3 < n) {
      const uint16_t lo = static_cast<uint16_t>((b[i + 2] << 8) | b[i + 3]);
      if (lo >= 0xdc00 && lo < 0xe000) {
        len += 4;
        i += 2;
        continue;
      }
    }
    len += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;  // a lone surrogate: U+FFFD, 3 octets
  }
  return len;
}

class ExtCertPolicyExplicitTextTooLong final : public families::ExplicitTextCheck {
  std::optional<lint::Result> Check(const util::zcrypto::ExplicitText& t) const override {
    if (MeasuredLength(t) > 200) return lint::Error();
    return std::nullopt;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ExtCertPolicyExplicitTextTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
