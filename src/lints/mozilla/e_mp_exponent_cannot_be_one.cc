// Mozilla Root Store Policy 5.2 (forbidden practices): no invalid public
// keys, such as an RSA key whose public exponent is 1.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_mp_exponent_cannot_be_one",
    .description = "An RSA subject public key must not have a public exponent of 1.",
    .citation = "Mozilla Root Store Policy / Section 5.2",
    .source = Source::kMozilla,
    .effective = dates::kMozillaPolicy24Date,
};

class MpExponentCannotBeOne final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kRsa;
  }
  Result Execute(const x509::Certificate& c) const override {
    const util::zcrypto::RsaKey key = util::zcrypto::ParsedRsaKey(c);
    if (!key.ok) return Fatal("the RSA public key could not be parsed");
    return util::zcrypto::BitLength(key.e) == 1 ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpExponentCannotBeOne);
}  // namespace cair::lints
