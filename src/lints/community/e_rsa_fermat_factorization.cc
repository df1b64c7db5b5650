// Community check (Fermat's factorization method; see Boulder and
// fermatattack.secvuln.info): an RSA modulus whose two primes are so close
// that Fermat's method factors it within a few rounds was not generated from
// independent random primes and is broken. The number of rounds tried is
// configurable: [e_rsa_fermat_factorization] Rounds (default 100). The
// method is lints/util/math/fermat.h, remembered per modulus by
// lints/util/rsa_modulus_memo.h.
#include "der/values.h"
#include "lint/config.h"
#include "lint/registry.h"
#include "lints/util/rsa_modulus_memo.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_fermat_factorization",
    .description = "An RSA modulus must not be factorable by a short run of Fermat's method (primes too close together).",
    .citation = "Community: Fermat factorisation of RSA moduli",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kRsaKey,
};

class RsaFermatFactorization final : public lint::CertificateLint {
 public:
  std::string Configure(const lint::Config& config) override {
    std::string error;
    auto v = config.GetInt(kMetadata.name, "Rounds", 100, &error);
    if (!v) return error.empty() ? "e_rsa_fermat_factorization.Rounds: not an integer" : error;
    rounds_ = *v;
    return "";
  }
  bool CheckApplies(const x509::Certificate& c) const override { return util::zcrypto::HasUsableRsaModulus(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string p, q;
    if (!util::rsa_memo::FermatFactor(der::IntegerMagnitude(c.spki.rsa_modulus), rounds_, &p, &q)) return lint::Pass();
    return lint::Error(std::string("this certificate's RSA key pair is susceptible to Fermat factorization, "
                 "public modulus n = pq factored into p: ") + p + "; q: " + q);
  }

 private:
  int64_t rounds_ = 100;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaFermatFactorization);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
