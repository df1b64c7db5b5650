// BRs 6.1.5 (validity periods ending on or before 31 Dec 2013): subscriber
// certificates with RSA keys MUST use a modulus of at least 1024 bits.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_old_sub_cert_rsa_mod_less_than_1024_bits",
    .description = "A non-CA certificate with an RSA key that expires before 2014 must use a modulus of at least 1024 bits.",
    .citation = "BRs: 6.1.5",
    .source = lint::Source::kCabfBr,
    .requires_facts = lint::fact::kNotCa | lint::fact::kRsaKey,
};

class OldSubCertRsaModLessThan1024Bits final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::ParsedRsaKey(c).ok && !c.IsCa() && c.not_after.unix < lint::Date(2014, 1, 1);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::BitLength(util::zcrypto::ParsedRsaKey(c).n) < 1024 ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OldSubCertRsaModLessThan1024Bits);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
