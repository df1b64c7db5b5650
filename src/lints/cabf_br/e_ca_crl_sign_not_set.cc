// BRs 7.1.2.10.7 (CA Certificate Key Usage): cRLSign is required in the
// keyUsage extension of root and subordinate CA certificates.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_crl_sign_not_set",
    .description = "A CA certificate's keyUsage extension must assert cRLSign.",
    .citation = "BRs: 7.1.2.10.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:CA certificates must include CRL Signing",
    .requires_facts = lint::fact::kCa | lint::fact::kKeyUsage,
};

class CaCrlSignNotSet final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsCa() && c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kCrlSign) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaCrlSignNotSet);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
