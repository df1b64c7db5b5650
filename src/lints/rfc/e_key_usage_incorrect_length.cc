// RFC 5280 4.2.1.3: KeyUsage is a BIT STRING of nine named bits
// (digitalSignature (0) .. decipherOnly (8)); a value must decode as a BIT
// STRING and assert no bit beyond the ninth.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/reader.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_key_usage_incorrect_length",
    .description = "The keyUsage BIT STRING must decode and stay within the nine defined key usage bits.",
    .citation = "RFC 5280: 4.2.1.3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .requires_facts = lint::fact::kKeyUsage,
};

class KeyUsageIncorrectLength final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return c.HasExtension(oid::kKeyUsage); }
  lint::Result Execute(const x509::Certificate& c) const override {
    // The value must start with a DER BIT STRING (anything after it is not
    // looked at) whose padding bits are zero.
    const der::Input v = util::zcrypto::LastExtension(c, oid::kKeyUsage)->value;
    util::zcrypto::Tlv bs;
    size_t off = 0;
    if (!util::zcrypto::ReadTlv(v, &off, &bs) || bs.truncated || bs.cls != 0 || bs.compound ||
        bs.tag != 3 || !util::zcrypto::BitStringLength(bs.value))
      return lint::Error("the keyUsage value does not decode as a BIT STRING (value: " + der::HexLower(v) + ")");
    // The bits read as a big-endian number, shifted right by the unused-bit
    // count taken from the third octet of the value, must stay below 2^9.
    const der::Input bits = bs.value.sub(1);
    size_t first = 0;
    while (first < bits.size() && bits[first] == 0) ++first;
    const size_t significant = bits.size() - first;
    bool out_of_range = significant > 8 || (significant == 8 && (bits[first] & 0x80));
    if (!out_of_range) {
      uint64_t n = 0;
      for (size_t i = first; i < bits.size(); ++i) n = (n << 8) | bits[i];
      const unsigned unused = v[2];
      out_of_range = (unused < 64 ? (n >> unused) : 0) >= 512;
    }
    if (out_of_range)
      return lint::Error("the keyUsage BIT STRING asserts a bit beyond decipherOnly (value: " + der::HexLower(v) + ")");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, KeyUsageIncorrectLength);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
