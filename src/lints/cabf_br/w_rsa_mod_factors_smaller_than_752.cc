// BRs 6.1.6 (RSA key quality, after NIST SP 800-89 5.3.3): the modulus
// SHOULD have no factors smaller than 752. The residues modulo the primes
// below 752 come a word-sized group of primes at a time
// (lints/util/math/small_primes.h), remembered per modulus
// (lints/util/rsa_modulus_memo.h).
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/rsa_modulus_memo.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

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
    return util::rsa_memo::HasFactorBelow752(util::zcrypto::ParsedRsaKey(c).n) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModFactorsSmallerThan752);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
