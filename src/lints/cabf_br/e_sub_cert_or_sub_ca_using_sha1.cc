// BRs 7.1.3: CAs MUST NOT issue subscriber or subordinate CA certificates
// signed with SHA-1 after 1 January 2016.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_key_zcrypto.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "e_sub_cert_or_sub_ca_using_sha1",
    .description = "Certificates issued from 1 January 2016 must not be signed with a SHA-1 based algorithm.",
    .citation = "BRs: 7.1.3",
    .source = Source::kCabfBr,
    .effective = dates::kNO_SHA1,
    .peers = "certlint:SHA-1 not allowed for signing certificates",
};

class SubCertOrSubCaUsingSha1 final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate&) const override { return true; }
  Result Execute(const x509::Certificate& c) const override {
    return util::BrIsSha1Signature(util::BrSignatureAlgorithm(c)) ? Error() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertOrSubCaUsingSha1);
}  // namespace cair::lints
