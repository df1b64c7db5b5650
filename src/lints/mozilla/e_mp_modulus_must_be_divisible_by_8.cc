// Mozilla Root Store Policy 5.1: an RSA modulus's size in bits must be a
// multiple of 8.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/key_checks.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_modulus_must_be_divisible_by_8",
    .description = "An RSA subject public key's modulus length in bits must be a multiple of 8.",
    .citation = "MRSP: 5.1",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy24Date,
    .requires_facts = lint::fact::kRsaKey,
};

class MpModulusDivisibleBy8 final : public families::RsaKeyCheck {
  bool Refuses(const util::zcrypto::RsaKey& key) const override {
    return util::zcrypto::BitLength(key.n) % 8 != 0;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpModulusDivisibleBy8);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
