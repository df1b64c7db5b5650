// Mozilla Root Store Policy 5.1: RSA moduli must be at least 2048 bits long.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/key_checks.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_modulus_must_be_2048_bits_or_more",
    .description = "An RSA subject public key's modulus must be 2048 bits or longer.",
    .citation = "MRSP: 5.1",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy24Date,
    .requires_facts = lint::fact::kRsaKey,
};

class MpModulus2048OrMore final : public families::RsaKeyCheck {
  bool Refuses(const util::zcrypto::RsaKey& key) const override {
    return util::zcrypto::BitLength(key.n) < 2048;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpModulus2048OrMore);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
