// BRs 7.1.2.10.7 (CA Certificate Key Usage): a CA certificate's keyUsage must
// assert keyCertSign.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_key_cert_sign_not_set",
    .description = "A CA certificate's keyUsage extension must have the keyCertSign bit set.",
    .citation = "BRs: 7.1.2.10.7",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "certlint:CA:TRUE without keyCertSign",
    .requires_facts = lint::fact::kCa | lint::fact::kKeyUsage,
};

class CaKeyCertSignNotSet final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsCa() && c.HasExtension(oid::kKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kKeyCertSign) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaKeyCertSignNotSet);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
