// BRs 6.1.6 (RSA key quality, after NIST SP 800-89 5.3.3): the modulus
// SHOULD have no factors smaller than 752.
#include <array>
#include <cstdint>
#include <utility>
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"
#include "lints/util/cert_class.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

// The primes below 752, by a sieve at compile time.
constexpr auto kSmallPrimes = [] {
  std::array<bool, 752> composite{};
  for (size_t i = 2; i < composite.size(); ++i) {
    if (composite[i]) continue;
    for (size_t j = i * i; j < composite.size(); j += i) composite[j] = true;
  }
  std::array<uint32_t, 133> primes{};
  size_t k = 0;
  for (size_t i = 2; i < composite.size() && k < primes.size(); ++i)
    if (!composite[i]) primes[k++] = static_cast<uint32_t>(i);
  return primes;
}();
static_assert(kSmallPrimes[132] == 751);

// The primes packed greedily into products below 2^32: reducing the modulus
// once per group, 32 bits at a time, by compile-time constants (which the
// compiler turns into multiplications) is ~30x faster than 133 byte-wise
// divisions, and this lint runs on every RSA certificate.
struct Groups {
  std::array<uint32_t, 133> product{};
  std::array<uint8_t, 134> first{};  // group g holds primes [first[g], first[g+1])
  size_t count = 0;
};
constexpr Groups kGroups = [] {
  Groups g;
  uint64_t acc = 1;
  for (size_t i = 0; i < kSmallPrimes.size(); ++i) {
    if (acc * kSmallPrimes[i] > 0xffffffffull) {
      g.product[g.count++] = static_cast<uint32_t>(acc);
      g.first[g.count] = static_cast<uint8_t>(i);
      acc = 1;
    }
    acc *= kSmallPrimes[i];
  }
  g.product[g.count++] = static_cast<uint32_t>(acc);
  g.first[g.count] = static_cast<uint8_t>(kSmallPrimes.size());
  return g;
}();
constexpr size_t kGroupCount = kGroups.count;

template <size_t... I>
void ReduceAll(der::Input n, std::array<uint64_t, kGroupCount>& r, std::index_sequence<I...>) {
  size_t i = 0;
  const size_t head = n.size() % 4;
  uint32_t word = 0;
  for (; i < head; ++i) word = (word << 8) | n[i];
  ((r[I] = word % kGroups.product[I]), ...);
  for (; i < n.size(); i += 4) {
    word = (uint32_t{n[i]} << 24) | (uint32_t{n[i + 1]} << 16) | (uint32_t{n[i + 2]} << 8) | n[i + 3];
    ((r[I] = ((r[I] << 32) | word) % kGroups.product[I]), ...);
  }
}

bool HasFactorBelow752(der::Input n) {
  std::array<uint64_t, kGroupCount> r{};
  ReduceAll(n, r, std::make_index_sequence<kGroupCount>{});
  for (size_t g = 0; g < kGroupCount; ++g)
    for (size_t k = kGroups.first[g]; k < kGroups.first[g + 1]; ++k)
      if (r[g] % kSmallPrimes[k] == 0) return true;
  return false;
}

constexpr Metadata kMetadata{
    .name = "w_rsa_mod_factors_smaller_than_752",
    .description = "An RSA modulus should have no prime factor smaller than 752.",
    .citation = "BRs: 6.1.6",
    .source = Source::kCabfBr,
    .effective = dates::kCABV113Date,
};

class RsaModFactorsSmallerThan752 final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::BrParsedRsaKey(c).ok;
  }
  Result Execute(const x509::Certificate& c) const override {
    return HasFactorBelow752(util::BrParsedRsaKey(c).n) ? Warn() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModFactorsSmallerThan752);
}  // namespace cair::lints
