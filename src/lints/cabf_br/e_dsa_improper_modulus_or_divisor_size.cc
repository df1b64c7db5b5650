// BRs v1.7.0 6.1.5: DSA keys must use L = 2048 with N = 224 or 256, or
// L = 3072 with N = 256 (L, N: bit lengths of p and q).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/key_checks.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dsa_improper_modulus_or_divisor_size",
    .description = "DSA domain parameters must be sized (L, N) = (2048, 224), (2048, 256) or (3072, 256).",
    .citation = "BRs v1.7.0: 6.1.5",
    .source = lint::Source::kCabfBr,
    .requires_facts = lint::fact::kDsaKey,
};

class DsaImproperModulusOrDivisorSize final : public families::DsaKeyCheck {
  bool Refuses(const util::zcrypto::DsaKey& key) const override {
    const size_t l = util::zcrypto::BitLength(key.p), n = util::zcrypto::BitLength(key.q);
    return !((l == 2048 && (n == 224 || n == 256)) || (l == 3072 && n == 256));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DsaImproperModulusOrDivisorSize);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
