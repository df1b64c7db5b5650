// BRs 6.1.5 (validity periods beginning on or before 31 Dec 2010): root CA
// certificates with RSA keys MUST use a modulus of at least 2048 bits.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_old_root_ca_rsa_mod_less_than_2048_bits",
    .description = "A root CA certificate with an RSA key and a validity period starting before 2011 must use a modulus of at least 2048 bits.",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
    .requires_facts = lint::fact::kCa | lint::fact::kSelfIssued | lint::fact::kRsaKey,
};

class OldRootCaRsaModLessThan2048Bits final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok && util::cert::IsRootCa(c) && c.not_before.unix < lint::Date(2011, 1, 1);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::BitLength(util::zcrypto::ParsedRsaKey(c).n) < 2048 ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OldRootCaRsaModLessThan2048Bits);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
