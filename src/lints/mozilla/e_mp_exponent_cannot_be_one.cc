// Mozilla Root Store Policy 5.2 (forbidden practices): no invalid public
// keys, such as an RSA key whose public exponent is 1.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/key_checks.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_mp_exponent_cannot_be_one",
    .description = "An RSA subject public key must not have a public exponent of 1.",
    .citation = "MRSP: 5.2",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy24Date,
    .requires_facts = lint::fact::kRsaKey,
};

class MpExponentCannotBeOne final : public families::RsaKeyCheck {
  bool Refuses(const util::zcrypto::RsaKey& key) const override {
    return util::zcrypto::BitLength(key.e) == 1;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, MpExponentCannotBeOne);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
