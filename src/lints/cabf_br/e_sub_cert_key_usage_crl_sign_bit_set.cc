// BRs 7.1.2.3 (Subscriber Certificate keyUsage): if present, cRLSign MUST NOT
// be set.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_key_usage_crl_sign_bit_set",
    .description = "A non-CA certificate's keyUsage must not assert cRLSign.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kKeyUsage,
};

class SubCertKeyUsageCrlSignBitSet final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kKeyUsage) && !c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kCrlSign) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertKeyUsageCrlSignBitSet);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
