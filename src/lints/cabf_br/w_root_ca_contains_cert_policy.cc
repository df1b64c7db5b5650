// BRs 7.1.2.1 (Root CA Certificate): the certificatePolicies extension SHOULD
// NOT be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/br_ext_zcrypto.h"
#include "lints/util/cert_class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace {

using namespace cair::lint;

constexpr Metadata kMetadata{
    .name = "w_root_ca_contains_cert_policy",
    .description = "A root CA certificate should not carry a certificatePolicies extension.",
    .citation = "BRs: 7.1.2.1",
    .source = Source::kCabfBr,
    .effective = dates::kCABEffectiveDate,
    .peers = "pkilint:cabf.serverauth.root.certificate_policies_extension_present",
};

class RootCaContainsCertPolicy final : public CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::IsRootCa(c);
  }
  Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kCertificatePolicies) ? Warn() : Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootCaContainsCertPolicy);
}  // namespace cair::lints
