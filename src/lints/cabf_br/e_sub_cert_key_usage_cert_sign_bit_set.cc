// BRs 7.1.2.3 (Subscriber Certificate), keyUsage: if present, the keyCertSign
// and cRLSign bits must not be set.
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
    .name = "e_sub_cert_key_usage_cert_sign_bit_set",
    .description = "A non-CA certificate's keyUsage must not assert keyCertSign.",
    .citation = "BRs: 7.1.2.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kKeyUsage,
};

class SubCertKeyUsageCertSign final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kKeyUsage) && !util::cert::IsCaCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kKeyCertSign) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertKeyUsageCertSign);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
