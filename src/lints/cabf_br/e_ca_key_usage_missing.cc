// BRs 7.1.2.1 and RFC 5280 4.2.1.3: a CA certificate, whose key validates
// signatures on certificates or CRLs, must include the keyUsage extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_key_usage_missing",
    .description = "A CA certificate must carry a keyUsage extension with at least one usage bit set.",
    .citation = "BRs: 7.1.2.1; RFC 5280: 4.2.1.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kRFC3280Date,
    .peers = "certlint:CA certificates must include keyUsage extension;x509lint:No key usage;pkilint:cabf.serverauth.ca.key_usage_extension_absent;pkilint:pkix.ca_certificate_no_ku_extension",
    .requires_facts = lint::fact::kCa,
};

class CaKeyUsageMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsCa();
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::AnyKeyUsageBit(util::zcrypto::KeyUsage(c)) ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaKeyUsageMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
