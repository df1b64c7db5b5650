// BRs 6.1.5 (validity periods ending after 31 Dec 2013): RSA keys MUST have
// a modulus of at least 2048 bits.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_mod_less_than_2048_bits",
    .description = "A certificate with an RSA key that is valid on or after 1 January 2014 must use a modulus of at least 2048 bits.",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
    .peers = "certlint:RSA subject key modulus must be at least 2048 bits;x509lint:RSA modulus smaller than 2048 bit",
    .requires_facts = lint::fact::kRsaKey,
};

class RsaModLessThan2048Bits final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok && c.not_after.unix >= lint::Date(2014, 1, 1);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::BitLength(util::zcrypto::ParsedRsaKey(c).n) < 2048 ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaModLessThan2048Bits);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
