// BRs 7.1.2.1 (Root CA Certificate): the certificatePolicies extension SHOULD
// NOT be present.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_root_ca_contains_cert_policy",
    .description = "A root CA certificate should not carry a certificatePolicies extension.",
    .citation = "BRs: 7.1.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .peers = "pkilint:cabf.serverauth.root.certificate_policies_extension_present",
    .requires_facts = lint::fact::kCa | lint::fact::kSelfIssued,
};

class RootCaContainsCertPolicy final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsRootCa(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kCertificatePolicies) ? lint::Warn() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RootCaContainsCertPolicy);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
