// RFC 5280 4.2.1.3: when the keyUsage extension appears in a certificate, at
// least one of the bits MUST be set to 1.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/ext_zcrypto.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_ext_key_usage_without_bits",
    .description = "A keyUsage extension must assert at least one of its named bits.",
    .citation = "RFC 5280: 4.2.1.3",
    .source = Source::kRfc5280,
    .effective = dates::kRFC5280Date,
    .peers = "x509lint:Key usage is empty",
};

class KeyUsageWithoutBits final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override { return c.HasExtension(oid::kKeyUsage); }
  Result Execute(const x509::Certificate& c) const override {
    // A keyUsage value that does not decode as a DER BIT STRING asserts nothing.
    return util::ExtZcryptoKeyUsage(c) == 0 ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, KeyUsageWithoutBits);
}  // namespace cair::lints
