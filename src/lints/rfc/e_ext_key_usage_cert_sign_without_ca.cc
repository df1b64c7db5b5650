// RFC 5280 4.2.1.3 and 4.2.1.9: if the cA boolean is not asserted, the
// keyCertSign bit in the key usage extension MUST NOT be asserted.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_key_usage_cert_sign_without_ca",
    .description = "A keyUsage asserting keyCertSign requires a valid basicConstraints extension with cA set.",
    .citation = "RFC 5280: 4.2.1.3 & 4.2.1.9",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC3280Date,
    .requires_facts = lint::fact::kKeyUsage,
};

class KeyUsageCertSignWithoutCa final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return c.HasExtension(oid::kKeyUsage); }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (!util::zcrypto::HasKeyUsage(util::zcrypto::KeyUsage(c), x509::kKeyCertSign)) return lint::Pass();
    const util::zcrypto::BasicConstraints bc = util::zcrypto::BasicConstraintsOf(c);
    return bc.valid && bc.is_ca ? lint::Pass() : lint::Error();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, KeyUsageCertSignWithoutCa);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
