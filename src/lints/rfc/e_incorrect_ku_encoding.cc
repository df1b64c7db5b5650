// RFC 5280 4.2.1.3 with X.690 11.2.2: KeyUsage is a named BIT STRING; DER
// removes all trailing zero bits, so the declared number of unused bits must
// equal the number of trailing zero bits of the last octet.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/key_usage_encoding.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_incorrect_ku_encoding",
    .description = "The keyUsage BIT STRING's unused-bits count must equal its number of trailing zero bits.",
    .citation = "X.690: 11.2.2",
    .source = lint::Source::kRfc5280,
    .requires_facts = lint::fact::kKeyUsage,
};

class IncorrectKuEncoding final : public families::KeyUsageEncodingCheck {
  lint::Result Check(der::Input v) const override {
    // Octets 0-2 of the value are taken as tag, length and unused-bits
    // count; the rest are the bits.
    if (v.size() < 4)
      return lint::Fatal("keyUsage value is " + std::to_string(v.size()) + " octets long; at least four are needed");
    const unsigned declared = v[2];
    // Trailing zero bits of the bits read as one big-endian number (zero
    // when every bit is zero).
    unsigned actual = 0;
    for (size_t i = v.size(); i > 3; --i) {
      const uint8_t b = v[i - 1];
      if (b == 0) {
        actual += 8;
        continue;
      }
      for (uint8_t x = b; !(x & 1); x >>= 1) ++actual;
      break;
    }
    bool all_zero = true;
    for (size_t i = 3; i < v.size(); ++i) all_zero = all_zero && v[i] == 0;
    if (all_zero) actual = 0;
    if (declared == actual) return lint::Pass();
    return lint::Error("keyUsage unused bits are declared to be " + std::to_string(declared) +
                 ", but it should be " + std::to_string(actual) + " (value: " + der::HexLower(v) + ")");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IncorrectKuEncoding);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
