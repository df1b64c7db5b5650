// BRs v1.7.0 6.1.5: DSA keys must have a modulus p of at least 2048 bits
// (with a divisor q of at least 224 bits, the smallest size 6.1.5 allows).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/key_checks.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dsa_shorter_than_2048_bits",
    .description = "A DSA key's modulus p must be at least 2048 bits long.",
    .citation = "BRs v1.7.0: 6.1.5",
    .source = lint::Source::kCabfBr,
    .ineffective = lint::dates::kCABFBRs_1_7_1_Date,
    .requires_facts = lint::fact::kDsaKey,
};

class DsaShorterThan2048Bits final : public families::DsaKeyCheck {
  bool Refuses(const util::zcrypto::DsaKey& key) const override {
    // zlint compares N with 244, which would reject the (2048, 224) size the
    // BRs explicitly permit; 224 is the rule's lower bound.
    return !(util::zcrypto::BitLength(key.p) >= 2048 && util::zcrypto::BitLength(key.q) >= 224);
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DsaShorterThan2048Bits);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
