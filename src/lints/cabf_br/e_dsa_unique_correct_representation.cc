// BRs v1.7.0 6.1.6 (DSA public key quality): the public value has the unique
// correct representation in the field, i.e. 2 <= y <= p - 2.
#include <vector>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/key_checks.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dsa_unique_correct_representation",
    .description = "A DSA public value y must satisfy 2 <= y <= p - 2.",
    .citation = "BRs v1.7.0: 6.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .ineffective = lint::dates::kCABFBRs_1_7_1_Date,
    .requires_facts = lint::fact::kDsaKey,
};

// True if a <= b - 2 for unsigned magnitudes (b > 0).
bool AtMostMinusTwo(der::Input a, der::Input b) {
  // a + 2 <= b, computed on bytes: add 2 to a with carry, then compare.
  std::vector<uint8_t> sum(a.begin(), a.end());
  unsigned carry = 2;
  for (size_t i = sum.size(); i-- > 0 && carry;) {
    unsigned v = sum[i] + carry;
    sum[i] = static_cast<uint8_t>(v);
    carry = v >> 8;
  }
  if (carry) sum.insert(sum.begin(), static_cast<uint8_t>(carry));
  return util::zcrypto::CompareMagnitudes(der::Input(sum.data(), sum.size()), b) <= 0;
}

class DsaUniqueCorrectRepresentation final : public families::DsaKeyCheck {
  bool Refuses(const util::zcrypto::DsaKey& key) const override {
    constexpr uint8_t kTwo[] = {2};
    return util::zcrypto::CompareMagnitudes(key.y, der::Input(kTwo, 1)) < 0 || !AtMostMinusTwo(key.y, key.p);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DsaUniqueCorrectRepresentation);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
