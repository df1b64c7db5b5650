// BRs v1.7.1 removed DSA from the permitted key algorithms (6.1.5): a
// certificate must not carry a DSA subject public key.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_br_prohibit_dsa_usage",
    .description = "Since BRs 1.7.1 a certificate's subject public key must not be a DSA key.",
    .citation = "BRs: v1.7.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_7_1_Date,
};

class BrProhibitDsaUsage final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::KeyAlgorithm(c) == util::zcrypto::KeyAlg::kDsa ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, BrProhibitDsaUsage);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
