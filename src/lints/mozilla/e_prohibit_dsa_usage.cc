// Mozilla Root Store Policy 5.1: only the listed RSA and ECDSA keys are
// allowed, so a DSA subject public key is forbidden.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_prohibit_dsa_usage",
    .description = "A certificate's subject public key must not be a DSA key, which the Mozilla policy does not allow.",
    .citation = "MRSP: 5.1",
    .source = lint::Source::kMozilla,
    .effective = lint::dates::kMozillaPolicy241Date,
};

class ProhibitDsaUsage final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kDsa ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ProhibitDsaUsage);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
