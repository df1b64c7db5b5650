// BRs 7.1.3: CAs MUST NOT issue subscriber or subordinate CA certificates
// signed with SHA-1 after 1 January 2016.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_or_sub_ca_using_sha1",
    .description = "Certificates issued from 1 January 2016 must not be signed with a SHA-1 based algorithm.",
    .citation = "BRs: 7.1.3",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kNO_SHA1,
    .peers = "certlint:SHA-1 not allowed for signing certificates",
};

class SubCertOrSubCaUsingSha1 final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::IsSha1Signature(util::zcrypto::SignatureAlgorithm(c)) ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertOrSubCaUsingSha1);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
