// BRs 7.1.3 (from 16 January 2015): subscriber certificates signed with SHA-1
// SHOULD NOT expire later than 1 January 2017.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_cert_sha1_expiration_too_long",
    .description = "A SHA-1 signed subscriber certificate should not expire after 1 January 2017.",
    .citation = "BRs: 7.1.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_2_1_Date,
    .requires_facts = lint::fact::kNotCa,
};

class SubCertSha1ExpirationTooLong final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return !c.IsCa() && util::zcrypto::IsSha1Signature(util::zcrypto::SignatureAlgorithm(c));
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.not_after.unix > lint::Date(2017, 1, 1) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertSha1ExpirationTooLong);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
