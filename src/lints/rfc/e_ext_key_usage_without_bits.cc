// RFC 5280 4.2.1.3: when the keyUsage extension appears in a certificate, at
// least one of the bits MUST be set to 1.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/extensions.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_key_usage_without_bits",
    .description = "A keyUsage extension must assert at least one of its named bits.",
    .citation = "RFC 5280: 4.2.1.3",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC5280Date,
    .peers = "pkilint:pkix.no_ku_bits_set;x509lint:Key usage is empty",
    .requires_facts = lint::fact::kKeyUsage,
};

class KeyUsageWithoutBits final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return c.HasExtension(oid::kKeyUsage); }
  lint::Result Execute(const x509::Certificate& c) const override {
    // A keyUsage value that does not decode as a DER BIT STRING asserts nothing.
    return util::zcrypto::KeyUsage(c) == 0 ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, KeyUsageWithoutBits);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
