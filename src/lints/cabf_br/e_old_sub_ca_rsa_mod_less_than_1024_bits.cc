// BRs 6.1.5 (validity periods beginning on or before 31 Dec 2010 and ending
// on or before 31 Dec 2013): subordinate CA certificates with RSA keys MUST
// use a modulus of at least 1024 bits.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_old_sub_ca_rsa_mod_less_than_1024_bits",
    .description = "A subordinate CA certificate with an RSA key, valid from before 2011 until before 2014, must use a modulus of at least 1024 bits.",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
    .requires_facts = lint::fact::kCa | lint::fact::kRsaKey,
};

class OldSubCaRsaModLessThan1024Bits final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok && util::cert::IsSubCa(c) && c.not_before.unix < lint::Date(2011, 1, 1) &&
           c.not_after.unix < lint::Date(2014, 1, 1);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::BitLength(util::zcrypto::ParsedRsaKey(c).n) < 1024 ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OldSubCaRsaModLessThan1024Bits);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
