// BRs 6.1.6 (RSA key quality, after NIST SP 800-89 5.3.3): the modulus
// SHOULD have no factors smaller than 752.
#include <cstdint>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/math/mpz.h"
#include "lints/util/math/small_primes.h"
#include "lints/util/memo.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

// Residues a word-sized group of primes at a time (util/math/small_primes.h),
// stopping at the first factor; remembered per modulus (util/memo.h).
bool HasFactorBelow752Uncached(der::Input n) {
  util::math::Mpz v;
  util::math::MpzFromMagnitude(n, v.get());
  return !util::math::ForEachResidueBelow752(v.get(), [](size_t, uint32_t r) { return r != 0; });
}

struct SmallFactorMemo;
bool HasFactorBelow752(der::Input n) {
  return util::Memoized<SmallFactorMemo, 1 << 14, 1024>(n.AsStringView(), [&] { return HasFactorBelow752Uncached(n); });
}

constexpr lint::Metadata kMetadata{
    .name = "w_rsa_mod_factors_smaller_than_752",
    .description = "An RSA modulus should have no prime factor smaller than 752.",
    .citation = "BRs: 6.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV113Date,
    .requires_facts = lint::fact::kRsaKey,
};

class RsaModFactorsSmallerThan752 final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return HasFactorBelow752(util::zcrypto::ParsedRsaKey(c).n) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModFactorsSmallerThan752);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
