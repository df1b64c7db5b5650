// BRs 6.1.6 (RSA key quality): the modulus SHOULD be an odd number.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_rsa_mod_not_odd",
    .description = "An RSA modulus should be an odd number.",
    .citation = "BRs: 6.1.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV113Date,
    .requires_facts = lint::fact::kRsaKey,
};

class RsaModNotOdd final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::IsOdd(util::zcrypto::ParsedRsaKey(c).n) ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModNotOdd);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
